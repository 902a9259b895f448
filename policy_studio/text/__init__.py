"""Inline markup, tokenising, direction detection and variables."""
