"""compare(old, new) → Redline: sections, then blocks, then words, plus metadata and variables."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ..model import Block, BlockKind, Policy, Section, Table
from ..text.clean import clean_field, cleaned
from ..text.markup import parse as parse_markup
from ..text.markup import plain_text
from ..text.variables import VariableResolver
from .align import Place, Row, merge_order
from .redline import (
    PLAIN,
    BlockDiff,
    Change,
    FieldChange,
    LinkChange,
    PlainCells,
    Redline,
    RowDiff,
    SectionDiff,
    Style,
    StyleSpans,
    Summary,
)
from .words import Op, Segment, diff_words

_MARKUP_CHARS = re.compile(r"[*_\[\]{}\\`<&\n]")
_STYLE_CHARS = re.compile(r"[*_\[]")
"""Markup without any of these has no bold, italic or link: its formatting is plain."""
"""Characters that may make markup differ from its plain text; text without any of them is
taken as it is, which spares markdown-it a parse of every block of a long policy."""

MOVE_SIMILARITY = 80.0
"""Two blocks with no shared id, removed in one section and added in another, are one block
moved (and changed) when their texts are this similar (rapidfuzz ratio, 0–100)."""

METADATA_FIELDS = ("organization", "effective_date", "version_label", "source_language")


@dataclass(slots=True)
class _Side:
    """One policy with per-language variable resolvers, giving plain text for each block."""

    policy: Policy
    resolve: bool
    resolvers: dict[str, VariableResolver] = field(default_factory=dict)
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    """(language, markup) → plain text: a block's text is asked for by every pairing step
    (sections, blocks, moves) and by its word diff; parsing it once is enough."""

    def spans(self, block: Block, lang: str) -> StyleSpans:
        """The formatting of ``text(block, lang)`` as (length, style) runs; () when plain."""
        markup = block.get(lang)
        if not _STYLE_CHARS.search(markup):
            return ()
        if self.resolve:
            resolver = self.resolvers.get(lang)
            if resolver is None:
                resolver = self.resolvers[lang] = VariableResolver(self.policy, lang)
            runs = resolver.runs(markup)
        else:
            runs = [
                replace(r, text="{{" + r.variable + "}}") if r.variable is not None else r
                for r in parse_markup(markup)
            ]
        out: list[tuple[int, Style]] = []
        styled = False
        for run in runs:
            if not run.text:
                continue
            style = (
                Style(run.bold, run.italic, run.link)
                if (run.bold or run.italic or run.link)
                else PLAIN
            )
            styled |= style is not PLAIN
            if out and out[-1][1] == style:
                out[-1] = (out[-1][0] + len(run.text), style)
            else:
                out.append((len(run.text), style))
        return tuple(out) if styled else ()

    def text(self, block: Block, lang: str) -> str:
        markup = block.get(lang)
        known = self.texts.get((lang, markup))
        if known is not None:
            return known
        if not _MARKUP_CHARS.search(markup):
            self.texts[(lang, markup)] = markup
            return markup
        if not self.resolve:
            found = plain_text(markup)
        else:
            resolver = self.resolvers.get(lang)
            if resolver is None:
                resolver = self.resolvers[lang] = VariableResolver(self.policy, lang)
            found = resolver.text(markup)
        self.texts[(lang, markup)] = found
        return found


def _link_runs(markup: str) -> list[tuple[str, str]]:
    """(words, target) of each link in ``markup``, in order."""
    if "](" not in markup:
        return []
    out: list[tuple[str, str]] = []
    for run in parse_markup(markup):
        if run.link is None:
            continue
        if out and out[-1][1] == run.link and run.text:
            out[-1] = (out[-1][0] + run.text, run.link)  # one link split by bold or italic
        else:
            out.append((run.text, run.link))
    return [(text.strip(), target) for text, target in out]


def link_changes(old: str, new: str) -> list[LinkChange]:
    """Links whose target changed between two versions of a block (paired by their words,
    then in order); a link added to or removed from words present on both sides."""
    before, after = _link_runs(old), _link_runs(new)
    if before == after:
        return []
    out: list[LinkChange] = []
    unmatched_after = list(after)
    for text, target in before:
        partner = next((a for a in unmatched_after if a[0] == text), None)
        if partner is None:
            out.append(LinkChange(text, target, ""))
            continue
        unmatched_after.remove(partner)
        if partner[1] != target:
            out.append(LinkChange(text, target, partner[1]))
    out.extend(LinkChange(text, "", target) for text, target in unmatched_after)
    # A link whose words changed too is already visible in the word diff only when the target
    # is the same; pair leftover removals and additions in order so the target change shows.
    removed = [c for c in out if not c.new]
    added = [c for c in out if not c.old]
    paired = [
        LinkChange(a.text, r.old, a.new)
        for r, a in zip(removed, added, strict=False)
        if r.old != a.new
    ]
    kept = [c for c in out if c.old and c.new]
    left = removed[len(added) :] + added[len(removed) :]
    return kept + paired + left


class _Comparer:
    def __init__(self, old: Policy, new: Policy, languages: list[str], resolve: bool) -> None:
        self.old = _Side(old, resolve)
        self.new = _Side(new, resolve)
        self.languages = languages
        self.language_tuple = tuple(languages)
        # Similarity is judged on the first language both versions have text in.
        self.key_lang = languages[0]

    def block_key(self, side: _Side, block: Block) -> str:
        if block.table is not None:
            return "\n".join(
                "\t".join(side.text(c, self.key_lang) for c in row) for row in block.table.rows
            )
        return side.text(block, self.key_lang)

    def section_key(self, side: _Side, section: Section) -> str:
        parts = [self.block_key(side, b) for b in section.all_blocks()]
        return "\n".join(parts)

    # -- blocks ---------------------------------------------------------------------------
    def unchanged(self, old: Block, new: Block) -> BlockDiff | None:
        """The diff of two blocks in place whose markup is the same plain text in every
        language, built directly; None when that needs a look (markup that reads differently
        from its text, variables each side resolves its own way, a different kind).

        Most blocks and cells of a redline are unchanged: this spares each of them two texts,
        two formatting scans and a word diff per language, which decided the diff's cost on
        a policy of many short table cells (issue 13). The result is what block_diff gives."""
        if old.kind is not new.kind or old.level != new.level or old.table or new.table:
            return None
        segments: dict[str, list[Segment]] = {}
        before, after = old.text, new.text
        same = before == after  # one comparison for every language, mostly
        search = _MARKUP_CHARS.search
        for lang in self.languages:
            markup = before.get(lang, "")
            if (not same and markup != after.get(lang, "")) or search(markup) is not None:
                return None
            segments[lang] = [Segment(Op.EQUAL, markup)] if markup else []
        # Positional, and the empty links and styles left to their defaults: a call with
        # fewer keywords, for every cell of every table.
        return BlockDiff(
            Change.EQUAL,
            new.kind,
            segments,
            old.id,
            new.id,
            new.level,
            old_kind=old.kind,
            old_level=old.level,
        )

    def unchanged_row(
        self, old_row: list[Block], new_row: list[Block], old_number: int, new_number: int
    ) -> RowDiff | None:
        """A table row whose cells are the same ones (ids, kinds, levels) in the same columns,
        holding the same plain text in every language, carried as one record
        (``redline.PlainCells``): its cell entries, what unchanged() gives for each cell, are
        built when something asks for them. None when anything differs or needs a look
        (markup, variables). ``old_number``/``new_number``: the row's 1-based place in each
        table, which the caller knows to be where each of its cell ids stands.

        Most rows of a redline are unchanged: a row costs a few comparisons here instead of
        four entries built and checked one by one (issue 13)."""
        if len(old_row) != len(new_row):
            return None
        usual, cell = True, BlockKind.CELL  # usual: every cell a CELL of level 0
        for a, b in zip(old_row, new_row, strict=True):
            if a.id != b.id or a.text != b.text or a.table is not None:
                return None
            if a.kind is not cell or a.level or b.kind is not cell or b.level:
                if a.kind is not b.kind or a.level != b.level:
                    return None
                usual = False
        texts = tuple([tuple([c.text.get(lang, "") for c in new_row]) for lang in self.languages])
        if _MARKUP_CHARS.search(" ".join(sum(texts, ()))):
            return None
        shape = None if usual else tuple([(c.kind, c.level) for c in new_row])
        return RowDiff(
            Change.EQUAL,
            plain=PlainCells(
                tuple([c.id for c in new_row]),
                shape,
                texts,
                self.language_tuple,
                old_number,
                new_number,
            ),
        )

    def one_side(self, block: Block, place: Place) -> BlockDiff | None:
        """The diff of a block of plain text (no markup, no variables) that is only on one
        side: added, removed or at the old place of a move, built directly as unchanged()
        does; None for anything else. What block_diff gives."""
        if block.table is not None:
            return None
        if place is Place.ADDED:
            op, change = Op.INSERT, Change.ADDED
        elif place is Place.REMOVED:
            op, change = Op.DELETE, Change.REMOVED
        elif place is Place.MOVED_AWAY:
            op, change = Op.DELETE, Change.MOVED_AWAY
        else:
            return None
        segments: dict[str, list[Segment]] = {}
        text, search = block.text, _MARKUP_CHARS.search
        for lang in self.languages:
            markup = text.get(lang, "")
            if search(markup) is not None:
                return None
            segments[lang] = [Segment(op, markup)] if markup else []
        if change is Change.ADDED:
            return BlockDiff(change, block.kind, segments, None, block.id, block.level)
        return BlockDiff(change, block.kind, segments, block.id, None, block.level)

    def block_diff(self, row: Row[Block], place: Place | None = None) -> BlockDiff:
        place = place or row.place
        old, new = row.old, row.new
        if place is Place.SAME and old is not None and new is not None:
            same = self.unchanged(old, new)
            if same is not None:
                return same
        elif place is Place.ADDED and old is None and new is not None:
            added = self.one_side(new, place)
            if added is not None:
                return added
        elif place in (Place.REMOVED, Place.MOVED_AWAY) and new is None and old is not None:
            removed = self.one_side(old, place)
            if removed is not None:
                return removed
        if (old is not None and old.table is not None) or (
            new is not None and new.table is not None
        ):
            return self.table_diff(old, new, place)
        segments: dict[str, list[Segment]] = {}
        links: dict[str, list[LinkChange]] = {}
        styles: dict[str, tuple[StyleSpans, StyleSpans]] = {}
        text_changed = False
        markup_changed = False
        for lang in self.languages:
            before = self.old.text(old, lang) if old is not None else ""
            after = self.new.text(new, lang) if new is not None else ""
            old_spans = (
                self.old.spans(old, lang) if old is not None and place is not Place.ADDED else ()
            )
            if (
                old is not None
                and new is not None
                and place not in (Place.ADDED, Place.REMOVED, Place.MOVED_AWAY)
                and before == after
                and old.get(lang) == new.get(lang)
            ):
                new_spans = old_spans  # the same markup read the same: the same formatting
            elif new is not None and place not in (Place.REMOVED, Place.MOVED_AWAY):
                new_spans = self.new.spans(new, lang)
            else:
                new_spans = ()
            spans = (old_spans, new_spans)
            if spans[0] or spans[1]:
                styles[lang] = spans
            if place is Place.ADDED:
                segments[lang] = [Segment(Op.INSERT, after)] if after else []
            elif place in (Place.REMOVED, Place.MOVED_AWAY):
                segments[lang] = [Segment(Op.DELETE, before)] if before else []
            else:
                segments[lang] = diff_words(before, after)
                text_changed |= before != after
                assert old is not None and new is not None
                if old.get(lang) != new.get(lang):
                    markup_changed = True
                    found = link_changes(old.get(lang), new.get(lang))
                    if found:
                        links[lang] = found
        change = {
            Place.ADDED: Change.ADDED,
            Place.REMOVED: Change.REMOVED,
            Place.MOVED_AWAY: Change.MOVED_AWAY,
        }.get(place)
        if change is None:
            moved = place is Place.MOVED
            if text_changed:
                change = Change.MOVED_CHANGED if moved else Change.CHANGED
            else:
                change = Change.MOVED if moved else Change.EQUAL
        shown = new if new is not None else old
        assert shown is not None
        paired = place not in (Place.ADDED, Place.REMOVED, Place.MOVED_AWAY)
        if paired and old is not None and new is not None:
            if (old.kind, old.level) != (new.kind, new.level):
                markup_changed = True  # a list item that became a paragraph: shown
        if links and change in (Change.EQUAL, Change.MOVED):
            # A changed link target is a change an approver must see, not formatting.
            change = Change.CHANGED if change is Change.EQUAL else Change.MOVED_CHANGED
        if change is Change.EQUAL and markup_changed:
            change = Change.CHANGED
        return BlockDiff(
            change=change,
            kind=shown.kind,
            segments=segments,
            old_id=old.id if old is not None else None,
            new_id=new.id if new is not None else None,
            level=shown.level,
            formatting_only=markup_changed and not text_changed and not links,
            links=links,
            styles=styles,
            old_kind=old.kind if paired and old is not None else None,
            old_level=old.level if paired and old is not None else 0,
        )

    # -- tables -----------------------------------------------------------------------------
    def table_diff(self, old: Block | None, new: Block | None, place: Place) -> BlockDiff:
        """A table compared row by row (rows paired by their cells' ids, then by text), and
        each pair of rows cell by cell; a moved row shows at both places like a moved block."""
        if place is Place.SAME and old is not None and new is not None:
            in_place = self._same_cells_diff(old, new)
            if in_place is not None:
                return in_place
        old_rows = _rows(old) if old is not None and place is not Place.ADDED else []
        new_rows = (
            _rows(new) if new is not None and place not in (Place.REMOVED, Place.MOVED_AWAY) else []
        )
        whole = {
            Place.ADDED: Change.ADDED,
            Place.REMOVED: Change.REMOVED,
            Place.MOVED_AWAY: Change.MOVED_AWAY,
        }.get(place)
        moved = place is Place.MOVED
        rows: list[RowDiff] = []
        if whole is not None:
            only = new_rows if whole is Change.ADDED else old_rows
            for cells in only:
                rows.append(
                    RowDiff(
                        whole,
                        [
                            self._cell(None, c, Place.ADDED)
                            if whole is Change.ADDED
                            else self._cell(c, None, place)
                            for c in cells
                        ],
                    )
                )
        # Each cell says where it stands in each table, so every output can name its row
        # and column (issue 13).
        old_at = _cell_positions(old) if old is not None else {}
        new_at = _cell_positions(new) if new is not None else {}
        if whole is None:
            # With every id once in each table, a row's cells stand in its own row number.
            ids_once = len(old_at) == sum(map(len, old_rows)) and len(new_at) == sum(
                map(len, new_rows)
            )
            for r in self._row_order(old_rows, new_rows):
                if moved and r.place in (Place.REMOVED, Place.MOVED_AWAY):
                    continue  # a moved table's old rows all show at its old place
                rows.append(self._row_diff(r, moved, ids_once))
        for row_diff in rows:
            if row_diff.deferred:
                continue  # built with its places
            for cell in row_diff.cells:
                cell.old_cell = old_at.get(cell.old_id or "") if cell.has_old() else None
                cell.new_cell = new_at.get(cell.new_id or "") if cell.has_new() else None
        shown = new if new is not None else old
        assert shown is not None
        table = shown.table
        header = table.header_rows if table is not None else 0
        for index, row_diff in enumerate(rows):
            row_diff.header = index < header and row_diff.change is not Change.MOVED_AWAY
        if whole is None:
            edited = any(r.change is not Change.EQUAL for r in rows)
            if moved:
                whole = Change.MOVED_CHANGED if edited else Change.MOVED
            else:
                whole = Change.CHANGED if edited else Change.EQUAL
        return BlockDiff(
            change=whole,
            kind=BlockKind.TABLE,
            old_id=old.id if old is not None else None,
            new_id=new.id if new is not None else None,
            rows=rows,
            header_rows=header,
        )

    def _same_cells_diff(self, old: Block, new: Block) -> BlockDiff | None:
        """A table in place whose cells are the same ones in the same rows and columns (each
        id once), only their texts maybe edited: compared cell by cell without aligning rows,
        columns or ids. The common case of a redline (rows pair as they stand, cells by
        column); what the general path gives, without its per-cell pairing records. None
        when rows or cells were added, removed or moved, or ids repeat."""
        if old.table is None or new.table is None:
            return None
        old_rows, new_rows = old.table.rows, new.table.rows
        ids = [[c.id for c in row] for row in old_rows]
        if ids != [[c.id for c in row] for row in new_rows]:
            return None
        count = sum(map(len, ids))
        if len({i for row in ids for i in row}) != count:
            return None
        header = new.table.header_rows
        unchanged, block_diff = self.unchanged, self.block_diff
        rows: list[RowDiff] = []
        unchanged_row = self.unchanged_row
        for r, (old_row, new_row) in enumerate(zip(old_rows, new_rows, strict=True)):
            same_row = unchanged_row(old_row, new_row, r + 1, r + 1)
            if same_row is not None:
                same_row.header = r < header
                rows.append(same_row)
                continue
            cells: list[BlockDiff] = []
            edited = False
            for c, (a, b) in enumerate(zip(old_row, new_row, strict=True)):
                cell = unchanged(a, b)
                if cell is None:
                    cell = block_diff(Row(Place.SAME, a, b, c, c))
                    edited = edited or cell.change is not Change.EQUAL
                # Each id once in both tables, in the same place: where it stands in each.
                cell.old_cell = cell.new_cell = (r + 1, c + 1)
                cells.append(cell)
            rows.append(RowDiff(Change.CHANGED if edited else Change.EQUAL, cells, r < header))
        return BlockDiff(
            change=Change.CHANGED
            if any(row.change is not Change.EQUAL for row in rows)
            else Change.EQUAL,
            kind=BlockKind.TABLE,
            old_id=old.id,
            new_id=new.id,
            rows=rows,
            header_rows=header,
        )

    def _cell(self, old: Block | None, new: Block | None, place: Place) -> BlockDiff:
        return self.block_diff(Row(place, old, new, None, None))

    def _row_order(
        self, old_rows: list[list[Block]], new_rows: list[list[Block]]
    ) -> list[Row[list[Block]]]:
        # A row has no id of its own: it is the old row sharing most cell ids with it.
        home: dict[str, int] = {c.id: i for i, row in enumerate(old_rows) for c in row}
        keys: dict[int, str] = {id(row): f"o{i}" for i, row in enumerate(old_rows)}
        for j, row in enumerate(new_rows):
            votes: dict[int, int] = {}
            for cell in row:
                if cell.id in home:
                    votes[home[cell.id]] = votes.get(home[cell.id], 0) + 1
            keys[id(row)] = f"o{max(votes, key=lambda i: votes[i])}" if votes else f"n{j}"
        old_keys = [keys[id(row)] for row in old_rows]
        if old_keys == [keys[id(row)] for row in new_rows]:
            # Every row still there, in order: pair them as they stand.
            return [
                Row(Place.SAME, a, b, i, i)
                for i, (a, b) in enumerate(zip(old_rows, new_rows, strict=True))
            ]
        old_ids = {id(row) for row in old_rows}

        def text(row: list[Block]) -> str:
            side = self.old if id(row) in old_ids else self.new
            return "\t".join(side.text(c, self.key_lang) for c in row)

        return merge_order(old_rows, new_rows, lambda row: keys[id(row)], text)

    def _row_diff(self, r: Row[list[Block]], in_moved_table: bool, ids_once: bool) -> RowDiff:
        if r.place is Place.ADDED:
            assert r.new is not None
            return RowDiff(Change.ADDED, [self._cell(None, c, Place.ADDED) for c in r.new])
        if r.place in (Place.REMOVED, Place.MOVED_AWAY):
            assert r.old is not None
            change = Change.REMOVED if r.place is Place.REMOVED else Change.MOVED_AWAY
            return RowDiff(change, [self._cell(c, None, r.place) for c in r.old])
        assert r.old is not None and r.new is not None
        moved = r.place is Place.MOVED or in_moved_table
        cells: list[Row[Block]]
        out: list[BlockDiff] = []
        if [c.id for c in r.old] == [c.id for c in r.new]:
            # The same cells in the same columns (by far the most common): no alignment.
            if not moved and ids_once:
                assert r.old_index is not None and r.new_index is not None
                same_row = self.unchanged_row(r.old, r.new, r.old_index + 1, r.new_index + 1)
                if same_row is not None:
                    return same_row
            if not moved:
                unchanged = self.unchanged
                out = [
                    unchanged(a, b) or self.block_diff(Row(Place.SAME, a, b, i, i))
                    for i, (a, b) in enumerate(zip(r.old, r.new, strict=True))
                ]
            cells = [
                Row(Place.SAME, a, b, i, i)
                for i, (a, b) in enumerate(zip(r.old, r.new, strict=True))
                if moved
            ]
        else:
            old_ids = {id(c) for c in r.old}
            cells = merge_order(
                r.old,
                r.new,
                lambda c: c.id,
                lambda c: (self.old if id(c) in old_ids else self.new).text(c, self.key_lang),
            )
        for cell in cells:
            if moved:
                # At a moved row's new place every cell is "moved" (its old text sits at the
                # old place); a cell no longer there left with the row's old place.
                if cell.new is None:
                    continue
                if cell.old is None:
                    out.append(self._cell(None, cell.new, Place.ADDED))
                else:
                    out.append(self._cell(cell.old, cell.new, Place.MOVED))
                continue
            out.append(self.block_diff(cell))
        # A cell that merely moved with its row is no edit; one added or dropped is.
        edited = len(out) != len(r.old) or any(
            c.change not in (Change.EQUAL, Change.MOVED) for c in out
        )
        if r.place is Place.MOVED:
            change = Change.MOVED_CHANGED if edited else Change.MOVED
        elif in_moved_table:
            change = Change.MOVED_CHANGED if edited else Change.MOVED
        else:
            change = Change.CHANGED if edited else Change.EQUAL
        return RowDiff(change, out)

    # -- sections ---------------------------------------------------------------------------
    def section_diff(self, row: Row[Section]) -> SectionDiff:
        old, new = row.old, row.new
        if row.place in (Place.ADDED, Place.REMOVED, Place.MOVED_AWAY):
            only = new if row.place is Place.ADDED else old
            assert only is not None
            entries = [
                self.block_diff(
                    Row(
                        row.place,
                        b if row.place is not Place.ADDED else None,
                        b if row.place is Place.ADDED else None,
                        None,
                        None,
                    )
                )
                for b in [only.heading, *only.blocks]
            ]
            change = {
                Place.ADDED: Change.ADDED,
                Place.REMOVED: Change.REMOVED,
                Place.MOVED_AWAY: Change.MOVED_AWAY,
            }[row.place]
        else:
            assert old is not None and new is not None
            title = self.block_diff(Row(Place.SAME, old.heading, new.heading, 0, 0))
            old_blocks = {id(b) for b in old.blocks}
            rows = merge_order(
                old.blocks,
                new.blocks,
                lambda b: b.id,
                lambda b: self.block_key(self.old if id(b) in old_blocks else self.new, b),
            )
            entries = [title, *(self.block_diff(r) for r in rows)]
            edited = any(e.change is not Change.EQUAL for e in entries)
            if row.place is Place.MOVED:
                change = Change.MOVED_CHANGED if edited else Change.MOVED
            else:
                change = Change.CHANGED if edited else Change.EQUAL
        return SectionDiff(
            change=change,
            title=entries[0],
            blocks=entries[1:],
            old_id=old.id if old is not None else None,
            new_id=new.id if new is not None and row.place is not Place.MOVED_AWAY else None,
            old_number=row.old_index + 1 if row.old_index is not None and old is not None else None,
            new_number=row.new_index + 1
            if row.new_index is not None and row.place is not Place.MOVED_AWAY
            else None,
        )

    def run(self) -> list[SectionDiff]:
        old_sections, new_sections = self.old.policy.sections, self.new.policy.sections
        old_set = {id(s) for s in old_sections}
        rows = merge_order(
            old_sections,
            new_sections,
            lambda s: s.id,
            lambda s: self.section_key(self.old if id(s) in old_set else self.new, s),
            lambda s: self.block_key(self.old if id(s) in old_set else self.new, s.heading),
        )
        sections = [self.section_diff(r) for r in rows]
        self.link_block_moves(sections)
        old_numbers = _heading_numbers(old_sections)
        new_numbers = _heading_numbers(new_sections)
        for section, row in zip(sections, rows, strict=True):
            if row.old_index is not None and section.old_number is not None:
                section.old_heading_number = old_numbers[row.old_index]
            if row.new_index is not None and section.new_number is not None:
                section.new_heading_number = new_numbers[row.new_index]
        return sections

    def _moves_by_text(
        self,
        removed: dict[str, tuple[SectionDiff, int]],
        added: dict[str, tuple[SectionDiff, int]],
        old_blocks: dict[str, Block],
        new_blocks: dict[str, Block],
    ) -> list[tuple[str, str]]:
        """Removed and added blocks with no id in common (imported documents) that hold the
        same text, or nearly (rapidfuzz ratio ≥ MOVE_SIMILARITY): moved, and maybe changed."""
        if not removed or not added or len(removed) * len(added) > 250_000:
            return []
        old_text = {k: self.block_key(self.old, old_blocks[k]) for k in removed}
        new_text = {k: self.block_key(self.new, new_blocks[k]) for k in added}
        pairs: list[tuple[str, str]] = []
        by_text: dict[str, list[str]] = {}
        for k, text in new_text.items():
            by_text.setdefault(text, []).append(k)
        left_old: list[str] = []
        for k, text in old_text.items():
            bucket = by_text.get(text)
            if bucket and text.strip():
                pairs.append((k, bucket.pop(0)))
            else:
                left_old.append(k)
        taken = {n for _, n in pairs}
        left_new = [k for k in new_text if k not in taken]
        scored = sorted(
            (
                (fuzz.ratio(old_text[o], new_text[n], score_cutoff=MOVE_SIMILARITY), o, n)
                for o in left_old
                for n in left_new
                if min(len(old_text[o]), len(new_text[n])) >= 20
            ),
            reverse=True,
        )
        used: set[str] = set()
        for score, o, n in scored:
            if score and o not in used and n not in used:
                pairs.append((o, n))
                used |= {o, n}
        return pairs

    def link_block_moves(self, sections: list[SectionDiff]) -> None:
        """A block removed from one section and added to another (same id) has moved."""
        removed: dict[str, tuple[SectionDiff, int]] = {}
        added: dict[str, tuple[SectionDiff, int]] = {}
        for section in sections:
            for index, entry in enumerate(section.blocks):
                if entry.change is Change.REMOVED and entry.old_id:
                    removed[entry.old_id] = (section, index)
                elif entry.change is Change.ADDED and entry.new_id:
                    added[entry.new_id] = (section, index)
        old_blocks = {b.id: b for s in self.old.policy.sections for b in s.blocks}
        new_blocks = {b.id: b for s in self.new.policy.sections for b in s.blocks}
        moves = [(block_id, block_id) for block_id in removed.keys() & added.keys()]
        moves += self._moves_by_text(
            {k: v for k, v in removed.items() if k not in added},
            {k: v for k, v in added.items() if k not in removed},
            old_blocks,
            new_blocks,
        )
        for old_id, new_id in moves:
            from_section, from_index = removed[old_id]
            to_section, to_index = added[new_id]
            row = Row(Place.MOVED, old_blocks[old_id], new_blocks[new_id], 0, 0)
            moved = self.block_diff(row)
            moved.other_section = from_section.old_id
            to_section.blocks[to_index] = moved
            away = from_section.blocks[from_index]
            away.change = Change.MOVED_AWAY
            away.other_section = to_section.new_id
            for section in (from_section, to_section):
                if section.change is Change.EQUAL:
                    section.change = Change.CHANGED
                elif section.change is Change.MOVED:
                    section.change = Change.MOVED_CHANGED


def _cell_positions(block: Block) -> dict[str, tuple[int, int]]:
    """Each cell id of a table → its (row, column), 1-based."""
    return {
        cell.id: (r + 1, c + 1) for r, row in enumerate(_rows(block)) for c, cell in enumerate(row)
    }


def _heading_numbers(sections: list[Section]) -> list[int]:
    """The number each section's heading carries in an export: titled sections count, a
    section with no title in any language has none (layout.build)."""
    out: list[int] = []
    number = 0
    for section in sections:
        titled = any(text.strip() for text in section.heading.text.values())
        number += titled
        out.append(number if titled else 0)
    return out


def _rows(block: Block) -> list[list[Block]]:
    """A table's rows; a block that is not a table counts as a table of one cell (a paragraph
    paired with a table keeps its text as one line)."""
    table: Table | None = block.table
    return table.rows if table is not None else [[block]]


def _metadata(old: Policy, new: Policy, languages: list[str]) -> list[FieldChange]:
    out: list[FieldChange] = []
    for lang in sorted(set(old.title) | set(new.title), key=_lang_order(languages)):
        if old.title.get(lang, "") != new.title.get(lang, ""):
            out.append(FieldChange("title", old.title.get(lang, ""), new.title.get(lang, ""), lang))
    for name in METADATA_FIELDS:
        before, after = str(getattr(old, name)), str(getattr(new, name))
        if before != after:
            out.append(FieldChange(name, before, after))
    if old.target_languages != new.target_languages:
        out.append(
            FieldChange(
                "target_languages", ", ".join(old.target_languages), ", ".join(new.target_languages)
            )
        )
    return out


def _variables(old: Policy, new: Policy, languages: list[str]) -> list[FieldChange]:
    out: list[FieldChange] = []
    for name in sorted(set(old.variables) | set(new.variables)):
        before, after = old.variables.get(name, {}), new.variables.get(name, {})
        for lang in sorted(set(before) | set(after), key=_lang_order(languages)):
            if before.get(lang, "") != after.get(lang, ""):
                out.append(FieldChange(name, before.get(lang, ""), after.get(lang, ""), lang))
    return out


def _lang_order(languages: list[str]) -> Callable[[str], tuple[int, str]]:
    """Sort key: the redline's languages in their order, any others after them."""
    return lambda lang: (languages.index(lang) if lang in languages else len(languages), lang)


