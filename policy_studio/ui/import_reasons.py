"""The import's reasons in the interface language: why the reader gave a line its kind, dropped
or changed it, and why alignment doubts a pair ("check this pair").

The readers (io/) write a fixed reason as its English text, translated here by the table
``REASONS``; a reason made of values is an io/reasons.py ``Reason`` (its English text, its
kind and values), said here from its kind's translated wording with the values filled in, a
block kind, language or metadata field translated too. Nothing English is read back. A reason
in neither table is shown as written; tests/ui/test_import_reasons.py keeps the tables in step
with what the readers write.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..io.reasons import SEVERAL, VALUES, Reason, fill
from .language_names import language_name

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
    # Lines left out or changed, and the reports' defaults.
    "item with its own marker (kept in the text)": QT_TRANSLATE_NOOP(
        "ImportReasons", "item with its own marker (kept in the text)"
    ),
    "numbered item “N- ”": QT_TRANSLATE_NOOP("ImportReasons", "numbered item “N- ”"),
    "footnote": QT_TRANSLATE_NOOP("ImportReasons", "footnote"),
    "endnote": QT_TRANSLATE_NOOP("ImportReasons", "endnote"),
    "page header": QT_TRANSLATE_NOOP("ImportReasons", "page header"),
    "page footer": QT_TRANSLATE_NOOP("ImportReasons", "page footer"),
    "outside the page's main content": QT_TRANSLATE_NOOP(
        "ImportReasons", "outside the page's main content"
    ),
    "sign-off block of an export": QT_TRANSLATE_NOOP(
        "ImportReasons", "sign-off block of an export"
    ),
    "draft notice of an export": QT_TRANSLATE_NOOP("ImportReasons", "draft notice of an export"),
    "version line of an export (a version gets its label when it is saved)": QT_TRANSLATE_NOOP(
        "ImportReasons", "version line of an export (a version gets its label when it is saved)"
    ),
    "front-matter title, repeated by the page's heading": QT_TRANSLATE_NOOP(
        "ImportReasons", "front-matter title, repeated by the page's heading"
    ),
    "front-matter title (the page's own heading is the title)": QT_TRANSLATE_NOOP(
        "ImportReasons", "front-matter title (the page's own heading is the title)"
    ),
    "colon after the heading left out": QT_TRANSLATE_NOOP(
        "ImportReasons", "colon after the heading left out"
    ),
    "template tags ({% … %}) left out": QT_TRANSLATE_NOOP(
        "ImportReasons", "template tags ({% … %}) left out"
    ),
    "not-translated marker of an export: no text in this language": QT_TRANSLATE_NOOP(
        "ImportReasons", "not-translated marker of an export: no text in this language"
    ),
    "changed": QT_TRANSLATE_NOOP("ImportReasons", "changed"),
    "debris": QT_TRANSLATE_NOOP("ImportReasons", "debris"),
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

WORDINGS: dict[str, str] = {
    "heading-level": QT_TRANSLATE_NOOP("ImportReasons", "heading level %1"),
    "heading-tag": QT_TRANSLATE_NOOP("ImportReasons", "heading %1"),
    "numbering": QT_TRANSLATE_NOOP("ImportReasons", "numbering (%1)"),
    "bullet": QT_TRANSLATE_NOOP("ImportReasons", "bullet “%1”"),
    "cover-line": QT_TRANSLATE_NOOP("ImportReasons", "%1 on the cover of an export"),
    "comment": QT_TRANSLATE_NOOP("ImportReasons", "comment by %1 (comments are not imported)"),
    "comment-on": QT_TRANSLATE_NOOP(
        "ImportReasons", "comment by %1 on “%2” (comments are not imported)"
    ),
    "tracked-deletion": QT_TRANSLATE_NOOP(
        "ImportReasons", "tracked deletion by %1 (the import takes the changes as accepted)"
    ),
    "moved-away": QT_TRANSLATE_NOOP(
        "ImportReasons", "moved by %1: its old place (the text is kept where it was moved to)"
    ),
    "typed-number": QT_TRANSLATE_NOOP("ImportReasons", "typed number “%1” taken as numbering"),
    "item-number": QT_TRANSLATE_NOOP("ImportReasons", "item number “%1” taken as list numbering"),
    "kept-as-meta": QT_TRANSLATE_NOOP(
        "ImportReasons", "kept as the policy's %1 in %2 (Policy › Properties), not as text"
    ),
    "kept-as-date": QT_TRANSLATE_NOOP(
        "ImportReasons", "kept as the policy's effective date (%1), not as text"
    ),
    "export-variable": QT_TRANSLATE_NOOP(
        "ImportReasons", "a variable of an export: kept as the value of {{%1}} in %2"
    ),
    "lengths-differ": QT_TRANSLATE_NOOP("ImportReasons", "lengths differ (%1 and %2 characters)"),
    "kinds-differ": QT_TRANSLATE_NOOP("ImportReasons", "a %1 paired with a %2"),
}
"""Reasons made of values, by kind (io/reasons.py ``WORDINGS``, the same English marked for
translation; tests/ui/test_import_reasons.py holds the two equal)."""

KINDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ImportReasons", "title"),
    "heading": QT_TRANSLATE_NOOP("ImportReasons", "heading"),
    "paragraph": QT_TRANSLATE_NOOP("ImportReasons", "paragraph"),
    "bullet": QT_TRANSLATE_NOOP("ImportReasons", "bullet"),
    "numbered": QT_TRANSLATE_NOOP("ImportReasons", "numbered item"),
    "cell": QT_TRANSLATE_NOOP("ImportReasons", "table cell"),
}
"""The kinds of blocks a doubtful pair names ("a heading paired with a paragraph")."""


META: dict[str, str] = {
    "organization": QT_TRANSLATE_NOOP("ImportReasons", "organisation"),
    "subtitle": QT_TRANSLATE_NOOP("ImportReasons", "subtitle"),
    "address": QT_TRANSLATE_NOOP("ImportReasons", "address"),
    "title": QT_TRANSLATE_NOOP("ImportReasons", "title"),
}
"""The metadata fields a cover line of an export is kept as."""

_VALUE_WORDS = {"kind": KINDS, "meta": META}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _value(role: str, value: str) -> str:
    """One value of a reason: a word of ours translated, a language named, anything else as
    it is."""
    if role == "lang":
        return language_name(value)
    words = _VALUE_WORDS.get(role)
    if words is not None and value in words:
        return _tr(words[value])
    return value


def joined_list(parts: list[str]) -> str:
    """``parts`` joined with the interface language's "; " ("؛ " in Arabic)."""
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined = fill(_tr(QT_TRANSLATE_NOOP("ImportReasons", "%1; %2")), [joined, part])
    return joined


def reason_text(reason: str) -> str:
    """One reason in the interface language: a ``Reason`` by its kind and values, a fixed one
    from the table; anything else as written."""
    if isinstance(reason, Reason):
        if reason.kind == SEVERAL:
            return joined_list([reason_text(part) for part in reason.args])
        roles = VALUES.get(reason.kind, ())
        values = [
            _value(roles[i] if i < len(roles) else "", value) for i, value in enumerate(reason.args)
        ]
        return fill(_tr(WORDINGS[reason.kind]), values)
    known = REASONS.get(reason)
    return _tr(known) if known is not None else reason
