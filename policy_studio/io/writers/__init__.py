"""Writers: model -> external file."""
