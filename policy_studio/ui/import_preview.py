"""The import preview: see how the file(s) were read and paired, and correct it before saving.

Both languages are shown side by side — the main file's and the translation file's, or the two
halves of a bilingual file — one row per block, so a pair sits on one row; a block with no
partner and a pair on weak evidence are marked. The user can change a block's kind or language,
split and merge blocks, and pair or unpair them; every correction is an undo step here and a
line of the report below the table. Accepting hands the result back (``import_result()``):
the caller stores it. Nothing is written before that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QTextDocument,
    QTextOption,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..app.import_draft import Correction, Finding, ImportDraft, Row
from ..io.intermediate import ParsedDocument, Role
from ..io.result import ReadResult
from ..model import PolicyStudioError, language
from ..text.markup import plain_text
from .import_reasons import joined_list, reason_text
from .language_names import language_name
from .models.import_pairs import ImportPairsModel, place_text

ROLE_BUTTONS = [
    (Role.HEADING, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Heading"), "Ctrl+1"),
    (Role.PARAGRAPH, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Paragraph"), "Ctrl+2"),
    (Role.BULLET, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Bullet"), "Ctrl+3"),
    (Role.NUMBERED, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Numbered"), "Ctrl+4"),
    (Role.DEBRIS, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Leave out"), "Del"),
]
ROLE_NAMES = {
    "title": QT_TRANSLATE_NOOP("ImportPreviewDialog", "title"),
    "meta": QT_TRANSLATE_NOOP("ImportPreviewDialog", "date"),
    "heading": QT_TRANSLATE_NOOP("ImportPreviewDialog", "heading"),
    "paragraph": QT_TRANSLATE_NOOP("ImportPreviewDialog", "paragraph"),
    "bullet": QT_TRANSLATE_NOOP("ImportPreviewDialog", "bullet"),
    "numbered": QT_TRANSLATE_NOOP("ImportPreviewDialog", "numbered item"),
    "break": QT_TRANSLATE_NOOP("ImportPreviewDialog", "break"),
    "debris": QT_TRANSLATE_NOOP("ImportPreviewDialog", "left out"),
}
LAYOUTS = {
    "sequential": QT_TRANSLATE_NOOP("ImportPreviewDialog", "(one language after the other)"),
    "alternating": QT_TRANSLATE_NOOP("ImportPreviewDialog", "(paragraph by paragraph)"),
}
OFFERED_LANGUAGES = ["en", "ar", "sw", "fr", "bn"]
"""Languages a block can be given besides those found (the languages our users write in)."""
REFUSAL_TEXTS = {
    "this correction cannot be made": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "this correction cannot be made"
    ),
    "a table pairs only with a table": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "a table pairs only with a table"
    ),
    "a table row keeps its kind; split and merge work on text": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "a table row keeps its kind; split and merge work on text"
    ),
    "a title, date or break keeps its kind": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "a title, date or break keeps its kind"
    ),
    "only a line and a later line of the same file merge": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "only a line and a later line of the same file merge"
    ),
    "only two languages are imported: this would be a third": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "only two languages are imported: this would be a third"
    ),
    "pairs need two languages": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "pairs need two languages"
    ),
    "split inside the text, not at its start or end": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "split inside the text, not at its start or end"
    ),
    "the import changed this line's text; split it elsewhere": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the import changed this line's text; split it elsewhere"
    ),
    "the line is no longer there": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the line is no longer there"
    ),
    "the line is no longer there (an earlier correction split it)": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the line is no longer there (an earlier correction split it)"
    ),
    "the source text is no longer there": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the source text is no longer there"
    ),
    "the title has a translation already": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the title has a translation already"
    ),
    "the translation is no longer there": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the translation is no longer there"
    ),
    "the two tables have different rows or columns": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "the two tables have different rows or columns"
    ),
    "these texts are paired already": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "these texts are paired already"
    ),
    "this text has no partner to unpair": QT_TRANSLATE_NOOP(
        "ImportPreviewDialog", "this text has no partner to unpair"
    ),
}
"""The draft's refusals (app/import_draft.REFUSALS), marked for translation."""
EXCERPT = 60
"""Characters of a text quoted in the report."""


