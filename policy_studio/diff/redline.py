"""The Redline: what changed between two versions of a policy, as pure data.

Sections and blocks are listed in a merged reading order: what both versions share in place,
removed parts where they were, added parts where they are. A moved section or block appears at
its new place (kind MOVED or MOVED_CHANGED, with its word diff) and leaves a MOVED_AWAY entry at
its old place carrying the old text, so every writer can show the move and an accept/reject
export can be exact: the old document is every entry's old side, the new one every new side.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from ..model import BlockKind
from .words import Op, Segment, count_words, hunks
from .words import new_text as segments_new
from .words import old_text as segments_old


class Change(StrEnum):
    """How a section or block differs between the old and the new version."""

    EQUAL = "equal"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    """At its new place, text unchanged."""
    MOVED_CHANGED = "moved and changed"
    """At its new place, text edited too."""
    MOVED_AWAY = "moved away"
    """The old place of a moved item (its text appears at the new place)."""

    @property
    def is_move(self) -> bool:
        return self in (Change.MOVED, Change.MOVED_CHANGED)


@dataclass(frozen=True, slots=True)
class LinkChange:
    """A link whose target changed, or a link added to or removed from the same words."""

    text: str
    """The linked words (new side; old side when the link was removed)."""
    old: str
    """The old target ("" when the words were not a link before)."""
    new: str
    """The new target ("" when the link was removed)."""


@dataclass(frozen=True, slots=True)
class Style:
    """The inline formatting of a stretch of text, as the export shows it."""

    bold: bool = False
    italic: bool = False
    link: str | None = None

    def describe(self) -> str:
        """ "bold, italic, link https://…" or "plain": what a reviewer reads."""
        parts = [name for name, on in (("bold", self.bold), ("italic", self.italic)) if on]
        if self.link:
            parts.append(f"link {self.link}")
        return ", ".join(parts) or "plain"


PLAIN = Style()

StyleSpans = tuple[tuple[int, Style], ...]
"""A text's formatting as (length, style) runs covering it from its start (empty: all plain)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A segment of the word diff cut where the formatting changes on either side.

    ``old`` is the formatting in the old version (None for inserted text), ``new`` in the new
    one (None for deleted text). Kept text whose two styles differ is a formatting change.
    """

    op: Op
    text: str
    old: Style | None
    new: Style | None

    @property
    def restyled(self) -> bool:
        """Kept text whose formatting changed (bold added, a link's target changed…)."""
        return self.op is Op.EQUAL and self.old != self.new


class _Bounds:
    """Style lookup by character offset over StyleSpans."""

    __slots__ = ("starts", "styles")

    def __init__(self, spans: StyleSpans) -> None:
        self.starts: list[int] = []
        self.styles: list[Style] = []
        pos = 0
        for length, style in spans:
            self.starts.append(pos)
            self.styles.append(style)
            pos += length

    def at(self, pos: int) -> Style:
        index = bisect_right(self.starts, pos) - 1
        return self.styles[index] if index >= 0 else PLAIN

    def cuts(self, start: int, end: int) -> list[int]:
        """Offsets strictly inside (start, end) where the style may change."""
        return self.starts[bisect_right(self.starts, start) : bisect_left(self.starts, end)]


def styled_pieces(
    segments: list[Segment], old_spans: StyleSpans = (), new_spans: StyleSpans = ()
) -> list[Piece]:
    """``segments`` cut at every formatting boundary of either side, each with its styles."""
    if not old_spans and not new_spans:
        return [
            Piece(
                s.op,
                s.text,
                None if s.op is Op.INSERT else PLAIN,
                None if s.op is Op.DELETE else PLAIN,
            )
            for s in segments
        ]
    old_b, new_b = _Bounds(old_spans), _Bounds(new_spans)
    out: list[Piece] = []
    old_pos = new_pos = 0
    for seg in segments:
        size = len(seg.text)
        cuts: set[int] = set()
        if seg.op is not Op.INSERT:
            cuts.update(c - old_pos for c in old_b.cuts(old_pos, old_pos + size))
        if seg.op is not Op.DELETE:
            cuts.update(c - new_pos for c in new_b.cuts(new_pos, new_pos + size))
        edges = [0, *sorted(cuts), size]
        for start, end in zip(edges, edges[1:], strict=False):
            if end <= start:
                continue
            out.append(
                Piece(
                    seg.op,
                    seg.text[start:end],
                    None if seg.op is Op.INSERT else old_b.at(old_pos + start),
                    None if seg.op is Op.DELETE else new_b.at(new_pos + start),
                )
            )
        if seg.op is not Op.INSERT:
            old_pos += size
        if seg.op is not Op.DELETE:
            new_pos += size
    return out


def one_side(pieces: list[Piece], op: Op) -> list[Piece]:
    """``pieces`` as one side written whole: Op.INSERT keeps the new text (an added or moved
    block), Op.DELETE the old one (a removed block, a move's old place)."""
    if op is Op.INSERT:
        return [Piece(Op.INSERT, p.text, None, p.new) for p in pieces if p.op is not Op.DELETE]
    return [Piece(Op.DELETE, p.text, p.old, None) for p in pieces if p.op is not Op.INSERT]


@dataclass(slots=True)
class BlockDiff:
    """One block (or section title) of the merged reading order."""

    change: Change
    kind: BlockKind
    """Kind of the block on its new side (old side when removed)."""
    segments: dict[str, list[Segment]] = field(default_factory=dict)
    """Word diff per language, old text → new text (all deleted/inserted when removed/added)."""
    old_id: str | None = None
    new_id: str | None = None
    level: int = 0
    formatting_only: bool = False
    """The markup differs (bold, links) but the text reads the same."""
    other_section: str | None = None
    """For a block moved between sections: the section id on the other side of the move."""
    rows: list[RowDiff] | None = None
    """For a table: its rows in merged order, each with its cells (None for other blocks)."""
    header_rows: int = 0
    """For a table: how many leading rows of its new side (old when removed) are header."""

    def cells(self) -> list[BlockDiff]:
        """A table's cell entries row by row (a moved row at both places); else itself."""
        if self.rows is None:
            return [self]
        return [cell for row in self.rows for cell in row.cells]

    links: dict[str, list[LinkChange]] = field(default_factory=dict)
    """Per language, links whose target changed: a change even when the words are the same."""
    styles: dict[str, tuple[StyleSpans, StyleSpans]] = field(default_factory=dict)
    """Per language, the (old, new) formatting of the compared texts; absent when both are
    plain (most blocks)."""
    old_cell: tuple[int, int] | None = None
    """For a table cell: its (row, column) in the old table, 1-based (None when added)."""
    new_cell: tuple[int, int] | None = None
    """For a table cell: its (row, column) in the new table, 1-based (None when removed)."""
    old_kind: BlockKind | None = None
    """Kind of the block on its old side, when it has one (a list item that became a
    paragraph is a change)."""
    old_level: int = 0

    def pieces(self, lang: str) -> list[Piece]:
        """The word diff in ``lang`` cut where formatting changes, with old and new styles."""
        old_spans, new_spans = self.styles.get(lang, ((), ()))
        return styled_pieces(self.segments.get(lang, []), old_spans, new_spans)

    @property
    def kind_changed(self) -> bool:
        """The block's kind or list level differs between the versions (same text or not)."""
        return self.old_kind is not None and (self.old_kind, self.old_level) != (
            self.kind,
            self.level,
        )

    def format_changes(self, lang: str) -> list[tuple[str, Style, Style]]:
        """Kept words whose formatting changed in ``lang``: (words, old style, new style)."""
        out: list[tuple[str, Style, Style]] = []
        for piece in self.pieces(lang):
            if not piece.restyled:
                continue
            assert piece.old is not None and piece.new is not None
            if out and out[-1][1:] == (piece.old, piece.new):
                out[-1] = (out[-1][0] + piece.text, piece.old, piece.new)
            else:
                out.append((piece.text, piece.old, piece.new))
        return [(text.strip(), a, b) for text, a, b in out if text.strip()]

    def old_text(self, lang: str) -> str:
        """This entry's share of the old document (empty at the new place of a move)."""
        if self.change.is_move or self.change is Change.ADDED:
            return ""
        return segments_old(self.segments.get(lang, []))

    def new_text(self, lang: str) -> str:
        """This entry's share of the new document (empty at the old place of a move)."""
        if self.change in (Change.MOVED_AWAY, Change.REMOVED):
            return ""
        return segments_new(self.segments.get(lang, []))

    def has_old(self) -> bool:
        return not (self.change.is_move or self.change is Change.ADDED)

    def has_new(self) -> bool:
        return self.change not in (Change.MOVED_AWAY, Change.REMOVED)

    def words_changed(self, lang: str) -> tuple[int, int]:
        """(words inserted, words deleted) by this entry in ``lang``; moves count as none."""
        if self.change in (Change.MOVED, Change.MOVED_AWAY, Change.EQUAL):
            return 0, 0
        segs = self.segments.get(lang, [])
        inserted = sum(count_words(s.text) for s in segs if s.op is Op.INSERT)
        deleted = sum(count_words(s.text) for s in segs if s.op is Op.DELETE)
        return inserted, deleted


class PlainCells(NamedTuple):
    """What the cell entries of an unchanged row are made of: the same cells (same ids, kinds
    and levels) holding the same plain text in every compared language on both sides."""

    ids: tuple[str, ...]
    shape: tuple[tuple[BlockKind, int], ...] | None
    """Each cell's kind and level; None when every cell is a CELL of level 0 (all, mostly)."""
    texts: tuple[tuple[str, ...], ...]
    """Per language of ``languages``, the cells' texts in column order."""
    languages: tuple[str, ...]
    old_row: int
    """The row's 1-based number in the old table."""
    new_row: int
    """The row's 1-based number in the new table."""

    def entries(self) -> list[BlockDiff]:
        """The row's cell entries, each EQUAL, as the cell-by-cell comparison gives them."""
        out: list[BlockDiff] = []
        languages, old_row, new_row = self.languages, self.old_row, self.new_row
        shape = self.shape or [(BlockKind.CELL, 0)] * len(self.ids)
        for column, (cell_id, (kind, level)) in enumerate(zip(self.ids, shape, strict=True)):
            segments: dict[str, list[Segment]] = {}
            for lang, texts in zip(languages, self.texts, strict=True):
                text = texts[column]
                segments[lang] = [Segment(Op.EQUAL, text)] if text else []
            cell = BlockDiff(
                Change.EQUAL,
                kind,
                segments,
                cell_id,
                cell_id,
                level,
                old_kind=kind,
                old_level=level,
            )
            cell.old_cell = (old_row, column + 1)
            cell.new_cell = (new_row, column + 1)
            out.append(cell)
        return out


class RowDiff:
    """One row of a table in the merged order: added, removed, moved, changed or equal.

    An unchanged row in place is carried as one record (``PlainCells``): its cells' entries
    are built the first time ``cells`` is asked for, so a redline of many unchanged table
    cells costs what its rows cost until something draws them (issue 13), and every reader of
    ``cells`` still sees one EQUAL entry per cell. ``all_equal`` and ``size`` tell a reader
    that only wants changes that the row has none, and how many entries it stands for,
    without building them (``SectionDiff.indexed_changes``).
    """

    __slots__ = ("change", "header", "_cells", "_plain")

    def __init__(
        self,
        change: Change,
        cells: list[BlockDiff] | None = None,
        header: bool = False,
        *,
        plain: PlainCells | None = None,
    ) -> None:
        self.change = change
        self.header = header
        self._cells: list[BlockDiff] | None = None if plain is not None else (cells or [])
        self._plain = plain

    @property
    def cells(self) -> list[BlockDiff]:
        """The row's cell entries in column order (a moved row's at each of its places)."""
        cells = self._cells
        if cells is None:
            assert self._plain is not None
            cells = self._cells = self._plain.entries()
        return cells

    @cells.setter
    def cells(self, cells: list[BlockDiff]) -> None:
        self._cells, self._plain = cells, None

    @property
    def deferred(self) -> bool:
        """True while the row's cell entries are not built (carried as one record)."""
        return self._cells is None

    @property
    def all_equal(self) -> bool:
        """True when every cell entry of the row is EQUAL: known without building the entries
        of a row carried as one record."""
        if self._cells is None:
            return True
        return all(c.change is Change.EQUAL for c in self._cells)

    @property
    def size(self) -> int:
        """How many cell entries the row has (without building them)."""
        plain = self._plain
        if plain is not None and self._cells is None:
            return len(plain.ids)
        return len(self.cells)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RowDiff):
            return NotImplemented
        return (self.change, self.cells, self.header) == (other.change, other.cells, other.header)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RowDiff(change={self.change!r}, cells={self.cells!r}, header={self.header!r})"


