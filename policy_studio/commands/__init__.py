"""Sub-commands of policy-studio, one module per area; see cli.COMMAND_MODULES."""