def excerpt(text: str) -> str:
    text = " ".join(plain_text(text).split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


class _RichTextDelegate(QStyledItemDelegate):
    """Draws a language cell as rich text (tables as tables), right-to-left for RTL languages,
    wrapped to the column's width."""

    def __init__(self, view: QTableView, model: ImportPairsModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._heights: dict[tuple[str, int], int] = {}

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        code = self._model.column_language(index.column()) or "en"
        option = QTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft
            if language(code).is_rtl
            else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDocumentMargin(4)
        doc.setHtml(str(index.data(ImportPairsModel.HtmlRole) or ""))
        doc.setTextWidth(max(40, width))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._model.column_language(index.column()) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
            )
        doc = self._document(index, option.rect.width())
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                context.palette.ColorRole.Text,
                option.palette.color(option.palette.ColorRole.HighlightedText),
            )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        code = self._model.column_language(index.column())
        if code is None:
            return super().sizeHint(option, index)
        width = self._view.columnWidth(index.column())
        html = str(index.data(ImportPairsModel.HtmlRole) or "")
        if not html:
            return QSize(width, 0)
        key = (html, width)
        height = self._heights.get(key)
        if height is None:
            # Laying out rich text is the cost of showing a long import: each text once per width.
            height = int(self._document(index, width).size().height()) + 2
            self._heights[key] = height
        return QSize(width, height)


class _PairsView(QTableView):
    """The rows' heights follow the text columns' widths (rich text wraps to them), laid out
    again once after a burst of resizes rather than on each."""

    MARGIN = 40
    """Rows sized beyond the last visible one (so a page down finds them ready)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._sized: set[int] = set()
        self._widths: tuple[int, ...] = ()
        self.relayout = QTimer(self)
        self.relayout.setSingleShot(True)
        self.relayout.setInterval(0)
        self.relayout.timeout.connect(self.size_visible_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.relayout.start())
        self.verticalScrollBar().valueChanged.connect(lambda *_: self.relayout.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._sized.clear)

    def size_visible_rows(self) -> None:
        """Lay out the rows on screen (and a margin) for the current column widths: a long
        import is not laid out row by row before it shows (thousands of rich texts)."""
        model = self.model()
        if model is None:
            return
        widths = tuple(self.columnWidth(c) for c in range(model.columnCount()))
        if widths != self._widths:
            self._sized.clear()
            self._widths = widths
        count = model.rowCount()
        bar = self.verticalScrollBar()
        at_end = bar.value() == bar.maximum() and bar.maximum() > 0
        for _ in range(3):  # sizing rows may bring more of them on screen
            first = max(0, self.rowAt(0))
            last = self.rowAt(self.viewport().height() - 1)
            last = count - 1 if last < 0 else last
            todo = [r for r in range(first, min(count, last + self.MARGIN)) if r not in self._sized]
            if not todo:
                break
            for row in todo:
                self.resizeRowToContents(row)
                self._sized.add(row)
            if at_end:  # the user is at the end: grown rows must not push it off screen
                self.updateGeometries()
                bar.setValue(bar.maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout.start()


class _Step(QUndoCommand):
    """One correction on the preview's undo stack (already made when pushed)."""

    def __init__(self, dialog: ImportPreviewDialog, correction: Correction, text: str) -> None:
        super().__init__(text)
        self._dialog = dialog
        self._correction = correction
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # made by apply() before being pushed
            return
        self._dialog.draft.apply(self._correction)
        self._dialog.refresh()

    def undo(self) -> None:
        self._dialog.draft.undo()
        self._dialog.refresh()