def summarise(redline: Redline) -> Summary:
    summary = Summary(
        metadata_changes=len(redline.metadata), variable_changes=len(redline.variables)
    )
    for section in redline.sections:
        change = section.change
        summary.sections_added += change is Change.ADDED
        summary.sections_removed += change is Change.REMOVED
        summary.sections_moved += change.is_move
        summary.sections_changed += change in (Change.CHANGED, Change.MOVED_CHANGED)
        if change in (Change.ADDED, Change.REMOVED, Change.MOVED_AWAY):
            continue  # whole sections are counted above, not block by block
        for entry in section.blocks:
            summary.blocks_added += entry.change is Change.ADDED
            summary.blocks_removed += entry.change is Change.REMOVED
            summary.blocks_moved += entry.change.is_move
            summary.blocks_changed += entry.change in (Change.CHANGED, Change.MOVED_CHANGED)
    inserted = dict.fromkeys(redline.languages, 0)
    deleted = dict.fromkeys(redline.languages, 0)
    for section in redline.sections:
        if section.change is Change.MOVED_AWAY:
            continue
        for entry in section.changes():
            if entry.change in _NO_WORDS_CHANGED:
                continue  # what words_changed says of them, without asking each language
            for lang in redline.languages:
                ins, dele = entry.words_changed(lang)
                inserted[lang] += ins
                deleted[lang] += dele
    summary.words_inserted.update(inserted)
    summary.words_deleted.update(deleted)
    return summary


