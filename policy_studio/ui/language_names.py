"""Language names and the interface language, for widgets (one source: ui/i18n.py, whose names
come from CLDR through text/languages)."""

from __future__ import annotations

from .i18n import current_language, language_name

__all__ = ["interface_language", "language_name"]


def interface_language() -> str:
    """The interface language's code."""
    return current_language()
