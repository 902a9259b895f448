"""The real main window driven like a user: insert, reorder, edit, fill, undo/redo, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from policy_studio.ops.policy_edits import set_variable
from policy_studio.storage import Workspace
from policy_studio.ui.models.outline_model import ROLE_LINKED

# The offscreen platform cannot resize native windows for dock widgets; harmless, Qt-internal.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def keys(window):
    return [s.clause.key if s.clause else None for s in window.session.policy.sections]


def saved_policy(window):
    with Workspace.open(window.session.workspace.path) as other:
        return other.policy(window.session.policy.id)


def test_window_shows_library_outline_editor_and_variables(window):
    assert window.library_panel.results.count() == 3
    assert window.outline.model.rowCount() == 2
    assert window.outline.model.index(0).data().startswith("1. Reaching the team")
    assert window.outline.model.index(0).data(ROLE_LINKED) is True
    assert "Write to" in window.editor.text.toPlainText()
    assert "{{" not in window.editor.text.toPlainText()  # variables shown as labels
    assert "Contact e-mail" in window.editor.text.toPlainText()
    assert window.variables_panel.table.rowCount() == 3


def test_insert_clause_from_search_then_undo_redo(window, qtbot, settled):
    panel = window.library_panel
    QTest.keyClicks(panel.search, "young")
    settled(panel)
    assert panel.results.count() == 1
    panel.results.setCurrentRow(0)
    settled(panel)
    panel.insert_button.click()
    assert keys(window) == ["t-contact", "t-young", "t-keeping"]  # after the selected section
    assert window.outline.model.index(1).data().startswith("2. Young users")
    assert window.undo_action.text() == "Undo Insert “Young users”"
    window.undo_action.trigger()
    assert keys(window) == ["t-contact", "t-keeping"]
    window.redo_action.trigger()
    assert keys(window) == ["t-contact", "t-young", "t-keeping"]
    assert window.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: len(saved_policy(window).sections) == 3, timeout=1500)
    qtbot.waitUntil(lambda: window.save_state.text() == "All changes saved", timeout=500)


def test_arabic_search_finds_the_clause(window, settled):
    panel = window.library_panel
    panel.search.setText("الفواتير")
    settled(panel)
    assert [panel.results.item(i).data(Qt.UserRole) for i in range(panel.results.count())] == [
        "t-keeping"
    ]


def test_insert_chosen_variant_by_double_click(window, settled):
    panel = window.library_panel
    panel.search.setText("records")
    settled(panel).results.setCurrentRow(0)
    settled(panel)
    panel.variant_box.setCurrentIndex(panel.variant_box.findData("by-need"))
    item = panel.results.item(0)
    rect = panel.results.visualItemRect(item)
    # A real double-click is press, release, then the double-click event on the same item.
    QTest.mouseClick(panel.results.viewport(), Qt.LeftButton, pos=rect.center())
    QTest.mouseDClick(panel.results.viewport(), Qt.LeftButton, pos=rect.center())
    assert len(window.session.policy.sections) == 3
    inserted = window.session.policy.sections[1]
    assert inserted.clause.variant == "by-need"
    assert "while a task needs them" in window.editor.text.toPlainText()


def test_reorder_with_alt_down_and_undo(window, qtbot):
    window.outline.select(window.session.policy.sections[0].id)
    window.outline.view.setFocus()
    QTest.keyClick(window.outline.view, Qt.Key_Down, Qt.AltModifier)
    assert keys(window) == ["t-keeping", "t-contact"]
    assert window.outline.model.index(1).data().startswith("2. Reaching the team")
    assert window.undo_action.text() == "Undo Move section"
    window.undo_action.trigger()
    assert keys(window) == ["t-contact", "t-keeping"]
    window.redo_action.trigger()
    assert keys(window) == ["t-keeping", "t-contact"]


def test_drop_section_and_clause_on_the_outline(window, settled):
    model = window.outline.model
    policy = window.session.policy
    mime = model.mimeData([model.index(0)])
    model.dropMimeData(mime, Qt.MoveAction, 2, 0, model.index(-1))
    assert keys(window) == ["t-keeping", "t-contact"]
    window.library_panel.search.setText("young")
    settled(window.library_panel).results.setCurrentRow(0)
    clause_mime = window.library_panel.results.mimeData([window.library_panel.results.item(0)])
    model.dropMimeData(clause_mime, Qt.CopyAction, 0, 0, model.index(-1))
    assert keys(window) == ["t-young", "t-keeping", "t-contact"]
    assert len(policy.sections) == 3


def test_edit_text_keeps_block_ids_and_undoes(window, qtbot):
    section = window.session.policy.sections[0]
    block_id = section.blocks[0].id
    editor = window.editor
    editor.text.setFocus()
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    QTest.keyClicks(editor.text, " Thanks.")
    qtbot.waitUntil(lambda: section.blocks[0].get("en").endswith("Thanks."), timeout=1000)
    assert section.blocks[0].id == block_id
    assert section.blocks[0].get("en") == (
        "Write to {{contact_email}} and **{{organization}}** will reply. Thanks."
    )
    assert section.blocks[0].is_stale("ar", "en")
    QTest.keyClick(editor.text, Qt.Key_Return)
    QTest.keyClicks(editor.text, "A new paragraph.")
    qtbot.waitUntil(lambda: len(section.blocks) == 2, timeout=1000)
    assert section.blocks[0].id == block_id and section.blocks[1].id != block_id
    # Typing in one section is one undo step, named after the action.
    assert window.undo_action.text() == "Undo Edit text"
    window.undo_action.trigger()
    assert (
        section.blocks[0].get("en")
        == "Write to {{contact_email}} and **{{organization}}** will reply."
    )
    assert len(section.blocks) == 1
    assert editor.text.toPlainText().endswith("will reply.")
    window.redo_action.trigger()
    assert len(section.blocks) == 2

    def on_disk() -> None:
        assert [b.get("en") for b in saved_policy(window).sections[0].blocks][1:] == [
            "A new paragraph."
        ]

    qtbot.waitUntil(on_disk, timeout=1500)


def test_bold_and_bullet_from_the_toolbar(window, qtbot):
    section = window.session.policy.sections[1]
    window.outline.select(section.id)
    editor = window.editor
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.Start)
    cursor.movePosition(QTextCursor.NextWord, QTextCursor.KeepAnchor)
    editor.text.setTextCursor(cursor)
    editor.bold_action.trigger()
    editor.set_kind(editor.kind_box.itemData(2))  # bullet item
    editor.commit()
    assert section.blocks[0].get("en").startswith("**Records**")
    assert section.blocks[0].kind.value == "bullet"


def test_insert_variable_shows_a_label_and_stores_braces(window):
    editor = window.editor
    section = window.session.policy.sections[0]
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    editor.insert_variable("retention_period")
    QTest.keyClicks(editor.text, " ok")
    editor.commit()
    assert section.blocks[0].get("en").endswith("reply.{{retention_period}} ok")
    assert "Retention period ok" in editor.text.toPlainText()


def test_arabic_editing_is_right_to_left(window):
    editor = window.editor
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    assert editor.text.document().defaultTextOption().textDirection() == Qt.RightToLeft
    assert editor.text.document().begin().blockFormat().layoutDirection() == Qt.RightToLeft
    assert "راسلنا" in editor.text.toPlainText()


def test_fill_variable_updates_preview_and_undoes(window, qtbot):
    panel = window.variables_panel
    row = next(
        r
        for r in range(panel.table.rowCount())
        if panel.table.item(r, 0).data(Qt.UserRole) == "contact_email"
    )
    assert panel.table.item(row, 0).text().startswith("⚠")
    panel.set_value("contact_email", "en", "privacy@clinic.example")
    assert window.session.policy.variables["contact_email"] == {"en": "privacy@clinic.example"}
    qtbot.waitUntil(lambda: not panel.table.item(row, 0).text().startswith("⚠"), timeout=500)
    qtbot.waitUntil(lambda: "privacy@clinic.example" in window.preview.toPlainText(), timeout=1000)
    assert window.undo_action.text() == "Undo Set contact_email"
    window.undo_action.trigger()
    assert "contact_email" not in window.session.policy.variables
    qtbot.waitUntil(lambda: "[contact_email]" in window.preview.toPlainText(), timeout=1000)
    window.redo_action.trigger()
    assert panel.table.item(row, 1).text() == "privacy@clinic.example"


def test_reopen_finds_everything_and_layout_is_restored(
    window, qtbot, settings, variables, workspace
):
    from policy_studio.app.session import Session
    from policy_studio.ui.main_window import MainWindow

    window.variables_panel.set_value("retention_period", "en", "two years")
    window.outline.select(window.session.policy.sections[1].id)
    window.outline.view.setFocus()
    QTest.keyClick(window.outline.view, Qt.Key_Up, Qt.AltModifier)
    window.docks["preview"].hide()
    policy_id = window.session.policy.id
    window.close()
    path = workspace.path
    with Workspace.open(path) as again:
        policy = again.policy(policy_id)
    assert [s.clause.key for s in policy.sections] == ["t-keeping", "t-contact"]
    assert policy.variables["retention_period"] == {"en": "two years"}
    assert settings.last_policy(path) == policy_id

    reopened_ws = Workspace.open(path)
    session = Session(reopened_ws)
    session.policy = reopened_ws.policy(settings.last_policy(path))
    second = MainWindow(session, settings, variables)
    qtbot.addWidget(second)
    second.show()
    assert second.docks["preview"].isHidden()
    assert [s.clause.key for s in second.session.policy.sections] == ["t-keeping", "t-contact"]
    assert str(path.resolve()) in [str(p) for p in settings.recent_workspaces()]
    second.close()


def test_preview_shows_the_selected_section_arabic_right_to_left(window, qtbot):
    policy = window.session.policy
    window.apply_edit(set_variable(policy, "organization", "ar", "نادي الميناء"))
    window.outline.select(policy.sections[0].id)
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("ar"))
    qtbot.waitUntil(lambda: "نادي الميناء" in window.preview.toPlainText(), timeout=1000)
    document = window.preview.document()
    text = document.toPlainText()
    # Digits follow the policy's one setting (Latin by default), as the export does.
    assert text.startswith("1. التواصل مع الفريق")
    assert "نادي الميناء" in text and "{{" not in text
    assert "الاحتفاظ" not in text  # only the selected section
    assert (
        document.findBlock(text.index("راسلنا")).blockFormat().layoutDirection() == Qt.RightToLeft
    )
    assert document.defaultTextOption().textDirection() == Qt.RightToLeft
    window.outline.select(policy.sections[1].id)
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("en"))
    qtbot.waitUntil(
        lambda: window.preview.toPlainText().startswith("2. Keeping records"), timeout=1000
    )
    assert "[retention_period]" in window.preview.toPlainText()  # unfilled: a visible placeholder


def test_status_filter_narrows_the_library(window, settled):
    panel = window.library_panel
    panel.status_box.setCurrentIndex(panel.status_box.findText("Draft"))
    settled(panel)
    keys_shown = [panel.results.item(i).data(Qt.UserRole) for i in range(panel.results.count())]
    assert keys_shown == ["t-young"]
    panel.tag_box.setCurrentIndex(panel.tag_box.findData("retention"))
    assert settled(panel).results.count() == 0
    panel.status_box.setCurrentIndex(0)
    assert settled(panel).results.count() == 1


def test_open_another_workspace_in_the_background(window, tmp_path, clauses, settled):
    from policy_studio.library.compose import policy_from_clauses

    other_path = tmp_path / "other.pstudio"
    with Workspace.create(other_path) as other:
        other.save_clause(clauses[2])
        other.save_policy(policy_from_clauses("Other policy", [(clauses[2], None)]))
    first_path = window.session.workspace.path
    window.variables_panel.set_value("contact_email", "en", "x@y.example")
    window.open_workspace(other_path)
    assert window.session.workspace.path == other_path
    assert window.session.policy.display_title() == "Other policy"
    assert settled(window.library_panel).results.count() == 1
    assert window.undo.count() == 0  # undo history belongs to the policy it edited
    assert "other.pstudio" in window.windowTitle()
    recent = [p.name for p in window.settings.recent_workspaces()]
    assert recent[:2] == ["other.pstudio", first_path.name]
    with Workspace.open(first_path) as first:  # the pending edit was saved before switching
        saved = [first.policy(s.id) for s in first.policies()][0]
    assert saved.variables["contact_email"] == {"en": "x@y.example"}


def test_delete_duplicate_rename_from_the_outline_keyboard(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    policy = window.session.policy
    window.outline.select(policy.sections[0].id)
    window.outline.view.setFocus()
    QTest.keyClick(window.outline.view, Qt.Key_D, Qt.ControlModifier)
    assert keys(window) == ["t-contact", "t-contact", "t-keeping"]
    assert window.undo_action.text() == "Undo Duplicate section"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Contact, again", True))
    QTest.keyClick(window.outline.view, Qt.Key_F2)
    assert policy.sections[0].title("en") == "Contact, again"
    assert window.outline.model.index(0).data() == "1. Contact, again"
    QTest.keyClick(window.outline.view, Qt.Key_Delete)
    assert keys(window) == ["t-contact", "t-keeping"]
    assert window.undo_action.text() == "Undo Remove section"
    # The section now in its place is selected and shown.
    assert window.outline.current_id() == policy.sections[0].id
    assert window.editor.section_id == policy.sections[0].id
    assert window.editor.title.text() == "Reaching the team"
    for _ in range(3):
        window.undo_action.trigger()
    assert keys(window) == ["t-contact", "t-keeping"]
    assert policy.sections[0].title("en") == "Reaching the team"


def test_new_policy_from_the_file_menu(window, monkeypatch, qtbot):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Staff notice", True))
    window.new_policy_action.trigger()
    assert window.session.policy.display_title() == "Staff notice"
    assert window.session.policy.languages == ["en", "ar"]
    assert window.policy_box.currentText() == "Staff notice"
    assert window.outline.model.rowCount() == 0
    window.library_panel.request_insert()
    assert len(window.session.policy.sections) == 1
    window.policy_box.setCurrentIndex(window.policy_box.findText("Test policy"))
    window.policy_box.activated.emit(window.policy_box.currentIndex())
    # Read on the database worker: meanwhile nothing of either policy is offered.
    assert window.opening is not None and not window.properties_action.isEnabled()
    with qtbot.waitSignal(window.policy_did_open, timeout=5000):
        pass
    assert window.session.policy.display_title() == "Test policy"
    assert window.properties_action.isEnabled()
    assert not window.undo.canUndo()


def test_ctrl_z_in_the_editor_uses_the_window_history(window):
    section = window.session.policy.sections[0]
    editor = window.editor
    editor.text.setFocus()
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    QTest.keyClicks(editor.text, " abc")  # not yet committed: Undo must still take it back
    QTest.keyClick(editor.text, Qt.Key_Z, Qt.ControlModifier)
    assert editor.text.toPlainText().endswith("will reply.")
    assert section.blocks[0].get("en").endswith("will reply.")
    assert window.redo_action.text() == "Redo Edit text"
    QTest.keyClick(editor.text, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert section.blocks[0].get("en").endswith("will reply. abc")
    assert editor.text.toPlainText().endswith("will reply. abc")


def test_variable_values_in_arabic_preview_are_isolated(window, qtbot):
    window.variables_panel.set_value("contact_email", "en", "help@clinic.example")
    window.outline.select(window.session.policy.sections[0].id)
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("ar"))
    qtbot.waitUntil(lambda: "help@clinic.example" in window.preview.toPlainText(), timeout=1000)
    # Isolated left-to-right, as the export isolates it (<bdi dir="ltr">): the layout decides.
    assert "\u2066help@clinic.example\u2069" in window.preview.toPlainText()
    stored = window.session.policy.variables["contact_email"]["en"]
    assert stored == "help@clinic.example"  # display only


def test_dropping_a_library_clause_on_the_outline_view_inserts_it_there(window, settled):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    panel = window.library_panel
    panel.search.setText("young")
    settled(panel).results.setCurrentRow(0)
    mime = panel.results.mimeData([panel.results.item(0)])
    view = window.outline.view
    # Drop on the upper half of the second row: "before section 2".
    rect = view.visualRect(window.outline.model.index(1))
    point = QPointF(rect.center().x(), rect.top() + 2)
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(
        viewport, QDropEvent(point, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    )
    assert keys(window) == ["t-contact", "t-young", "t-keeping"]
    assert window.undo_action.text() == "Undo Insert “Young users”"


def test_typing_a_value_into_the_variables_table_cell(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    panel = window.variables_panel
    table = panel.table
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == "contact_email"
    )
    col = window.session.policy.languages.index("ar") + 1
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.layoutDirection() == Qt.RightToLeft
    QTest.keyClicks(editor, "info@example.org")
    # Moving on commits the cell (offscreen, QTest's Return does not reach the delegate).
    table.setCurrentCell(row + 1, col)
    assert window.session.policy.variables["contact_email"] == {"ar": "info@example.org"}
    assert table.item(row, col).text() == "info@example.org"
    assert window.undo_action.text() == "Undo Set contact_email"


def test_another_engineers_panel_is_kept_in_step(window):
    from PySide6.QtWidgets import QLabel

    from policy_studio.ops.sections import move_section

    class CountingPanel(QLabel):
        def __init__(self) -> None:
            super().__init__()
            self.policies, self.changes = [], []

        def set_policy(self, policy) -> None:
            self.policies.append(policy)

        def changes_did_happen(self, changes) -> None:
            self.changes.append(changes)

    panel = CountingPanel()
    dock = window.add_panel("counting", "Counting", panel)
    assert window.docks["counting"] is dock and dock.objectName() == "counting_dock"
    assert panel.policies == [window.session.policy]
    window.apply_edit(move_section(window.session.policy, window.session.policy.sections[0].id, 1))
    window.undo_action.trigger()
    assert [c.structure for c in panel.changes] == [True, True]


def test_opening_a_bad_file_keeps_the_current_workspace(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    bad = tmp_path / "notes.pstudio"
    bad.write_text("just text")
    before = window.session.workspace.path
    window.open_workspace(bad)
    assert window.session.workspace.path == before
    assert "not a Policy Studio workspace" in shown[0] and "notes.pstudio" in shown[0]
    assert window.outline.model.rowCount() == 2  # still usable


def test_a_new_policy_the_workspace_did_not_take_stays_open_and_is_saved_later(
    qtbot, window, monkeypatch
):
    """The new policy's first save fails: one sentence names it and says it stays open; it is
    not lost, and the next attempt stores it."""
    from PySide6.QtWidgets import QInputDialog

    from policy_studio.app import session as session_module
    from policy_studio.model import PolicyStudioError

    workspace = window.session.workspace
    store_type = type(workspace)
    real_write = store_type.write_save
    refusals = [PolicyStudioError("the disk is full")]

    def write_once_refused(self, prepared):
        if refusals and prepared.title == "Visitor notice":
            raise refusals.pop()
        return real_write(self, prepared)

    monkeypatch.setattr(store_type, "write_save", write_once_refused)
    monkeypatch.setattr(session_module, "RETRY_MS", 300)
    window.session._retry_ms = 300
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Visitor notice", True))
    window.new_policy_action.trigger()
    label = window.creating_label
    qtbot.waitUntil(lambda: "was not saved" in label.text(), timeout=5000)
    assert label.isVisible() and label.text() == (
        "The new policy “Visitor notice” was not saved: the disk is full; it stays open here "
        "and is saved when the database answers."
    )
    assert window.session.policy.display_title() == "Visitor notice"
    assert not window.new_policy_action.isEnabled()
    qtbot.waitUntil(lambda: window.new_policy_action.isEnabled(), timeout=5000)
    assert not label.isVisible()
    assert window.statusBar().currentMessage() == "Created “Visitor notice”"
    assert "Visitor notice" in [s.title for s in workspace.policies()]
