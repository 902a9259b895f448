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


def _items(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for piece, latin in latin_pieces(text):
        if latin:
            out.append((pos, pos + len(piece)))
        pos += len(piece)
    return out


def _item_at(items: list[tuple[int, int]], pos: int) -> int | None:
    for index, (start, end) in enumerate(items):
        if start <= pos < end:
            return index
        if start > pos:
            break
    return None


def item_pieces(pieces: Sequence[tuple[str, bool, bool]]) -> list[list[tuple[str, int | None]]]:
    """Pieces of a diff, each (text, in the old text, in the new text), cut at the edges of
    the Latin items of the old and of the new text.

    Returns, per piece, (sub-piece, group) where consecutive sub-pieces with the same group
    (not None) belong in one left-to-right isolate: those of one item of either side (the
    kept "+255 22 211 " with the deleted "0000" and the inserted "4477"), and a deleted item
    with the item inserted right after it. None marks right-to-left or neutral text.
    """
    old_text = "".join(text for text, in_old, _ in pieces if in_old)
    new_text = "".join(text for text, _, in_new in pieces if in_new)
    old_items, new_items = _items(old_text), _items(new_text)
    out: list[list[tuple[str, int | None]]] = []
    old_pos = new_pos = 0
    group = -1
    current: tuple[int | None, int | None] | None = None
    """(old item, new item) of the open group; None when no group is open."""
    last_deleted_latin = False
    for text, in_old, in_new in pieces:
        cuts = {0, len(text)}
        for items, pos, inside in ((old_items, old_pos, in_old), (new_items, new_pos, in_new)):
            if not inside:
                continue
            for start, end in items:
                for edge in (start - pos, end - pos):
                    if 0 < edge < len(text):
                        cuts.add(edge)
        edges = sorted(cuts)
        cut: list[tuple[str, int | None]] = []
        for a, b in zip(edges, edges[1:], strict=False):
            o = _item_at(old_items, old_pos + a) if in_old else None
            n = _item_at(new_items, new_pos + a) if in_new else None
            if o is None and n is None:
                current = None
                last_deleted_latin = False
                cut.append((text[a:b], None))
                continue
            joins = current is not None and (
                (o is not None and o == current[0])
                or (n is not None and n == current[1])
                or (in_new and not in_old and last_deleted_latin)
            )
            if not joins or current is None:
                group += 1
                current = (o, n)
            else:
                current = (o if o is not None else current[0], n if n is not None else current[1])
            last_deleted_latin = in_old and not in_new
            cut.append((text[a:b], group))
        out.append(cut)
        if in_old:
            old_pos += len(text)
        if in_new:
            new_pos += len(text)
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
