"""The translator's dialogs over the grid: concordance (Ctrl+K), find and replace (Ctrl+H),
pre-translation with its report.

Each works on the grid's policy and language pair through policy_studio.ops / library; edits
go to the window's undo stack as one step each (the grid announces them).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..library.concordance import Concordance, ConcordanceHit
from ..model import language
from ..ops.translator import DEFAULT_MIN_SCORE, FindOptions, PretranslationReport

MARK_CSS = "background-color:#ffe27a; font-weight:bold;"


def _marked_html(text: str, span: tuple[int, int] | None, rtl: bool) -> str:
    if span is None or span == (0, 0):
        body = html.escape(text)
    else:
        a, b = span
        body = (
            html.escape(text[:a])
            + f'<span style="{MARK_CSS}">{html.escape(text[a:b])}</span>'
            + html.escape(text[b:])
        )
    return f'<p dir="{"rtl" if rtl else "ltr"}">{body}</p>'


def _text_label(markup: str, rtl: bool) -> QLabel:
    label = QLabel(markup)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(4, 2, 4, 2)
    if rtl:
        # RTL-NOTES: the direction makes AlignLeft mean "start" (the right edge).
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ConcordanceDialog(QDialog):
    """Where a phrase occurs in the memory, the library and this policy, in context."""

    block_was_activated = Signal(str)
    """A hit in this policy was double-clicked: the grid goes to that block."""

    def __init__(
        self,
        index: Callable[[], Concordance],
        source_lang: str,
        target_lang: str,
        parent: QWidget | None = None,
        *,
        ask_index: Callable[[Callable[[Concordance | None, str], None]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("concordance")
        self._make_index = index
        self._ask_index = ask_index
        """Builds the index elsewhere (the grid: its reads on the window's database worker)
        and calls back with it, or with None and why not; None: ``index`` builds it here."""
        self._asked = 0
        """Counts the index's builds asked for: an answer older than a refresh is dropped."""
        self.building = False
        """The index is being built: the dialog says so and searches when it comes."""
        self._index: Concordance | None = None
        self.source_lang, self.target_lang = source_lang, target_lang
        self.hits: list[ConcordanceHit] = []
        self.setWindowTitle(self.tr("Concordance"))
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(
            self.tr("A word or phrase, in either language (spelling variants are found too)")
        )
        self.query.setClearButtonEnabled(True)
        self.side = QComboBox()
        self.side.setObjectName("side")
        for value, text in (
            ("both", self.tr("Source and target")),
            ("source", self.tr("Source only")),
            ("target", self.tr("Target only")),
        ):
            self.side.addItem(text, value)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("hits")
        self.table.setHorizontalHeaderLabels(
            [
                language(source_lang).native_name,
                language(target_lang).native_name,
                self.tr("From"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._activated)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.search)
        self.side.currentIndexChanged.connect(lambda _i: self.search())
        self.resize(900, 520)

    def index(self) -> Concordance | None:
        """The index; None while it is being built elsewhere (asked for now if need be)."""
        if self._index is None and self._ask_index is not None:
            if not self.building:
                self.building = True
                self._asked += 1
                asked = self._asked
                self._ask_index(lambda index, why: self._index_built(asked, index, why))
            return self._index
        if self._index is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._index = self._make_index()
            finally:
                QGuiApplication.restoreOverrideCursor()
        return self._index

    def _index_built(self, asked: int, index: Concordance | None, why: str) -> None:
        if not isValid(self) or asked != self._asked:
            return  # refreshed meanwhile: the index asked since answers
        self.building = False
        if index is None:
            self.count.setText(self.tr("The concordance could not be built: %1").replace("%1", why))
            return
        self._index = index
        self.search()

    def refresh(self) -> None:
        """The policy or the memory changed: build the index again on the next search."""
        self._index = None
        self.building = False
        self._asked += 1

    def search_for(self, text: str) -> None:
        self.query.setText(text)
        self.search()

    def search(self) -> None:
        self._timer.stop()
        phrase = self.query.text()
        index = self.index()
        if index is None:  # being built elsewhere: searched when it comes
            self.hits = []
            self.table.setRowCount(0)
            if self.building:
                self.count.setText(self.tr("Reading the translation memory and the library…"))
            return
        self.hits = index.search(phrase, side=self.side.currentData()) if phrase.strip() else []
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.hits))
        src_rtl = language(self.source_lang).is_rtl
        tgt_rtl = language(self.target_lang).is_rtl
        for row, hit in enumerate(self.hits):
            entry = hit.entry
            span = hit.span
            self.table.setCellWidget(
                row,
                0,
                _text_label(
                    _marked_html(entry.source, span if hit.side == "source" else None, src_rtl),
                    src_rtl,
                ),
            )
            self.table.setCellWidget(
                row,
                1,
                _text_label(
                    _marked_html(entry.target, span if hit.side == "target" else None, tgt_rtl),
                    tgt_rtl,
                ),
            )
            item = QTableWidgetItem(f"{entry.origin}\n{self._status(entry.status.value)}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(
                self.tr("Double-click to go to this segment") if entry.block_id else entry.origin
            )
            self.table.setItem(row, 2, item)
        self.table.resizeRowsToContents()
        if not phrase.strip():
            self.count.setText(self.tr("%1 segments searchable").replace("%1", str(len(index))))
        else:
            self.count.setText(
                self.tr("%1 matches in %2 segments")
                .replace("%1", str(len(self.hits)))
                .replace("%2", str(len(index)))
            )

    def _status(self, value: str) -> str:
        names = {
            "untranslated": self.tr("untranslated"),
            "draft": self.tr("draft"),
            "translated": self.tr("translated"),
            "reviewed": self.tr("reviewed"),
            "approved": self.tr("approved"),
        }
        return names.get(value, value)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.hits) and self.hits[row].entry.block_id:
            self.block_was_activated.emit(self.hits[row].entry.block_id)


