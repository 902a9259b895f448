"""What the XLIFF writer and reader agree on: namespaces, state names and inline placeholders.

Decisions (docs/xliff.md says the same for users):
- One ``<file>`` per target language; one ``<group>`` per section (id = section id); one
  ``<trans-unit>`` per block whose id is the block id — the id ``check --json`` reports.
- Status ↔ XLIFF 1.2 ``state``: untranslated → ``new`` (no text) or ``needs-translation``;
  draft → ``needs-review-translation``; translated → ``translated``; reviewed → ``signed-off``;
  approved → ``final`` (and ``approved="yes"``). A stale segment (source changed after the
  target was confirmed) goes out as ``needs-review-translation`` with a note.
- Inline markup: variables become ``<x ctype="x-variable" equiv-text="{{name}}"/>`` so CAT
  tools protect them as tags; bold and italic become ``<g ctype="bold">``/``<g ctype="italic">``;
  a link becomes ``<g ctype="x-link" ps:href="URL">``. Translators never see raw ``**`` or
  ``{{…}}``, and cannot break a variable name by typing in it.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..model import Block, Section, Status
from ..text.markup import Run

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
PS_NS = "urn:policy-studio:xliff:1"
"""Our own attributes (link targets, block kinds): XLIFF 1.2 allows foreign-namespace attributes."""
XML_NS = "http://www.w3.org/XML/1998/namespace"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"

STATE2_OUT: dict[Status, tuple[str, str]] = {
    Status.UNTRANSLATED: ("initial", ""),
    Status.DRAFT: ("initial", "ps:draft"),
    Status.TRANSLATED: ("translated", ""),
    Status.REVIEWED: ("reviewed", ""),
    Status.APPROVED: ("final", ""),
}
"""XLIFF 2.0 has four states; a draft is ``initial`` with our subState so it comes back a draft."""
STALE2_OUT = ("initial", "ps:stale")
STATE2_IN: dict[str, Status] = {
    "initial": Status.UNTRANSLATED,
    "translated": Status.TRANSLATED,
    "reviewed": Status.REVIEWED,
    "final": Status.APPROVED,
}
SUBTYPE_BOLD = "xlf:b"
SUBTYPE_ITALIC = "xlf:i"
TYPE_LINK = "link"
"""XLIFF 2.0: bold/italic are <pc type="fmt" subType="xlf:b|xlf:i">; a link is <pc type="link">
whose URL is the unit's <originalData> entry named by dataRefStart; a variable is
<ph equiv="{{name}}" disp="{{name}}"/>."""

TOOL_ID = "policy-studio"

STATE_OUT: dict[Status, str] = {
    Status.UNTRANSLATED: "needs-translation",
    Status.DRAFT: "needs-review-translation",
    Status.TRANSLATED: "translated",
    Status.REVIEWED: "signed-off",
    Status.APPROVED: "final",
}
STALE_STATE = "needs-review-translation"

STATE_IN: dict[str, Status] = {
    "new": Status.UNTRANSLATED,
    "needs-translation": Status.UNTRANSLATED,
    "needs-adaptation": Status.DRAFT,
    "needs-l10n": Status.DRAFT,
    "needs-review-translation": Status.DRAFT,
    "needs-review-adaptation": Status.DRAFT,
    "needs-review-l10n": Status.DRAFT,
    "translated": Status.TRANSLATED,
    "signed-off": Status.REVIEWED,
    "final": Status.APPROVED,
}
"""Every XLIFF 1.2 state value; a target with text is at least a draft whatever its state says."""

CTYPE_BOLD = "bold"
CTYPE_ITALIC = "italic"
CTYPE_LINK = "x-link"
CTYPE_VARIABLE = "x-variable"


def q2(tag: str) -> str:
    """A tag name in the XLIFF 2.0 namespace, for lxml."""
    return f"{{{XLIFF2_NS}}}{tag}"


def q(tag: str) -> str:
    """A tag name in the XLIFF namespace, for lxml."""
    return f"{{{XLIFF_NS}}}{tag}"


WrapFactory = Callable[["etree._Element", str, "str | None"], "etree._Element"]
VariableFactory = Callable[["etree._Element", str], "etree._Element"]


def fill_inline(
    parent: etree._Element, runs: list[Run], wrap: WrapFactory, variable: VariableFactory
) -> None:
    """Write markup runs into ``parent`` as text and inline tags, the same way for both versions.

    ``wrap(holder, kind, value)`` makes the paired tag for kind "link" (value: the URL), "bold"
    or "italic" (value None) — <g> in XLIFF 1.2, <pc> in 2.0; ``variable(holder, name)`` makes
    the standalone placeholder (<x/> or <ph/>). Plain text goes into .text/.tail.
    """
    last: etree._Element | None = None
    for run in runs:
        wrappers: list[tuple[str, str | None]] = []
        if run.link is not None:
            wrappers.append(("link", run.link))
        if run.bold:
            wrappers.append(("bold", None))
        if run.italic:
            wrappers.append(("italic", None))
        if not wrappers and run.variable is None:
            if last is None:
                parent.text = (parent.text or "") + run.text
            else:
                last.tail = (last.tail or "") + run.text
            continue
        outer: etree._Element | None = None
        holder = parent
        for kind, value in wrappers:
            node = wrap(holder, kind, value)
            outer = outer if outer is not None else node
            holder = node
        if run.variable is not None:
            node = variable(holder, run.variable)
            outer = outer if outer is not None else node
        else:
            holder.text = run.text
        last = outer


def body_segments(section: Section) -> list[tuple[Block, str]]:
    """The body's segments in order, each with a note for the translator: a table's cells
    one unit each, noted with their row and column (1-based), so a tool shows where it sits.
    A paragraph only proposed (a tracked insertion nobody accepted) has nothing to translate."""
    out: list[tuple[Block, str]] = []
    for block in section.blocks:
        if block.proposals and not any(t.strip() for t in block.text.values()):
            continue  # a paragraph only proposed: no accepted text to translate yet
        if block.table is None:
            out.append((block, ""))
            continue
        header = block.table.header_rows
        for r, row in enumerate(block.table.rows, start=1):
            for c, cell in enumerate(row, start=1):
                kind = "header cell" if r <= header else "cell"
                out.append((cell, f"Table {kind}: row {r}, column {c}"))
    return out
