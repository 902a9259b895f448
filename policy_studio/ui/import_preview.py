"""The import preview: see how a file was read and correct it before anything is written.

Standalone: constructed with the parsed file (stage one of a reader) and a ``summarize``
callable that builds the policy from it and describes the outcome; accepting the dialog only
hands the corrected ParsedDocument back (``document()``) — the caller builds and saves it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..io.intermediate import ParsedDocument, Role
from ..model import language
from .models.import_lines import ImportLinesModel

ROLE_BUTTONS = [
    (Role.HEADING, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Heading"), "Ctrl+1"),
    (Role.PARAGRAPH, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Paragraph"), "Ctrl+2"),
    (Role.BULLET, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Bullet"), "Ctrl+3"),
    (Role.NUMBERED, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Numbered"), "Ctrl+4"),
    (Role.DEBRIS, QT_TRANSLATE_NOOP("ImportPreviewDialog", "&Drop line"), "Del"),
]


class _LanguageColumnDelegate(QStyledItemDelegate):
    """Right-to-left columns painted right-to-left (the view itself stays left-to-right)."""

    def __init__(self, model: ImportLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        lang = self._model.column_language(index.column())
        if lang and language(lang).is_rtl:
            # AlignLeft in a right-to-left option means "start", i.e. the right edge.
            option.direction = Qt.LayoutDirection.RightToLeft
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ImportPreviewDialog(QDialog):
    """Shows each line's role and language; lets the user change roles; writes nothing."""

    def __init__(
        self,
        document: ParsedDocument,
        summarize: Callable[[ParsedDocument], str] | None = None,
        *,
        latin_language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Import preview — %1").replace("%1", document.file or self.tr("pasted text"))
        )
        self._summarize = summarize
        self.model = ImportLinesModel(document, latin_language)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_LanguageColumnDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Selected lines are:")))
        self.role_buttons: dict[Role, QPushButton] = {}
        for role, source_text, keys in ROLE_BUTTONS:
            text = self.tr(source_text)
            button = QPushButton(text, self)
            button.setToolTip(f"{text.replace('&', '')} ({keys})")
            button.clicked.connect(lambda _=False, r=role: self.set_selected_role(r))
            QShortcut(QKeySequence(keys), self, activated=lambda r=role: self.set_selected_role(r))
            buttons.addWidget(button)
            self.role_buttons[role] = button
        buttons.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = box.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(box)
        self.model.line_role_did_change.connect(lambda *_: self._refresh_summary())
        self._refresh_summary()
        self.resize(960, 640)

    def document(self) -> ParsedDocument:
        """The file's lines with the user's corrections: build the policy from this."""
        return self.model.document

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def set_selected_role(self, role: Role) -> None:
        for row in self.selected_rows():
            self.model.set_line_role(row, role)

    def _refresh_summary(self) -> None:
        lines = self.model.lines
        dropped = sum(1 for line in lines if line.role is Role.DEBRIS)
        headings = sum(1 for line in lines if line.role is Role.HEADING)
        names = ", ".join(language(code).name for code in self.model.languages)
        text = (
            self.tr("%1 headings, %2 lines dropped; languages: %3.")
            .replace("%1", str(headings))
            .replace("%2", str(dropped))
            .replace("%3", names or self.tr("none found"))
        )
        if self._summarize is not None:
            text += " " + self._summarize(self.model.document)
        self.summary.setText(text)
