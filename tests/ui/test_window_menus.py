"""Menus a Word user looks for (issue 15, Missing): Edit › Cut/Copy/Paste/Select All, Print and
Print Preview of the policy and the comparison, Help, and the comparison exported as a redline."""

from __future__ import annotations

import time

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QTableWidget

from policy_studio.ops.sections import rename_section

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def menu_titles(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_edit_menu_cuts_copies_pastes_and_selects_all_in_the_editor(window):
    assert {"Cut", "Copy", "Paste", "Select All"} <= set(menu_titles(window, "&Edit"))
    clip = window.clipboard
    text = window.editor.text
    text.setFocus()
    QApplication.processEvents()
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.Start)
    text.setTextCursor(cursor)
    clip.update_enabled()
    assert not clip.copy.isEnabled() and clip.select_all.isEnabled()
    clip.select_all.trigger()
    assert text.textCursor().hasSelection()
    assert clip.copy.isEnabled() and clip.cut.isEnabled()
    clip.copy.trigger()
    assert "Write to" in QGuiApplication.clipboard().text()
    # Paste into the title field through the menu.
    title = window.editor.findChild(QLineEdit)
    title.setFocus()
    title.selectAll()
    QGuiApplication.clipboard().setText("Contact us")
    QApplication.processEvents()
    assert clip.paste.isEnabled()
    clip.paste.trigger()
    assert title.text() == "Contact us"


def test_print_preview_shows_the_policy_pages(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = window.print_preview()
    assert dialog.isVisible()
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    QApplication.processEvents()
    assert widget.pageCount() >= 1
    assert "Test policy" in dialog.windowTitle()
    dialog.reject()


def test_print_writes_the_policy_to_the_chosen_printer(window, qtbot, tmp_path):
    from pypdf import PdfReader

    # What prints is the policy in the preview's language, chosen there.
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("en"))
    dialog = window.print_current()
    assert dialog.isVisible()
    out = tmp_path / "printed.pdf"
    # Qt's own dialog here (no printer installed): "Print to File (PDF)" and a file name.
    dialog.findChild(QLineEdit, "filename").setText(str(out))
    dialog.accept()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Reaching the team" in text and "Records stay with us" in text


def ask_to_save_version(window, label: str) -> None:
    """File > Save version… with ``label`` typed and OK pressed (the save then goes to the
    database worker; nothing here waits for it)."""
    from policy_studio.ui.history_panel import SaveVersionDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveVersionDialog)
        dialog.label_edit.setText(label)
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.save_version_action.trigger()


def save_version(window, label: str) -> None:
    ask_to_save_version(window, label)
    panel = window.history.panel  # saved on the database worker, then listed
    deadline = time.monotonic() + 5
    while (panel.busy or panel.reading) and time.monotonic() < deadline:
        QTest.qWait(10)
    assert not panel.busy and not panel.reading


@pytest.fixture
def compared(window):
    save_version(window, "1.0")
    policy = window.session.policy
    window.apply_edit(rename_section(policy, policy.sections[0].id, "en", "Talking to us"))
    window.compare_action.trigger()
    window.compare_view.wait_for_comparison()
    QApplication.processEvents()
    assert window.compare_view.diff.change_count() >= 1
    return window


def test_print_preview_in_compare_shows_the_comparison(compared):
    dialog = compared.print_preview()
    assert "Version 1 (1.0) → Current draft" in dialog.windowTitle()
    printed = dialog.findChild(QTextDocument)
    assert printed.firstBlock().text() == "Test policy — Version 1 (1.0) → Current draft"
    assert "Talking to us" in printed.toPlainText()
    dialog.reject()


def test_export_comparison_as_word_tracked_changes(compared, monkeypatch, tmp_path):
    out = tmp_path / "changes"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), a[3].split(";;")[0])
    )
    assert compared.compare_view.export_button.isEnabled()
    compared.export_redline_action.trigger()
    written = tmp_path / "changes.docx"
    body = docx.Document(str(written)).element.body
    deleted = "".join(body.itertext("{*}delText"))
    inserted = "".join(
        t.text or "" for t in body.iter("{*}t") if t.getparent().getparent().tag.endswith("ins")
    )
    assert "Reaching the team" in deleted and "Talking to us" in inserted
    assert str(written) in compared.statusBar().currentMessage()


def test_export_comparison_as_a_web_page(compared, monkeypatch, tmp_path):
    out = tmp_path / "changes.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    compared.compare_view.export_button.click()
    html = out.read_text(encoding="utf-8")
    assert "Talking to us" in html and "<del" in html


def test_help_menu_lists_shortcuts_and_says_where_the_workspace_is(window):
    assert menu_titles(window, "&Help") == [
        "Keyboard shortcuts",
        "Where is my workspace?",
        "About Policy Studio",
    ]
    window.shortcuts_action.trigger()
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    table = dialog.findChild(QTableWidget)
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Move section up", "Alt+Up") in rows and ("Export…", "Ctrl+E") in rows
    dialog.reject()
    window.workspace_action.trigger()
    dialog = window.findChild(QDialog, "workspace_dialog")
    assert dialog.findChild(QLineEdit, "workspace_path").text() == str(
        window.session.workspace.path
    )
    dialog.reject()
