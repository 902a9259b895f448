"""Review notes and proposals found by a reader, hung on the blocks their lines became.

A reader (so far the DOCX reader, readers/docx_review.py) puts what a paragraph carried —
comments, tracked changes, formatting changes — on its ``Line`` as JSON (``attrs["review"]``).
``attach`` runs when one language's lines have become blocks (build.py ``build_one``'s
origins: block id → line) and adds the notes and proposals to each line's block; ``carry``
moves them from a translation's blocks onto the blocks alignment put that text in; ``count``
fills the report (``report.review``). An item whose line became no block is a warning.
"""

from __future__ import annotations

import json
from typing import Any

from ..model import Block, BlockKind, Policy, Proposal, ProposalKind, ReviewNote
from .intermediate import Line, Role
from .result import TITLE_ORIGIN, ImportReport

KEY = "review"
"""``Line.attrs`` key of the JSON list of notes, proposals and formatting changes."""

BODY_KINDS = ("paragraph", "bullet", "numbered")
"""Block kinds a paragraph-formatting proposal may turn a body block into."""


def add(line: Line, item: dict[str, Any]) -> None:
    found = items(line)
    found.append(item)
    line.attrs[KEY] = json.dumps(found, ensure_ascii=False)


def items(line: Line) -> list[dict[str, Any]]:
    try:
        found = json.loads(line.attrs.get(KEY, "[]"))
    except ValueError:
        return []
    return [x for x in found if isinstance(x, dict)] if isinstance(found, list) else []


def keep_orphans(reviewed: list[Line], lines: list[Line], warnings: list[str]) -> None:
    """After a reader's later passes (structure recovery joins short lines, marks debris):
    review items of a line that was joined into another go to the line that holds its text (a
    proposal's change is then put where its words are, as in ``attach``); items of a line that
    is left out of the policy, or that no line holds any more, are named in a warning."""
    kept = {id(line) for line in lines}
    for line in reviewed:
        found = items(line)
        if not found:
            continue
        target: Line | None = line if id(line) in kept else None
        if target is None and line.text:
            target = next((other for other in lines if line.text in other.text), None)
        if target is not None and target.role is not Role.DEBRIS:
            if target is not line:
                for item in found:
                    add(target, item)
                line.attrs.pop(KEY, None)
            continue
        what = "; ".join(
            f"{x.get('type')} by {x.get('author') or 'someone'}: "
            f"{x.get('text') or x.get('detail', '')}"
            for x in found
        )
        warnings.append(
            f"line {line.line} (“{line.text[:60]}”) is not part of the policy, so its review "
            f"notes and proposed changes are listed here only: {what}"
        )


def attach(policy: Policy, origins: dict[str, Line], lang: str, report: ImportReport) -> None:
    """Add the review items of each block's line to the block (one language's policy). A table
    row's line is the origin of each of its cells, in order: an item naming a ``cell`` goes to
    that cell, any other to the first."""
    blocks: dict[str, Block] = {b.id: b for _, b in policy.iter_blocks()}
    by_line: dict[int, tuple[Line, list[Block]]] = {}
    for block_id, line in origins.items():
        if KEY not in line.attrs:
            continue
        entry = by_line.setdefault(id(line), (line, []))
        if block_id in blocks:
            entry[1].append(blocks[block_id])
        elif block_id == TITLE_ORIGIN:
            report.warnings.append(
                f"line {line.line}: review notes or proposals on the document's title are "
                "not kept (a policy title has none): "
                + "; ".join(str(x.get("text") or x.get("detail", "")) for x in items(line))
            )
    for line, targets in by_line.values():
        if not targets:
            continue
        for item in items(line):
            cell = item.get("cell")
            index = cell if isinstance(cell, int) and 0 <= cell < len(targets) else 0
            _attach(targets[index], lang, item, report, line)


def _attach(
    block: Block, lang: str, item: dict[str, Any], report: ImportReport, line: Line
) -> None:
    kind = item.get("type")
    if kind == "note":
        block.notes.append(
            ReviewNote(
                lang,
                str(item.get("text", "")),
                str(item.get("author", "")),
                str(item.get("date", "")),
                str(item.get("quote", "")),
            )
        )
    elif kind == "proposal":
        proposal = Proposal(
            lang,
            ProposalKind(str(item.get("kind", "replace"))),
            str(item.get("text", "")),
            str(item.get("base", "")),
            str(item.get("author", "")),
            str(item.get("date", "")),
            str(item.get("detail", "")),
        )
        current = block.get(lang)
        if current != proposal.base:
            # The import changed the line (a typed heading number taken as numbering): the
            # change is put where its words are now, when they are still there.
            moved = proposal.apply_to(current)
            if moved is not None:
                proposal.text, proposal.base = moved, current
        new_kind = str(item.get("new_kind", ""))
        if new_kind and new_kind != block.kind.value:
            proposal.new_kind = new_kind
            proposal.new_level = int(item.get("new_level", 0))
            if block.kind is BlockKind.TITLE or new_kind not in BODY_KINDS:
                proposal.new_kind = "structure"
        block.proposals.append(proposal)
    elif kind == "format-only":
        report.review.setdefault("formatting", []).append(
            {
                "lang": lang,
                "block_id": block.id,
                "line": line.line,
                "author": str(item.get("author", "")),
                "date": str(item.get("date", "")),
                "what": str(item.get("detail", "")),
                "words": str(item.get("words", "")),
                "kept": "reported only: Policy Studio keeps no such formatting",
            }
        )


def relabel(policy: Policy, old: str, new: str) -> None:
    """Notes and proposals in ``old`` are in ``new`` (the language the user gave the file)."""
    for _, block in policy.iter_blocks():
        for note in block.notes:
            note.lang = new if note.lang == old else note.lang
        for proposal in block.proposals:
            proposal.lang = new if proposal.lang == old else proposal.lang


def carry(main: Policy, other: Policy, placed: dict[str, list[str]]) -> None:
    """Alignment put the text of ``other``'s blocks into ``main``'s (``placed``: other's block
    id → main's block ids): their notes and proposals go with the text, to the first block."""
    if not any(b.has_review for _, b in other.iter_blocks()):
        return
    theirs = {b.id: b for _, b in other.iter_blocks()}
    mine = {b.id: b for _, b in main.iter_blocks()}
    for other_id, main_ids in placed.items():
        source = theirs.get(other_id)
        target = next((mine[i] for i in main_ids if i in mine), None)
        if source is None or target is None or target is source:
            continue
        for note in source.notes:
            if not any(n.id == note.id for n in target.notes):
                target.notes.append(note)
        for proposal in source.proposals:
            if not any(p.id == proposal.id for p in target.proposals):
                target.proposals.append(proposal)


def count(policy: Policy, report: ImportReport) -> None:
    """The report's counts of the notes and proposals the policy holds."""
    notes = 0
    proposals: dict[str, int] = {}
    for _, block in policy.iter_blocks():
        notes += len(block.notes)
        for proposal in block.proposals:
            proposals[proposal.kind.value] = proposals.get(proposal.kind.value, 0) + 1
    report.review["notes"] = notes
    report.review["proposals"] = proposals
    report.review.setdefault("formatting", [])
