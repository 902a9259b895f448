"""Bringing a linked section up to a newer version of its library clause: a block-by-block merge.

Three texts meet: *base*, the clause version the section was copied from (Workspace.clause_version);
*local*, the section as the user has it; *theirs*, the clause's current version. Blocks are matched
by ``Block.origin`` (the library block id each section block was copied from). Where only one side
changed a block, that side wins; where both changed it differently, the block is a conflict and
the user chooses. Nothing the user edited is dropped without a conflict being shown.

A table changed on both sides is merged the same way one cell at a time (cells are matched by
their ``origin``, the library cell id): the user's cell edits stay, the library's cell changes
come in, and only a cell both changed differently is a conflict, shown with both texts. The
table's shape (its rows and columns) comes from the side that changed it; when both changed
it, or one side removed a row whose cell the other edited, the whole table is one conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..model import Block, BlockKind, Clause, ClauseRef, Section, Status, Table, TranslationState
from ..model.block import fingerprint


class Outcome(StrEnum):
    """What the merge does with one block."""

    UNCHANGED = "unchanged"
    """Neither side changed it."""
    TAKE_THEIRS = "take_theirs"
    """Only the library changed it (or added it): the new library text is used."""
    KEEP_LOCAL = "keep_local"
    """Only the section changed it (or added it): the local text stays."""
    SAME = "same"
    """Both changed it the same way."""
    DROP = "drop"
    """Removed on one side and untouched on the other."""
    CONFLICT = "conflict"
    """Both sides changed it differently (or one edited what the other removed)."""
    MERGED = "merged"
    """A table both sides changed in different cells: merged cell by cell, no conflict."""


class Choice(StrEnum):
    LOCAL = "local"
    THEIRS = "theirs"


@dataclass(slots=True)
class CellMerge:
    """One cell of a table merged cell by cell: its three versions and what happens to it."""

    key: str
    """The library cell id (the local cell's origin) or, for a cell added locally, its id."""
    row: int
    """0-based row of the cell in the merged table."""
    column: int
    """0-based column of the cell in the merged table."""
    base: Block | None
    local: Block | None
    theirs: Block | None
    outcome: Outcome
    choice: Choice | None = None

    @property
    def resolved(self) -> bool:
        return self.outcome is not Outcome.CONFLICT or self.choice is not None


@dataclass(slots=True)
class BlockMerge:
    """One row of the merge: the three versions of a block and what happens to it."""

    key: str
    """The library block id (origin) or, for a block added locally, its own id."""
    base: Block | None
    local: Block | None
    theirs: Block | None
    outcome: Outcome
    choice: Choice | None = None
    """The user's pick for a conflict (None until chosen)."""
    cells: list[CellMerge] | None = None
    """For a table merged cell by cell: every cell of the merged table, row by row (the
    conflicts are chosen per cell, ``choice`` is unused)."""
    shape_from: Choice | None = None
    """Which side's rows, columns, header and widths the merged table has."""

    @property
    def resolved(self) -> bool:
        if self.cells is not None:
            return all(cell.resolved for cell in self.cells)
        return self.outcome is not Outcome.CONFLICT or self.choice is not None

    @property
    def cell_conflicts(self) -> list[CellMerge]:
        return [c for c in self.cells or [] if c.outcome is Outcome.CONFLICT]


@dataclass(slots=True)
class SectionMerge:
    """The merge of one section with a newer clause version; apply it with ``merged_section``."""

    section: Section
    clause: Clause
    """The new library version (theirs)."""
    rows: list[BlockMerge] = field(default_factory=list)
    """The title first, then body blocks in the merged order."""
    languages: list[str] = field(default_factory=list)

    @property
    def conflicts(self) -> list[BlockMerge]:
        return [r for r in self.rows if r.outcome is Outcome.CONFLICT]

    @property
    def locally_edited(self) -> bool:
        return any(
            r.outcome in (Outcome.KEEP_LOCAL, Outcome.CONFLICT, Outcome.MERGED) for r in self.rows
        )

    @property
    def library_changed(self) -> bool:
        changed = (Outcome.TAKE_THEIRS, Outcome.CONFLICT, Outcome.MERGED)
        return any(r.outcome in changed for r in self.rows) or any(
            r.outcome is Outcome.DROP and r.local is not None for r in self.rows
        )


def update_available(section: Section, clause: Clause | None) -> bool:
    """True when ``section`` links to ``clause`` and the library has a newer version of it."""
    return (
        section.clause is not None
        and clause is not None
        and clause.key == section.clause.key
        and clause.version > section.clause.version
    )


def wording_changed(section: Section, base: Clause | None, theirs: Clause | None) -> bool:
    """True when ``theirs`` is newer (``update_available``) and changed what ``section`` uses.

    A clause's version counts every change to it; a section uses its title and one variant's
    blocks. An edit to another variant, or to tags and status, leaves the section up to date,
    and offering an update then opened a dialog with nothing in it. Without ``base`` (history
    lost) any newer version counts, so a change is never hidden.
    """
    if theirs is None or not update_available(section, theirs):
        return False
    if base is None:
        return True
    assert section.clause is not None
    variant = section.clause.variant

    used = {
        name: [clause.title_block(), *clause.blocks_for(variant)]
        for name, clause in (("base", base), ("theirs", theirs))
    }
    # Every language either version has, table cells included (_content compares a table by
    # its shape and cells).
    langs = sorted(
        {
            lang
            for blocks in used.values()
            for b in blocks
            for seg in b.segments
            for lang in seg.text
        }
    )

    def wording(blocks: list[Block]) -> list[tuple[object, ...]]:
        return [(b.id, _content(b, langs)) for b in blocks]

    return wording(used["base"]) != wording(used["theirs"])


def _content(block: Block | None, languages: list[str]) -> tuple[object, ...] | None:
    if block is None:
        return None
    if block.table is not None:
        # A table is compared cell by cell (and by its shape): an edited cell changes it.
        shape = (block.table.header_rows, tuple(len(r) for r in block.table.rows))
        cells = tuple(tuple(c.get(lang) for lang in languages) for c in block.segments)
        return (block.kind, shape, cells)
    return (block.kind, block.level, *(block.get(lang) for lang in languages))


def _title_block(clause: Clause) -> Block:
    return clause.title_block()


def _decide(
    base: Block | None, local: Block | None, theirs: Block | None, langs: list[str]
) -> Outcome:
    b, mine, new = _content(base, langs), _content(local, langs), _content(theirs, langs)
    if mine == new:
        return Outcome.SAME if b != mine else Outcome.UNCHANGED
    if mine == b:
        return Outcome.DROP if theirs is None else Outcome.TAKE_THEIRS
    if new == b:
        return Outcome.DROP if local is None else Outcome.KEEP_LOCAL
    return Outcome.CONFLICT


def merge_section(
    section: Section, base: Clause | None, theirs: Clause, languages: list[str]
) -> SectionMerge:
    """Compare the section with the clause version it came from and the new one.

    Without ``base`` (history lost) every difference between local and theirs is a conflict, so
    the user decides rather than losing an edit.
    """
    if section.clause is None:
        raise ValueError("a local section has no library clause to update from")
    variant = section.clause.variant
    base_blocks = {b.id: b for b in base.blocks_for(variant)} if base is not None else {}
    their_blocks = theirs.blocks_for(variant)
    local_by_origin = {b.origin: b for b in section.blocks if b.origin}
    merge = SectionMerge(section, theirs, languages=list(languages))

    title_key = f"{theirs.key}#title"
    base_title = _title_block(base) if base is not None else None
    outcome = _decide(base_title, section.heading, _title_block(theirs), languages)
    if base is None and outcome is Outcome.SAME:
        outcome = Outcome.UNCHANGED
    merge.rows.append(
        BlockMerge(title_key, base_title, section.heading, _title_block(theirs), outcome)
    )

    def row(key: str, local: Block | None, new: Block | None) -> BlockMerge:
        old = base_blocks.get(key)
        result = _decide(old, local, new, languages)
        if base is None and result not in (Outcome.UNCHANGED, Outcome.SAME):
            result = Outcome.CONFLICT
        if base is None and result is Outcome.SAME:
            result = Outcome.UNCHANGED
        merged = BlockMerge(key, old, local, new, result)
        if result is Outcome.CONFLICT and old is not None:
            _merge_cells(merged, languages)
        return merged

    # Walk the new library order; local blocks that the library does not have are placed after
    # the local block they followed, so a paragraph the user added stays where they put it.
    their_ids = {b.id for b in their_blocks}
    emitted: set[str] = set()
    pending_local: dict[str | None, list[Block]] = {}
    previous: str | None = None
    for block in section.blocks:
        if block.origin not in their_ids:
            pending_local.setdefault(previous, []).append(block)
        else:
            previous = block.origin

    def flush(after: str | None) -> None:
        for block in pending_local.pop(after, []):
            key = block.origin or block.id
            if block.origin and block.origin in base_blocks:
                merge.rows.append(row(block.origin, block, None))
            else:
                merge.rows.append(BlockMerge(key, None, block, None, Outcome.KEEP_LOCAL))
            emitted.add(key)

    flush(None)
    for new in their_blocks:
        local = local_by_origin.get(new.id)
        if local is None and new.id in base_blocks:
            merge.rows.append(row(new.id, None, new))  # removed locally
        else:
            merge.rows.append(row(new.id, local, new))
        emitted.add(new.id)
        flush(new.id)
    for after in list(pending_local):
        flush(after)
    return merge


def _layout(table: Table, by_origin: bool) -> list[list[str]]:
    """The table's cells as library cell ids (a local cell by its origin, else its own id)."""
    return [[(c.origin or c.id) if by_origin else c.id for c in row] for row in table.rows]


def _merge_cells(row: BlockMerge, languages: list[str]) -> None:
    """Merge a table both sides changed cell by cell, when their shapes allow it.

    Sets ``row.cells`` (and ``row.outcome`` to MERGED when no cell conflicts); leaves the row a
    whole-table conflict when both changed the shape, or when a row or column one side removed
    holds a cell the other side edited (that edit would otherwise vanish without a word).
    """
    base, local, theirs = row.base, row.local, row.theirs
    if base is None or local is None or theirs is None:
        return
    if base.table is None or local.table is None or theirs.table is None:
        return
    base_layout = _layout(base.table, by_origin=False)
    local_layout = _layout(local.table, by_origin=True)
    their_layout = _layout(theirs.table, by_origin=False)
    base_shape = (base_layout, base.table.header_rows)
    local_shape = (local_layout, local.table.header_rows)
    their_shape = (their_layout, theirs.table.header_rows)
    if local_shape == base_shape or local_shape == their_shape:
        shape_from, layout = Choice.THEIRS, their_layout
    elif their_shape == base_shape:
        shape_from, layout = Choice.LOCAL, local_layout
    else:
        return  # both reshaped the table differently: the user picks a whole table
    base_cells = {c.id: c for c in base.table.cells()}
    local_cells = {(c.origin or c.id): c for c in local.table.cells()}
    their_cells = {c.id: c for c in theirs.table.cells()}
    kept = {key for line in layout for key in line}
    # A cell the shape leaves out must not carry an edit of the other side.
    for key, cell in local_cells.items():
        if key not in kept and _content(cell, languages) != _content(
            base_cells.get(key), languages
        ):
            return
    for key, cell in their_cells.items():
        if key not in kept and _content(cell, languages) != _content(
            base_cells.get(key), languages
        ):
            return
    cells = []
    for r, line in enumerate(layout):
        for c, key in enumerate(line):
            mine, new, old = local_cells.get(key), their_cells.get(key), base_cells.get(key)
            outcome = _decide(old, mine, new, languages)
            cells.append(CellMerge(key, r, c, old, mine, new, outcome))
    row.cells = cells
    row.shape_from = shape_from
    if not row.cell_conflicts:
        row.outcome = Outcome.MERGED


def _merged_table(row: BlockMerge, source: str, languages: list[str], clause_source: str) -> Block:
    """The table a cell-by-cell merge gives: each cell from the side it was settled to, ids
    kept where the section had the cell (its translations stay attached)."""
    assert row.cells is not None and row.local is not None and row.theirs is not None
    local, theirs, base = row.local.table, row.theirs.table, row.base
    assert local is not None and theirs is not None
    shape = local if row.shape_from is Choice.LOCAL else theirs
    rows: list[list[Block]] = [[] for _ in shape.rows]
    for cell in row.cells:
        take_theirs = cell.outcome is Outcome.TAKE_THEIRS or (
            cell.outcome is Outcome.CONFLICT and cell.choice is Choice.THEIRS
        )
        if take_theirs and cell.theirs is not None:
            keep = cell.local.id if cell.local is not None else None
            new = _from_library(cell.theirs, source, languages, keep, cell.local, clause_source)
        elif cell.local is not None and not (take_theirs and cell.theirs is None):
            new = cell.local.copy()
        else:  # removed on the side that wins: an empty cell keeps the grid whole
            new = Block(BlockKind.CELL, {})
            new.origin = cell.key
        rows[cell.row].append(new)
    # Widths are part of the shape, but a change of widths alone is still a change: the
    # library's comes in unless the user changed them.
    base_widths = base.table.widths if base is not None and base.table is not None else []
    widths = theirs.widths if local.widths == base_widths else local.widths
    if len(widths) != shape.columns:
        widths = shape.widths
    block = row.local.copy()
    block.table = Table(rows=rows, header_rows=shape.header_rows, widths=list(widths))
    return block


_RANK = {Status.APPROVED: 3, Status.REVIEWED: 2, Status.TRANSLATED: 1}


def _from_library(
    block: Block,
    source: str,
    languages: list[str],
    keep_id: str | None,
    local: Block | None = None,
    clause_source: str | None = None,
) -> Block:
    """The library's block as it enters the section, with a truthful translation state.

    Per language: the library's own state when it translates this source; else, when the
    translation text is the one the section already had, the section's state (recorded against
    the old source, so a source that changed makes it stale, with the old source for the
    redline, exactly as a local source edit does); else the text arrives as a draft.
    """
    copy = block.copy(keep_id=False)
    copy.origin = block.id
    copy.text = {k: v for k, v in copy.text.items() if k in languages}
    copy.translations = {}
    if keep_id is not None:
        copy.id = keep_id
    same_source = clause_source is None or clause_source == source
    for lang in copy.text:
        if lang == source or not copy.get(lang).strip():
            continue
        candidates: list[TranslationState] = []
        theirs = block.translations.get(lang) if same_source else None
        if theirs is not None and theirs.status.is_confirmed:
            candidates.append(theirs)
        mine = local.translations.get(lang) if local is not None else None
        if mine is not None and mine.status.is_confirmed and local is not None:
            if local.get(lang) == copy.get(lang):
                candidates.append(mine)
        if not candidates:
            continue
        current = fingerprint(copy.get(source))
        best = max(
            candidates,
            key=lambda st: (st.source_fingerprint == current, _RANK.get(st.status, 0)),
        )
        copy.translations[lang] = TranslationState(
            best.status, best.source_fingerprint, best.source_text
        )
    return copy


def merged_section(merge: SectionMerge, source: str) -> Section:
    """The section after the merge, with each conflict settled by its row's ``choice``.

    Blocks keep their ids wherever the section already had them, so translations stay attached.
    Raises ValueError while a conflict has no choice.
    """
    unresolved = [r.key for r in merge.rows if not r.resolved]
    if unresolved:
        raise ValueError(f"{len(unresolved)} conflict(s) still need a choice")
    section = merge.section.copy()
    langs = merge.languages
    clause_source = merge.clause.source_language
    body: list[Block] = []
    heading = section.heading
    for index, row in enumerate(merge.rows):
        take_theirs = row.outcome is Outcome.TAKE_THEIRS or (
            row.outcome is Outcome.CONFLICT and row.choice is Choice.THEIRS
        )
        drop = row.outcome is Outcome.DROP or (take_theirs and row.theirs is None)
        if index == 0:
            if take_theirs and row.theirs is not None:
                heading = _from_library(
                    row.theirs, source, langs, section.heading.id, row.local, clause_source
                )
                heading.origin = row.key
            continue
        if drop:
            continue
        if row.cells is not None:
            body.append(_merged_table(row, source, langs, clause_source))
        elif take_theirs and row.theirs is not None:
            keep = row.local.id if row.local is not None else None
            body.append(_from_library(row.theirs, source, langs, keep, row.local, clause_source))
        elif row.local is not None:
            body.append(row.local.copy())
    ref = merge.section.clause
    assert ref is not None
    return Section(
        heading=heading,
        blocks=body,
        id=section.id,
        clause=ClauseRef(ref.key, merge.clause.version, ref.variant),
    )
