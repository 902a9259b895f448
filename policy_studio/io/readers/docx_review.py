"""DOCX comments and tracked changes kept as review notes and proposals (issue 12 item 4).

The DOCX reader calls in here for a paragraph that carries tracked changes or comments. What a
paragraph gives (docs/import.md, "Comments and tracked changes"):

- its **text** is the paragraph with every tracked change rejected — what the document said
  before anybody's unaccepted edits (an approver must never sign text nobody accepted);
- each tracked change (a deletion and an insertion side by side by the same author are one
  *replacement*) is a **proposal**: the paragraph read again with that change alone accepted;
- each comment anchored in it is a **review note** with its author, date, text and the words
  its range covers;
- a formatting change the model cannot hold (font, size, colour, alignment) changes nothing we
  keep: it is named in the report and is no proposal.

The findings travel on the paragraph's ``Line`` as JSON in ``attrs["review"]``; io/review_import.py
hangs them on the block the line became, whatever alignment did with it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from lxml import etree

from ...text.markup import plain_text
from ..intermediate import Line, Role
from ..review_import import add, items

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_INS, _DEL = _w("ins"), _w("del")
_MOVE_FROM, _MOVE_TO = _w("moveFrom"), _w("moveTo")
_RPR_CHANGE, _PPR_CHANGE = _w("rPrChange"), _w("pPrChange")
_PPR, _RPR = _w("pPr"), _w("rPr")
_TRACKED = (_INS, _DEL, _MOVE_FROM, _MOVE_TO, _RPR_CHANGE, _PPR_CHANGE)
_COMMENT_REF = _w("commentReference")
__all__ = ["add", "items"]

_KIND = {
    _INS: "insert",
    _DEL: "delete",
    _MOVE_FROM: "move",
    _MOVE_TO: "move",
    _RPR_CHANGE: "format",
    _PPR_CHANGE: "format",
}
_ROLE_KIND = {
    Role.PARAGRAPH: "paragraph",
    Role.BULLET: "bullet",
    Role.NUMBERED: "numbered",
    Role.HEADING: "heading",
}


_P = _w("p")


def _is_change(element: etree._Element) -> bool:
    """False for a paragraph mark's own insertion or deletion (``w:pPr/w:rPr/w:ins``): no
    text changes with it (see ``paragraph_marks``)."""
    parent = element.getparent()
    return not (element.tag in (_INS, _DEL) and parent is not None and parent.tag == _RPR)


def _changes(p: etree._Element) -> list[etree._Element]:
    """The paragraph's own tracked changes in document order (not those of a text box's
    paragraphs inside it: those are read with their own paragraph)."""
    return [e for e in p.iter(*_TRACKED) if _is_change(e) and next(e.iterancestors(_P), None) is p]


def has_review(p: etree._Element) -> bool:
    """Whether the paragraph carries a tracked change of its own (paragraph marks aside)."""
    return bool(_changes(p))


def tracked_paragraphs(root: etree._Element) -> set[etree._Element]:
    """Every paragraph under ``root`` with a tracked change of its own: found in one pass over
    the document instead of one search per paragraph (the set keeps the element proxies
    alive, so a paragraph met again in the walk is the same object)."""
    out: set[etree._Element] = set()
    for element in root.iter(*_TRACKED):
        if _is_change(element):
            p = next(element.iterancestors(_P), None)
            if p is not None:
                out.add(p)
    return out


def paragraph_marks(ppr: etree._Element | None) -> list[tuple[str, str]]:
    """(kind, author) of a tracked insertion or deletion of the paragraph mark itself, from the
    paragraph's properties (``w:pPr``)."""
    rpr = ppr.find(_RPR) if ppr is not None else None
    if rpr is None:
        return []
    return [
        ("inserted" if e.tag == _INS else "deleted", e.get(_w("author"), "") or "someone")
        for e in rpr
        if e.tag in (_INS, _DEL)
    ]


