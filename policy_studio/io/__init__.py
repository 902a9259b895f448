"""Readers and writers of external formats, listed in registry.py."""
