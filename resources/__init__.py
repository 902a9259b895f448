"""Data shipped with Policy Studio: the starter clause library, templates, checklists."""