_NO_WORDS_CHANGED = frozenset((Change.MOVED, Change.MOVED_AWAY, Change.EQUAL))
"""Entries that insert and delete no words (BlockDiff.words_changed)."""


def compare(
    old: Policy,
    new: Policy,
    languages: list[str] | None = None,
    *,
    resolve_variables: bool = True,
    old_label: str = "",
    new_label: str = "",
) -> Redline:
    """What changed from ``old`` to ``new`` in ``languages`` (default: every language of both).

    Block text is compared as a reader sees it: markup removed and, with ``resolve_variables``,
    each version's own variable values filled in (a changed value also shows in the text).
    """
    # Control and bidi-override characters never reach a redline (the commands warn of them).
    (old, _), (new, _) = cleaned(old), cleaned(new)
    old_label, new_label = clean_field(old_label), clean_field(new_label)
    if languages is None:
        languages = list(dict.fromkeys([*old.languages, *new.languages]))
    comparer = _Comparer(old, new, languages, resolve_variables)
    redline = Redline(
        languages=languages,
        sections=comparer.run(),
        metadata=_metadata(old, new, languages),
        variables=_variables(old, new, languages),
        old_label=old_label,
        new_label=new_label,
        native_digits=new.native_digits,
    )
    redline.summary = summarise(redline)
    return redline


def document_lines(policy: Policy, lang: str, *, resolve_variables: bool = True) -> list[str]:
    """A policy's text as compare sees it: one line per section title or block, in order."""
    side = _Side(policy, resolve_variables)
    return [side.text(block, lang) for _, block in policy.iter_blocks()]