def _groups(changes: list[etree._Element]) -> list[list[int]]:
    """Indices of changes accepted together: a deletion right next to an insertion by the same
    author (Word's replacement) is one group; everything else a group of its own."""
    groups: list[list[int]] = []
    for i, element in enumerate(changes):
        if groups and element.tag in (_INS, _DEL):
            previous = changes[groups[-1][-1]]
            if (
                len(groups[-1]) == 1
                and {previous.tag, element.tag} == {_INS, _DEL}
                and previous.getnext() is element
                and previous.get(_w("author")) == element.get(_w("author"))
            ):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    at = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(at + offset, child)
    # Keep the tail text (none in WordprocessingML, but never lose characters).
    parent.remove(element)


def _resolve(element: etree._Element, accept: bool) -> None:
    tag = element.tag
    parent = element.getparent()
    if parent is None:
        return
    if tag in (_INS, _MOVE_TO):
        if accept:
            _unwrap(element)
        else:
            parent.remove(element)
    elif tag in (_DEL, _MOVE_FROM):
        if accept:
            parent.remove(element)
        else:
            for old in element.iter(_w("delText"), _w("delInstrText")):
                old.tag = _w("t") if old.tag == _w("delText") else _w("instrText")
            _unwrap(element)
    elif tag in (_RPR_CHANGE, _PPR_CHANGE):
        parent.remove(element)
        if not accept:
            old = element.find(_RPR if tag == _RPR_CHANGE else _PPR)
            keep = (_RPR, _w("sectPr")) if tag == _PPR_CHANGE else ()
            for child in list(parent):
                if child.tag not in keep:
                    parent.remove(child)
            for child in list(old) if old is not None else []:
                parent.append(child)


def variant(p: etree._Element, accepted: set[int]) -> etree._Element:
    """A copy of the paragraph with the changes numbered in ``accepted`` accepted and every
    other rejected (deepest first, so a change inside a removed insertion goes with it)."""
    clone = copy.deepcopy(p)
    changes = _changes(clone)
    for index in reversed(range(len(changes))):
        _resolve(changes[index], index in accepted)
    return clone


def comment_quotes(p: etree._Element) -> dict[str, str]:
    """Comment id → the words of this paragraph inside its range (deleted words included:
    they are still the paragraph's text until somebody accepts the deletion)."""
    start, end = _w("commentRangeStart"), _w("commentRangeEnd")
    open_ids: list[str] = []
    out: dict[str, list[str]] = {}
    inserted = {id(e) for e in p.iter(_INS, _MOVE_TO)}
    for element in p.iter(start, end, _w("t"), _w("delText")):
        if element.tag == start:
            open_ids.append(element.get(_w("id"), ""))
            out.setdefault(open_ids[-1], [])
        elif element.tag == end:
            cid = element.get(_w("id"), "")
            if cid in open_ids:
                open_ids.remove(cid)
        elif open_ids and not any(id(a) in inserted for a in element.iterancestors()):
            for cid in open_ids:
                out[cid].append(element.text or "")
    return {cid: " ".join("".join(parts).split()) for cid, parts in out.items()}


def note(
    line: Line, comment: etree._Element, text: str, quote: str, cell: int | None = None
) -> None:
    item: dict[str, Any] = {
        "type": "note",
        "text": text,
        "author": comment.get(_w("author"), ""),
        "date": comment.get(_w("date"), ""),
        "quote": quote,
    }
    if cell is not None:
        item["cell"] = cell
    add(line, item)


def read_tracked(
    p: etree._Element,
    read: Callable[[etree._Element], Line | None],
    probe: Callable[[etree._Element], Line | None],
    keep: Callable[[Line], None],
) -> Line | None:
    """Read a paragraph with tracked changes: its line is the paragraph with all of them
    rejected; each change (group) becomes a proposal or a reported formatting change on it.

    ``read(paragraph)`` classifies a paragraph and returns its line, adding it to the document
    (called once, for the text nobody changed); ``probe`` does the same without adding
    anything, for the variants; ``keep(line)`` adds a line."""
    changes = _changes(p)
    line = read(variant(p, set()))
    base_text = line.text if line is not None else ""
    base_kind = _ROLE_KIND.get(line.role, "") if line is not None else ""
    if line is None:
        # A paragraph wholly inserted: no accepted text at all. It stays a paragraph of its
        # own with empty text, so its proposal has a block to belong to.
        line = probe(variant(p, set(range(len(changes)))))
        if line is None:
            return None
        line.text = ""
        keep(line)
    for group in _groups(changes):
        changed = probe(variant(p, set(group)))
        text = changed.text if changed is not None else ""
        new_kind = _ROLE_KIND.get(changed.role, "") if changed is not None else ""
        if not (new_kind and new_kind != base_kind and base_kind):
            new_kind = ""
        item = _item([changes[i] for i in group], base_text, text, new_kind)
        if changed is not None and new_kind:
            item["new_kind"] = new_kind
            item["new_level"] = changed.level
        add(line, item)
    return line


