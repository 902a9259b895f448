"""Sections: titled, numbered parts of a policy, linked to a library clause or local."""

from __future__ import annotations

from dataclasses import dataclass, field

from .block import Block, BlockKind, new_id


@dataclass(frozen=True, slots=True)
class ClauseRef:
    """Where a linked section came from in the clause library."""

    key: str
    """The clause's key in the library."""
    version: int
    """The clause version the section's text was taken from."""
    variant: str | None = None
    """Key of the variant chosen, or None for the clause's main wording."""


@dataclass(slots=True)
class Section:
    """A titled part of a policy with an ordered list of blocks."""

    heading: Block = field(default_factory=lambda: Block(BlockKind.TITLE))
    """The section title, a translatable block of kind TITLE."""
    blocks: list[Block] = field(default_factory=list)
    """Body blocks in reading order."""
    id: str = field(default_factory=new_id)
    """Stable identity of the section."""
    clause: ClauseRef | None = None
    """The library clause this section is linked to; None for a local section."""
    topics: list[str] = field(default_factory=list)
    """Topic tags the user confirmed for a section without a clause (an imported one), so that
    the coverage report can count it; a linked section takes its clause's tags."""

    def title(self, lang: str) -> str:
        return self.heading.get(lang)

    @property
    def is_linked(self) -> bool:
        return self.clause is not None

    def all_blocks(self) -> list[Block]:
        """The title block followed by the body: every translatable segment of the section."""
        return [self.heading, *(seg for b in self.blocks for seg in b.segments)]

    def cell_position(self, block_id: str) -> tuple[Block, int, int] | None:
        """The table holding the cell ``block_id`` with the cell's 0-based row and column."""
        for block in self.blocks:
            if block.table is not None:
                where = block.table.position(block_id)
                if where is not None:
                    return block, where[0], where[1]
        return None

    def copy(self, *, keep_ids: bool = True) -> Section:
        return Section(
            heading=self.heading.copy(keep_id=keep_ids),
            blocks=[b.copy(keep_id=keep_ids) for b in self.blocks],
            id=self.id if keep_ids else new_id(),
            clause=self.clause,
            topics=list(self.topics),
        )
