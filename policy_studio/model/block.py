"""Blocks: the segments of a policy, with text per language and translation state."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from .review import Proposal, ReviewNote


class BlockKind(StrEnum):
    """What a block is in the flow of a section."""

    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    HEADING = "heading"
    """A heading inside a section's body (not the section title)."""
    TITLE = "title"
    """A section's own title: translatable like any block."""
    TABLE = "table"
    """A table: its text lives in its cells (``Block.table``); it is no segment itself."""
    CELL = "cell"
    """One cell of a table: a segment like a paragraph, with its own id and states."""


class Status(StrEnum):
    """Where a target-language segment stands in the translation workflow."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    APPROVED = "approved"

    @property
    def is_confirmed(self) -> bool:
        """Confirmed segments record the source they were translated from."""
        return self in (Status.TRANSLATED, Status.REVIEWED, Status.APPROVED)


STATUS_ORDER = list(Status)


def new_id() -> str:
    """A fresh stable identifier for a block or section: 16 random hex digits.

    Straight from ``os.urandom``: 1.1 µs an id against 5.4 µs through a uuid4 object, which
    counts when an import or compare builds the 9,000 blocks of two long policies."""
    return os.urandom(8).hex()


def normalize_text(text: str) -> str:
    """Text as the model stores it: NFC, with Windows and old-Mac line breaks unified."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def fingerprint(text: str) -> str:
    """A short digest of source text; a target is stale when its recorded one differs."""
    import hashlib  # OpenSSL's set-up (~2.5 ms) only for a command that compares texts

    canonical = " ".join(normalize_text(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class TranslationState:
    """The state of one block in one target language."""

    status: Status = Status.UNTRANSLATED
    """Workflow status of the target text."""
    source_fingerprint: str = ""
    """Fingerprint of the source text when the target was last confirmed."""
    source_text: str = ""
    """The source text as it was when confirmed, so a stale row can show what changed."""
    match_score: float = 0.0
    """Pre-translated: the translation-memory score (1–100) of the match that filled this draft.

    0 for text a person typed or confirmed. Only ever set on a draft: a pre-translated segment
    is never confirmed or approved until a translator does it; typing or confirming clears it.
    """
    match_origin: str = ""
    """Where the pre-translation came from ("clause retention-fixed", a policy title, a file)."""

    @property
    def pretranslated(self) -> bool:
        return self.match_score > 0 and self.status is Status.DRAFT


@dataclass(slots=True)
class Block:
    """One segment: a paragraph, list item or heading, with text in each language."""

    kind: BlockKind = BlockKind.PARAGRAPH
    """Paragraph, bullet, numbered item, heading or section title."""
    text: dict[str, str] = field(default_factory=dict)
    """Inline markup per language code, in logical order, NFC."""
    id: str = field(default_factory=new_id)
    """Stable identity: never changes when the block is edited or moved."""
    level: int = 0
    """Nesting depth of list items (0 = top level) or heading level."""
    translations: dict[str, TranslationState] = field(default_factory=dict)
    """Translation state per target language code."""
    origin: str | None = None
    """Id of the library clause block this one was copied from, if any."""
    direction: str | None = None
    """Direction override ("ltr"/"rtl") where detection says the block differs from its language."""
    table: Table | None = None
    """The rows and cells of a block of kind TABLE; None for every other kind."""
    notes: list[ReviewNote] = field(default_factory=list)
    """Review notes (a DOCX's comments) on this block, per language; resolved ones kept."""
    proposals: list[Proposal] = field(default_factory=list)
    """Open proposals (a DOCX's tracked changes): text nobody accepted, never the block's text."""

    def open_review(self) -> tuple[list[ReviewNote], list[Proposal]]:
        """Unresolved notes and open proposals of this block (of a table: of its cells too)."""
        notes = [n for seg in self._reviewed() for n in seg.notes if not n.resolved]
        proposals = [p for seg in self._reviewed() for p in seg.proposals]
        return notes, proposals

    @property
    def has_review(self) -> bool:
        """Any note (resolved or not) or proposal on this block or its cells."""
        return any(seg.notes or seg.proposals for seg in self._reviewed())

    def _reviewed(self) -> list[Block]:
        return [self, *self.table.cells()] if self.table is not None else [self]

    @property
    def segments(self) -> list[Block]:
        """The translatable segments this block stands for: its cells for a table, else itself."""
        if self.table is not None:
            return self.table.cells()
        return [self]

    def get(self, lang: str) -> str:
        """The text in ``lang``, empty when there is none."""
        return self.text.get(lang, "")

    def set_text(self, lang: str, text: str) -> None:
        self.text[lang] = normalize_text(text)

    def state(self, lang: str) -> TranslationState:
        """Translation state for ``lang`` (untranslated when never touched)."""
        existing = self.translations.get(lang)
        if existing is not None:
            return existing
        status = Status.DRAFT if self.get(lang).strip() else Status.UNTRANSLATED
        return TranslationState(status)

    def confirm(self, target: str, source: str, status: Status = Status.TRANSLATED) -> None:
        """Record that the ``target`` text now translates the current ``source`` text."""
        src = self.get(source)
        self.translations[target] = TranslationState(status, fingerprint(src), src)

    def is_stale(self, target: str, source: str) -> bool:
        """True when the target was confirmed against a source text that has since changed."""
        state = self.translations.get(target)
        if state is None or not state.status.is_confirmed or not state.source_fingerprint:
            return False
        return state.source_fingerprint != fingerprint(self.get(source))

    def copy(self, *, keep_id: bool = True) -> Block:
        """A deep copy; with ``keep_id=False`` the copy gets a new id (and remembers its origin)."""
        return Block(
            kind=self.kind,
            text=dict(self.text),
            id=self.id if keep_id else new_id(),
            level=self.level,
            translations={
                k: TranslationState(
                    v.status, v.source_fingerprint, v.source_text, v.match_score, v.match_origin
                )
                for k, v in self.translations.items()
            },
            origin=self.origin,
            direction=self.direction,
            table=self.table.copy(keep_ids=keep_id) if self.table is not None else None,
            notes=[n.copy() for n in self.notes],
            proposals=[p.copy() for p in self.proposals],
        )


@dataclass(slots=True)
class Table:
    """The content of a table block: rows of cells, the first ``header_rows`` a header.

    Every cell is a ``Block`` of kind CELL (text per language, a stable id, translation
    states), so XLIFF, QA, the grid and the diff see one segment per cell. No merged cells:
    none of the real notices we read needed one (docs/tables.md).
    """

    rows: list[list[Block]] = field(default_factory=list)
    """Rows in reading order; every row has ``columns`` cells, in logical (reading) order."""
    header_rows: int = 1
    """How many leading rows are the header (repeated on every page in DOCX and print)."""
    widths: list[float] = field(default_factory=list)
    """Relative column widths (any positive numbers; empty means equal)."""

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def cells(self) -> list[Block]:
        """Every cell, row by row."""
        return [cell for row in self.rows for cell in row]

    def position(self, cell_id: str) -> tuple[int, int] | None:
        """The 0-based (row, column) of the cell with ``cell_id``, None when not in this table."""
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                if cell.id == cell_id:
                    return r, c
        return None

    def fractions(self) -> list[float]:
        """The column widths as fractions summing to 1 (equal when unset or unusable)."""
        n = self.columns
        if n == 0:
            return []
        widths = list(self.widths[:n])
        if len(widths) != n or any(not x > 0 for x in widths):
            return [1 / n] * n
        total = sum(widths)
        return [x / total for x in widths]

    def normalize(self) -> None:
        """Pad short rows with empty cells so every row has ``columns`` cells."""
        n = self.columns
        for row in self.rows:
            while len(row) < n:
                row.append(Block(BlockKind.CELL))

    def copy(self, *, keep_ids: bool = True) -> Table:
        return Table(
            rows=[[cell.copy(keep_id=keep_ids) for cell in row] for row in self.rows],
            header_rows=self.header_rows,
            widths=list(self.widths),
        )


def make_table(
    rows: list[list[dict[str, str]]], header_rows: int = 1, widths: list[float] | None = None
) -> Block:
    """A table block from rows of cells given as ``{lang: markup}``."""
    table = Table(
        [
            [Block(BlockKind.CELL, {k: normalize_text(v) for k, v in c.items()}) for c in r]
            for r in rows
        ],
        header_rows,
        list(widths or []),
    )
    table.normalize()
    return Block(BlockKind.TABLE, table=table)
