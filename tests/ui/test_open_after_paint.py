"""Start-up paints the window first and reads the policy after (issue 19, speed): meanwhile the
window says which policy it is opening and nothing that edits it is enabled."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QLabel

from policy_studio.app.session import Session
from policy_studio.library.compose import policy_from_clauses

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_window_paints_opening_then_shows_the_policy(
    qtbot, workspace, clauses, settings, variables
):
    from policy_studio.ui.main_window import MainWindow

    other = policy_from_clauses("First policy", [(clauses[2], None)], target_languages=["ar"])
    wanted = policy_from_clauses(
        "Opened policy", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    workspace.save_policy(other)
    workspace.save_policy(wanted)
    session = Session(workspace)  # as at start-up: no policy read yet
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window._listing_policies)  # the list asked for at construction
    window.open_after_paint(wanted.id)
    # Before the policy is read: the window says what it is opening; nothing edits it.
    assert window.opening == wanted.id and session.policy is None
    assert window.opening_label.text() == "Opening “Opened policy”…"
    assert window.opening_label.isVisible() and window.opening_bar.isVisible()
    assert not window.modes.isEnabled()
    assert not window.outline.isEnabled()
    assert not window.variables_panel.isEnabled()
    assert not window.library_panel.insert_button.isEnabled()
    assert window.outline.model.rowCount() == 0
    # The pointer resting on a held widget: Qt shows its status tip as the status bar's message.
    QApplication.sendEvent(window.outline, QStatusTipEvent(window.outline.statusTip()))
    assert window.statusBar().currentMessage() == "Opening “Opened policy”…"

    with qtbot.waitSignal(window.policy_did_open, timeout=10000):
        qtbot.waitExposed(window)
    assert window.opening is None and session.policy.id == wanted.id
    assert window.modes.isEnabled() and window.outline.isEnabled()
    assert window.outline.model.rowCount() == 2
    assert window.outline.model.index(0).data().startswith("1. Reaching the team")
    assert "Write to" in window.editor.text.toPlainText()
    assert window.library_panel.insert_button.isEnabled()
    shown = [w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisible()]
    assert not [text for text in shown if text.startswith("Opening")]
    assert window.statusBar().currentMessage() == ""  # it was still "Opening …" in the app
    window.close()


def test_an_unknown_last_policy_opens_the_first_one(qtbot, workspace, clauses, settings, variables):
    from policy_studio.ui.main_window import MainWindow

    first = policy_from_clauses("First policy", [(clauses[2], None)])
    workspace.save_policy(first)
    session = Session(workspace)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window._listing_policies)
    window.open_after_paint("no-such-policy")
    assert window.opening_label.text() == "Opening “First policy”…"
    qtbot.waitUntil(lambda: session.policy is not None, timeout=10000)
    assert session.policy.id == first.id
    window.close()


def test_the_policy_box_says_it_is_reading_the_list_until_it_is_read(
    qtbot, workspace, clauses, settings, variables
):
    """The list of policies is read on the database worker: until the answer the box holds
    the open policy and a line saying the list is being read, which cannot be chosen."""
    from policy_studio.ui.main_window import MainWindow

    shown = policy_from_clauses("Shown policy", [(clauses[0], None)], target_languages=["ar"])
    other = policy_from_clauses("Other policy", [(clauses[2], None)], target_languages=["ar"])
    workspace.save_policy(shown)
    workspace.save_policy(other)
    session = Session(workspace)
    session.policy = workspace.policy(shown.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    box = window.policy_box

    def lines() -> list[tuple[str, bool]]:
        return [(box.itemText(i), box.model().item(i).isEnabled()) for i in range(box.count())]

    assert lines() == [("Shown policy", True), ("Reading the list of policies…", False)]
    assert box.currentText() == "Shown policy"
    qtbot.waitUntil(lambda: box.count() == 2 and box.findText("Other policy") >= 0)
    assert sorted(lines()) == [("Other policy", True), ("Shown policy", True)]
    assert box.currentText() == "Shown policy"
    window.close()


def test_start_up_says_so_when_the_list_of_policies_cannot_be_read(
    qtbot, workspace, clauses, settings, variables, monkeypatch
):
    """The list of policies, read on the worker to choose what to open, could not be read:
    the status bar says so in one sentence and nothing stays held as if still opening."""
    from policy_studio.model import PolicyStudioError
    from policy_studio.ui.main_window import MainWindow

    workspace.save_policy(policy_from_clauses("Only policy", [(clauses[0], None)]))
    session = Session(workspace)

    def refused(_store):
        raise PolicyStudioError("the database server cannot be reached (timeout expired)")

    monkeypatch.setattr(type(workspace), "policies", refused)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    window.open_after_paint(None)
    with qtbot.waitSignal(window.policy_did_open, timeout=10000):
        pass
    sentence = (
        "The list of policies could not be read: the database server cannot be reached "
        "(timeout expired)"
    )
    assert window.statusBar().currentMessage() == sentence
    assert window.opening is None and session.policy is None
    shown = [w for w in window.statusBar().findChildren(QLabel) if w.isVisible()]
    assert not [w for w in shown if w.objectName() == "opening"]
    assert window.policy_box.itemText(window.policy_box.count() - 1) == sentence
    assert window.new_policy_action.isEnabled()  # nothing held as if a policy were coming
    window.close()


def test_start_up_before_the_list_is_read_says_it_is_reading_it(
    qtbot, workspace, clauses, settings, variables
):
    from policy_studio.ui.main_window import MainWindow

    wanted = policy_from_clauses("Wanted policy", [(clauses[1], None)])
    workspace.save_policy(policy_from_clauses("First policy", [(clauses[0], None)]))
    workspace.save_policy(wanted)
    session = Session(workspace)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    window.open_after_paint(wanted.id)  # the list asked for at construction is not in yet
    assert window.opening_label.text() == "Reading the list of policies…"
    assert not window.modes.isEnabled() and not window.outline.isEnabled()
    with qtbot.waitSignal(window.policy_did_open, timeout=10000):
        pass
    assert session.policy.id == wanted.id and window.opening is None
    assert window.policy_box.currentText() == "Wanted policy"
    assert window.modes.isEnabled()
    window.close()
