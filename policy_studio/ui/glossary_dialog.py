"""The glossary dialog: the term pairs of one language pair, added and removed in the workspace.

Its reads and writes go through ``reader`` and ``writer`` (the window's ``Session.read`` and
``Session.write``, on its database worker; else at once, here): the dialog says "Reading the
glossary…" until the terms are in, shows a change at once and writes it on the worker, and a
write that fails says so in one sentence, giving back what the person typed.
"""

from __future__ import annotations

from dataclasses import replace
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
from shiboken6 import isValid

from ..model import GlossaryEntry, PolicyStudioError, language
from ..storage import WorkspaceStore
from .store_reader import Reader, Writer, read_at_once, why_not

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
        *,
        reader: Reader | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reader: Reader = reader or read_at_once(lambda: workspace)
        self.writer: Writer = writer or self.reader
        self.reading = False
        """A read of the terms is out: the table shows what was read before (nothing, the
        first time) and the line under it says "Reading the glossary…"."""
        self._read_again = False
        self._entries: dict[int, GlossaryEntry] = {}
        self._terms: list[GlossaryEntry] = []
        """What the table shows: the terms as read, with this dialog's changes not yet
        answered (an added term has id 0 until it is read back)."""
        self._writes = 0
        """Writes sent and not answered yet."""
        self._read_once = False
        """The terms were read once: until then the table shows nothing it has read."""
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
        source = self.source_lang
        self.message.setText(self.tr("Importing %1…").replace("%1", path.name))
        self._writes += 1
        failed: list[bool] = []
        self.writer(
            lambda store: import_glossary(store, path, source),
            lambda report, error: self._imported(report, error, failed) if isValid(self) else None,
        )
        return not failed  # False when the writer already answered that it failed

    def _imported(self, report: object, error: BaseException | None, failed: list[bool]) -> None:
        self._writes -= 1
        if error is not None:
            failed.append(True)
            self.message.setText(why_not(error))
            return
        self.message.setText(
            self.tr("%1 term pairs read: %2 added, %3 already in the glossary.")
            .replace("%1", str(len(report.entries)))  # type: ignore[attr-defined]
            .replace("%2", str(report.added))  # type: ignore[attr-defined]
            .replace("%3", str(report.already))  # type: ignore[attr-defined]
        )
        self.reload()
        self.glossary_did_change.emit()

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
        source, target = self.source_lang, self.target_lang
        failed: list[bool] = []
        self.reader(
            lambda store: export_glossary(store, path, source, target),
            lambda report, error: (
                self._exported(path, report, error, failed) if isValid(self) else None
            ),
        )
        return not failed  # False when the reader already answered that it failed

    def _exported(
        self, path: Path, report: object, error: BaseException | None, failed: list[bool]
    ) -> None:
        if error is not None:
            failed.append(True)
            self.message.setText(why_not(error))
            return
        self.message.setText(
            self.tr("Wrote %1 term pairs to %2.")
            .replace("%1", str(len(report.entries)))  # type: ignore[attr-defined]
            .replace("%2", str(path))
        )

    def terms(self) -> list[GlossaryEntry]:
        """The terms the table shows (as read, with this dialog's changes)."""
        return list(self._terms)

    def reload(self) -> None:
        """Read the terms again through the reader; the table shows them when they come (and
        keeps what it shows meanwhile). Asked while a read is out: read once more after it."""
        if self.reading:
            self._read_again = True
            return
        self.reading = True
        self._read_again = False
        self._say_reading()
        source, target = self.source_lang, self.target_lang
        self.reader(
            lambda store: store.glossary(source, target),
            lambda terms, error: self._did_read(terms, error) if isValid(self) else None,
        )

    def _say_reading(self) -> None:
        busy = self.reading and not self._read_once
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Reading the glossary…"))

    def _did_read(self, terms: object, error: BaseException | None) -> None:
        self.reading = False
        if error is not None:
            self.message.setText(
                self.tr("The glossary could not be read: %1").replace("%1", why_not(error))
            )
            return
        if self._read_again or self._writes:
            # A change was written since this read was asked: the next read shows it.
            self._read_again = False
            if not self._writes:
                self.reload()
            return
        if not self._read_once:
            self.message.clear()  # "Reading the glossary…"
        self._read_once = True
        self._say_reading()
        self._show(list(terms))  # type: ignore[call-overload]

    def _show(self, terms: list[GlossaryEntry]) -> None:
        self._terms = terms
        self._entries = {term.id: term for term in terms if term.id}
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
                if column == 3 or not term.id:  # an added term is corrected once stored
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                if column == 3:
                    item.setToolTip(self.tr("Double-click to switch required / forbidden"))
                if self.table.item(row, column) is not item:
                    self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._say_reading()

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
        """Write a corrected term (shown at once, written through the writer); a refusal
        (empty side, duplicate) is said, naming what was typed, and undone."""
        changed = replace(
            term, source_term=source, target_term=target, note=note.strip(), forbidden=forbidden
        )
        self._terms = [changed if t.id == term.id else t for t in self._terms]
        self._entries[term.id] = changed

        def job(store: WorkspaceStore) -> None:
            store.update_glossary_term(term.id, source, target, note.strip(), forbidden=forbidden)

        self._writes += 1
        self.writer(
            job,
            lambda _r, error: self._saved(changed, error) if isValid(self) else None,
        )
        # After Qt has finished committing the cell's editor: rebuilding the rows inside its
        # itemChanged would delete the item it is still writing to.
        QTimer.singleShot(0, self, lambda: self._show(self._terms))

    def _saved(self, changed: GlossaryEntry, error: BaseException | None) -> None:
        self._writes -= 1
        if error is not None:
            self.message.setText(
                self.tr("“%1” → “%2” was not saved: %3")
                .replace("%1", changed.source_term)
                .replace("%2", changed.target_term)
                .replace("%3", self._reason(error))
            )
        elif self.message.text() != self.tr("Reading the glossary…"):
            self.message.clear()
        self.reload()  # the terms as stored: a refused change is undone
        if error is None:
            self.glossary_did_change.emit()

    def _reason(self, error: BaseException) -> str:
        """A refusal as the end of a sentence, without the workspace's location."""
        if isinstance(error, PolicyStudioError):
            return str(error).split(": ", 1)[-1]
        return why_not(error)

    def add_term(self) -> None:
        """Add the typed pair: shown at once, written through the writer; a write that fails
        says so and gives the typed pair back to the fields (if they are still empty)."""
        term, translation = self.term.text().strip(), self.translation.text().strip()
        if not term or not translation or not self._read_once:
            return  # Enter before the terms are read: the typing waits in the fields
        entry = GlossaryEntry(
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
        self._show([*self._terms, entry])

        def job(store: WorkspaceStore) -> GlossaryEntry:
            return store.add_glossary_term(
                entry.source_lang,
                entry.target_lang,
                entry.source_term,
                entry.target_term,
                entry.note,
                forbidden=entry.forbidden,
            )

        self._writes += 1
        self.writer(job, lambda _r, error: self._added(entry, error) if isValid(self) else None)

    def _added(self, entry: GlossaryEntry, error: BaseException | None) -> None:
        self._writes -= 1
        if error is None:
            self.reload()
            self.glossary_did_change.emit()
            return
        self._show([t for t in self._terms if t is not entry])
        fields = (self.term, self.translation, self.note)
        if not any(field.text() for field in fields):
            for field, text in zip(
                fields, (entry.source_term, entry.target_term, entry.note), strict=True
            ):
                field.setText(text)
            self.forbidden.setChecked(entry.forbidden)
        self.message.setText(
            self.tr("“%1” → “%2” was not added: %3")
            .replace("%1", entry.source_term)
            .replace("%2", entry.target_term)
            .replace("%3", self._reason(error))
        )

    def remove_selected(self) -> None:
        """Remove the selected terms: gone at once, removed through the writer; a removal
        that fails says so and the terms come back (read again)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        items = [self.table.item(row, 0) for row in rows]
        ids = [int(item.data(ROLE_ID)) for item in items if item is not None]
        ids = [term_id for term_id in ids if term_id]  # an added term not read back yet stays
        if not ids:
            return
        self._show([t for t in self._terms if t.id not in ids])

        def job(store: WorkspaceStore) -> None:
            for term_id in ids:
                store.remove_glossary_term(term_id)

        self._writes += 1
        self.writer(job, lambda _r, error: self._removed(error) if isValid(self) else None)

    def _removed(self, error: BaseException | None) -> None:
        self._writes -= 1
        if error is not None:
            self.message.setText(
                self.tr("The terms were not removed: %1").replace("%1", self._reason(error))
            )
        self.reload()
        if error is None:
            self.glossary_did_change.emit()
