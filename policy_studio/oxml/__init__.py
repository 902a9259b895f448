"""The only layer that builds raw WordprocessingML."""
