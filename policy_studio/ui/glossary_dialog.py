"""The glossary dialog: the term pairs of one language pair, added and removed in the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import GlossaryEntry, language
from ..storage import WorkspaceStore

ROLE_ID = Qt.ItemDataRole.UserRole


class GlossaryDialog(QDialog):
    """Lists, adds and removes glossary terms; each change is written to the workspace at once."""

    glossary_did_change = Signal()
    """Terms were added or removed: views re-read ``workspace.glossary(...)``."""

    def __init__(
        self,
        workspace: WorkspaceStore,
        source_lang: str,
        target_lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.setWindowTitle(
            self.tr("Glossary: %1 → %2")
            .replace("%1", language(source_lang).native_name)
            .replace("%2", language(target_lang).native_name)
        )
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("terms")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Translation"), self.tr("Note"), self.tr("Use")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.term = QLineEdit(placeholderText=self.tr("Term"))
        self.translation = QLineEdit(placeholderText=self.tr("Translation"))
        if language(target_lang).is_rtl:
            self.translation.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.note = QLineEdit(placeholderText=self.tr("Note (optional)"))
        self.forbidden = QCheckBox(self.tr("Forbidden"))
        self.forbidden.setObjectName("forbidden")
        self.forbidden.setToolTip(
            self.tr("The translation must not be used: the QA check reports it as an error")
        )
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_term)
        self.translation.returnPressed.connect(self.add_term)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        for widget in (self.term, self.translation, self.note, self.forbidden, self.add_button):
            entry.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(entry)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def terms(self) -> list[GlossaryEntry]:
        return self.workspace.glossary(self.source_lang, self.target_lang)

    def reload(self) -> None:
        terms = self.terms()
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            use = self.tr("forbidden") if term.forbidden else self.tr("required")
            for column, text in enumerate((term.source_term, term.target_term, term.note, use)):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, term.id)
                self.table.setItem(row, column, item)

    def add_term(self) -> None:
        term, translation = self.term.text().strip(), self.translation.text().strip()
        if not term or not translation:
            return
        self.workspace.add_glossary_term(
            self.source_lang,
            self.target_lang,
            term,
            translation,
            self.note.text().strip(),
            forbidden=self.forbidden.isChecked(),
        )
        for field in (self.term, self.translation, self.note):
            field.clear()
        self.forbidden.setChecked(False)
        self.term.setFocus()
        self.reload()
        self.glossary_did_change.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = [self.table.item(row, 0) for row in rows]
        ids = [item.data(ROLE_ID) for item in items if item is not None]
        for term_id in ids:
            self.workspace.remove_glossary_term(int(term_id))
        if ids:
            self.reload()
            self.glossary_did_change.emit()
