"""Direction detection, and shaping for renderers that cannot shape Arabic (terminals)."""

from __future__ import annotations

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


def for_terminal(text: str, rtl: bool) -> str:
    """Arabic shaped and reordered for a terminal, line by line (storage stays logical)."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False})
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
            continue
        lines.append(get_display(reshaper.reshape(line), base_dir="R" if rtl else "L"))
    return "\n".join(lines)
