"""Edits of a section's body: change kind, add, split, remove blocks, or replace the body at once.

The section editor writes a whole body back with ``set_section_body``: blocks it still knows keep
their ids (and so their translations and library origin); only new paragraphs get new ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..model import (
    Block,
    BlockKind,
    Policy,
    Section,
    Status,
    Table,
    TranslationState,
    normalize_text,
)
from .base import Changes, Edit, OperationError, op
from .sections import find_section
from .text_edits import edit_block


@dataclass(frozen=True, slots=True)
class BodyItem:
    """One paragraph of an edited body: which block it was (if any), its kind and its text."""

    block_id: str | None
    """Id of the existing block this paragraph continues; None for a new paragraph."""
    kind: BlockKind
    text: str
    """Inline markup in the edited language."""
    level: int = 0
    cells: tuple[tuple[tuple[str | None, str], ...], ...] | None = None
    """For a table (kind TABLE): its rows, each cell as (cell id or None if new, markup)."""

    @classmethod
    def of(cls, block: Block, lang: str) -> BodyItem:
        """The item a block reads as in ``lang`` (a table with its cells)."""
        cells = None
        if block.table is not None:
            cells = tuple(tuple((c.id, c.get(lang)) for c in row) for row in block.table.rows)
        return cls(block.id, block.kind, block.get(lang), block.level, cells)


def _restore_section(section_id: str, snapshot: Section) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        section = find_section(policy, section_id)
        copy = snapshot.copy()
        section.heading, section.blocks, section.clause = copy.heading, copy.blocks, copy.clause
        return Changes(
            sections=frozenset({section_id}),
            blocks=frozenset(b.id for b in copy.all_blocks()),
        )

    return run


def edit_section(
    policy: Policy,
    section_id: str,
    label: str,
    mutate: Callable[[Section], None],
    merge_key: str | None = None,
) -> tuple[Changes, Edit]:
    """Apply ``mutate`` to a section, recording before/after copies for undo and redo."""
    section = find_section(policy, section_id)
    before = section.copy()
    mutate(section)
    after = section.copy()
    touched = {b.id for b in before.all_blocks()} | {b.id for b in after.all_blocks()}
    changes = Changes(sections=frozenset({section_id}), blocks=frozenset(touched))
    return changes, Edit(
        label, _restore_section(section_id, before), _restore_section(section_id, after), merge_key
    )


def _locate(section: Section, block_id: str) -> int:
    for index, block in enumerate(section.blocks):
        if block.id == block_id:
            return index
    raise OperationError(f"no block {block_id!r} in section {section.title('en') or section.id!r}")


def _demote_target(block: Block, lang: str, source: str) -> None:
    """A confirmed target whose text the user changes goes back to draft."""
    state = block.translations.get(lang)
    if lang != source and state is not None and state.status.is_confirmed:
        block.translations[lang] = TranslationState(
            Status.DRAFT, state.source_fingerprint, state.source_text
        )


def set_block_kind(
    policy: Policy, block_id: str, kind: BlockKind, level: int | None = None
) -> tuple[Changes, Edit]:
    def mutate(block: Block) -> None:
        if block.kind is BlockKind.TITLE or kind is BlockKind.TITLE:
            raise OperationError("a section title cannot change kind")
        block.kind = kind
        if level is not None:
            block.level = level

    return edit_block(policy, block_id, op("change_block_kind"), mutate)


def add_block(
    policy: Policy,
    section_id: str,
    index: int | None = None,
    kind: BlockKind = BlockKind.PARAGRAPH,
    text: dict[str, str] | None = None,
) -> tuple[Changes, Edit]:
    """A new block at ``index`` of the section body (default: the end)."""
    block = Block(kind, {k: normalize_text(v) for k, v in (text or {}).items()})

    def mutate(section: Section) -> None:
        where = len(section.blocks) if index is None else index
        if not 0 <= where <= len(section.blocks):
            raise OperationError(f"position {where + 1} is outside the section")
        section.blocks.insert(where, block)

    changes, edit = edit_section(policy, section_id, op("add_block"), mutate)
    return changes, edit


def remove_block(policy: Policy, section_id: str, block_id: str) -> tuple[Changes, Edit]:
    def mutate(section: Section) -> None:
        del section.blocks[_locate(section, block_id)]

    return edit_section(policy, section_id, op("remove_block"), mutate)


def split_block(
    policy: Policy, section_id: str, block_id: str, lang: str, position: int
) -> tuple[Changes, Edit]:
    """Split a block's ``lang`` text at ``position``: the first half keeps the id, the rest is new.

    Other languages stay with the first half (their split point is unknown) and are marked draft
    there, since they now translate more than the source says.
    """
    source = policy.source_language

    def mutate(section: Section) -> None:
        index = _locate(section, block_id)
        block = section.blocks[index]
        text = block.get(lang)
        if not 0 < position < len(text):
            raise OperationError(f"cannot split the paragraph at character {position}")
        head, tail = text[:position].rstrip(), text[position:].lstrip()
        block.text[lang] = head
        for other in block.text:
            if other != lang:
                _demote_target(block, other, source)
        section.blocks.insert(index + 1, Block(block.kind, {lang: tail}, level=block.level))

    return edit_section(policy, section_id, op("split_block"), mutate)


def set_section_body(
    policy: Policy,
    section_id: str,
    lang: str,
    items: Sequence[BodyItem],
    label: str = op("edit_text"),
    merge_key: str | None = None,
) -> tuple[Changes, Edit]:
    """Replace the body of a section with ``items`` edited in ``lang``, keeping ids where known.

    A block whose id appears again keeps its id, origin and other languages; blocks not listed
    are removed; items without a known id become new blocks. Unchanged blocks are left alone.
    """
    source = policy.source_language
    seen: set[str] = set()

    def mutate(section: Section) -> None:
        existing = {b.id: b for b in section.blocks}
        body: list[Block] = []
        for item in items:
            block = existing.get(item.block_id or "")
            if block is None or block.id in seen:
                block = Block(item.kind, level=item.level)
            seen.add(block.id)
            if item.kind is BlockKind.TABLE:
                body.append(_edited_table(block, item, lang, source))
                continue
            text = normalize_text(item.text)
            if block.get(lang) != text:
                block.text[lang] = text
                _demote_target(block, lang, source)
            block.kind, block.level, block.table = item.kind, item.level, None
            body.append(block)
        section.blocks = body

    return edit_section(policy, section_id, label, mutate, merge_key)


def _edited_table(block: Block, item: BodyItem, lang: str, source: str) -> Block:
    """``block`` as the table ``item`` describes: cells kept by id (their other languages and
    states too), new cells for new rows and columns, cells no longer listed removed."""
    old = block.table if block.table is not None else Table(header_rows=1)
    known = {c.id: c for c in old.cells()}
    rows: list[list[Block]] = []
    used: set[str] = set()
    for row in item.cells or ():
        cells = []
        for cell_id, markup in row:
            cell = known.get(cell_id or "")
            if cell is None or cell.id in used:
                cell = Block(BlockKind.CELL)
            used.add(cell.id)
            text = normalize_text(markup)
            if cell.get(lang) != text:
                cell.text[lang] = text
                _demote_target(cell, lang, source)
            cells.append(cell)
        rows.append(cells)
    block.kind = BlockKind.TABLE
    block.table = Table(rows, min(old.header_rows, len(rows)), list(old.widths))
    if len(block.table.widths) != block.table.columns:
        block.table.widths = []  # a column added or removed: equal widths again
    block.table.normalize()
    return block


def set_table_widths(
    policy: Policy, section_id: str, block_id: str, widths: Sequence[float]
) -> tuple[Changes, Edit]:
    """Set the relative column widths of a table (one positive number per column, in reading
    order); every export and the preview draw the columns in these proportions."""
    values = [float(w) for w in widths]
    if any(not w > 0 for w in values):
        raise OperationError("column widths must be positive numbers")

    def mutate(section: Section) -> None:
        block = next((b for b in section.blocks if b.id == block_id), None)
        if block is None or block.table is None:
            raise OperationError(f"no table {block_id!r} in the section")
        if len(values) != block.table.columns:
            raise OperationError(
                f"the table has {block.table.columns} columns, {len(values)} widths were given"
            )
        total = sum(values)
        block.table.widths = [round(100 * w / total, 2) for w in values]

    return edit_section(policy, section_id, op("table_widths"), mutate)


def set_section_texts(
    policy: Policy,
    section_id: str,
    lang: str,
    texts: Mapping[str, str],
    label: str = op("edit_translation"),
    merge_key: str | None = None,
) -> tuple[Changes, Edit]:
    """Set the ``lang`` text of existing blocks (id → markup); the block structure is untouched.

    For editing a translation: paragraphs, their order and kinds belong to the source language,
    so an empty or missing translation never removes a block.
    """
    source = policy.source_language

    def mutate(section: Section) -> None:
        for block in (seg for b in section.blocks for seg in b.segments):
            if block.id not in texts:
                continue
            text = normalize_text(texts[block.id])
            if block.get(lang) != text:
                block.text[lang] = text
                _demote_target(block, lang, source)

    return edit_section(policy, section_id, label, mutate, merge_key)
