"""The import preview's draft: the files as read, the user's corrections, and what they give.

Nothing the user did not confirm changes their text: the files' lines (stage one of a reader)
are kept as read, and every correction is an entry in a list. The policy shown is always built
again from the lines as read plus the corrections in order, so removing the last entry (undo)
gives back exactly what was shown before it.

- Line corrections (a line's kind, its language, split a line, merge two lines) are made on a
  copy of the lines before the policy is built, so alignment runs again on the corrected text.
- Pair corrections (pair this source block with that target block, unpair a block) are made on
  the built policy; they find their blocks through the lines the blocks came from
  (``ReadResult.origins``), so they still apply after an earlier line correction.

A correction that no longer applies (its line was split away) is kept in the list and reported
as not applied, never dropped silently.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ..io.align import add_translation
from ..io.build import build
from ..io.intermediate import EDITABLE_ROLES, USER_LANG, Line, ParsedDocument, Role
from ..io.result import (
    TITLE_ORIGIN,
    ReadResult,
    UnalignedPart,
    recount_words_out,
)
from ..model import (
    Block,
    BlockKind,
    Policy,
    PolicyStudioError,
    Section,
    Status,
    TranslationState,
)
from ..text.markup import plain_text

UNDO_STATES = 10
"""Builds kept for undo (the states before the last corrections)."""
LINE_CORRECTIONS = ("role", "lang", "split", "merge")
REFUSALS = (
    "this correction cannot be made",
    "a table pairs only with a table",
    "a table row keeps its kind; split and merge work on text",
    "a title, date or break keeps its kind",
    "only a line and a later line of the same file merge",
    "only two languages are imported: this would be a third",
    "pairs need two languages",
    "split inside the text, not at its start or end",
    "the import changed this line's text; split it elsewhere",
    "the line is no longer there",
    "the line is no longer there (an earlier correction split it)",
    "the source text is no longer there",
    "the title has a translation already",
    "the translation is no longer there",
    "the two tables have different rows or columns",
    "these texts are paired already",
    "this text has no partner to unpair",
)
"""Why a correction is refused (the preview translates them: ui/import_preview.py)."""
PAIR_CORRECTIONS = ("pair", "unpair", "apart")
"""Made on the built policy; ``apart`` keeps a line the alignment joined to the text before it
in a block of its own (the split of a joined text, at the join)."""
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml")
"""Files whose positions are line numbers (HTML: the element's line); in a DOCX they count
paragraphs."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a text is in a file: the file's name (no folders) and its line or paragraph."""

    file: str
    line: int
    unit: str
    """``"line"`` (text and Markdown files) or ``"paragraph"`` (DOCX, HTML)."""


@dataclass(frozen=True, slots=True)
class Correction:
    """One thing the user changed in the preview, with what they saw when they did it."""

    kind: str
    """``role``, ``lang``, ``split``, ``merge``, ``pair`` or ``unpair``."""
    key: str
    """The line it applies to (pair: the source line)."""
    value: str = ""
    """The new role or language, the split offset, the other line (merge, pair)."""
    before: str = ""
    """The role or language before; the other text (merge, pair)."""
    text: str = ""
    """The text concerned, as shown to the user."""
    place: Place | None = None
    other: Place | None = None


@dataclass(slots=True)
class Row:
    """One row of the preview: a block with its text in each language, side by side."""

    block_id: str
    kind: str
    """``title``, ``section`` (a section's title) or a BlockKind value (paragraph, table…)."""
    level: int
    section: int
    """1-based number of the section (0 for the title)."""
    texts: dict[str, str]
    """Language → markup ("" when the block has no text in that language)."""
    keys: dict[str, list[str]]
    """Language → the keys of the lines the text came from."""
    places: dict[str, list[Place]]
    cells: dict[str, list[list[str]]] = field(default_factory=dict)
    """Tables: language → rows of cell markup (same shape in every language)."""
    reasons: dict[str, list[str]] = field(default_factory=dict)
    """Language → why the reader gave each line its kind ("numbered heading", "changed by you")."""
    header_rows: int = 0
    status: str = "single"
    """``single`` (one language imported), ``paired``, ``check`` (weak evidence),
    ``only`` (text in one language only), ``cells`` (a table with cells in one language only;
    ``why`` holds how many), ``paired-by-you``, ``unpaired-by-you``."""
    confidence: float | None = None
    why: str = ""

    def has(self, lang: str) -> bool:
        if self.cells:
            return any(cell.strip() for row in self.cells.get(lang, []) for cell in row)
        return bool(self.texts.get(lang, "").strip())


@dataclass(frozen=True, slots=True)
class Finding:
    """A line of the preview's report: what the reader dropped, changed, joined, split or
    guessed, and what the user corrected."""

    kind: str
    """``correction``, ``not-applied``, ``dropped``, ``changed``, ``joined``, ``split``,
    ``check``, ``unaligned``, ``encoding``, ``language``, ``warning``."""
    text: str
    places: tuple[Place, ...] = ()
    detail: str = ""
    correction: Correction | None = None
    key: str = ""
    """The line it is about, when the user can act on it (a dropped line can be kept)."""


class ImportDraft:
    """The files of one import and the user's corrections; ``result`` is what importing gives."""

    def __init__(self, document: ParsedDocument, *, latin_language: str | None = None) -> None:
        self.sources: list[tuple[ParsedDocument, str | None]] = [(document, None)]
        self.latin_language = latin_language
        self.corrections: list[Correction] = []
        self._undo_states: deque[dict[str, object]] = deque(maxlen=UNDO_STATES)
        self.not_applied: list[Correction] = []
        self.rows: list[Row] = []
        self.result: ReadResult
        self._lines: dict[str, Line] = {}
        self._text: dict[str, str] = {}
        self.rebuild()

    # -- files -------------------------------------------------------------------------------

    def add_file(self, document: ParsedDocument, lang: str) -> None:
        """Add a translation file in ``lang`` (aligned onto the main file)."""
        if lang in self.languages and len(self.languages) > 1:
            raise PolicyStudioError(
                f"{file_name(document.file)}: the import already holds {lang}; "
                "give one translation per language"
            )
        self.sources.append((document, lang))
        self._undo_states.clear()  # built without the file: not a state to go back to
        try:
            self.rebuild()
        except PolicyStudioError:
            self.sources.pop()
            self.rebuild()
            raise

    @property
    def files(self) -> list[str]:
        return [file_name(doc.file) for doc, _ in self.sources]

    @property
    def languages(self) -> list[str]:
        return (
            self.result.policy.languages
            if len(self.result.report.languages) > 1
            else [self.result.policy.source_language]
        )

    @property
    def policy(self) -> Policy:
        return self.result.policy

    # -- corrections -------------------------------------------------------------------------

    def apply(self, correction: Correction) -> None:
        """Add ``correction`` and build again; refused (nothing changes) with a message when it
        cannot be made."""
        before = self._state()
        self.corrections.append(correction)
        try:
            self.rebuild()
            if correction in self.not_applied:
                raise PolicyStudioError(self._refusal or "this correction cannot be made")
        except PolicyStudioError:
            self.corrections.pop()
            self._restore(before)
            raise
        self._undo_states.append(before)

    def undo(self) -> Correction | None:
        """Take back the last correction (the state before it is kept for the last few: a long
        import is not built again to undo)."""
        if not self.corrections:
            return None
        last = self.corrections.pop()
        if self._undo_states:
            self._restore(self._undo_states.pop())
        else:
            self.rebuild()
        return last

    _STATE = (
        *("result", "rows", "not_applied", "_refusal"),
        *("_lines", "_keys", "_text", "_paired", "_unpaired"),
    )

    def _state(self) -> dict[str, object]:
        """What a build made (built anew each time, never changed after): kept to undo."""
        return {name: getattr(self, name) for name in self._STATE}

    def _restore(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)

    def line_text(self, key: str) -> str:
        """The text of line ``key`` as read (after earlier corrections, before the import's
        own changes): what a split offset counts in."""
        return self._text.get(key, "")

    def line_role(self, key: str) -> str:
        """The role line ``key`` has before building ("" when there is no such line)."""
        line = self._lines.get(key)
        return line.role.value if line is not None else ""

    def place(self, key: str) -> Place | None:
        line = self._lines.get(key)
        if line is None:
            return None
        return self._place(key, line)

    # -- building ----------------------------------------------------------------------------

    def rebuild(self) -> None:
        docs = [copy.deepcopy(doc) for doc, _ in self.sources]
        keys = [[f"{d}:{n}" for n in range(len(doc.lines))] for d, doc in enumerate(docs)]
        self.not_applied = []
        self._refusal = ""
        for correction in self.corrections:
            if correction.kind in LINE_CORRECTIONS and not self._apply_line(correction, docs, keys):
                self.not_applied.append(correction)
        self._lines = {
            k: line
            for doc, ks in zip(docs, keys, strict=True)
            for k, line in zip(ks, doc.lines, strict=True)
        }
        self._keys = {id(line): k for k, line in self._lines.items()}
        self._text = {k: line.text for k, line in self._lines.items()}
        result = build(docs[0], lang=self.latin_language)
        for doc, (_, lang) in zip(docs[1:], self.sources[1:], strict=True):
            assert lang is not None
            for line in doc.lines:
                line.attrs.pop(USER_LANG, None)  # a translation file is in its file's language
            other = build(doc, lang=lang)
            try:
                add_translation(result, other, lang, file_name(doc.file))
            except ValueError as exc:
                raise PolicyStudioError(str(exc)) from None
            result.report.warnings.extend(
                recount_words_out(result.report, result.policy, file_name(doc.file))
            )
        self.result = result
        for correction in self.corrections:
            chosen = self._lines.get(correction.key)
            if (
                correction.kind == "lang"
                and correction not in self.not_applied
                and chosen is not None
                and chosen.lang != correction.value
            ):
                self._refusal = "only two languages are imported: this would be a third"
                self.not_applied.append(correction)
        self._paired: set[str] = set()
        self._unpaired: set[str] = set()
        touched = False
        for correction in self.corrections:
            if correction.kind in PAIR_CORRECTIONS:
                if self._apply_pair(correction):
                    touched = True
                else:
                    self.not_applied.append(correction)
        if touched:
            self._refresh_report()
        self.rows = self._rows()

    def _where(self, key: str, keys: list[list[str]]) -> tuple[int, int] | None:
        doc = int(key.split(":", 1)[0])
        if doc >= len(keys) or key not in keys[doc]:
            return None
        return doc, keys[doc].index(key)

    def _refuse(self, why: str) -> bool:
        self._refusal = why
        return False

    def _apply_line(self, c: Correction, docs: list[ParsedDocument], keys: list[list[str]]) -> bool:
        found = self._where(c.key, keys)
        if found is None:
            return self._refuse("the line is no longer there (an earlier correction split it)")
        d, n = found
        line = docs[d].lines[n]
        if line.table and c.kind != "lang":
            return self._refuse("a table row keeps its kind; split and merge work on text")
        if c.kind == "role":
            new = Role(c.value)
            if new not in EDITABLE_ROLES or line.role not in EDITABLE_ROLES:
                return self._refuse("a title, date or break keeps its kind")
            if new is Role.HEADING and line.role is not Role.HEADING:
                line.level = 1
            elif new is not Role.HEADING and line.role is Role.HEADING:
                line.level = 0
            line.role, line.reason = new, "changed by you"
            return True
        if c.kind == "lang":
            line.attrs[USER_LANG] = c.value
            return True
        if c.kind == "split":
            offset = int(c.value)
            head, tail = line.text[:offset].rstrip(), line.text[offset:].lstrip()
            if not head or not tail:
                return self._refuse("split inside the text, not at its start or end")
            second = copy.deepcopy(line)
            original = line.attrs.get("original")
            if original is not None:
                if not original.endswith(tail):
                    return self._refuse("the import changed this line's text; split it elsewhere")
                line.attrs["original"] = original[: len(original) - len(tail)].rstrip()
                second.attrs.pop("original", None)
                second.attrs.pop("change", None)
            line.text, second.text = head, tail
            line.reason = second.reason = "split by you"
            second.number = ""
            docs[d].lines.insert(n + 1, second)
            keys[d].insert(n + 1, c.key + "+")
            return True
        if c.kind == "merge":
            other = self._where(c.value, keys)
            if other is None or other[0] != d or other[1] <= n:
                return self._refuse("only a line and a later line of the same file merge")
            nxt = docs[d].lines[other[1]]
            if nxt.table:
                return self._refuse("a table row keeps its kind; split and merge work on text")
            if "original" in line.attrs or "original" in nxt.attrs:
                line.attrs["original"] = (
                    line.attrs.get("original", line.text)
                    + " "
                    + nxt.attrs.get("original", nxt.text)
                )
                line.attrs["change"] = line.attrs.get("change") or nxt.attrs.get("change", "")
            line.text = line.text + " " + nxt.text
            line.reason = "merged by you"
            del docs[d].lines[other[1]]
            del keys[d][other[1]]
            return True
        return self._refuse(f"unknown correction {c.kind}")

    # -- pairs -------------------------------------------------------------------------------

    def _target(self) -> str | None:
        langs = self.result.policy.languages
        return langs[1] if len(langs) > 1 else None

    def _blocks(self) -> dict[str, tuple[Section, Block]]:
        found: dict[str, tuple[Section, Block]] = {}
        for section in self.result.policy.sections:
            found[section.heading.id] = (section, section.heading)
            for block in section.blocks:
                found[block.id] = (section, block)
                if block.table is not None:  # a cell's line finds its table
                    for cell in block.table.cells():
                        found[cell.id] = (section, block)
        return found

    def _block_of(self, key: str, lang: str) -> tuple[Section, Block] | None:
        line = self._lines.get(key)
        if line is None:
            return None
        blocks = self._blocks()
        for block_id, lines in self.result.origins.items():
            if block_id in blocks and any(known is line for known in lines):
                section, block = blocks[block_id]
                if _has(block, lang):
                    return section, block
        return None

    def split_correction(self, row: Row, lang: str, offset: int) -> Correction:
        """The correction for splitting ``row``'s text in ``lang`` at ``offset`` (counted in the
        text the split dialog shows: the line as read, or the joined text of several lines)."""
        keys = row.keys.get(lang, [])
        if len(keys) == 1:
            key = keys[0]
            return Correction("split", key, str(offset), "", self.line_text(key), self.place(key))
        start = 0
        text = self.joined_text(row, lang)
        for index, key in enumerate(keys):
            piece = self._lines[key].text
            end = start + len(piece)
            if index and start - 1 <= offset <= start:
                return Correction("apart", key, "", "", text, self.place(key))
            if start < offset < end:
                if piece != self.line_text(key):
                    raise PolicyStudioError(
                        "the import changed this line's text; split it elsewhere"
                    )
                return Correction(
                    "split", key, str(offset - start), "", self.line_text(key), self.place(key)
                )
            start = end + 1
        raise PolicyStudioError("split inside the text, not at its start or end")

    def joined_text(self, row: Row, lang: str) -> str:
        """The text a split dialog shows for ``row`` in ``lang``: its lines joined by spaces."""
        return " ".join(self._lines[k].text for k in row.keys.get(lang, []) if k in self._lines)

    def _apply_apart(self, c: Correction) -> bool:
        line = self._lines.get(c.key)
        if line is None:
            return self._refuse("the line is no longer there")
        lang = self._lang_of(line)
        blocks = self._blocks()
        for block_id, lines in list(self.result.origins.items()):
            if block_id not in blocks or not any(known is line for known in lines):
                continue
            section, block = blocks[block_id]
            mine = [ln for ln in lines if self._lang_of(ln) == lang]
            at = next(i for i, ln in enumerate(mine) if ln is line)
            if at == 0:
                return True  # nothing before it any more: already apart
            head = " ".join(ln.text for ln in mine[:at])
            text = block.get(lang)
            if block.table is not None or not text.startswith(head + " "):
                return self._refuse("the import changed this line's text; split it elsewhere")
            block.set_text(lang, head)
            if lang != self.result.policy.source_language and lang in block.translations:
                # The shorter text was never confirmed as the translation by anyone.
                block.translations[lang] = TranslationState(Status.DRAFT)
            new = Block(block.kind, {lang: text[len(head) + 1 :]}, level=block.level)
            if block is section.heading:
                section.blocks.insert(0, new)
            else:
                section.blocks.insert(section.blocks.index(block) + 1, new)
            moved = mine[at:]
            self.result.origins[new.id] = moved
            self.result.origins[block_id] = [ln for ln in lines if not any(ln is m for m in moved)]
            self._unpaired.add(new.id)
            return True
        return self._refuse("the line is no longer there")

    def _apply_pair(self, c: Correction) -> bool:
        if c.kind == "apart":
            return self._apply_apart(c)
        policy = self.result.policy
        source, target = policy.source_language, self._target()
        if target is None:
            return self._refuse("pairs need two languages")
        if c.kind == "pair" and self._is_title(c.key, source):
            return self._pair_title(c, source, target)
        found = self._block_of(c.key, source)
        if found is None:
            return self._refuse("the source text is no longer there")
        section, block = found
        if c.kind == "unpair":
            if not _has(block, target):
                return self._refuse("this text has no partner to unpair")
            new = self._detach(section, block, target)
            self._unpaired.update({block.id, new.id})
            return True
        other = self._block_of(c.value, target)
        if other is None:
            return self._refuse("the translation is no longer there")
        other_section, other_block = other
        if other_block is block:
            return self._refuse("these texts are paired already")
        if (block.table is None) != (other_block.table is None):
            return self._refuse("a table pairs only with a table")
        if block.table is not None and other_block.table is not None:
            shape = [len(r) for r in block.table.rows]
            if shape != [len(r) for r in other_block.table.rows]:
                return self._refuse("the two tables have different rows or columns")
        if _has(block, target):
            self._unpaired.add(self._detach(section, block, target).id)
        origins = self.result.origins
        moved = [ln for ln in origins.get(other_block.id, []) if self._lang_of(ln) == target]
        if block.table is not None and other_block.table is not None:
            for mine, theirs in zip(block.table.cells(), other_block.table.cells(), strict=True):
                self._move_origins(theirs.id, mine.id, target)
                if theirs.get(target):
                    mine.set_text(target, theirs.text.pop(target))
                    theirs.translations.pop(target, None)
                    mine.confirm(target, source, Status.TRANSLATED)
        else:
            block.set_text(target, other_block.text.pop(target))
            other_block.translations.pop(target, None)
            block.confirm(target, source, Status.TRANSLATED)
        origins.setdefault(block.id, []).extend(moved)
        origins[other_block.id] = [ln for ln in origins.get(other_block.id, []) if ln not in moved]
        self._drop_if_empty(other_section, other_block)
        self._paired.add(block.id)
        return True

    def _move_origins(self, from_id: str, to_id: str, lang: str) -> None:
        """The lines of ``lang`` that block ``from_id`` came from now belong to ``to_id``."""
        origins = self.result.origins
        moved = [ln for ln in origins.get(from_id, []) if self._lang_of(ln) == lang]
        if moved:
            origins.setdefault(to_id, []).extend(moved)
            origins[from_id] = [ln for ln in origins[from_id] if not any(ln is m for m in moved)]

    def _is_title(self, key: str, lang: str) -> bool:
        line = self._lines.get(key)
        titles = self.result.origins.get(TITLE_ORIGIN, [])
        return line is not None and any(t is line for t in titles) and self._lang_of(line) == lang

    def _pair_title(self, c: Correction, source: str, target: str) -> bool:
        """The policy's title and a text read as a block (a title the reader took for a
        heading or a paragraph): the text becomes the title's translation."""
        policy = self.result.policy
        if policy.title.get(target, "").strip():
            return self._refuse("the title has a translation already")
        other = self._block_of(c.value, target)
        if other is None:
            return self._refuse("the translation is no longer there")
        other_section, other_block = other
        if other_block.table is not None:
            return self._refuse("a table pairs only with a table")
        policy.title[target] = other_block.text.pop(target)
        other_block.translations.pop(target, None)
        origins = self.result.origins
        moved = [ln for ln in origins.get(other_block.id, []) if self._lang_of(ln) == target]
        origins.setdefault(TITLE_ORIGIN, []).extend(moved)
        origins[other_block.id] = [ln for ln in origins.get(other_block.id, []) if ln not in moved]
        self._drop_if_empty(other_section, other_block)
        self._paired.add(TITLE_ORIGIN)
        return True

    def _drop_if_empty(self, section: Section, block: Block) -> None:
        """A block left with no text in any language goes (its text moved elsewhere)."""
        policy = self.result.policy
        if any(_has(block, code) for code in policy.languages):
            return
        if block is section.heading:
            if not section.blocks:
                policy.sections.remove(section)
        else:
            section.blocks.remove(block)

    def _detach(self, section: Section, block: Block, lang: str) -> Block:
        """Move ``block``'s text in ``lang`` to a new block of its own right after it."""
        if block.table is not None:
            table = block.table.copy(keep_ids=False)
            for mine, new_cell in zip(block.table.cells(), table.cells(), strict=True):
                self._move_origins(mine.id, new_cell.id, lang)
                new_cell.text = {lang: mine.text.pop(lang)} if lang in mine.text else {}
                new_cell.translations = {}
                mine.translations.pop(lang, None)
            new = Block(BlockKind.TABLE, table=table)
        else:
            kind = BlockKind.HEADING if block is section.heading else block.kind
            new = Block(kind, {lang: block.text.pop(lang)}, level=block.level)
            block.translations.pop(lang, None)
        if block is section.heading:
            section.blocks.insert(0, new)
        else:
            section.blocks.insert(section.blocks.index(block) + 1, new)
        origins = self.result.origins
        moved = [ln for ln in origins.get(block.id, []) if self._lang_of(ln) == lang]
        origins[new.id] = moved
        origins[block.id] = [ln for ln in origins.get(block.id, []) if ln not in moved]
        return new

    def _refresh_report(self) -> None:
        """After pair corrections: the report's one-language parts and pairs to check are those
        of the policy as it now is; word counts are counted again (text moved, none lost)."""
        report, policy = self.result.report, self.result.policy
        target = self._target()
        if target is None:
            return
        source = policy.source_language
        blocks = {b.id: b for _, b in policy.iter_blocks()}
        touched = self._paired | self._unpaired
        report.check_pairs = [
            c
            for c in report.check_pairs
            if c.block_id in blocks
            and c.block_id not in touched
            and _has(blocks[c.block_id], source)
            and _has(blocks[c.block_id], target)
        ]
        unaligned: list[UnalignedPart] = []
        for number, section in enumerate(policy.sections, 1):
            for block in section.all_blocks():
                has_source, has_target = _has(block, source), _has(block, target)
                if has_source != has_target:
                    present, missing = (source, target) if has_source else (target, source)
                    text = plain_text(block.get(present))
                    unaligned.append(UnalignedPart(present, missing, text, number, block.id))
        report.unaligned = unaligned
        report.warnings.extend(recount_words_out(report, policy))

    # -- what the preview shows --------------------------------------------------------------

    def _lang_of(self, line: Line) -> str:
        key = self._keys.get(id(line), "0:0")
        doc = int(key.split(":", 1)[0])
        lang = self.sources[doc][1] if doc < len(self.sources) else None
        return lang or line.lang

    def _place(self, key: str, line: Line) -> Place:
        doc = self.sources[int(key.split(":", 1)[0])][0]
        unit = "line" if Path(doc.file).suffix.lower() in TEXT_SUFFIXES else "paragraph"
        return Place(file_name(doc.file), line.line, unit)

    def _origin(self, block_ids: list[str]) -> tuple[dict[str, list[str]], dict[str, list[Place]]]:
        keys: dict[str, list[str]] = {}
        places: dict[str, list[Place]] = {}
        for block_id in block_ids:
            for line in self.result.origins.get(block_id, []):
                key = self._keys.get(id(line))
                if key is None:
                    continue
                lang = self._lang_of(line)
                if key not in keys.setdefault(lang, []):
                    keys[lang].append(key)
                    places.setdefault(lang, []).append(self._place(key, line))
        return keys, places

    def _reasons(self, keys: dict[str, list[str]]) -> dict[str, list[str]]:
        return {
            lang: [self._lines[k].reason for k in found if k in self._lines]
            for lang, found in keys.items()
        }

    def _row(self, block: Block, kind: str, section: int, ids: list[str]) -> Row:
        policy = self.result.policy
        langs = self.languages
        keys, places = self._origin(ids)
        row = Row(block.id, kind, block.level, section, {}, keys, places)
        row.reasons = self._reasons(keys)
        if block.table is not None:
            row.cells = {
                code: [[cell.get(code) for cell in r] for r in block.table.rows] for code in langs
            }
            row.header_rows = block.table.header_rows
        else:
            row.texts = {code: block.get(code) for code in langs}
        if len(langs) < 2:
            return row
        segments = {seg.id for seg in block.segments}
        check = next((c for c in self.result.report.check_pairs if c.block_id in segments), None)
        present = [code for code in langs if row.has(code)]
        if block.id in self._paired:
            row.status = "paired-by-you"
        elif block.id in self._unpaired:
            row.status = "unpaired-by-you"
        elif check is not None:
            row.status, row.confidence, row.why = "check", check.confidence, check.why
        elif len(present) < len(langs):
            row.status = "only"
        elif block.table is not None and (
            lonely := sum(_has(c, langs[0]) != _has(c, langs[1]) for c in block.table.cells())
        ):
            row.status, row.why = "cells", str(lonely)
        else:
            row.status = "paired"
        del policy
        return row

    def _rows(self) -> list[Row]:
        policy = self.result.policy
        rows: list[Row] = []
        if any(text.strip() for text in policy.title.values()):
            title = Block(BlockKind.TITLE, dict(policy.title), id=TITLE_ORIGIN)
            rows.append(self._row(title, "title", 0, [TITLE_ORIGIN]))
        for number, section in enumerate(policy.sections, 1):
            if any(text.strip() for text in section.heading.text.values()):
                rows.append(self._row(section.heading, "section", number, [section.heading.id]))
            for block in section.blocks:
                ids = (
                    [block.id, *(c.id for c in block.table.cells())] if block.table else [block.id]
                )
                rows.append(self._row(block, block.kind.value, number, ids))
        return rows

    def findings(self) -> list[Finding]:
        """Everything the preview's report lists, the user's corrections first."""
        report = self.result.report
        out: list[Finding] = [
            Finding("correction", c.text, tuple(p for p in (c.place, c.other) if p), "", c)
            for c in self.corrections
            if c not in self.not_applied
        ]
        out += [
            Finding("not-applied", c.text, tuple(p for p in (c.place,) if p), "", c)
            for c in self.not_applied
        ]
        # The build lists each file's dropped lines in the file's order: the same lines, in the
        # same order, as the lines left with the role "debris".
        debris: dict[str, list[str]] = {}
        for d, (doc, _) in enumerate(self.sources):
            debris[doc.file] = [
                k
                for k, line in self._lines.items()
                if k.startswith(f"{d}:") and line.role is Role.DEBRIS
            ]
        seen: dict[str, int] = {}
        for dropped in report.dropped:
            at = seen.get(dropped.file, 0)
            seen[dropped.file] = at + 1
            keys = debris.get(dropped.file, [])
            key = keys[at] if at < len(keys) and self._lines[keys[at]].line == dropped.line else ""
            out.append(
                Finding(
                    "dropped",
                    dropped.text,
                    (self._report_place(dropped.file, dropped.line),),
                    dropped.reason,
                    key=key,
                )
            )
        for changed in report.changed:
            out.append(
                Finding(
                    "changed",
                    changed.before,
                    (self._report_place(changed.file, changed.line),),
                    changed.reason,
                    None,
                )
            )
        # Joined and split by the import: a block made of several lines, a line in several blocks.
        line_blocks: dict[str, int] = {}
        for row in self.rows:
            if row.cells:
                continue
            for code, keys in row.keys.items():
                for key in keys:
                    line_blocks[key] = line_blocks.get(key, 0) + 1
                if len(keys) > 1 and self._joined_by_import(keys):
                    out.append(Finding("joined", row.texts.get(code, ""), tuple(row.places[code])))
        for key, count in line_blocks.items():
            line = self._lines.get(key)
            if count > 1 and line is not None and line.reason != "split by you":
                out.append(Finding("split", line.text, (self._place(key, line),), str(count)))
        for check in report.check_pairs:
            # From the lines the block (or table cell) came from, in every language.
            found = self._origin([check.block_id])[1]
            places = tuple(p for code in self.languages for p in found.get(code, []))
            out.append(
                Finding("check", f"{check.source} ↔ {check.target}", places, check.why, None)
            )
        for part in report.unaligned:
            places = tuple(self._origin([part.block_id])[1].get(part.present, []))
            out.append(Finding("unaligned", part.text, places, part.missing))
        for name, encoding in report.encoding.items():
            out.append(Finding("encoding", encoding, (Place(file_name(name), 0, ""),)))
        main = list(
            dict.fromkeys(
                line.lang
                for key, line in self._lines.items()
                if key.startswith("0:") and line.role is not Role.DEBRIS and line.lang
            )
        )
        for doc, lang in self.sources:
            layout = ""
            if lang is None and len(main) > 1 and report.layout in ("sequential", "alternating"):
                layout = report.layout
            codes = [lang] if lang else main or [self.result.policy.source_language]
            out.append(
                Finding("language", ", ".join(codes), (Place(file_name(doc.file), 0, ""),), layout)
            )
        files = [doc.file for doc, _ in self.sources]
        out += [Finding("warning", short_paths(w, files)) for w in report.warnings]
        return out

    def _joined_by_import(self, keys: list[str]) -> bool:
        return any(self._lines[k].reason != "merged by you" for k in keys if k in self._lines)

    def _report_place(self, file: str, line: int) -> Place:
        suffix = Path(file).suffix.lower()
        return Place(file_name(file), line, "line" if suffix in TEXT_SUFFIXES else "paragraph")


def _has(block: Block, lang: str) -> bool:
    if block.table is not None:
        return any(cell.get(lang).strip() for cell in block.table.cells())
    return bool(block.get(lang).strip())


def file_name(path: str) -> str:
    """A file's name without its folders (the report is read, not parsed)."""
    return Path(path).name if path else path


def short_paths(text: str, files: list[str]) -> str:
    """``text`` with each of ``files``' paths shortened to the file's name."""
    for file in files:
        if not file:
            continue
        for form in {file, str(Path(file).resolve())}:
            if form != Path(file).name:
                text = text.replace(form, Path(file).name)
    return text
