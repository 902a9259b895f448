"""Bidi for text cut into pieces (a redline's kept, deleted and inserted words).

The export isolates each Latin item (URL, e-mail, number, Latin phrase) inside right-to-left
text (``flow.latin_pieces``) and anchors number-led items with a left-to-right mark
(``flow.anchor_numbers``). A diff cuts text where words changed, often in the middle of such
an item ("+255 22 211 " kept, "0000" deleted, "1111" inserted): isolating each piece on its own
would lay the groups of one phone number out right to left. These helpers find the items over
the whole text, so every renderer of a redline keeps an item in the order the export shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .flow import latin_pieces

_NUMBER_START = frozenset("+0123456789")


def item_pieces(texts: Sequence[str]) -> list[list[tuple[str, int | None]]]:
    """Each of ``texts`` cut at the edges of the Latin items of their concatenation.

    Returns, per text, (sub-piece, item index) where the index numbers the Latin items of the
    whole (None for right-to-left or neutral text): consecutive sub-pieces with the same
    index, in whatever pieces they are, belong in one left-to-right isolate.
    """
    whole = "".join(texts)
    items: list[tuple[int, int]] = []
    pos = 0
    for piece, latin in latin_pieces(whole):
        if latin:
            items.append((pos, pos + len(piece)))
        pos += len(piece)
    out: list[list[tuple[str, int | None]]] = []
    start = 0
    index = 0
    for text in texts:
        end = start + len(text)
        cut: list[tuple[str, int | None]] = []
        pos = start
        while pos < end:
            while index < len(items) and items[index][1] <= pos:
                index += 1
            if index < len(items) and items[index][0] <= pos:
                stop = min(items[index][1], end)
                cut.append((whole[pos:stop], index))
            else:
                stop = min(items[index][0], end) if index < len(items) else end
                cut.append((whole[pos:stop], None))
            pos = stop
        out.append(cut)
        start = end
    return out


def number_anchors(text: str) -> set[int]:
    """Offsets in ``text`` before which ``flow.anchor_numbers`` puts a left-to-right mark
    (the start of each number-led Latin item)."""
    if not any(ch.isdigit() for ch in text):
        return set()
    out: set[int] = set()
    pos = 0
    for piece, latin in latin_pieces(text):
        if latin and piece[0] in _NUMBER_START:
            out.add(pos)
        pos += len(piece)
    return out
