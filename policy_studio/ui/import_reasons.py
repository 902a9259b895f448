"""The import's reasons in the interface language: why the reader gave a line its kind, and why
alignment doubts a pair ("check this pair").

The readers (io/) write their reasons in English, as the CLI's report shows them; the preview
translates the ones it knows here, by exact text or by a pattern with the varying part kept
(a level, a marker, a length). A reason not in these tables is shown as written.
tests/ui/test_import_reasons.py keeps the tables in step with what the readers write.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ImportReasons"

REASONS: dict[str, str] = {
    # Why a line has its kind (Line.reason): structure recovery and the readers.
    "paragraph": QT_TRANSLATE_NOOP("ImportReasons", "paragraph"),
    "list item": QT_TRANSLATE_NOOP("ImportReasons", "list item"),
    "table row": QT_TRANSLATE_NOOP("ImportReasons", "table row"),
    "thematic break": QT_TRANSLATE_NOOP("ImportReasons", "thematic break"),
    "numbered heading": QT_TRANSLATE_NOOP("ImportReasons", "numbered heading"),
    "numbered item": QT_TRANSLATE_NOOP("ImportReasons", "numbered item"),
    "title-like line": QT_TRANSLATE_NOOP("ImportReasons", "title-like line"),
    "first title-like line": QT_TRANSLATE_NOOP("ImportReasons", "first title-like line"),
    "first level-1 heading": QT_TRANSLATE_NOOP("ImportReasons", "first level-1 heading"),
    "ends with a colon": QT_TRANSLATE_NOOP("ImportReasons", "ends with a colon"),
    "question": QT_TRANSLATE_NOOP("ImportReasons", "question"),
    "introduces a list": QT_TRANSLATE_NOOP("ImportReasons", "introduces a list"),
    "bullet over a sub-list": QT_TRANSLATE_NOOP("ImportReasons", "bullet over a sub-list"),
    "block of short lines": QT_TRANSLATE_NOOP("ImportReasons", "block of short lines"),
    "wrapped paragraph": QT_TRANSLATE_NOOP("ImportReasons", "wrapped paragraph"),
    "bold line": QT_TRANSLATE_NOOP("ImportReasons", "bold line"),
    "bold paragraph": QT_TRANSLATE_NOOP("ImportReasons", "bold paragraph"),
    "short bold paragraph": QT_TRANSLATE_NOOP("ImportReasons", "short bold paragraph"),
    "typed bullet": QT_TRANSLATE_NOOP("ImportReasons", "typed bullet"),
    "effective date": QT_TRANSLATE_NOOP("ImportReasons", "effective date"),
    "a second date line (kept as text)": QT_TRANSLATE_NOOP(
        "ImportReasons", "a second date line (kept as text)"
    ),
    "repeated title": QT_TRANSLATE_NOOP("ImportReasons", "repeated title"),
    "source note": QT_TRANSLATE_NOOP("ImportReasons", "source note"),
    "navigation": QT_TRANSLATE_NOOP("ImportReasons", "navigation"),
    "image": QT_TRANSLATE_NOOP("ImportReasons", "image"),
    "image missing": QT_TRANSLATE_NOOP("ImportReasons", "image missing"),
    "stray symbol": QT_TRANSLATE_NOOP("ImportReasons", "stray symbol"),
    "code block": QT_TRANSLATE_NOOP("ImportReasons", "code block"),
    "raw HTML": QT_TRANSLATE_NOOP("ImportReasons", "raw HTML"),
    "template tag": QT_TRANSLATE_NOOP("ImportReasons", "template tag"),
    "front matter": QT_TRANSLATE_NOOP("ImportReasons", "front matter"),
    "front matter title": QT_TRANSLATE_NOOP("ImportReasons", "front matter title"),
    "front matter date": QT_TRANSLATE_NOOP("ImportReasons", "front matter date"),
    "page title": QT_TRANSLATE_NOOP("ImportReasons", "page title"),
    "document properties": QT_TRANSLATE_NOOP("ImportReasons", "document properties"),
    "text in a block": QT_TRANSLATE_NOOP("ImportReasons", "text in a block"),
    "heading style": QT_TRANSLATE_NOOP("ImportReasons", "heading style"),
    "outline level": QT_TRANSLATE_NOOP("ImportReasons", "outline level"),
    "Title style": QT_TRANSLATE_NOOP("ImportReasons", "Title style"),
    "list style": QT_TRANSLATE_NOOP("ImportReasons", "list style"),
    "contents list": QT_TRANSLATE_NOOP("ImportReasons", "contents list"),
    "title of an export": QT_TRANSLATE_NOOP("ImportReasons", "title of an export"),
    "cover of an export": QT_TRANSLATE_NOOP("ImportReasons", "cover of an export"),
    "effective date of an export": QT_TRANSLATE_NOOP(
        "ImportReasons", "effective date of an export"
    ),
    "not-translated marker of an export": QT_TRANSLATE_NOOP(
        "ImportReasons", "not-translated marker of an export"
    ),
    "title in the second language": QT_TRANSLATE_NOOP(
        "ImportReasons", "title in the second language"
    ),
    "changed by you": QT_TRANSLATE_NOOP("ImportReasons", "changed by you"),
    "split by you": QT_TRANSLATE_NOOP("ImportReasons", "split by you"),
    "merged by you": QT_TRANSLATE_NOOP("ImportReasons", "merged by you"),
    # Why alignment doubts a pair (CheckPair.why, joined with "; ").
    "different numbers, links or e-mail addresses": QT_TRANSLATE_NOOP(
        "ImportReasons", "different numbers, links or e-mail addresses"
    ),
    "numbers, links or e-mail addresses on one side only": QT_TRANSLATE_NOOP(
        "ImportReasons", "numbers, links or e-mail addresses on one side only"
    ),
    "names kept in Latin letters are missing on the other side": QT_TRANSLATE_NOOP(
        "ImportReasons", "names kept in Latin letters are missing on the other side"
    ),
    "far from the same place in the document": QT_TRANSLATE_NOOP(
        "ImportReasons", "far from the same place in the document"
    ),
    "weak evidence": QT_TRANSLATE_NOOP("ImportReasons", "weak evidence"),
}
"""Reasons written the same every time."""

PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"heading level (\d+)"),
        QT_TRANSLATE_NOOP("ImportReasons", "heading level %1"),
    ),
    (re.compile(r"heading (h\d)"), QT_TRANSLATE_NOOP("ImportReasons", "heading %1")),
    (re.compile(r"numbering \((\w+)\)"), QT_TRANSLATE_NOOP("ImportReasons", "numbering (%1)")),
    (re.compile(r"bullet “(.+)”"), QT_TRANSLATE_NOOP("ImportReasons", "bullet “%1”")),
    (
        re.compile(r"lengths differ \((\d+) and (\d+) characters\)"),
        QT_TRANSLATE_NOOP("ImportReasons", "lengths differ (%1 and %2 characters)"),
    ),
    (
        re.compile(r"a (\w+) paired with a (\w+)"),
        QT_TRANSLATE_NOOP("ImportReasons", "a %1 paired with a %2"),
    ),
]
"""Reasons with a varying part (%1, %2): the part is kept (a kind is translated too)."""

KINDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ImportReasons", "title"),
    "heading": QT_TRANSLATE_NOOP("ImportReasons", "heading"),
    "paragraph": QT_TRANSLATE_NOOP("ImportReasons", "paragraph"),
    "bullet": QT_TRANSLATE_NOOP("ImportReasons", "bullet"),
    "numbered": QT_TRANSLATE_NOOP("ImportReasons", "numbered item"),
    "cell": QT_TRANSLATE_NOOP("ImportReasons", "table cell"),
}
"""The kinds of blocks a doubtful pair names ("a heading paired with a paragraph")."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reason_text(reason: str) -> str:
    """One reason in the interface language (as written when it is not a known one)."""
    known = REASONS.get(reason)
    if known is not None:
        return _tr(known)
    for pattern, source in PATTERNS:
        m = pattern.fullmatch(reason)
        if m is None:
            continue
        text = _tr(source)
        for index, part in enumerate(m.groups(), 1):
            text = text.replace(f"%{index}", _tr(KINDS[part]) if part in KINDS else part)
        return text
    return reason


def why_text(why: str) -> str:
    """A pair's doubts ("lengths differ (…); far from the same place…") translated one by one."""
    return "; ".join(reason_text(part) for part in why.split("; ") if part)