class FindReplaceDialog(QDialog):
    """Find and replace in the grid's source or target column."""

    find_requested = Signal(object, str)
    """(FindOptions, language): go to the next matching row."""
    replace_requested = Signal(object, str, str, bool)
    """(FindOptions, language, replacement, all rows?)."""

    def __init__(
        self, source_lang: str, target_lang: str | None, parent: QWidget | None = None
    ) -> None:
        """Target and source columns of a grid; with ``target_lang`` None, one language (the
        section editor's)."""
        super().__init__(parent)
        self.setObjectName("find_replace")
        self.setWindowTitle(self.tr("Find and replace"))
        self.source_lang, self.target_lang = source_lang, target_lang
        self.find = QLineEdit()
        self.find.setObjectName("find")
        self.replace = QLineEdit()
        self.replace.setObjectName("replace")
        self.column = QComboBox()
        self.column.setObjectName("column")
        if target_lang is not None:
            self.column.addItem(
                self.tr("Target (%1)").replace("%1", language(target_lang).native_name),
                target_lang,
            )
            self.column.addItem(
                self.tr("Source (%1)").replace("%1", language(source_lang).native_name),
                source_lang,
            )
        else:
            self.column.addItem(language(source_lang).native_name, source_lang)
            self.column.setEnabled(False)
        self.whole_word = QCheckBox(self.tr("Whole words"))
        self.case = QCheckBox(self.tr("Match case"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.folded = QCheckBox(self.tr("Ignore Arabic diacritics and letter variants"))
        self.folded.setChecked(True)
        self.folded.toggled.connect(lambda on: self.case.setEnabled(not on))
        self.case.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Find:"), self.find)
        form.addRow(self.tr("Replace with:"), self.replace)
        form.addRow(self.tr("In:"), self.column)
        for box in (self.whole_word, self.case, self.regex, self.folded):
            form.addRow("", box)
        note = QLabel(self.tr("Variables and link addresses are never changed."))
        note.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Find next"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.replace_all_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.next_button.clicked.connect(
            lambda: self.find_requested.emit(self.options(), self.column.currentData())
        )
        self.replace_button.clicked.connect(lambda: self._replace(False))
        self.replace_all_button.clicked.connect(lambda: self._replace(True))
        self.column.currentIndexChanged.connect(lambda _i: self._direction())
        self._direction()

    def _direction(self) -> None:
        rtl = language(self.column.currentData()).is_rtl
        for edit in (self.find, self.replace):
            edit.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )

    def options(self) -> FindOptions:
        return FindOptions(
            self.find.text(),
            regex=self.regex.isChecked(),
            whole_word=self.whole_word.isChecked(),
            case_sensitive=self.case.isChecked(),
            folded=self.folded.isChecked(),
        )

    def _replace(self, everywhere: bool) -> None:
        self.replace_requested.emit(
            self.options(), self.column.currentData(), self.replace.text(), everywhere
        )

    def say(self, text: str) -> None:
        self.message.setText(text)


