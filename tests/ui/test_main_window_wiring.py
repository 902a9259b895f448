"""Feature widgets reached from the main window's menus; edits go on the window's undo stack."""

from __future__ import annotations

import pytest
from docx import Document
from lxml import etree
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from policy_studio.io.intermediate import Role
from policy_studio.model import Status
from policy_studio.ui.export_dialog import ExportDialog
from policy_studio.ui.glossary_dialog import GlossaryDialog
from policy_studio.ui.i18n import ui_language
from policy_studio.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def type_text(widget, text: str) -> None:
    """Post one key event per character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QApplication.postEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
    QApplication.processEvents()


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.processEvents()


def open_translate(window):
    window.translate_action.trigger()
    QApplication.processEvents()
    assert window.modes.currentWidget() is window.translate_view
    grid = window.translate_view.grid
    assert grid is not None
    # The glossary and the dismissed findings are read on the database worker.
    for _ in range(500):
        if not grid.reading_workspace():
            break
        QTest.qWait(10)
    return grid


def test_translate_mode_shows_the_grid_for_english_and_arabic(qtbot, window):
    grid = open_translate(window)
    assert window.translate_view.pair() == ("en", "ar")
    assert grid.model.rowCount() == sum(1 for _ in window.session.policy.iter_blocks())
    assert "العربية" in window.translate_view.overall.text()
    # The library and preview docks make room for the two columns, and come back afterwards.
    assert not window.docks["library"].isVisible()
    assert not window.docks["history"].isVisible()
    window.write_action.trigger()
    assert window.modes.currentWidget() is window.editor
    assert window.docks["library"].isVisible()


def test_arabic_typed_in_the_grid_is_saved_and_undone_by_the_window(qtbot, window, workspace):
    grid = open_translate(window)
    policy = window.session.policy
    row = 1  # the first body paragraph (row 0 is the section title)
    block = grid.model.block_at(row)
    before = block.get("ar")
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    editor.selectAll()
    type_text(editor, "اكتبوا إلينا، وسنرد خلال أسبوع.")
    press(editor, Qt.Key.Key_Return)
    assert block.get("ar") == "اكتبوا إلينا، وسنرد خلال أسبوع."
    assert block.state("ar").status is Status.DRAFT
    assert window.undo_action.text().endswith("Edit translation")
    # Autosaved like every other edit.
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    saved = workspace.policy(policy.id).find_block(block.id)[1]
    assert saved.get("ar") == "اكتبوا إلينا، وسنرد خلال أسبوع."

    window.undo_action.trigger()
    assert block.get("ar") == before
    assert grid.model.data(grid.model.index(row, 1), Qt.ItemDataRole.EditRole) == before
    window.redo_action.trigger()
    assert block.get("ar") == "اكتبوا إلينا، وسنرد خلال أسبوع."


def test_the_source_language_is_never_offered_as_a_target(qtbot, window):
    open_translate(window)
    view = window.translate_view
    targets = [view.target_box.itemText(i) for i in range(view.target_box.count())]
    sources = [view.source_box.itemText(i) for i in range(view.source_box.count())]
    assert targets == ["العربية (ar)"] and sources == ["English (en)"]
    assert "edit it in the Write view" in view.target_box.toolTip()


def test_clicking_a_finding_selects_its_segment(qtbot, window):
    grid = open_translate(window)
    row = 1
    grid.model.set_target(row, "")  # an emptied target is a finding
    findings = grid.model.all_findings()
    wanted = next(f for f in findings if f.block_id == grid.model.block_at(row).id)
    grid.go_to_row(0)
    grid.findings_panel.finding_was_activated.emit(wanted)
    assert grid.current_row() == row


def test_glossary_dialog_opens_from_the_tools_menu(qtbot, window):
    window.glossary_action.trigger()
    dialog = window.findChild(GlossaryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_export_a_bilingual_docx_from_the_file_menu(qtbot, window, tmp_path):
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    out = tmp_path / "notice.docx"
    dialog.output.setText(str(out))
    # Export waits for the readiness verdict (computed in the background): as a user would.
    qtbot.waitUntil(lambda: not dialog.checking_signoff(), timeout=10000)
    with qtbot.waitSignal(dialog.export_did_finish):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    text = "\n".join(
        cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells
    )
    assert "Reaching the team" in text and "التواصل مع الفريق" in text


def test_xliff_round_trip_is_one_undo_step_with_a_report(qtbot, window, tmp_path):
    policy = window.session.policy
    path = window.transfer.export_xliff(tmp_path / "for-translator.xlf", "ar")
    assert path is not None and path.is_file()
    tree = etree.parse(str(path))
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    units = tree.findall(".//x:trans-unit", ns)
    changed = units[1]
    target = changed.find("x:target", ns)
    for inline in list(target):  # the translator rewrote the segment without its variables
        target.remove(inline)
    target.text = "نص جديد من المترجم"
    tree.write(str(path), xml_declaration=True, encoding="utf-8")
    block_id = changed.get("id")
    before = policy.find_block(block_id)[1].get("ar")

    assert window.transfer.import_xliff(path)
    assert policy.find_block(block_id)[1].get("ar") == "نص جديد من المترجم"
    assert "1 segments updated" in window.transfer.last_message.text()
    window.transfer.last_message.close()
    window.undo_action.trigger()
    assert policy.find_block(block_id)[1].get("ar") == before


def test_a_hostile_xliff_changes_nothing_and_says_why(qtbot, window, tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    )
    assert not window.transfer.import_xliff(bad)
    box = window.transfer.last_message
    assert box.icon() == QMessageBox.Icon.Warning and "bad.xlf" in box.text()
    assert not window.undo.canUndo()


IMPORTED = (
    "Garden Club Privacy Notice\n\n"
    "What we keep\n\n"
    "We keep the names and phone numbers of members so we can call them about meetings.\n\n"
    "How long\n\n"
    "We delete a member's details one year after they leave the club.\n"
)


def test_import_a_text_file_through_the_preview(qtbot, window, workspace, tmp_path, monkeypatch):
    source = tmp_path / "garden.txt"
    source.write_text(IMPORTED, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = len(workspace.policies())
    window.import_action.trigger()
    dialog = window.findChild(ImportPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    # The user says the "How long" line is not a heading but a paragraph.
    row = next(r for r, found in enumerate(dialog.model.rows) if found.texts["en"] == "How long")
    dialog.select(row, "en")
    dialog.role_buttons[Role.PARAGRAPH].click()
    dialog.import_button.click()
    # Stored on the database worker; the activity log says so once it is.
    qtbot.waitUntil(lambda: not window.creating_label.isVisible(), timeout=10000)

    policy = window.session.policy
    assert policy.display_title() == "Garden Club Privacy Notice"
    assert [s.title("en") for s in policy.sections] == ["What we keep"]
    assert len(workspace.policies()) == before + 1
    # The log line is written on the database worker once the policy is stored.
    qtbot.waitUntil(lambda: bool(workspace.log_entries(policy.id)), timeout=10000)
    assert [e.action for e in workspace.log_entries(policy.id)][-1] == "import.document"
    assert window.policy_box.currentText() == "Garden Club Privacy Notice"
    assert (
        "1 sections" in window.transfer.last_message.text()
        or "1 section" in window.transfer.last_message.text()
    )


def test_an_unreadable_document_is_refused_and_nothing_written(qtbot, window, workspace, tmp_path):
    junk = tmp_path / "garbage.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    before = len(workspace.policies())
    assert window.transfer.import_document(junk) is None
    box = window.transfer.last_message
    assert box.icon() == QMessageBox.Icon.Warning and "garbage.txt" in box.text()
    assert len(workspace.policies()) == before


def test_interface_language_is_remembered_for_the_next_start(qtbot, window, settings):
    window.language_actions["ar"].trigger()
    assert ui_language(settings.store) == "ar"
    assert window.language_actions["ar"].isChecked()
    assert not window.language_actions["en"].isChecked()
    assert "العربية" in window.transfer.last_message.text()
    assert "next time" in window.transfer.last_message.text()


def test_the_translate_view_comes_back_at_the_next_start(qtbot, window, settings, variables):
    from policy_studio.ui.main_window import MainWindow

    window.translate_action.trigger()
    window.close()
    again = MainWindow(window.session, settings, variables)
    qtbot.addWidget(again)
    assert again.modes.currentWidget() is again.translate_view


def save_version_from_menu(qtbot, window, label: str) -> None:
    """File > Save version…: fill the dialog the way a user does, then Save."""
    from PySide6.QtCore import QTimer

    from policy_studio.ui.history_panel import SaveVersionDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveVersionDialog)
        dialog.label_edit.setText(label)
        dialog.note_edit.setPlainText("ready for the board")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.save_version_action.trigger()
    # Saved, then the list read again, on the database worker: the new version when read.
    panel = window.history.panel
    qtbot.waitUntil(lambda: not panel.busy and not panel.reading, timeout=5000)
    assert panel.selected_version() is not None and panel.selected_version().label == label


def test_save_version_compare_with_the_draft_and_restore(qtbot, window, workspace):
    from policy_studio.ops.sections import rename_section

    policy = window.session.policy
    save_version_from_menu(qtbot, window, "1.0")
    [saved] = workspace.versions(policy.id)
    assert (saved.label, saved.note) == ("1.0", "ready for the board")

    first = policy.sections[0]
    old_title = first.title("en")
    window.apply_edit(rename_section(policy, first.id, "en", "Talk to our team"))
    window.compare_action.trigger()
    view = window.compare_view
    view.wait_for_comparison()  # computed off the UI thread
    assert window.modes.currentWidget() is view
    assert view.old_box.currentText() == "Version 1 (1.0)"
    assert view.new_box.currentText() == "Current draft"
    assert view.diff.change_count() >= 1
    shown = view.diff.browser.toPlainText()
    # Inline redline: the old words struck through beside the new ones.
    assert "Talk to our team" in shown and old_title.rsplit(" ", 1)[0] in shown

    panel = window.history.panel
    panel.select_number(1)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert policy.sections[0].title("en") == old_title
    window.undo_action.trigger()  # restoring is one undoable step
    assert policy.sections[0].title("en") == "Talk to our team"


def test_history_opens_a_version_read_only_and_marks_it_approved(qtbot, window, workspace):
    from policy_studio.ui.history_panel import VersionViewer

    policy = window.session.policy
    save_version_from_menu(qtbot, window, "2.0")
    panel = window.history.panel
    panel.select_number(1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    viewer = panel.findChild(VersionViewer)
    assert viewer is not None and viewer.isVisible()
    viewer.close()
    asked = []
    panel.confirm_approval = lambda version, blockers: asked.append(blockers) or False
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    # Checked on the database worker; the starter policy has blockers: the approver is
    # asked, and Cancel approves nothing.
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0] and not panel.busy and not workspace.version(policy.id, 1).approved
    assert not panel.status_label.isVisible() and panel.approve_button.isEnabled()
    panel.confirm_approval = lambda version, blockers: True
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy and not panel.reading, timeout=5000)
    assert workspace.version(policy.id, 1).approved
    assert panel.tree.topLevelItem(0).text(4).startswith("approved by ")


def test_compare_button_in_history_shows_the_version_against_the_draft(qtbot, window):
    save_version_from_menu(qtbot, window, "3.0")
    panel = window.history.panel
    panel.select_number(1)
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    assert window.modes.currentWidget() is window.compare_view
    window.compare_view.wait_for_comparison()
    assert window.compare_view.diff.change_count() == 0  # nothing edited since


def test_a_policy_without_translation_says_how_to_add_one(qtbot, window):
    from policy_studio.ops.policy_edits import set_properties

    policy = window.session.policy
    window.apply_edit(set_properties(policy, target_languages=[]))
    window.translate_action.trigger()
    view = window.translate_view
    assert view.grid is None and view.empty.isVisible()
    window.undo_action.trigger()  # Arabic is a target again: the grid comes back
    assert view.pair() == ("en", "ar") and view.grid is not None


def test_choosing_a_section_in_the_outline_jumps_the_grid_to_it(qtbot, window):
    grid = open_translate(window)
    second = window.session.policy.sections[1]
    window.outline.select(second.id)
    assert grid.model.block_at(grid.current_row()).id == second.heading.id


ARABIC_FILE = (
    "إشعار خصوصية نادي الحديقة\n\n"
    "ما نحتفظ به\n\n"
    "نحتفظ بأسماء الأعضاء وأرقام هواتفهم لنتصل بهم بشأن الاجتماعات.\n\n"
    "المدة\n\n"
    "نحذف بيانات العضو بعد سنة من مغادرته النادي.\n"
)


def test_import_with_a_second_file_as_the_arabic_translation(qtbot, window, tmp_path):
    english = tmp_path / "garden.txt"
    english.write_text(IMPORTED, encoding="utf-8")
    arabic = tmp_path / "garden-ar.txt"
    arabic.write_text(ARABIC_FILE, encoding="utf-8")
    dialog = window.transfer.import_document(english, translation=("ar", arabic))
    dialog.import_button.click()
    policy = window.session.policy
    assert policy.languages == ["en", "ar"]
    assert [s.title("ar") for s in policy.sections] == ["ما نحتفظ به", "المدة"]


def test_text_in_an_open_cell_is_saved_without_closing_it(qtbot, window, workspace):
    """A translator typing a long segment loses at most a second of it if the app dies."""
    grid = open_translate(window)
    policy = window.session.policy
    row = 1
    block = grid.model.block_at(row)
    before = block.get("ar")
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    editor.selectAll()
    type_text(editor, "نص قيد")
    qtbot.waitUntil(lambda: block.get("ar") == "نص قيد", timeout=2000)
    type_text(editor, " الكتابة")
    qtbot.waitUntil(lambda: block.get("ar") == "نص قيد الكتابة", timeout=2000)
    assert grid.editor() is editor and editor.toPlainText() == "نص قيد الكتابة"
    qtbot.waitUntil(lambda: not window.session.dirty, timeout=3000)
    assert workspace.policy(policy.id).find_block(block.id)[1].get("ar") == "نص قيد الكتابة"
    window.undo_action.trigger()  # the whole typing is one step
    assert block.get("ar") == before


def test_a_pending_compare_refresh_after_the_workspace_closed_does_nothing(qtbot, window):
    """A refresh timer that outlives its workspace must not touch the closed database."""
    from policy_studio.ops.policy_edits import set_variable

    save_version_from_menu(qtbot, window, "2.0")
    window.set_mode(2)  # Compare, so that an edit schedules a refresh
    assert window.compare_view.isVisible()
    # The versions are listed and compared off the UI thread: wait until they are on screen.
    qtbot.waitUntil(lambda: not window.compare_view.comparing(), timeout=10000)
    window.apply_edit(set_variable(window.session.policy, "contact_email", "en", "a@b.example"))
    assert window.compare_view._timer.isActive()
    window.session.flush()  # the edit is on disk; only the comparison's refresh is pending
    window.session.workspace.close()
    qtbot.wait(450)  # past the refresh interval: pytest-qt fails the test on any slot error
    assert window.compare_view.diff.isVisible()
