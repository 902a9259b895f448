"""The one conversion from a right-to-left flag to Qt's layout direction."""

from __future__ import annotations

from PySide6.QtCore import Qt


def qt_direction(rtl: bool) -> Qt.LayoutDirection:
    """``Qt.RightToLeft`` for right-to-left text, else ``Qt.LeftToRight``."""
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