class PretranslateDialog(QDialog):
    """Asks for the lowest fuzzy score; the grid runs the pre-translation."""

    def __init__(self, target_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pretranslate")
        self.setWindowTitle(self.tr("Pre-translate"))
        self.min_score = QSpinBox()
        self.min_score.setObjectName("min_score")
        self.min_score.setRange(50, 100)
        self.min_score.setSuffix(" %")
        self.min_score.setValue(int(DEFAULT_MIN_SCORE))
        text = QLabel(
            self.tr(
                "Fill every untranslated %1 segment from the library's approved clauses and the "
                "translation memory: exact matches, and fuzzy matches scoring at least the "
                "minimum below. They become drafts marked “pre-translated” with their score; "
                "nothing is confirmed or approved, and segments with text are left alone."
            ).replace("%1", language(target_lang).native_name)
        )
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Lowest fuzzy match:"), self.min_score)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pre-translate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)


class PretranslationReportDialog(QDialog):
    """What a pre-translation did: each filled segment with its score and origin."""

    block_was_activated = Signal(str)

    def __init__(
        self, report: PretranslationReport, source_lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pretranslation_report")
        self.setWindowTitle(self.tr("Pre-translation report"))
        self.report = report
        summary = QLabel(
            self.tr(
                "%1 segments pre-translated as drafts: %2 exact, %3 fuzzy (at least %4%). "
                "%5 had no match; %6 already had a translation and were kept."
            )
            .replace("%1", str(len(report.segments)))
            .replace("%2", str(len(report.exact)))
            .replace("%3", str(len(report.fuzzy)))
            .replace("%4", f"{report.min_score:g}")
            .replace("%5", str(len(report.no_match)))
            .replace("%6", str(report.kept))
        )
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        self.table = QTableWidget(len(report.segments), 5)
        self.table.setObjectName("segments")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Segment"),
                self.tr("Match"),
                language(source_lang).native_name,
                language(report.lang).native_name,
                self.tr("From"),
            ]
        )
        header = self.table.horizontalHeader()
        for col in (0, 1, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        rtl = language(report.lang).is_rtl
        src_rtl = language(source_lang).is_rtl
        for row, seg in enumerate(report.segments):
            match = self.tr("exact") if seg.exact else f"{seg.score:.0f}%"
            for col, text in ((0, seg.label), (1, match), (4, seg.origin)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, col, item)
            # Text cells as labels in their language's direction (RTL-NOTES: an item painted
            # with the table's direction puts Arabic punctuation on the wrong side).
            source = _text_label(_marked_html(seg.source, None, src_rtl), src_rtl)
            if not seg.exact:
                source.setToolTip(self.tr("Memory source: %1").replace("%1", seg.memory_source))
            self.table.setCellWidget(row, 2, source)
            self.table.setCellWidget(row, 3, _text_label(_marked_html(seg.target, None, rtl), rtl))
        self.table.resizeRowsToContents()
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.block_was_activated.emit(report.segments[row].block_id)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        close = QShortcut(QKeySequence("Esc"), self)
        close.activated.connect(self.reject)
        self.resize(960, 520)
