"""The import's reasons made of values, kept as a kind and its values (issue 12).

A reader, the build or the alignment says why it gave a line its kind, dropped or changed it,
or doubts a pair. A reason with no varying part is a plain string ("title-like line"). One
built from values ("typed number “3” taken as numbering") is a ``Reason``: a ``str`` holding the
English sentence — what the CLI's report and ``import --json`` print, unchanged — that also
keeps its kind and values, so the import preview says it in the interface's language
(ui/import_reasons.py translates the wording and the values that are words of ours: a block
kind, a language, a metadata field) without reading the English back (as undo labels do:
ops/base.py ``OpLabel``). Qt-free: the readers and the CLI use it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

WORDINGS: dict[str, str] = {
    # Why a line has its kind.
    "heading-level": "heading level %1",
    "heading-tag": "heading %1",
    "numbering": "numbering (%1)",
    "bullet": "bullet “%1”",
    "cover-line": "%1 on the cover of an export",
    # Lines left out (comments and tracked changes nobody could place).
    "comment": "comment by %1 (comments are not imported)",
    "comment-on": "comment by %1 on “%2” (comments are not imported)",
    "tracked-deletion": "tracked deletion by %1 (the import takes the changes as accepted)",
    "moved-away": "moved by %1: its old place (the text is kept where it was moved to)",
    # Text the import changed.
    "typed-number": "typed number “%1” taken as numbering",
    "item-number": "item number “%1” taken as list numbering",
    "kept-as-meta": "kept as the policy's %1 in %2 (Policy › Properties), not as text",
    "kept-as-date": "kept as the policy's effective date (%1), not as text",
    "export-variable": "a variable of an export: kept as the value of {{%1}} in %2",
    # Why alignment doubts a pair.
    "lengths-differ": "lengths differ (%1 and %2 characters)",
    "kinds-differ": "a %1 paired with a %2",
}
"""Reason kind → its English wording, %1, %2… standing for the values. ui/import_reasons.py
marks the same wordings for translation (a test holds the two equal)."""

VALUES: dict[str, tuple[str, ...]] = {
    "cover-line": ("meta",),
    "kept-as-meta": ("meta", "lang"),
    "export-variable": ("", "lang"),
    "kinds-differ": ("kind", "kind"),
}
"""What each value of a kind is, when it is a word of ours the interface translates: ``kind``
(a block kind: heading, paragraph…), ``lang`` (a language code), ``meta`` (a metadata field:
organization, subtitle…). Other values (a number, a name, a quote) are shown as they are."""

SEVERAL = "several"
"""The kind of a list of reasons (a pair's doubts), its values the reasons; said joined by "; "."""


def fill(template: str, args: Sequence[str]) -> str:
    """``template`` with %1, %2… replaced by ``args`` in one pass (a value holding "%1" stays)."""
    return re.sub(r"%(\d+)", lambda m: args[int(m[1]) - 1], template)


class Reason(str):
    """A reason's English sentence that keeps the kind and values it was made from."""

    kind: str
    args: tuple[str, ...]

    def __new__(cls, kind: str, *args: str) -> Reason:
        if kind == SEVERAL:
            text = "; ".join(args)
        elif kind in WORDINGS:
            text = fill(WORDINGS[kind], [str(a) for a in args])
        else:
            raise KeyError(f"unknown reason kind {kind!r}")
        made = super().__new__(cls, text)
        made.kind, made.args = kind, tuple(args)
        return made

    def __getnewargs__(self) -> tuple[str, ...]:  # type: ignore[override]
        # Copies and pickles (compare reads a file in a child process) make it again from
        # its kind and values, not from the English sentence.
        return (self.kind, *self.args)


def said(kind: str, *args: object) -> Reason:
    """The reason of ``kind`` (a key of WORDINGS) with ``args``."""
    return Reason(kind, *(str(a) for a in args))


def several(reasons: Sequence[str]) -> str:
    """Reasons said together ("lengths differ (…); weak evidence"): one of them alone as it
    is, several as one ``Reason`` that keeps each."""
    if len(reasons) == 1:
        return reasons[0]
    return Reason(SEVERAL, *reasons)
