"""The glossary dialog: the term pairs of one language pair, added and removed in the workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import GlossaryEntry, PolicyStudioError, language
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
        # Terms are corrected where they are, as in a spreadsheet (double-click, F2 or typing);
        # "Use" switches between required and forbidden on a double-click.
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.AnyKeyPressed
        )
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self.message = QLabel()
        self.message.setObjectName("glossary_message")
        self.message.setWordWrap(True)
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
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add term pairs from a TBX or CSV file"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write this glossary as TBX or CSV"))
        self.export_button.clicked.connect(lambda: self.export_file())
        for button in (self.import_button, self.export_button):
            button.setAutoDefault(False)  # Enter in a cell or a field never opens a file dialog
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(entry)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def import_file(self, path: Path | None = None) -> bool:
        """Add the term pairs of a TBX or CSV file (those of this language pair are shown)."""
        from ..library.termbase import import_glossary

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import glossary"), "", self.tr("Glossaries (*.tbx *.csv)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            report = import_glossary(self.workspace, path, self.source_lang)
        except PolicyStudioError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(
            self.tr("%1 term pairs read: %2 added, %3 already in the glossary.")
            .replace("%1", str(len(report.entries)))
            .replace("%2", str(report.added))
            .replace("%3", str(report.already))
        )
        self.reload()
        self.glossary_did_change.emit()
        return True

    def export_file(self, path: Path | None = None) -> bool:
        """Write this language pair's terms as TBX or CSV (by the file's extension)."""
        from ..library.termbase import export_glossary

        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export glossary"),
                f"glossary-{self.source_lang}-{self.target_lang}.tbx",
                self.tr("TBX (*.tbx);;CSV (*.csv)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            report = export_glossary(self.workspace, path, self.source_lang, self.target_lang)
        except PolicyStudioError as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(
            self.tr("Wrote %1 term pairs to %2.")
            .replace("%1", str(len(report.entries)))
            .replace("%2", str(path))
        )
        return True

    def terms(self) -> list[GlossaryEntry]:
        return self.workspace.glossary(self.source_lang, self.target_lang)

    def reload(self) -> None:
        terms = self.terms()
        self._entries = {term.id: term for term in terms}
        self.table.blockSignals(True)
        self.table.setRowCount(len(terms))
        for row, term in enumerate(terms):
            use = self.tr("forbidden") if term.forbidden else self.tr("required")
            for column, text in enumerate((term.source_term, term.target_term, term.note, use)):
                # Reuse the cell's item: replacing it while its editor commits (a reload from
                # itemChanged) would leave Qt's editor pointing at a deleted item.
                item = self.table.item(row, column) or QTableWidgetItem()
                item.setText(text)
                item.setData(ROLE_ID, term.id)
                if column == 3:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.tr("Double-click to switch required / forbidden"))
                if self.table.item(row, column) is not item:
                    self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        term = self._entries.get(item.data(ROLE_ID))
        if term is None or item.column() > 2:
            return
        values = [term.source_term, term.target_term, term.note]
        values[item.column()] = item.text()
        self._save(term, *values, forbidden=term.forbidden)

    def _cell_double_clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        term = self._entries.get(item.data(ROLE_ID)) if item is not None else None
        if column == 3 and term is not None:
            self._save(
                term, term.source_term, term.target_term, term.note, forbidden=not term.forbidden
            )

    def _save(
        self, term: GlossaryEntry, source: str, target: str, note: str, *, forbidden: bool
    ) -> None:
        """Write a corrected term; a refusal (empty side, duplicate) is said, and undone."""
        try:
            self.workspace.update_glossary_term(
                term.id, source, target, note.strip(), forbidden=forbidden
            )
        except PolicyStudioError as exc:
            self.message.setText(str(exc).split(": ", 1)[-1])
        else:
            self.message.clear()
            self.glossary_did_change.emit()
        # After Qt has finished committing the cell's editor: rebuilding the rows inside its
        # itemChanged would delete the item it is still writing to.
        QTimer.singleShot(0, self, self.reload)

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
