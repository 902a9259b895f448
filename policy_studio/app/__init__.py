"""Services without widgets (QtCore at most): session, settings, jobs, signal hub."""
