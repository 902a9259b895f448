"""The Qt table model of a bilingual grid: one row per block (section titles included).

Columns: source | target | status. Text is edited as inline markup and shown formatted
(segment_text.py: bold, italic, links, variables as tags). Edits go through
policy_studio.ops and are announced with ``edit_did_happen(Changes, Edit)``; the model never
changes the policy any other way. Findings, glossary spans and the stale source's change are
offered through extra roles so the delegate can draw them.
"""

from __future__ import annotations

import difflib
import html
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...checks import Finding, Reference, Severity, check_consistency, check_segment
from ...checks.glossary import find_term
from ...checks.progress import Progress, progress_from, segment_category
from ...checks.translation import SECTION_CHECKS
from ...model import Block, BlockKind, GlossaryEntry, Policy, Section, Status, language
from ...ops import text_edits, translation, translator
from ...ops.base import Changes, Edit, op
from ...text.spelling import Speller
from ..finding_text import finding_line
from .segment_text import cell_html, changed_html


class Column(IntEnum):
    SOURCE = 0
    TARGET = 1
    STATUS = 2


class Role(IntEnum):
    """Extra data roles for the delegate and the grid."""

    HTML = int(Qt.ItemDataRole.UserRole) + 1
    """Rich text for a text cell: glossary highlights, the stale change, finding underlines."""
    BLOCK_ID = HTML + 1
    FINDINGS = HTML + 2
    """Findings of the row (target language and the section checks)."""
    IS_STALE = HTML + 3
    IS_RTL = HTML + 4
    IS_TITLE = HTML + 5
    STATUS = HTML + 6


STATUS_COLORS = {
    Status.UNTRANSLATED: "#f3f3f3",
    Status.DRAFT: "#fff4d6",
    Status.TRANSLATED: "#e3f1ff",
    Status.REVIEWED: "#dff5e1",
    Status.APPROVED: "#c8ecd0",
}
STALE_COLOR = "#ffd9d9"
PRETRANSLATED_COLOR = "#eee4ff"
STATUS_INK = "#1a1a1a"
"""The status cell's text: dark on its light fill whatever the theme (a dark theme's light
text on the pale green of "approved" could not be read)."""
SPELL_CSS = "background-color:#fe0102;"
"""Marks a misspelled word in cell HTML; the delegate turns it into a red wavy underline (Qt's
HTML has no wavy text-decoration)."""


@dataclass(slots=True)
class SegmentRow:
    """A row of the grid: a block with its section and its number for the user (3, 3.2…)."""

    section: Section
    block: Block
    label: str


_WORD = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces turning ``old`` into ``new`` word by word; op is ``=``, ``-`` or ``+``."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out


GLOSSARY_CSS = "background-color:#fff1a8;"
FINDING_CSS = "background-color:#ffd0d0; text-decoration: underline; color:#8a0000;"


