"""Errors that reach the user as a clear message (never a traceback)."""

from __future__ import annotations


class PolicyStudioError(Exception):
    """An error whose message is written for the user: it names the file and the problem."""


class SchemaError(PolicyStudioError):
    """Saved data that cannot be read: malformed, or written by a newer release."""
