"""The one conversion from a right-to-left flag to Qt's layout direction."""

from __future__ import annotations

from PySide6.QtCore import Qt


def qt_direction(rtl: bool) -> Qt.LayoutDirection:
    """``Qt.RightToLeft`` for right-to-left text, else ``Qt.LeftToRight``."""
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


LRI, PDI = "\u2066", "\u2069"


def isolate_latin(text: str) -> str:
    """``text`` for display in a right-to-left cell: each Latin item (a phone number, an e-mail
    address, a web address) in a left-to-right isolate, so that its groups keep the order the
    export shows (HTML's <bdi dir=ltr>). Display only: never stored."""
    from ..layout import latin_pieces

    return "".join(f"{LRI}{piece}{PDI}" if latin else piece for piece, latin in latin_pieces(text))