class SegmentModel(QAbstractTableModel):
    """Blocks of a policy as rows, for one source and one target language."""

    edit_did_happen = Signal(object, object)
    """(Changes, Edit): an edit was applied to the policy; push the Edit on the undo stack."""
    findings_did_change = Signal()
    checks_did_progress = Signal(int, int)
    """(sections checked, sections in all) while the checks run in the background."""
    rows_need_repaint = Signal(int, int)
    """(first row, last row) whose look changed but not their text (findings computed in the
    background, spell-checkers loaded, a word added to the dictionary): the view repaints them.
    Not dataChanged, which makes the view reset an open cell editor to the model's text and
    would drop what is being typed between two writes of the typing into the model."""

    CHECK_SLICE = 0.025
    """Seconds of checking per turn of the event loop when the checks are deferred: short
    enough that typing and scrolling never wait for them."""

    def __init__(
        self,
        policy: Policy,
        source_lang: str,
        target_lang: str,
        *,
        glossary: Sequence[GlossaryEntry] = (),
        dismissed: set[str] | None = None,
        references: Sequence[Reference] | Callable[[], Sequence[Reference]] | None = (),
        deferred_checks: bool = False,
        dismissed_known: bool = True,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.deferred_checks = deferred_checks
        """Check in the background (a slice per turn of the event loop), rows on screen first
        (a row asked for its findings is checked at once); False: every check before the
        model is used (the command line's way, and what tests of single checks want)."""
        self._unchecked: dict[str, Section] = {}
        """Sections whose QA checks have not run yet (deferred), in document order."""
        self._checks_total = 0
        self._paused = False
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_some)
        if source_lang == target_lang:
            raise ValueError("source and target language must differ")
        self.policy = policy
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.glossary = [
            g for g in glossary if g.source_lang == source_lang and g.target_lang == target_lang
        ]
        self.dismissed = dismissed if dismissed is not None else set()
        self.dismissed_known = dismissed_known
        """False until the findings dismissed in the workspace are read (``take_dismissed``):
        meanwhile no section is checked, so a finding someone marked "not an error" is never
        shown as open; the rows and the progress are shown at once."""
        self.spellers: dict[str, Speller] = {}
        """Spell-checkers by language (set_spellers); none: no underlines."""
        self.propagate = True
        """Confirming a segment gives its translation to the segments with the same source."""
        self.writable = True
        """False when the connected person may not write the target language (their team
        role, storage.Permissions): the target column is then not editable."""
        self.last_propagation: translator.Propagation | None = None
        self.rows: list[SegmentRow] = []
        self._row_of: dict[str, int] = {}
        self._references = references
        """Translations made elsewhere (library, other policies) for the consistency check;
        a callable is asked once, when that check first runs (reading a large library takes a
        while: not paid to show the rows); None: not read yet (``take_references``), and the
        consistency check waits for them rather than report a translation as the only one."""
        self._findings: dict[str, list[Finding]] = {}
        self._consistency: dict[str, list[Finding]] = {}
        """Consistency findings per block: they depend on the whole policy, so every recheck
        recomputes them (one pass over the rows)."""
        self._category: dict[str, str | None] = {}
        """Progress category per block, kept current with the findings (no full pass per edit)."""
        self._rebuild()

    # -- structure -------------------------------------------------------------------------

    def _rebuild(self) -> None:
        self.rows = []
        for number, section in enumerate(self.policy.sections, start=1):
            self.rows.append(SegmentRow(section, section.heading, f"§{number}"))
            for i, block in enumerate(section.blocks, start=1):
                if block.table is None:
                    self.rows.append(SegmentRow(section, block, f"{number}.{i}"))
                    continue
                # A table: one row per cell, labelled with the cell's row and column (1-based).
                for r, cells in enumerate(block.table.rows, start=1):
                    for c, cell in enumerate(cells, start=1):
                        label = (
                            self.tr("%1 row %2 col %3")
                            .replace("%1", f"{number}.{i}")
                            .replace("%2", str(r))
                            .replace("%3", str(c))
                        )
                        self.rows.append(SegmentRow(section, cell, label))
        self._row_of = {row.block.id: i for i, row in enumerate(self.rows)}
        self._recheck_all()

    def reset(self) -> None:
        """Re-read the whole policy (sections added, removed or moved)."""
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()
        self.findings_did_change.emit()

    def row_of(self, block_id: str) -> int:
        return self._row_of.get(block_id, -1)

    def block_at(self, row: int) -> Block:
        return self.rows[row].block

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.rows[section].label if 0 <= section < len(self.rows) else None
        names = {
            Column.SOURCE: language(self.source_lang).native_name,
            Column.TARGET: language(self.target_lang).native_name,
            Column.STATUS: self.tr("Status"),
        }
        return names.get(Column(section))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # The policy's source language is edited in the Write view, never as a "target".
        if (
            index.column() == Column.TARGET
            and self.target_lang != self.policy.source_language
            and self.writable
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # -- state of a row ----------------------------------------------------------------------

    def status(self, row: int) -> Status:
        return self.rows[row].block.state(self.target_lang).status

    def is_stale(self, row: int) -> bool:
        return self.rows[row].block.is_stale(self.target_lang, self.source_lang)

    def needs_work(self, row: int) -> bool:
        """Untranslated (or empty), pre-translated or stale: where Ctrl+Enter jumps next."""
        block = self.rows[row].block
        if not block.get(self.source_lang).strip():
            return False
        return (
            self.is_stale(row)
            or self.status(row) is Status.UNTRANSLATED
            or not block.get(self.target_lang).strip()
            # Filled by pre-translation, not yet looked at by a person.
            or block.state(self.target_lang).pretranslated
        )

    def findings(self, row: int) -> list[Finding]:
        """The row's findings; a row not checked yet is checked now (its whole section) —
        unless the dismissed findings are not read yet: then none."""
        item = self.rows[row]
        if item.section.id in self._unchecked and self.dismissed_known:
            self._check_now(item.section)
        block_id = item.block.id
        return self._findings.get(block_id, []) + self._consistency.get(block_id, [])

    def errors_to_confirm(self, row: int) -> list[Finding]:
        """The row's QA errors, for a confirmation to stop at. Before the dismissed findings
        are read the row is checked here without them (nothing is stored or shown): a
        confirmation may then stop at an error someone dismissed, never pass one unseen."""
        if self.dismissed_known:
            return [f for f in self.findings(row) if f.severity is Severity.ERROR]
        item = self.rows[row]
        block, section = item.block, item.section
        found = list(check_segment(block, section, self.source_lang, self.target_lang, []))
        for _, _, check in SECTION_CHECKS:
            found += [
                f
                for f in check(section, self.source_lang, self.target_lang)
                if f.block_id == block.id
            ]
        return [f for f in found if f.severity is Severity.ERROR]

    def _shown_findings(self, row: int) -> list[Finding]:
        """What a cell draws: the row's findings once it is checked (the background checks
        take the rows on screen first, ``check_first``); nothing is checked for a paint."""
        block_id = self.rows[row].block.id
        return self._findings.get(block_id, []) + self._consistency.get(block_id, [])

    def check_first(self, rows: Sequence[int]) -> None:
        """Check these rows' sections next (the rows on screen)."""
        if not self._unchecked:
            return
        first = {
            self.rows[r].section.id: self.rows[r].section
            for r in rows
            if 0 <= r < len(self.rows) and self.rows[r].section.id in self._unchecked
        }
        if first:
            self._unchecked = {**first, **self._unchecked}

    def checking(self) -> bool:
        """The background checks have not finished: ``all_findings`` is not complete yet and
        the consistency check (which compares the whole policy) has not run."""
        return bool(self._unchecked) or not self.references_known

    @property
    def references_known(self) -> bool:
        """The translations made elsewhere are read (or asked for on first use)."""
        return self._references is not None

    def take_dismissed(self, dismissed: set[str], glossary: Sequence[GlossaryEntry] | None) -> None:
        """The dismissed findings (and the glossary, when it was read with them) are read:
        check every row now (in the background when deferred) and redraw the highlights."""
        self.dismissed = set(dismissed) | self.dismissed  # with any dismissed meanwhile
        self.dismissed_known = True
        if glossary is not None:
            self.set_glossary(glossary)
            return
        self._recheck_all()
        self.findings_did_change.emit()

    def take_references(self, references: Sequence[Reference]) -> None:
        """The translations made elsewhere are read: the consistency check runs with them (now,
        if every section is checked; else when the checks finish)."""
        self._references = list(references)
        if self._unchecked or not self.dismissed_known:
            return
        changed = [r for r in map(self.row_of, self._recheck_consistency()) if r >= 0]
        if changed:
            self.rows_need_repaint.emit(min(changed), max(changed))
        self.findings_did_change.emit()

    def checks_done(self) -> tuple[int, int]:
        """(sections checked, sections in all)."""
        return self._checks_total - len(self._unchecked), self._checks_total

    def pause_checks(self, paused: bool) -> None:
        """Stop (or resume) the background checks: nobody looks at a hidden grid, and its
        slices would only make the view in front of it slower. Asked-for rows are still
        checked at once."""
        self._paused = paused
        if paused:
            self._check_timer.stop()
        elif self._unchecked and self.dismissed_known:
            self._check_timer.start()

    def finish_checks(self) -> None:
        """Run the checks still waiting, now (a filter on findings needs them all)."""
        if self._unchecked and self.dismissed_known:
            for section in list(self._unchecked.values()):
                self._check_now(section)
            self._checks_finished()

    def progress(self) -> Progress:
        """Translation progress of the target language, from the per-row cache."""
        return progress_from(self._category.values())

    def all_findings(self) -> list[Finding]:
        """Every finding found so far (all of them once ``checking()`` is False)."""
        out: list[Finding] = []
        for item in self.rows:
            if item.section.id not in self._unchecked:
                out += self._findings.get(item.block.id, [])
                out += self._consistency.get(item.block.id, [])
        return out

    # -- checks ------------------------------------------------------------------------------

    def _recheck_all(self) -> None:
        self._findings = {}
        self._category = {}
        if not self.deferred_checks and self.dismissed_known:
            self._unchecked = {}
            for section in self.policy.sections:
                self._recheck_section(section)
            self._recheck_consistency()
            return
        # The grid is usable at once: progress counts now (cheap), findings in the background.
        self._consistency = {}
        for section in self.policy.sections:
            for block in section.all_blocks():
                self._category[block.id] = segment_category(
                    block, self.target_lang, self.source_lang
                )
        self._unchecked = {s.id: s for s in self.policy.sections}
        self._checks_total = len(self._unchecked)
        if self._unchecked and not self._paused and self.dismissed_known:
            self._check_timer.start()

    def _check_now(self, section: Section) -> None:
        del self._unchecked[section.id]
        self._recheck_section(section)

    def _check_some(self) -> None:
        """One slice of the background checks: redraw what was checked, report progress."""
        start = time.perf_counter()
        rows: list[int] = []
        while self._unchecked and time.perf_counter() - start < self.CHECK_SLICE:
            section = next(iter(self._unchecked.values()))
            self._check_now(section)
            rows += [self.row_of(section.heading.id), self.row_of(section.all_blocks()[-1].id)]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.rows_need_repaint.emit(min(rows), max(rows))
        if not self._unchecked:
            self._checks_finished()
        else:
            self.checks_did_progress.emit(*self.checks_done())

    def _checks_finished(self) -> None:
        self._check_timer.stop()
        changed = [r for r in map(self.row_of, self._recheck_consistency()) if r >= 0]
        if changed:
            self.rows_need_repaint.emit(min(changed), max(changed))
        self.checks_did_progress.emit(*self.checks_done())
        self.findings_did_change.emit()

    @property
    def references(self) -> list[Reference]:
        if callable(self._references):
            self._references = list(self._references())
        return list(self._references or ())

    def _recheck_consistency(self) -> set[str]:
        """Recompute the consistency findings; the ids of the blocks whose findings changed.
        Not before the references are read (``take_references`` runs it then)."""
        if not self.references_known:
            return set()
        before = self._consistency
        self._consistency = {}
        for f in check_consistency(
            self.policy, self.source_lang, self.target_lang, self.references
        ):
            if f.key not in self.dismissed:
                self._consistency.setdefault(f.block_id, []).append(f)
        return {
            b
            for b in before.keys() | self._consistency.keys()
            if before.get(b) != self._consistency.get(b)
        }

    def _recheck_section(self, section: Section) -> None:
        for block in section.all_blocks():
            self._category[block.id] = segment_category(block, self.target_lang, self.source_lang)
            self._findings[block.id] = [
                f
                for f in check_segment(
                    block, section, self.source_lang, self.target_lang, self.glossary
                )
                if f.key not in self.dismissed
            ]
        for _, _, check in SECTION_CHECKS:
            for f in check(section, self.source_lang, self.target_lang):
                if f.key not in self.dismissed:
                    self._findings.setdefault(f.block_id, []).append(f)

    def set_glossary(self, glossary: Sequence[GlossaryEntry]) -> None:
        """Replace the glossary: every row is re-checked and redrawn."""
        self.glossary = [
            g
            for g in glossary
            if g.source_lang == self.source_lang and g.target_lang == self.target_lang
        ]
        self._recheck_all()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
        self.findings_did_change.emit()

    def dismiss(self, finding: Finding) -> None:
        """Hide a finding from now on ("not an error"); persisting it is the caller's job."""
        self.dismissed.add(finding.key)
        self.refresh_blocks({finding.block_id})

    def undismiss(self, finding: Finding) -> None:
        """Show a finding again (its dismissal could not be written)."""
        self.dismissed.discard(finding.key)
        self.refresh_blocks({finding.block_id})

    def refresh_blocks(self, block_ids: set[str] | frozenset[str]) -> None:
        """Re-check and redraw rows after their blocks changed (an edit, an undo, an import)."""
        sections = {
            self.rows[r].section.id: self.rows[r].section
            for r in map(self.row_of, block_ids)
            if r >= 0
        }
        for section in sections.values():
            if not self.dismissed_known:  # checked once the dismissed findings are read
                for block in section.all_blocks():
                    self._category[block.id] = segment_category(
                        block, self.target_lang, self.source_lang
                    )
                continue
            self._unchecked.pop(section.id, None)
            self._recheck_section(section)
        rows = [self.row_of(b.id) for s in sections.values() for b in s.all_blocks()]
        if not self._unchecked:  # else the background checks run it when they finish
            rows += [r for r in map(self.row_of, self._recheck_consistency()) if r >= 0]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(Column) - 1))
        self.findings_did_change.emit()

    def apply_changes(self, changes: Changes) -> None:
        """What the main window calls after undo/redo or another view's edit."""
        if changes.structure or changes.sections:
            self.reset()
        elif changes.blocks:
            self.refresh_blocks(changes.blocks)

    # -- data --------------------------------------------------------------------------------

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        block = row.block
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == Column.SOURCE:
                return block.get(self.source_lang)
            if column == Column.TARGET:
                return block.get(self.target_lang)
            return self._status_text(index.row())
        if role == Role.BLOCK_ID:
            return block.id
        if role == Role.IS_TITLE:
            return block.kind is BlockKind.TITLE
        if role == Role.IS_STALE:
            return self.is_stale(index.row())
        if role == Role.STATUS:
            return self.status(index.row())
        if role == Role.FINDINGS:
            return self._shown_findings(index.row())
        if role == Role.IS_RTL:
            lang = self.source_lang if column == Column.SOURCE else self.target_lang
            return column != Column.STATUS and language(lang).is_rtl
        if role == Role.HTML:
            return self._html(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.STATUS:
            state = block.state(self.target_lang)
            color = (
                STALE_COLOR
                if self.is_stale(index.row())
                else PRETRANSLATED_COLOR
                if state.pretranslated
                else STATUS_COLORS[state.status]
            )
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return QBrush(QColor(STATUS_INK))
        if role == Qt.ItemDataRole.FontRole and block.kind in (BlockKind.TITLE, BlockKind.HEADING):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self._shown_findings(index.row())
            if column == Column.SOURCE:
                lines = (
                    [self.tr("The source changed after this segment was translated.")]
                    if self.is_stale(index.row())
                    else []
                )
                text = block.get(self.source_lang)
                lines += [
                    self.tr("%1 → not “%2” (forbidden)")
                    .replace("%1", g.source_term)
                    .replace("%2", g.target_term)
                    if g.forbidden
                    else f"{g.source_term} → {g.target_term}"
                    for g in self.glossary
                    if find_term(text, g.source_term)
                ]
                lines += [finding_line(f) for f in found if f.source_span is not None]
                return "\n".join(lines) or None
            lines = []
            state = block.state(self.target_lang)
            if column == Column.STATUS and state.pretranslated:
                lines.append(
                    self.tr("Pre-translated from %1 (match %2%): check it and confirm.")
                    .replace("%1", state.match_origin)
                    .replace("%2", f"{state.match_score:.0f}")
                )
            lines += [finding_line(f) for f in found]
            return "\n".join(lines) or None
        return None

    def status_name(self, status: Status | None) -> str:
        """The status as the user reads it (None = stale), in the interface language."""
        names = {
            None: self.tr("stale"),
            Status.UNTRANSLATED: self.tr("untranslated"),
            Status.DRAFT: self.tr("draft"),
            Status.TRANSLATED: self.tr("translated"),
            Status.REVIEWED: self.tr("reviewed"),
            Status.APPROVED: self.tr("approved"),
        }
        return names[status]

    def _status_text(self, row: int) -> str:
        state = self.rows[row].block.state(self.target_lang)
        if state.pretranslated and not self.is_stale(row):
            text = self.tr("pre-translated %1%").replace("%1", f"{state.match_score:.0f}")
        else:
            text = self.status_name(None if self.is_stale(row) else self.status(row))
        count = len(self._shown_findings(row))
        return f"{text}  ⚠ {count}" if count else text

    def _html(self, row: int, column: Column) -> str:
        block = self.rows[row].block
        if column == Column.SOURCE:
            text = block.get(self.source_lang)
            rtl = language(self.source_lang).is_rtl
            if self.is_stale(row):
                return changed_html(block.state(self.target_lang).source_text, text, rtl)
            # What a meaning or form finding compares against is underlined in the source too.
            spans = [
                (f.source_span[0], f.source_span[1], FINDING_CSS)
                for f in self._shown_findings(row)
                if f.source_span and f.source_span[1] <= len(text)
            ]
            spans += [
                (s, e, GLOSSARY_CSS)
                for g in self.glossary
                for s, e in find_term(text, g.source_term)
            ]
            spans += self._spelling_spans(text, self.source_lang)
            return cell_html(text, rtl, spans)
        if column == Column.TARGET:
            text = block.get(self.target_lang)
            spans = [
                (f.span[0], f.span[1], FINDING_CSS)
                for f in self._shown_findings(row)
                if f.span and f.language == self.target_lang and f.span[1] <= len(text)
            ]
            spans += self._spelling_spans(text, self.target_lang)
            return cell_html(text, language(self.target_lang).is_rtl, spans)
        return html.escape(self._status_text(row))

    def _spelling_spans(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        speller = self.spellers.get(lang)
        if speller is None or not text:
            return []
        return [(s, e, SPELL_CSS) for s, e in speller.misspelled(text)]

    def set_spellers(self, spellers: dict[str, Speller]) -> None:
        """Use these spell-checkers (or none): every row is redrawn."""
        self.spellers = dict(spellers)
        self.redraw_all()

    def redraw_all(self) -> None:
        if self.rows:
            self.rows_need_repaint.emit(0, len(self.rows) - 1)

    def misspelled_words(self, row: int, column: Column) -> list[tuple[int, int, str]]:
        """(start, end, word) of the misspelled words of a cell, in markup offsets."""
        lang = self.source_lang if column == Column.SOURCE else self.target_lang
        speller = self.spellers.get(lang)
        text = self.rows[row].block.get(lang)
        if speller is None:
            return []
        return [(s, e, text[s:e]) for s, e in speller.misspelled(text)]

    def replace_span(self, row: int, column: Column, start: int, end: int, new: str) -> None:
        """Replace part of a cell's markup (a spelling suggestion): one undo step."""
        block = self.rows[row].block
        if column == Column.TARGET:
            text = block.get(self.target_lang)
            self.set_target(row, text[:start] + new + text[end:])
        elif column == Column.SOURCE:
            text = block.get(self.source_lang)
            changes, edit = text_edits.set_block_text(
                self.policy, block.id, self.source_lang, text[:start] + new + text[end:]
            )
            self._announce(changes, edit)

    def apply_edit(self, changes: Changes, edit: Edit) -> None:
        """An edit made by an operation over many rows (pre-translate, replace): announce it."""
        self._announce(changes, edit)

    # -- edits (through ops) -----------------------------------------------------------------

    def _announce(self, changes: Changes, edit: Edit) -> None:
        self.refresh_blocks(changes.blocks)
        self.edit_did_happen.emit(changes, edit)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != Column.TARGET
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        return self.set_target(index.row(), str(value))

    def set_target(self, row: int, text: str) -> bool:
        """Replace the target text of a row (a confirmed target goes back to draft)."""
        block = self.rows[row].block
        if text == block.get(self.target_lang):
            return False
        changes, edit = translation.set_target_text(self.policy, block.id, self.target_lang, text)
        self._announce(changes, edit)
        return True

    def set_row_status(self, row: int, status: Status) -> None:
        block = self.rows[row].block
        changes, edit = text_edits.set_status(self.policy, block.id, self.target_lang, status)
        self._announce(changes, edit)

    def copy_source(self, row: int) -> bool:
        return self.set_target(row, self.rows[row].block.get(self.source_lang))

    def confirm(self, row: int, status: Status = Status.TRANSLATED) -> None:
        """Confirm the row's target against the current source (keeps a higher status)."""
        current = self.status(row)
        if (
            current.is_confirmed
            and not self.is_stale(row)
            and list(Status).index(current) >= list(Status).index(status)
        ):
            return
        block = self.rows[row].block
        if not block.get(self.target_lang).strip():
            return
        changes, edit = text_edits.set_status(
            self.policy, block.id, self.target_lang, status, label=op("confirm_translation")
        )
        self.last_propagation = None
        if self.propagate:
            more, spread, report = translator.propagate(self.policy, block.id, self.target_lang)
            if spread is not None:
                self.last_propagation = report
                changes = changes | more
                edit = translator.then(op("confirm_and_propagate"), edit, spread)
        self._announce(changes, edit)

    def next_needing_work(self, after: int) -> int:
        """The next untranslated or stale row after ``after`` (wrapping), or -1."""
        count = len(self.rows)
        for step in range(1, count + 1):
            row = (after + step) % count
            if self.needs_work(row):
                return row
        return -1
