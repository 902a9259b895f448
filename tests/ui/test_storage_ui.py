"""What the user sees when saving fails or someone else changed the same text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QRadioButton, QTextEdit

from policy_studio.ops.policy_edits import set_variable
from policy_studio.ops.text_edits import set_block_text
from policy_studio.storage import Workspace
from policy_studio.ui.conflict_dialog import ConflictDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _answer_box(button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(50, answer)


def test_closing_with_unsaved_edits_asks_quit_anyway_with_the_reason(qtbot, window):
    window.session.workspace._conn.execute("PRAGMA query_only=1")
    window.session._writer_store()._conn.execute("PRAGMA query_only=1")  # the saving worker's
    window.apply_edit(set_variable(window.session.policy, "minimum_age", "en", "16"))
    assert not window.session.flush()
    assert "Not saved" in window.save_state.text()
    assert "kept in this window" in window.save_state.text()
    seen: list[str] = []
    _answer_box("Cancel", seen)
    window.close()
    assert window.isVisible()  # cancelled: the edits are still there to rescue
    assert "not saved" in seen[0] and "read-only" in seen[0] and "Quit anyway?" in seen[0]
    _answer_box("Quit anyway", seen)
    window.close()
    assert not window.isVisible()


def test_a_conflict_shows_both_texts_and_needs_a_choice(qtbot, window):
    session = window.session
    block = session.policy.sections[0].blocks[0]
    with Workspace.open(session.workspace.path) as other:
        theirs = other.policy(session.policy.id)
        theirs.sections[0].blocks[0].set_text("en", "Their words.")
        other.save_policy(theirs)
    window.apply_edit(set_block_text(session.policy, block.id, "en", "My words."))
    found: list[tuple] = []
    session.conflicts_found.disconnect(window._resolve_conflicts)
    session.conflicts_found.connect(found.append)
    assert not session.flush()
    qtbot.waitUntil(lambda: bool(found), timeout=1000)  # asked after the wait, never inside
    dialog = ConflictDialog(found[0], session.policy, window)
    qtbot.addWidget(dialog)
    texts = {t.objectName(): t.toPlainText() for t in dialog.findChildren(QTextEdit)}
    assert texts == {"theirs_text": "Their words.", "mine_text": "My words."}
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()  # nothing is chosen for the user
    keep = next(b for b in dialog.findChildren(QRadioButton) if b.text() == "Keep mine")
    keep.click()
    assert ok.isEnabled()
    assert dialog.choices() == {found[0][0].key: True}
    session.resolve(found[0][0].key, keep_mine=True)
    assert not session.dirty and session.last_error == ""
    with Workspace.open(session.workspace.path) as other:
        assert other.policy(session.policy.id).sections[0].blocks[0].get("en") == "My words."


def test_a_change_saved_elsewhere_shows_in_the_open_window(qtbot, window):
    session = window.session
    window.outline.select(session.policy.sections[0].id)
    with Workspace.open(session.workspace.path) as other:
        theirs = other.policy(session.policy.id)
        theirs.sections[0].blocks[0].set_text("en", "Written by a colleague.")
        other.save_policy(theirs)
    assert session.check_outside_changes()
    assert "Written by a colleague." in window.editor.text.toPlainText()
    assert "saved elsewhere" in window.statusBar().currentMessage()
    # and an edit made afterwards in the window keeps the colleague's text on disk
    window.apply_edit(set_variable(session.policy, "minimum_age", "en", "16"))
    assert session.flush()
    with Workspace.open(session.workspace.path) as other:
        stored = other.policy(session.policy.id)
    assert stored.sections[0].blocks[0].get("en") == "Written by a colleague."
    assert stored.variables["minimum_age"] == {"en": "16"}
