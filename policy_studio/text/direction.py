"""Direction detection, and shaping for renderers that cannot shape Arabic (terminals)."""

from __future__ import annotations

import re
import unicodedata

from ..model import Direction

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Marks, embeddings, overrides and isolates: kept in text but reported by checks."""


def strong_direction(text: str) -> Direction | None:
    """Direction of the first strong character, or None when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Direction.LTR
        if kind in ("R", "AL"):
            return Direction.RTL
    return None


def dominant_direction(text: str) -> Direction | None:
    """Direction of the majority of strong characters (robust to a leading Latin word)."""
    ltr = rtl = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
    if ltr == rtl == 0:
        return None
    return Direction.RTL if rtl > ltr else Direction.LTR


_NUMBER = re.compile(r"\+?\d[\d \-/().:,]*\d")
"""A number with its separators (a phone number, a date): one left-to-right unit on a terminal."""
LRM = "\u200e"


def for_terminal(text: str, rtl: bool, width: int | None = None) -> str:
    """Arabic shaped and reordered for a terminal, line by line (storage stays logical).

    A terminal wraps what it is given: a long right-to-left paragraph reordered as one line
    would show its *end* on the first screen line. So each paragraph is first wrapped to
    ``width`` in logical order, then every screen line is shaped and reordered on its own
    (and, in right-to-left text, aligned to the right edge). A left-to-right mark before each
    number keeps its groups in order ("+44 20 7946 0958", "2025-03-01"), where the bidi
    algorithm would otherwise reverse digit groups separated by spaces or hyphens.
    """
    import arabic_reshaper
    from bidi.algorithm import get_display

    reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False})
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
            continue
        pieces = [line]
        if width and width > 10 and len(line) > width:
            import textwrap  # only for a long line on a terminal: not at every start

            pieces = textwrap.wrap(line, width, break_long_words=True, break_on_hyphens=False)
        for piece in pieces:
            marked = _NUMBER.sub(lambda m: LRM + m.group(0), piece)
            shown = get_display(reshaper.reshape(marked), base_dir="R" if rtl else "L")
            shown = shown.replace(LRM, "")
            if rtl and width and len(pieces) > 1:
                shown = shown.rjust(width)
            lines.append(shown)
    return "\n".join(lines)
