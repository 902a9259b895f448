"""Qt translations of the user interface (.ts sources, .qm built at install)."""