@dataclass(slots=True)
class SectionDiff:
    """One section of the merged reading order, with its title and blocks."""

    change: Change
    title: BlockDiff
    blocks: list[BlockDiff] = field(default_factory=list)
    old_id: str | None = None
    new_id: str | None = None
    old_number: int | None = None
    """1-based position in the old version (None when added)."""
    new_number: int | None = None
    """1-based position in the new version (None when removed or at a moved section's old place)."""
    old_heading_number: int = 0
    """The number the old version's export prints before the title (sections without a
    title in any language are not numbered, as in layout.build); 0 when none."""
    new_heading_number: int = 0
    """The number the new version's export prints before the title; 0 when none."""

    def entries(self) -> list[BlockDiff]:
        """The title and every segment: a table's cells stand in for the table (one entry per
        cell, as one line per cell in ``document_lines``)."""
        return [self.title, *(cell for block in self.blocks for cell in block.cells())]

    def indexed_changes(self) -> Iterator[tuple[int, BlockDiff]]:
        """(index in ``entries()``, entry) of every entry that is not EQUAL, without building
        the cell entries of unchanged table rows (a redline of a policy of many tables is
        mostly those)."""
        if self.title.change is not Change.EQUAL:
            yield 0, self.title
        index = 1
        for block in self.blocks:
            rows = block.rows
            if rows is None:
                if block.change is not Change.EQUAL:
                    yield index, block
                index += 1
                continue
            for row in rows:
                if row.all_equal:
                    index += row.size
                    continue
                for cell in row.cells:
                    if cell.change is not Change.EQUAL:
                        yield index, cell
                    index += 1

    def changes(self) -> list[BlockDiff]:
        """The entries that are not EQUAL, in order (``entries()`` without the unchanged)."""
        return [entry for _, entry in self.indexed_changes()]

    def entry_count(self) -> int:
        """``len(entries())``, without building the cell entries of unchanged rows."""
        return 1 + sum(
            1 if block.rows is None else sum(row.size for row in block.rows)
            for block in self.blocks
        )

    def display_title(self, lang: str, words: int = 6) -> str:
        """The title to show: the new one (the old one when removed); for an untitled section
        (imported text often has none), its first words followed by "…"."""
        segments = self.title.segments.get(lang, [])
        title = "".join(s.text for s in segments if s.op is not Op.DELETE).strip()
        title = title or "".join(s.text for s in segments).strip()
        if title:
            return title
        for entry in self.blocks:
            text = "".join(s.text for s in entry.segments.get(lang, []) if s.op is not Op.DELETE)
            text = text.strip() or "".join(s.text for s in entry.segments.get(lang, [])).strip()
            if text:
                head = text.split()
                return " ".join(head[:words]) + ("…" if len(head) > words else "")
        return ""

    @property
    def is_changed(self) -> bool:
        return self.change is not Change.EQUAL


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A metadata field (title, organisation, effective date…) or a variable value that changed."""

    name: str
    """Field name, or the variable's name."""
    old: str
    new: str
    lang: str | None = None
    """Language of a per-language value (title, variable), else None."""