def cell_changes(
    p: etree._Element,
    read: Callable[[etree._Element], str],
    probe: Callable[[etree._Element], str],
) -> tuple[str, list[dict[str, Any]]]:
    """A table cell's paragraph with tracked changes: its markup with every change rejected
    (``read``: what it cites is added to the document), and one item per change (group) whose
    ``text`` is the paragraph with that change accepted (``probe``: nothing added; the caller
    makes it the cell's text)."""
    changes = _changes(p)
    base = read(variant(p, set()))
    items = [
        _item([changes[i] for i in group], base, probe(variant(p, set(group))), "")
        for group in _groups(changes)
    ]
    return base, items


def _item(group: list[etree._Element], base: str, text: str, new_kind: str) -> dict[str, Any]:
    """The proposal (or formatting-only change) one group of tracked changes makes."""
    first = group[0]
    tags = {e.tag for e in group}
    kind = "replace" if tags == {_INS, _DEL} else _KIND[first.tag]
    author = first.get(_w("author"), "")
    date = first.get(_w("date"), "")
    if kind == "format":
        detail = _format_detail(first, base, text)
        if text == base and not new_kind:
            return {
                "type": "format-only",
                "author": author,
                "date": date,
                "detail": detail,
                "words": _words(first) or plain_text(base)[:60],
            }
    elif first.tag == _MOVE_TO:
        detail = "moved from another place"
    elif first.tag == _MOVE_FROM:
        detail = "moved to another place"
    else:
        detail = ""
    return {
        "type": "proposal",
        "kind": kind,
        "text": text,
        "base": base,
        "author": author,
        "date": date,
        "detail": detail,
    }


def _words(change: etree._Element) -> str:
    """The words a run-formatting change covers."""
    run = change.getparent()
    run = run.getparent() if run is not None else None
    if run is None:
        return ""
    return " ".join("".join(t.text or "" for t in run.iter(_w("t"))).split())


_PROPS = {
    "b": "bold",
    "bCs": "bold",
    "i": "italic",
    "iCs": "italic",
    "u": "underline",
    "strike": "strikethrough",
    "color": "colour",
    "sz": "size",
    "szCs": "size",
    "rFonts": "font",
    "highlight": "highlight",
    "pStyle": "paragraph style",
    "numPr": "list numbering",
    "jc": "alignment",
    "ind": "indentation",
    "spacing": "spacing",
    "bidi": "direction",
    "outlineLvl": "outline level",
}


def _format_detail(change: etree._Element, before: str, after: str) -> str:
    """What a formatting change changes, by the properties that differ ("bold, size")."""
    old = change.find(_RPR if change.tag == _RPR_CHANGE else _PPR)
    new = change.getparent()

    def props(element: etree._Element | None) -> dict[str, str]:
        if element is None:
            return {}
        return {
            etree.QName(c).localname: etree.tostring(c).decode()
            for c in element
            if c.tag not in (_RPR_CHANGE, _PPR_CHANGE, _RPR, _w("sectPr"))
        }

    a, b = props(old), props(new)
    names = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            name = _PROPS.get(key, key)
            if name not in names:
                names.append(name)
    what = "paragraph formatting" if change.tag == _PPR_CHANGE else "formatting"
    return f"{what}: {', '.join(names)}" if names else what


def comment_ids(p: etree._Element) -> list[str]:
    """Ids of the comments referenced in the paragraph, in order."""
    return [e.get(_w("id"), "") for e in p.iter(_COMMENT_REF)]
