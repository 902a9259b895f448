"""Menu actions a Word user looks for: Cut/Copy/Paste/Select All, Print, Print Preview, Help.

Kept apart from main_window.py, which only adds these actions to its menus. Clipboard actions
work on whichever text field or list has the keyboard focus; printing prints a QTextDocument
the window hands over (the policy in one language, or the comparison on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

TextField = QLineEdit | QTextEdit | QPlainTextEdit


class ClipboardActions(QObject):
    """Edit › Cut, Copy, Paste, Select All for the focused field, enabled as it allows."""

    def __init__(self, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.window = parent

        def action(text: str, key: QKeySequence.StandardKey, run: Callable[[], None]) -> QAction:
            act = QAction(text, parent)
            act.setShortcut(key)
            # The field's own Ctrl+C wins where there is one (Qt asks it first); the action
            # serves menu clicks and views that have no shortcut of their own.
            act.triggered.connect(run)
            return act

        self.cut = action(self.tr("Cut"), QKeySequence.StandardKey.Cut, self._cut)
        self.copy = action(self.tr("Copy"), QKeySequence.StandardKey.Copy, self._copy)
        self.paste = action(self.tr("Paste"), QKeySequence.StandardKey.Paste, self._paste)
        self.select_all = action(
            self.tr("Select All"), QKeySequence.StandardKey.SelectAll, self._select_all
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Bound methods of this QObject, not lambdas: Qt drops them when the window goes.
            app.focusChanged.connect(self._focus_changed)
        QGuiApplication.clipboard().dataChanged.connect(self.update_enabled)
        self.update_enabled()

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for act in (self.cut, self.copy, self.paste):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.select_all)
        menu.aboutToShow.connect(self.update_enabled)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_enabled()

    def _focus(self) -> QWidget | None:
        widget = QApplication.focusWidget()
        return widget if widget is not None and self.window.isAncestorOf(widget) else None

    def update_enabled(self) -> None:
        widget = self._focus()
        if isinstance(widget, TextField):
            selected = _has_selection(widget)
            editable = not widget.isReadOnly()
            self.cut.setEnabled(selected and editable)
            self.copy.setEnabled(selected)
            self.paste.setEnabled(editable and bool(QGuiApplication.clipboard().text()))
            self.select_all.setEnabled(True)
        elif isinstance(widget, QAbstractItemView):
            self.cut.setEnabled(False)
            self.copy.setEnabled(widget.currentIndex().isValid())
            self.paste.setEnabled(False)
            self.select_all.setEnabled(
                widget.selectionMode() != QAbstractItemView.SelectionMode.SingleSelection
            )
        else:
            for act in (self.cut, self.copy, self.paste, self.select_all):
                act.setEnabled(False)

    def _cut(self) -> None:
        widget = self._focus()
        if isinstance(widget, TextField) and not widget.isReadOnly():
            widget.cut()

    def _copy(self) -> None:
        widget = self._focus()
        if isinstance(widget, TextField):
            widget.copy()
        elif isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
            text = widget.currentIndex().data(Qt.ItemDataRole.DisplayRole)
            QGuiApplication.clipboard().setText(str(text or ""))

    def _paste(self) -> None:
        widget = self._focus()
        if isinstance(widget, TextField) and not widget.isReadOnly():
            widget.paste()

    def _select_all(self) -> None:
        widget = self._focus()
        if isinstance(widget, TextField | QAbstractItemView):
            widget.selectAll()
        self.update_enabled()


def _has_selection(widget: TextField) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText()
    return widget.textCursor().hasSelection()


# -- printing ----------------------------------------------------------------------------------


def print_document(parent: QWidget, document: QTextDocument, title: str) -> QPrintDialog:
    """File › Print…: the printer dialog (window-modal); the document prints when accepted."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    # QPrinter is no QObject and the dialog only points at it: kept alive on the dialog's
    # wrapper (which its parent keeps), or Qt prints through a deleted printer.
    dialog.printer_kept = printer  # type: ignore[attr-defined]
    dialog.setObjectName("print_dialog")
    dialog.setWindowTitle(QApplication.translate("DocumentActions", "Print"))
    document.setParent(dialog)  # lives as long as the dialog
    dialog.accepted.connect(lambda: document.print_(printer))
    QDialog.open(dialog)  # QPrintDialog.open(receiver, member) hides the plain one
    return dialog


def preview_document(parent: QWidget, document: QTextDocument, title: str) -> QPrintPreviewDialog:
    """File › Print Preview…: the pages as they will print, with Qt's print button on top."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # type: ignore[attr-defined]  # see print_document
    dialog.setObjectName("print_preview")
    dialog.setWindowTitle(
        QApplication.translate("DocumentActions", "Print preview — %1").replace("%1", title)
    )
    document.setParent(dialog)
    dialog.paintRequested.connect(lambda printer: document.print_(printer))
    screen = parent.screen().availableGeometry()
    dialog.resize(min(1000, int(screen.width() * 0.8)), int(screen.height() * 0.85))
    QDialog.open(dialog)
    return dialog


# -- help --------------------------------------------------------------------------------------


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    """Help › Keyboard shortcuts: every menu command with a shortcut, as the menus name it."""
    rows: list[tuple[str, str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for act in _menu_actions(menu):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((_plain(menu.title()), _plain(act.text()), keys))
    dialog = QDialog(window)
    dialog.setObjectName("shortcuts_dialog")
    dialog.setWindowTitle(QApplication.translate("DocumentActions", "Keyboard shortcuts"))
    table = QTableWidget(len(rows), 3)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels(
        [
            QApplication.translate("DocumentActions", "Menu"),
            QApplication.translate("DocumentActions", "Command"),
            QApplication.translate("DocumentActions", "Keys"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    width = sum(table.columnWidth(c) for c in range(3)) + 60
    dialog.resize(max(width, 460), min(640, 80 + 30 * len(rows)))
    dialog.open()
    return dialog


def workspace_dialog(window: QWidget, path: Path) -> QDialog:
    """Help › Where is my workspace?: the file's full path, copyable, and a button to its folder."""
    dialog = QDialog(window)
    dialog.setObjectName("workspace_dialog")
    dialog.setWindowTitle(QApplication.translate("DocumentActions", "Where is my workspace?"))
    intro = QLabel(
        QApplication.translate(
            "DocumentActions",
            "Your clause library, policies and versions are saved in this file. "
            "Back it up or share it like any document.",
        )
    )
    intro.setWordWrap(True)
    field = QLineEdit(str(path))
    field.setObjectName("workspace_path")
    field.setReadOnly(True)
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
    field.setMinimumWidth(min(field.fontMetrics().horizontalAdvance(str(path)) + 24, 900))
    show = QPushButton(QApplication.translate("DocumentActions", "Show in folder"))
    show.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(field)
    layout.addWidget(buttons)
    dialog.open()
    return dialog


def about_text() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from PySide6 import __version__ as pyside_version

    try:
        ours = version("policy-studio")
    except PackageNotFoundError:
        ours = "development"
    return (
        QApplication.translate(
            "DocumentActions",
            "Policy Studio %1\n\nWrite bilingual privacy policies from a library of vetted "
            "clauses, translate them side by side and compare their versions.\n\nQt %2",
        )
        .replace("%1", ours)
        .replace("%2", pyside_version)
    )


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for act in menu.actions():
        sub = act.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub)
        elif not act.isSeparator():
            found.append(act)
    return found


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