@dataclass(slots=True)
class Summary:
    """Counts a reviewer reads first."""

    sections_added: int = 0
    sections_removed: int = 0
    sections_moved: int = 0
    sections_changed: int = 0
    """Sections whose text changed (including moved and changed)."""
    blocks_added: int = 0
    blocks_removed: int = 0
    blocks_moved: int = 0
    blocks_changed: int = 0
    words_inserted: dict[str, int] = field(default_factory=dict)
    words_deleted: dict[str, int] = field(default_factory=dict)
    metadata_changes: int = 0
    variable_changes: int = 0


@dataclass(slots=True)
class Redline:
    """Everything that changed between two versions of a policy."""

    languages: list[str]
    sections: list[SectionDiff]
    metadata: list[FieldChange] = field(default_factory=list)
    variables: list[FieldChange] = field(default_factory=list)
    old_label: str = ""
    new_label: str = ""
    summary: Summary = field(default_factory=Summary)
    native_digits: bool = False
    """Section numbers in each language's own digits, as the new version's export prints them."""

    def entries(self) -> Iterator[tuple[SectionDiff, BlockDiff]]:
        for section in self.sections:
            for entry in section.entries():
                yield section, entry

    def old_lines(self, lang: str) -> list[str]:
        """The old document, one line per title or block, rebuilt from the edit script."""
        # A moved section's old text sits in its MOVED_AWAY entry, not at its new place.
        return [e.old_text(lang) for s, e in self.entries() if e.has_old() and not s.change.is_move]

    def new_lines(self, lang: str) -> list[str]:
        """The new document, one line per title or block, rebuilt from the edit script."""
        return [e.new_text(lang) for _, e in self.entries() if e.has_new()]

    def edit_hunks(self) -> int:
        """Size of the edit script in separate changes, per language, counted as a reader of
        the flat text would: a move is one change, and so is a whole added or removed section
        or a run of added (or removed) blocks."""
        per_language = len(self.languages)
        total = 0
        for section in self.sections:
            if section.change is Change.MOVED_AWAY:
                continue  # counted at the new place
            if section.change in (Change.ADDED, Change.REMOVED):
                total += per_language
                continue
            if section.change.is_move:
                total += per_language
            run: Change | None = None
            last = -1
            for index, entry in section.indexed_changes():
                if index != last + 1:
                    run = None  # an unchanged entry in between
                last = index
                change = entry.change
                if change in (Change.ADDED, Change.REMOVED):
                    if change is not run:
                        total += per_language
                    run = change
                    continue
                run = None
                if change is Change.MOVED:
                    total += per_language
                elif change is Change.MOVED_CHANGED:
                    total += per_language + sum(hunks(s) for s in entry.segments.values())
                elif change is Change.CHANGED:
                    total += sum(hunks(s) for s in entry.segments.values())
        return total

    @property
    def is_empty(self) -> bool:
        return (
            not self.metadata
            and not self.variables
            and not any(
                s.is_changed or next(s.indexed_changes(), None) is not None for s in self.sections
            )
        )