class SplitDialog(QDialog):
    """Shows a block's text: the user puts the cursor where it should be split."""

    def __init__(self, text: str, rtl: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split text"))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setReadOnly(True)
        self.editor.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.editor.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.split_button = box.addButton(
            self.tr("&Split here"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Put the cursor where the second part starts:")))
        layout.addWidget(self.editor, 1)
        layout.addWidget(box)
        self.resize(560, 240)

    def offset(self) -> int:
        return self.editor.textCursor().position()


class ImportPreviewDialog(QDialog):
    """Both files side by side, pairs on one row; corrections undoable; writes nothing."""

    def __init__(
        self,
        document: ParsedDocument,
        *,
        translation: tuple[str, ParsedDocument] | None = None,
        latin_language: str | None = None,
        choose_translation: Callable[[], tuple[str, ParsedDocument] | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = ImportDraft(document, latin_language=latin_language)
        if translation is not None:
            self.draft.add_file(translation[1], translation[0])
        self._choose_translation = choose_translation
        self._findings: list[Finding] = []
        self.undo_stack = QUndoStack(self)
        self.model = ImportPairsModel(self.draft)

        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.add_file_button = QPushButton(self.tr("Add a &translation file…"), self)
        self.add_file_button.clicked.connect(self.add_translation_file)
        top = QHBoxLayout()
        top.addWidget(self.files_label, 1)
        top.addWidget(self.add_file_button)

        self.table = _PairsView(self)
        self.table.setObjectName("import_pairs")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_RichTextDelegate(self.table, self.model))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Selected text is a:")))
        self.role_buttons: dict[Role, QPushButton] = {}
        for role, source_text, keys in ROLE_BUTTONS:
            button = self._button(self.tr(source_text), keys, lambda r=role: self.set_role(r))
            kinds.addWidget(button)
            self.role_buttons[role] = button
        kinds.addStretch(1)

        edits = QHBoxLayout()
        self.split_button = self._button(self.tr("S&plit…"), "Ctrl+K", self.split_selected)
        self.merge_button = self._button(self.tr("&Merge"), "Ctrl+J", self.merge_selected)
        self.language_button = QPushButton(self.tr("&Language"), self)
        self.language_menu = QMenu(self.language_button)
        self.language_button.setMenu(self.language_menu)
        self.pair_button = self._button(self.tr("P&air"), "Ctrl+P", self.pair_selected)
        self.unpair_button = self._button(self.tr("&Unpair"), "Ctrl+U", self.unpair_selected)
        self.undo_button = self._button(
            self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo_stack.undo
        )
        self.redo_button = self._button(
            self.tr("Redo"), QKeySequence.StandardKey.Redo, self.undo_stack.redo
        )
        for widget in (
            self.split_button,
            self.merge_button,
            self.language_button,
            self.pair_button,
            self.unpair_button,
        ):
            edits.addWidget(widget)
        edits.addStretch(1)
        edits.addWidget(self.undo_button)
        edits.addWidget(self.redo_button)

        self.message = QLabel(self)
        self.message.setObjectName("import_preview_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.report = QListWidget(self)
        self.report.setObjectName("import_report")
        self.report.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        report_box = QWidget(self)
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_head = QHBoxLayout()
        report_head.addWidget(QLabel(self.tr("Import report")), 1)
        self.keep_button = QPushButton(self.tr("&Keep the dropped line"), self)
        self.keep_button.setToolTip(
            self.tr("Import the line selected in the report as a paragraph after all")
        )
        self.keep_button.clicked.connect(lambda _=False: self.keep_dropped())
        report_head.addWidget(self.keep_button)
        report_layout.addLayout(report_head)
        report_layout.addWidget(self.report, 1)
        self.report.itemSelectionChanged.connect(self._update_keep)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(report_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = box.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(kinds)
        layout.addLayout(edits)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(box)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        screen = self.screen().availableGeometry()  # a 1366×768 laptop has it whole
        self.resize(min(1100, int(screen.width() * 0.95)), min(720, int(screen.height() * 0.9)))
        self.refresh()

    def _button(self, text: str, keys: object, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        sequence = QKeySequence(keys)  # type: ignore[call-overload]
        button.setToolTip(
            f"{text.replace('&', '')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.setShortcut(sequence)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- what the user sees ------------------------------------------------------------------

    def import_result(self) -> ReadResult:
        """The policy and report as corrected: store this (nothing was written)."""
        return self.draft.result

    def corrections(self) -> list[str]:
        """The report's lines for the user's corrections (for the message after importing)."""
        return [self.finding_text(f) for f in self.draft.findings() if f.kind == "correction"]

    def refresh(self) -> None:
        selected = self._selected_cells()
        self.model.reload()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(self.model.TEXT_COLUMN, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.relayout.start()
        self.files_label.setText(
            "   ".join(
                self.tr("%1: %2")
                .replace("%1", language_name(code))
                .replace("%2", self.model.file_of(code))
                for code in self.model.languages
            )
        )
        self.setWindowTitle(
            self.tr("Import preview — %1").replace("%1", " + ".join(self.draft.files))
        )
        self.add_file_button.setVisible(
            self._choose_translation is not None and len(self.draft.sources) == 1
        )
        self.report.clear()
        self._findings = self.draft.findings()
        for finding in self._findings:
            item = QListWidgetItem(self.finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.kind)
            self.report.addItem(item)
        self._update_keep()
        self.summary.setText(self.summary_text())
        self._select(selected)
        self._update_actions()

    def summary_text(self) -> str:
        result = self.draft.result
        parts = [self.tr("%1 sections.").replace("%1", str(len(result.policy.sections)))]
        for code, count in result.report.words.items():
            parts.append(
                self.tr("%1: %2 words in, %3 imported, %4 dropped, %5 changed.")
                .replace("%1", language_name(code))
                .replace("%2", str(count.words_in))
                .replace("%3", str(count.words_out))
                .replace("%4", str(count.dropped))
                .replace("%5", str(count.changed))
            )
        if result.report.check_pairs:
            parts.append(
                self.tr("%1 pairs to check (kept as drafts).").replace(
                    "%1", str(len(result.report.check_pairs))
                )
            )
        if result.report.unaligned:
            parts.append(
                self.tr("In one language only: %1.").replace(
                    "%1", str(len(result.report.unaligned))
                )
            )
        return " ".join(parts)

    def finding_text(self, finding: Finding) -> str:
        where = joined_list([place_text(p) for p in finding.places])
        quoted = excerpt(finding.text)
        if finding.kind in ("correction", "not-applied") and finding.correction is not None:
            text = self.correction_text(finding.correction)
            if finding.kind == "not-applied":
                return self.tr("Not applied (the text it named is gone): %1").replace("%1", text)
            return self.tr("You: %1").replace("%1", text)
        templates = {
            "dropped": self.tr("Dropped — %1: “%2” (%3)"),
            "changed": self.tr("Changed — %1: “%2” (%3)"),
            "joined": self.tr("Joined into one block — %1: “%2”"),
            "split": self.tr("Split over %3 blocks — %1: “%2”"),
            "check": self.tr("Check this pair — %1: %2 (%3)"),
            "unaligned": self.tr("No partner in %3 — %1: “%2”"),
            "encoding": self.tr("Read as %2 — %1"),
            "language": self.tr("Language — %1: %2"),
            "warning": self.tr("Warning: %2"),
        }
        detail = finding.detail
        if finding.kind in ("dropped", "changed", "check"):
            detail = reason_text(detail)
        if finding.kind == "unaligned":
            detail = language_name(detail)
        if finding.kind == "language":
            quoted = ", ".join(language_name(code) for code in finding.text.split(", "))
            if detail:
                quoted += " " + self.tr(LAYOUTS.get(detail, detail))
        if finding.kind in ("encoding", "check", "warning"):
            quoted = finding.text if finding.kind != "check" else quoted
        return (
            templates.get(finding.kind, "%2")
            .replace("%1", where)
            .replace("%2", quoted)
            .replace("%3", detail)
        )

    def correction_text(self, c: Correction) -> str:
        where = place_text(c.place) if c.place else ""
        quoted = excerpt(c.text)
        if c.kind == "role":
            text = self.tr("“%1” (%2): %3 → %4").replace("%3", self.tr(ROLE_NAMES[c.before]))
            text = text.replace("%4", self.tr(ROLE_NAMES[c.value]))
        elif c.kind == "lang":
            text = self.tr("“%1” (%2): language %3 → %4")
            text = text.replace("%3", language_name(c.before)).replace("%4", language_name(c.value))
        elif c.kind == "split":
            text = self.tr("“%1” (%2) split before “%3”").replace(
                "%3", excerpt(c.text[int(c.value) :].lstrip())
            )
        elif c.kind == "apart":
            line = self.draft.line_text(c.key) or c.text
            text = self.tr("“%1” (%2) kept apart from the text before it").replace(
                "%1", excerpt(line)
            )
        elif c.kind == "merge":
            text = self.tr("“%1” (%2) merged with “%3” (%4)")
            text = text.replace("%3", excerpt(c.before))
            text = text.replace("%4", place_text(c.other) if c.other else "")
        elif c.kind == "pair":
            text = self.tr("“%1” (%2) paired with “%3” (%4)")
            text = text.replace("%3", excerpt(c.before))
            text = text.replace("%4", place_text(c.other) if c.other else "")
        else:
            text = self.tr("“%1” (%2) unpaired from “%3”").replace("%3", excerpt(c.before))
        return text.replace("%1", quoted).replace("%2", where)

    # -- selection ---------------------------------------------------------------------------

    def _selected_cells(self) -> list[tuple[int, int]]:
        model = self.table.selectionModel()
        if model is None:
            return []
        return sorted((i.row(), i.column()) for i in model.selectedIndexes())

    def _select(self, cells: list[tuple[int, int]]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, column in cells:
            if row < self.model.rowCount() and column < self.model.columnCount():
                selection.select(
                    self.model.index(row, column), QItemSelectionModel.SelectionFlag.Select
                )

    def select(self, row: int, code: str, *more: tuple[int, str]) -> None:
        """Select the text of row ``row`` in language ``code`` (and more cells), as a click
        (and Ctrl+clicks) would."""
        cells = [(row, self.model.language_column(code))]
        cells += [(r, self.model.language_column(c)) for r, c in more]
        self._select(cells)
        self.table.setCurrentIndex(self.model.index(row, cells[0][1]))
        self._select(cells)
        self._update_actions()

    def selected_texts(self) -> list[tuple[Row, str]]:
        """The selected language cells that hold text: (row, language), in reading order.
        A selected kind or pairing cell stands for every language of its row."""
        out: list[tuple[Row, str]] = []
        for row, column in self._selected_cells():
            found = self.model.rows[row]
            code = self.model.column_language(column)
            codes = [code] if code else self.model.languages
            for lang in codes:
                if found.keys.get(lang) and (found, lang) not in out:
                    out.append((found, lang))
        return out

    def _update_actions(self) -> None:
        texts = self.selected_texts()
        editable = [
            (row, lang) for row, lang in texts if row.kind not in ("title", "table", "cell")
        ]
        for button in self.role_buttons.values():
            button.setEnabled(bool(editable) and len(editable) == len(texts))
        self.split_button.setEnabled(len(texts) == 1 and not texts[0][0].cells)
        self.merge_button.setEnabled(self._merge_keys() is not None)
        self.language_menu.clear()
        main_file = [
            (row, lang) for row, lang in texts if all(k.startswith("0:") for k in row.keys[lang])
        ]
        codes = list(self.model.languages)
        if len(codes) < 2:  # a single-language file may hold a second language after all
            codes = list(dict.fromkeys([*codes, *OFFERED_LANGUAGES]))
        self.language_button.setEnabled(bool(texts) and len(main_file) == len(texts))
        self.language_button.setToolTip(
            self.tr("A translation file's text is in the file's language.")
            if texts and len(main_file) != len(texts)
            else self.tr("The language the selected text is written in")
        )
        for code in codes:
            action = self.language_menu.addAction(language_name(code))
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        self.pair_button.setEnabled(self._pair_keys() is not None)
        rows = {id(row): row for row, _ in texts}
        self.unpair_button.setEnabled(
            len(rows) == 1
            and len(self.model.languages) > 1
            and all(next(iter(rows.values())).has(c) for c in self.model.languages)
            and next(iter(rows.values())).kind != "title"
        )

    # -- corrections -------------------------------------------------------------------------

    def refusal(self, exc: Exception) -> str:
        """Why a correction was refused, in the interface language."""
        text = str(exc)
        return self.tr(REFUSAL_TEXTS[text]) if text in REFUSAL_TEXTS else text

    def _make(self, correction: Correction) -> bool:
        try:
            self.draft.apply(correction)
        except PolicyStudioError as exc:
            self.message.setText(self.tr("Not changed: %1").replace("%1", self.refusal(exc)))
            self.refresh()
            return False
        self.message.clear()
        self.undo_stack.push(_Step(self, correction, self.correction_text(correction)))
        self.refresh()
        return True

    def _make_all(self, corrections: list[Correction]) -> None:
        """Several corrections as one undo step."""
        if len(corrections) == 1:
            self._make(corrections[0])
            return
        self.undo_stack.beginMacro(self.tr("%1 corrections").replace("%1", str(len(corrections))))
        for correction in corrections:
            self._make(correction)
        self.undo_stack.endMacro()

    def set_role(self, role: Role) -> None:
        """The selected blocks are headings, paragraphs, bullets, numbered items, or left out."""
        todo = [
            Correction(
                "role",
                key,
                role.value,
                self.draft.line_role(key),
                self.draft.line_text(key),
                self.draft.place(key),
            )
            for row, lang in self.selected_texts()
            for key in row.keys.get(lang, [])
            if self.draft.line_role(key) not in ("", role.value)
        ]
        self._make_all(todo)

    def set_language(self, code: str) -> None:
        todo = [
            Correction("lang", key, code, lang, self.draft.line_text(key), self.draft.place(key))
            for row, lang in self.selected_texts()
            if lang != code
            for key in row.keys.get(lang, [])
        ]
        self._make_all(todo)

    def split_selected(self, offset: int | None = None) -> bool:
        """Split the selected text in two at ``offset`` (asked with the split dialog if None).
        A text the import joined from several lines splits at a join into two blocks."""
        texts = self.selected_texts()
        if len(texts) != 1 or texts[0][0].cells:
            return False
        row, lang = texts[0]
        keys = row.keys.get(lang, [])
        text = (
            self.draft.line_text(keys[0]) if len(keys) == 1 else self.draft.joined_text(row, lang)
        )
        if offset is None:
            dialog = SplitDialog(text, language(lang).is_rtl, self)
            self.split_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            offset = dialog.offset()
        try:
            correction = self.draft.split_correction(row, lang, offset)
        except PolicyStudioError as exc:
            self.message.setText(self.tr("Not changed: %1").replace("%1", self.refusal(exc)))
            return False
        return self._make(correction)

    def _merge_keys(self) -> tuple[str, str] | None:
        texts = self.selected_texts()
        if not texts or len({lang for _, lang in texts}) != 1 or len(texts) > 2:
            return None
        lang = texts[0][1]
        first = texts[0][0]
        if len(texts) == 2:
            second = texts[1][0]
        else:
            at = self.model.rows.index(first)
            later = [r for r in self.model.rows[at + 1 :] if r.keys.get(lang)]
            if not later:
                return None
            second = later[0]
        if first.cells or second.cells or first.kind == "title" or second.kind == "title":
            return None
        a, b = first.keys[lang][-1], second.keys[lang][0]
        if a.split(":")[0] != b.split(":")[0] or a == b:
            return None
        return a, b

    def merge_selected(self) -> bool:
        """Merge the two selected texts of one language (or the selected one with the next)."""
        keys = self._merge_keys()
        if keys is None:
            return False
        a, b = keys
        return self._make(
            Correction(
                "merge",
                a,
                b,
                self.draft.line_text(b),
                self.draft.line_text(a),
                self.draft.place(a),
                self.draft.place(b),
            )
        )

    def _pair_keys(self) -> tuple[str, str] | None:
        langs = self.model.languages
        texts = self.selected_texts()
        if len(langs) < 2 or len(texts) != 2:
            return None
        by_lang = {lang: row for row, lang in texts}
        if set(by_lang) != {langs[0], langs[1]}:
            return None
        source, target = by_lang[langs[0]], by_lang[langs[1]]
        if source is target or target.kind == "title":
            return None  # the title's translation pairs from the title's row
        return source.keys[langs[0]][0], target.keys[langs[1]][0]

    def pair_selected(self) -> bool:
        """Pair the selected source text with the selected translation (on another row)."""
        keys = self._pair_keys()
        if keys is None:
            return False
        source, target = keys
        return self._make(
            Correction(
                "pair",
                source,
                target,
                self.draft.line_text(target),
                self.draft.line_text(source),
                self.draft.place(source),
                self.draft.place(target),
            )
        )

    def unpair_selected(self) -> bool:
        """Separate the selected pair: each text keeps its own row, with no partner."""
        if not self.unpair_button.isEnabled():
            return False
        row = self.selected_texts()[0][0]
        source, target = self.model.languages[:2]
        key = row.keys[source][0]
        other = row.keys.get(target, [""])[0]
        return self._make(
            Correction(
                "unpair",
                key,
                "",
                self.draft.line_text(other) if other else "",
                self.draft.line_text(key),
                self.draft.place(key),
            )
        )

    def _dropped_key(self) -> str:
        row = self.report.currentRow()
        if row < 0 or not self.report.item(row).isSelected() or row >= len(self._findings):
            return ""
        finding = self._findings[row]
        return finding.key if finding.kind == "dropped" else ""

    def _update_keep(self) -> None:
        self.keep_button.setEnabled(bool(self._dropped_key()))

    def keep_dropped(self) -> bool:
        """The dropped line selected in the report is imported as a paragraph after all."""
        key = self._dropped_key()
        if not key:
            return False
        return self._make(
            Correction(
                "role",
                key,
                Role.PARAGRAPH.value,
                Role.DEBRIS.value,
                self.draft.line_text(key),
                self.draft.place(key),
            )
        )

    def add_translation_file(self) -> bool:
        """Read a second file as the translation and show it beside the first."""
        if self._choose_translation is None:
            return False
        chosen = self._choose_translation()
        if chosen is None:
            return False
        lang, document = chosen
        try:
            self.draft.add_file(document, lang)
        except PolicyStudioError as exc:
            self.message.setText(str(exc))
            return False
        self.refresh()
        return True
