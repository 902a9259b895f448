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


ZWSP = "\u200b"
_BREAK_AFTER = frozenset("/.@?&=_-")
_LONG_WORD = 12


def breakable(text: str) -> str:
    """``text`` for display in a narrow wrapped cell: a zero-width space after the separators of
    each long word ("https://www.example.org/privacy"), so Qt's word wrap can break a web or
    e-mail address instead of cutting it off at the cell's edge. Display only: never stored."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > _LONG_WORD:
            words[i] = "".join(f"{c}{ZWSP}" if c in _BREAK_AFTER else c for c in word)
    return " ".join(words)
