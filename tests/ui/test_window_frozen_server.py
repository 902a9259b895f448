"""Opening a policy and searching the library never hold the window (issue 17): both read on
the database worker. The server's processes are SIGSTOPped (to the client a dead network: the
connection open, no answer); the window's 20 ms timer keeps ticking, the window says what it
waits for, and the answer appears when the server answers. With the read on the window's
thread the call itself blocks until the watchdog thaws the server: these tests fail."""

from __future__ import annotations

import contextlib
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import ClauseStatus
from policy_studio.ops.policy_edits import set_properties
from policy_studio.storage.locate import create_store, open_store
from tests.event_loop import HELD, kept_ticking, ticks_while

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def team_window(qtbot, pg_cluster, clauses, variables, tmp_path, settled):
    """A window on a team workspace with three policies, the first one open, the library
    listed (nothing in flight when the server freezes)."""
    from policy_studio.ui.main_window import MainWindow

    location = pg_cluster.new_database()
    store = create_store(location)
    for clause in clauses:
        store.save_clause(clause)
    policies = [
        policy_from_clauses("Staff notice", [(clauses[0], None)], target_languages=["ar"]),
        policy_from_clauses(
            "Customer notice", [(clauses[1], None), (clauses[2], None)], target_languages=["ar"]
        ),
        policy_from_clauses("Supplier notice", [(clauses[2], None)], target_languages=["ar"]),
    ]
    for policy in policies:
        store.save_policy(policy)
    store.close()
    settings = AppSettings(QSettings(str(tmp_path / "amina.ini"), QSettings.IniFormat))
    settings.set_user_name("Amina")
    workspace = open_store(location)
    session = Session(workspace, watch_ms=0)
    session.policy = workspace.policy(policies[0].id)
    window = MainWindow(session, settings, variables)
    window.ask_about_conflicts = lambda conflicts: {c.key: False for c in conflicts}
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settled(window.library_panel)
    yield window, policies
    window.close()
    workspace.close()


def _merged(qtbot, window) -> None:
    """A change written just before the server freezes (a log line, a version, a word) is
    merged first, so the read under test is the only one the freeze catches. (Before the
    outline's marks moved to the worker, the server's notice of such a change landing during
    the freeze re-read them on the window's thread and held it: 1 run in 3.)"""
    window.session.check_outside_changes()
    qtbot.wait(100)


def _choose(window, policy) -> float:
    """Pick ``policy`` in the policy box as a person does; how long the pick took."""
    box = window.policy_box
    index = box.findData(policy.id)
    assert index >= 0
    start = time.monotonic()
    box.setCurrentIndex(index)
    box.activated.emit(index)
    return time.monotonic() - start


def _opening_text(window) -> str:
    shown = [w for w in window.statusBar().findChildren(QLabel) if w.objectName() == "opening"]
    return shown[0].text() if shown and shown[0].isVisible() else ""


def test_opening_a_policy_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    window, policies = team_window
    _staff, customers, suppliers = policies
    window.variables_panel.set_value("contact_email", "en", "team@example.org")
    assert window.undo_action.isEnabled()  # an edit to undo in the policy open now
    assert window.session.flush()
    with pg_cluster.frozen(longest=6.0):
        assert _choose(window, customers) < HELD  # the read went to the worker
        # The window says what it opens; nothing of either policy is shown or offered.
        assert _opening_text(window) == "Opening “Customer notice”…"
        assert window.session.policy is None
        assert window.outline.model.rowCount() == 0
        assert window.editor.text.toPlainText() == ""
        assert not window.translate_view.empty.isVisible()  # no "no translation yet"
        for target in (window.modes, window.properties_action, window.export_action):
            assert not target.isEnabled()
            assert "Opening “Customer notice”" in target.toolTip()
        # Changed their mind: the first answer is dropped when it comes.
        assert _choose(window, suppliers) < HELD
        assert _opening_text(window) == "Opening “Supplier notice”…"
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert window.session.policy is None and window.opening == suppliers.id
    with qtbot.waitSignal(window.policy_did_open, timeout=15000):
        pass
    assert window.session.policy.id == suppliers.id
    assert window.policy_box.currentText() == "Supplier notice"
    assert window.outline.model.rowCount() == 1
    assert window.modes.isEnabled() and window.properties_action.isEnabled()
    assert "Opening" not in window.properties_action.toolTip()
    # What follows the selection and the history is what it is now, not before the opening.
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.outline.current_id() == suppliers.sections[0].id
    assert window.outline.remove_action.isEnabled()
    assert not window.outline.move_down_action.isEnabled()  # its only section
    assert _opening_text(window) == ""
    qtbot.wait(300)  # the dropped answer, had it been taken late, would show now
    assert window.session.policy.id == suppliers.id


def test_a_policy_that_cannot_be_read_leaves_the_one_before_open(qtbot, team_window):
    """The policy was deleted by someone else after the list was read: the window says so and
    shows the policy it had open, as it was."""
    window, policies = team_window
    staff, customers, _suppliers = policies
    with open_store(window.session.workspace.location) as other:
        other.delete_policy(customers.id)
    _choose(window, customers)
    with qtbot.waitSignal(window.policy_did_open, timeout=10000):
        pass
    assert window.session.policy.id == staff.id
    assert window.policy_box.currentText() == "Staff notice"
    assert window.outline.model.rowCount() == 1 and window.modes.isEnabled()
    assert "could not be opened" in window.statusBar().currentMessage()


def test_a_library_search_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window, settled
):
    window, _policies = team_window
    panel = window.library_panel
    assert panel.results.count() == 3
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        QTest.keyClicks(panel.search, "young")  # five searches asked: the last one counts
        assert time.monotonic() - start < HELD
        assert panel.searching and panel.status_label.text() == "Searching…"
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert panel.searching and panel.search.text() == "young"
    settled(panel, timeout=15000)
    shown = [panel.results.item(i).data(0x0100) for i in range(panel.results.count())]
    assert shown == ["t-young"]
    assert panel.status_label.text() == "1 clause(s)"
    assert panel.current_clause() is not None and panel.current_clause().key == "t-young"
    assert panel.insert_button.isEnabled()


def test_the_versions_list_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    """Showing History reads the open policy's versions on the worker: the panel says
    "Reading versions…", lists nothing and acts on no version until the answer."""
    window, policies = team_window
    staff = policies[0]
    window.session.workspace.save_version(window.session.policy, "1.0", author="Amina")
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.docks["history"].show()
        panel = window.history.panel
        assert time.monotonic() - start < HELD  # the read went to the worker
        qtbot.wait(100)  # the dock lays the new panel out
        assert panel.reading
        assert panel.isVisible() and panel.status_label.isVisible()
        assert panel.status_label.text() == "Reading versions…"
        assert panel.tree.topLevelItemCount() == 0  # no list nobody read
        for button in (panel.open_button, panel.restore_button, panel.approve_button):
            assert not button.isEnabled()
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert panel.reading and panel.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: not panel.reading, timeout=15000)
    assert not panel.status_label.isVisible()
    assert [panel.tree.topLevelItem(0).text(c) for c in (0, 1, 3)] == ["1", "1.0", "Amina"]
    panel.select_number(1)
    assert panel.selected_version().snapshot.id == staff.id
    assert panel.restore_button.isEnabled() and panel.open_button.isEnabled()


def test_the_readiness_check_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    """The sign-off check reads the library, versions and findings: it runs on the worker on
    a copy of the policy. Until the answer the panel says "Checking…" and shows no verdict;
    an edit made meanwhile makes that answer old, and the text as it is then is checked."""
    window, _policies = team_window
    window.docks["readiness"].show()
    panel = window.readiness
    qtbot.waitUntil(lambda: panel.verdict is not None and not panel.checking, timeout=10000)

    def unfilled() -> list[str]:
        return [b.message for b in panel.verdict.blockers if b.kind.value == "unfilled-variable"]

    assert any("contact_email" in m for m in unfilled())
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        panel.refresh_button.click()
        assert time.monotonic() - start < HELD  # the check went to the worker
        assert panel.checking and panel.verdict is None
        assert panel.verdict_label.text() == "Checking…"
        assert panel.shown_groups() == []  # no verdict nobody checked
        window.variables_panel.set_value("contact_email", "en", "team@example.org")
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert panel.checking and panel.verdict_label.text() == "Checking…"
    qtbot.waitUntil(lambda: not panel.checking and panel.verdict is not None, timeout=15000)
    assert panel.verdict_label.text().startswith("Not ready for sign-off (blockers: ")
    assert not any("contact_email" in m for m in unfilled())  # the text as it is now
    assert panel.shown_groups()


def _listed(window) -> list[tuple[str, bool]]:
    """The policy box's lines as a person sees them, and whether each can be chosen."""
    box, model = window.policy_box, window.policy_box.model()
    return [(box.itemText(i), model.item(i).isEnabled()) for i in range(box.count())]


def test_the_list_of_policies_after_a_new_policy_never_holds_the_window(
    qtbot, pg_cluster, team_window, monkeypatch
):
    """The new policy is written (a save, before the server freezes); the list of policies is
    then read again on the worker: the window ticks, the box shows the list as read before
    and the new policy, and the new list when the server answers."""
    from PySide6.QtWidgets import QInputDialog

    window, _policies = team_window
    qtbot.waitUntil(lambda: not window._listing_policies, timeout=5000)
    before = _listed(window)
    assert sorted(before) == [
        ("Customer notice", True),
        ("Staff notice", True),
        ("Supplier notice", True),
    ]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Visitor notice", True))
    freeze = contextlib.ExitStack()
    # The server freezes as soon as the new policy is stored, before the list is read again.
    window.session.policy_did_load.connect(
        lambda: freeze.enter_context(pg_cluster.frozen(longest=6.0))
    )
    with freeze:
        start = time.monotonic()
        window.new_policy_action.trigger()
        assert time.monotonic() - start < HELD  # the list went to the worker
        assert window.session.policy.display_title() == "Visitor notice"
        assert window.policy_box.currentText() == "Visitor notice"
        assert _listed(window) == [*before, ("Visitor notice", True)]
        assert kept_ticking(ticks_while(qtbot, 1500))
    qtbot.waitUntil(lambda: window.policy_box.count() == 4 and not window._listing_policies)
    assert sorted(text for text, _ in _listed(window)) == [
        "Customer notice",
        "Staff notice",
        "Supplier notice",
        "Visitor notice",
    ]
    assert window.policy_box.currentText() == "Visitor notice"


def test_the_activity_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    """History's Activity tab reads the audit log on the worker: until the answer it says
    "Reading the activity…" and lists nothing nobody read; an answer for a policy no longer
    open is dropped, and the policy opened meanwhile shows its own lines."""
    window, policies = team_window
    staff, customers, _suppliers = policies
    workspace = window.session.workspace
    workspace.append_log("Baraka", "version.save", policy_id=staff.id, target="1", detail={})
    workspace.append_log("Neema", "export.docx", policy_id=customers.id, target="", detail={})
    window.docks["history"].show()
    panel = window.history.panel
    qtbot.waitUntil(lambda: not panel.reading, timeout=10000)
    _merged(qtbot, window)
    activity = panel.activity
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        panel.tabs.setCurrentWidget(activity)
        assert time.monotonic() - start < HELD  # the read went to the worker
        qtbot.wait(100)
        assert activity.reading and activity.status_label.isVisible()
        assert activity.status_label.text() == "Reading the activity…"
        assert activity.visible_rows() == []  # no line nobody read
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert activity.reading, activity.status_label.text()
        assert activity.visible_rows() == []
    qtbot.waitUntil(lambda: not activity.reading, timeout=15000)
    assert not activity.status_label.isVisible()
    assert [r[1:4] for r in activity.visible_rows()] == [["Baraka", "version.save", "1"]]

    # Another policy opened while its read is in flight: that answer is dropped.
    with pg_cluster.frozen(longest=6.0):
        activity.reload()
        assert activity.reading
        _choose(window, customers)
        assert kept_ticking(ticks_while(qtbot, 1000))
    with qtbot.waitSignal(window.policy_did_open, timeout=15000):
        pass
    qtbot.wait(300)  # the dropped answer, had it been taken, would land now
    assert activity.closed and activity.reading  # never answered: the panel was dropped
    panel = window.history.panel
    assert panel.activity is not activity
    panel.tabs.setCurrentWidget(panel.activity)
    qtbot.waitUntil(lambda: not panel.activity.reading, timeout=10000)
    assert [r[1:3] for r in panel.activity.visible_rows()] == [["Neema", "export.docx"]]


def test_saving_and_approving_a_version_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    """Save version, the sign-off check and the approval are written on the worker: until the
    server answers the History panel says what it waits for, its buttons are off, and neither
    the new version nor "approved" is shown before the server has it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from policy_studio.ui.history_panel import SaveVersionDialog

    window, _policies = team_window
    window.docks["history"].show()
    panel = window.history.panel
    qtbot.waitUntil(lambda: not panel.reading, timeout=10000)
    assert panel.tree.topLevelItemCount() == 0

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveVersionDialog)
        dialog.label_edit.setText("1.0")
        dialog.accept()

    def waiting_for(text: str) -> None:
        assert panel.busy and panel.status_label.isVisible()
        assert panel.status_label.text() == text
        for button in (panel.save_button, panel.approve_button, panel.restore_button):
            assert not button.isEnabled()

    with pg_cluster.frozen(longest=6.0):
        QTimer.singleShot(0, fill)
        start = time.monotonic()
        window.save_version_action.trigger()
        assert time.monotonic() - start < HELD  # written on the worker
        waiting_for("Saving version…")
        assert kept_ticking(ticks_while(qtbot, 1500))
        waiting_for("Saving version…")
        assert panel.tree.topLevelItemCount() == 0  # not listed before the server has it
        assert "Saved version" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not panel.busy and not panel.reading, timeout=15000)
    assert [panel.tree.topLevelItem(0).text(c) for c in (0, 1, 3, 4)] == ["1", "1.0", "Amina", ""]
    assert panel.selected_version().number == 1
    assert window.statusBar().currentMessage() == "Saved version 1 (1.0)"
    assert panel.approve_button.isEnabled() and panel.approve_button.text() == "Mark approved"
    _merged(qtbot, window)

    asked = []
    freeze = contextlib.ExitStack()

    def approve_anyway(version, blockers) -> bool:
        asked.append([b.message for b in blockers])
        freeze.enter_context(pg_cluster.frozen(longest=6.0))  # frozen again for the write
        return True

    panel.confirm_approval = approve_anyway
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        panel.approve_button.click()
        assert time.monotonic() - start < HELD  # checked on the worker
        waiting_for("Checking the version…")
        assert kept_ticking(ticks_while(qtbot, 1500))
        waiting_for("Checking the version…")
        assert asked == []  # the question comes with the check's answer
    with freeze:
        qtbot.waitUntil(lambda: bool(asked), timeout=15000)
        assert any("contact_email" in m for m in asked[0])  # the blockers the worker found
        waiting_for("Approving…")
        assert kept_ticking(ticks_while(qtbot, 1500))
        waiting_for("Approving…")
        assert panel.tree.topLevelItem(0).text(4) == ""  # never "approved" before it is
    qtbot.waitUntil(lambda: not panel.busy and not panel.reading, timeout=15000)
    assert panel.tree.topLevelItem(0).text(4).startswith("approved by Amina, ")
    assert panel.approve_button.text() == "Withdraw approval"
    assert not panel.status_label.isVisible()


def test_the_compare_view_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window, monkeypatch
):
    """The Compare view lists the versions on a connection of its own; when that cannot be
    opened (a server asking for a password) they are read on the window's database worker,
    not on its thread: "Comparing…" and no chooser filled until the server answers."""
    from policy_studio.model import PolicyStudioError
    from policy_studio.ui import versions_view

    def no_connection(location, policy_id):
        raise PolicyStudioError("the server asks for a password")

    monkeypatch.setattr(versions_view, "_read_versions", no_connection)
    window, _policies = team_window
    window.session.workspace.save_version(window.session.policy, "1.0", author="Amina")
    _merged(qtbot, window)
    view = window.compare_view
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.set_mode(2)
        assert time.monotonic() - start < HELD
        assert kept_ticking(ticks_while(qtbot, 1500))  # the fallback read went to the worker
        assert view.comparing() and view.busy.isVisible()
        assert view.busy.text() == "Comparing…"
        assert view.old_box.count() == 0 and view.new_box.count() == 0  # nothing nobody read
        assert not view.export_button.isEnabled() and not view.empty.isVisible()
    qtbot.waitUntil(lambda: not view.comparing(), timeout=15000)
    assert view.old_box.currentText() == "Version 1 (1.0)"
    assert view.new_box.currentText() == "Current draft"
    assert view.diff.isVisible() and not view.empty.isVisible()
    assert not view.busy.isVisible()


def _wavy(editor) -> list[str]:
    """The words the section editor underlines as misspelled, as a person sees them."""
    from PySide6.QtGui import QTextCharFormat

    shown = []
    block = editor.text.document().firstBlock()
    while block.isValid():
        shown += [
            block.text()[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        ]
        block = block.next()
    return shown


def _type_at_end(editor, text: str) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText(text)


def test_the_spelling_words_while_the_server_is_frozen_never_hold_the_window(
    qtbot, pg_cluster, team_window
):
    """The workspace's own words of a language are read on the worker the first time the
    editor checks that language: until then the word is underlined as if the workspace had
    none, and not once they are read. "Add to dictionary" takes the underline away at once
    and the word is written on the worker."""
    from PySide6.QtGui import QTextCursor

    window, _policies = team_window
    location = window.session.workspace.location
    with open_store(location) as other:
        other.add_spelling_word("ar", "البيانت")  # someone added it before this window asked
    _merged(qtbot, window)
    editor = window.editor
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
        _type_at_end(editor, " البيانت")
        assert time.monotonic() - start < HELD  # the Arabic words are read on the worker
        assert "البيانت" in _wavy(editor)  # as if the workspace had no words of its own
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert "البيانت" in _wavy(editor)
    qtbot.waitUntil(lambda: "البيانت" not in _wavy(editor), timeout=15000)  # its word now

    editor.lang_box.setCurrentIndex(editor.lang_box.findData("en"))
    _type_at_end(editor, " Wanjikuu")
    assert "Wanjikuu" in _wavy(editor)
    _merged(qtbot, window)  # the typing's autosave too
    with pg_cluster.frozen(longest=6.0):
        text = editor.text.toPlainText()
        cursor = QTextCursor(editor.text.document())
        cursor.setPosition(text.index("Wanjikuu") + 2)
        menu = editor.context_menu(editor.text.cursorRect(cursor).center())
        add = next(a for a in menu.actions() if a.text() == "Add “Wanjikuu” to the dictionary")
        start = time.monotonic()
        add.trigger()
        assert time.monotonic() - start < HELD  # written on the worker
        assert "Wanjikuu" not in _wavy(editor)  # at once, before the server answers
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert "Wanjikuu" not in _wavy(editor)
    with open_store(location) as other:
        qtbot.waitUntil(lambda: "Wanjikuu" in other.spelling_words("en"), timeout=15000)
    assert "Wanjikuu" not in _wavy(editor)


def test_start_up_reads_the_list_of_policies_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, clauses, variables, tmp_path
):
    """At start-up the window chooses the policy to open from the list of policies: that list
    is read on the worker. While the server does not answer the window ticks, says "Reading
    the list of policies…" and offers nothing that needs a policy; then it opens the one
    asked for."""
    import threading

    from policy_studio.ui.main_window import MainWindow

    location = pg_cluster.new_database()
    store = create_store(location)
    for clause in clauses:
        store.save_clause(clause)
    staff = policy_from_clauses("Staff notice", [(clauses[0], None)], target_languages=["ar"])
    customers = policy_from_clauses(
        "Customer notice", [(clauses[1], None), (clauses[2], None)], target_languages=["ar"]
    )
    for policy in (staff, customers):
        store.save_policy(policy)
    store.close()
    settings = AppSettings(QSettings(str(tmp_path / "amina.ini"), QSettings.IniFormat))
    settings.set_user_name("Amina")
    workspace = open_store(location)
    session = Session(workspace, watch_ms=0)  # as at start-up: no policy read yet
    # The worker is busy when the window asks for the list: the list's read comes after the
    # server froze (without this the worker could answer before the freeze).
    busy = threading.Event()
    session.read(lambda _store: busy.wait(10), lambda _r, _e: None)
    window = MainWindow(session, settings, variables)
    window.ask_about_conflicts = lambda conflicts: {c.key: False for c in conflicts}
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        with pg_cluster.frozen(longest=6.0):
            busy.set()
            start = time.monotonic()
            window.open_after_paint(customers.id)
            assert time.monotonic() - start < HELD  # the list went to the worker
            assert _opening_text(window) == "Reading the list of policies…"
            assert window.session.policy is None and window.opening is not None
            assert _listed(window) == [("Reading the list of policies…", False)]
            assert window.outline.model.rowCount() == 0
            for target in (window.modes, window.properties_action, window.new_policy_action):
                assert not target.isEnabled()
                assert target.toolTip() == "Reading the list of policies…"
            assert kept_ticking(ticks_while(qtbot, 1500))
            assert _opening_text(window) == "Reading the list of policies…"
            assert window.session.policy is None
        with qtbot.waitSignal(window.policy_did_open, timeout=15000):
            pass
        assert window.session.policy.id == customers.id
        assert window.policy_box.currentText() == "Customer notice"
        assert sorted(_listed(window)) == [("Customer notice", True), ("Staff notice", True)]
        assert window.outline.model.rowCount() == 2
        assert window.modes.isEnabled() and window.properties_action.isEnabled()
        assert _opening_text(window) == ""
    finally:
        window.close()
        workspace.close()


def _outline_rows(window) -> list[str]:
    model = window.outline.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_the_outline_marks_are_read_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """The library changed elsewhere: its catalog, the law changes and the clauses behind
    "update available" are read on the worker. Until the answer the outline shows the marks
    as last read — none that nobody computed — and the window ticks."""
    window, _policies = team_window
    location = window.session.workspace.location
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)
    assert _outline_rows(window) == ["1. Reaching the team"]
    with open_store(location) as other:  # someone else publishes new wording
        clause = other.clause("t-contact")
        clause.blocks[0].text["en"] = "Write to {{contact_email}}; we reply within a week."
        other.save_clause(clause, note="Reply time")
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.session.library_did_change.emit()  # what the session does when it sees it
        assert time.monotonic() - start < HELD  # the catalog went to the worker
        assert window.reading_marks
        assert _outline_rows(window) == ["1. Reaching the team"]  # no mark nobody computed
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _outline_rows(window) == ["1. Reaching the team"]
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=15000)
    assert _outline_rows(window) == ["1. Reaching the team  ⟳ update available"]
    window.outline.select(window.session.policy.sections[0].id)
    assert window.outline.update_action.isEnabled()

    with open_store(location) as other:  # then deprecates it
        clause = other.clause("t-contact")
        clause.status = ClauseStatus.DEPRECATED
        other.save_clause(clause, note="Replaced")
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.session.library_did_change.emit()
        window.session.library_did_change.emit()  # asked again: one read, then the latest
        assert time.monotonic() - start < HELD
        assert _outline_rows(window) == ["1. Reaching the team  ⟳ update available"]  # as read
        assert kept_ticking(ticks_while(qtbot, 1500))
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=15000)
    assert _outline_rows(window) == ["1. Reaching the team  ⟳ update available  ⚠ deprecated"]


def _creating_text(window) -> str:
    label = window.creating_label
    return label.text() if label.isVisible() else ""


def _stored_titles(location) -> list[str]:
    with open_store(location) as other:
        return sorted(s.title for s in other.policies())


def test_a_new_policy_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window, monkeypatch
):
    """File > New policy… stores the policy on the worker: while the server does not answer
    the new policy is open (and can be edited), the status bar says it is being saved, and
    New policy, the questionnaire and import are off with that reason. It is stored, with
    what was typed meanwhile, when the server answers."""
    from PySide6.QtWidgets import QInputDialog

    window, _policies = team_window
    location = window.session.workspace.location
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Visitor notice", True))
    saving = "Saving the new policy “Visitor notice”…"
    creating = (window.new_policy_action, window.questionnaire_action, window.import_action)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.new_policy_action.trigger()
        assert time.monotonic() - start < HELD  # the write went to the worker
        assert _creating_text(window) == saving
        for action in creating:
            assert not action.isEnabled() and action.toolTip() == saving
        assert window.session.policy.display_title() == "Visitor notice"
        assert window.policy_box.currentText() == "Visitor notice"
        assert window.modes.isEnabled() and window.properties_action.isEnabled()
        window.apply_edit(set_properties(window.session.policy, organization="Garden Club"))
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _creating_text(window) == saving
        assert not window.new_policy_action.isEnabled()
    qtbot.waitUntil(lambda: window.new_policy_action.isEnabled(), timeout=15000)
    assert window.statusBar().currentMessage() == "Created “Visitor notice”"
    assert _creating_text(window) == ""
    assert window.questionnaire_action.isEnabled() and window.import_action.isEnabled()
    assert window.session.flush()
    assert "Visitor notice" in _stored_titles(location)
    with open_store(location) as other:
        stored = other.policy(window.session.policy.id)
    assert stored.organization == "Garden Club"  # typed while it was being stored


def test_an_imported_policy_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window, tmp_path
):
    """Importing a document: accepting the preview stores the policy on the worker. While the
    server does not answer the window ticks and says it is saving; the activity log line of
    the import is written once the policy is stored."""
    window, _policies = team_window
    location = window.session.workspace.location
    source = tmp_path / "garden.md"
    source.write_text(
        "# Garden Club Notice\n\n## What we keep\n\nWe keep your name and plot number.\n",
        encoding="utf-8",
    )
    dialog = window.transfer.import_document(source)
    assert dialog is not None and dialog.isVisible()
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        dialog.import_button.click()
        assert time.monotonic() - start < HELD  # the write went to the worker
        assert window.session.policy.display_title() == "Garden Club Notice"
        assert _creating_text(window) == "Saving the new policy “Garden Club Notice”…"
        assert not window.import_action.isEnabled()
        assert kept_ticking(ticks_while(qtbot, 1500))
    qtbot.waitUntil(lambda: window.import_action.isEnabled(), timeout=15000)
    assert window.statusBar().currentMessage() == "Created “Garden Club Notice”"
    assert "Garden Club Notice" in _stored_titles(location)
    with open_store(location) as other:
        logged = [e.action for e in other.log_entries(window.session.policy.id)]
    assert "import.document" in logged
    window.transfer.last_message.close()


def test_a_clause_edit_while_the_server_is_frozen_never_holds_the_window(
    qtbot, pg_cluster, team_window
):
    """The clause dialog's OK writes the clause on the worker: while the server does not
    answer the window ticks, the status bar says the clause is being saved and the library's
    clause actions are off with that reason; the edit is one undo step once it is written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window, _policies = team_window
    location = window.session.workspace.location
    freeze = contextlib.ExitStack()
    frozen_at: list[float] = []

    def fill(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries:
            QTimer.singleShot(10, lambda: fill(tries - 1))
            return
        dialog.bodies["en"].setPlainText("Write to {{contact_email}}; we reply within a week.")
        freeze.enter_context(pg_cluster.frozen(longest=6.0))  # from OK on
        frozen_at.append(time.monotonic())
        dialog._accept()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    QTimer.singleShot(0, fill)
    window.edit_clause("t-contact")  # the clause is read on the worker, then the dialog opens
    qtbot.waitUntil(lambda: bool(frozen_at) and time.monotonic() > frozen_at[0] + 1.5)
    timer.stop()
    with freeze:
        assert kept_ticking(ticks)  # the write went to the worker
        assert window.saving_clause
        saving = "Saving the clause “t-contact”…"
        assert window.clause_label.isVisible() and window.clause_label.text() == saving
        for action in (window.edit_clause_action, window.new_clause_action):
            assert not action.isEnabled() and action.toolTip() == saving
        assert not window.library_panel.edit_button.isEnabled()
        assert window.modes.isEnabled()  # the policy is not held
    with qtbot.waitSignal(window.clause_write_did_end, timeout=15000) as ended:
        pass
    assert ended.args == [""]
    assert not window.clause_label.isVisible()
    assert window.edit_clause_action.isEnabled() and window.new_clause_action.isEnabled()
    assert window.undo_action.text() == "Undo Edit clause t-contact"
    assert window.statusBar().currentMessage() == "Saved t-contact as version 2"
    with open_store(location) as other:
        assert other.clause("t-contact").version == 2


def test_the_windows_activity_log_line_is_written_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Inserting a library clause writes its activity-log line ("clause.insert") on the
    worker, in order with the saves: the section appears at once, the window keeps ticking,
    and the line is in the log when the server answers, with the policy it was inserted in."""
    window, policies = team_window
    staff = policies[0]
    clause = window.library_panel.current_clause()
    assert clause is not None
    sections_before = len(window.session.policy.sections)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.insert_clause(clause.key)
        assert time.monotonic() - start < HELD  # the log line went to the worker
        assert len(window.session.policy.sections) == sections_before + 1
        assert kept_ticking(ticks_while(qtbot, 1000))
    with qtbot.waitSignal(window.record_did_end, timeout=15000):
        pass
    lines = window.session.workspace.log_entries(staff.id)
    assert [(e.actor, e.action, e.target) for e in lines][-1] == (
        "Amina",
        "clause.insert",
        clause.key,
    )
    assert lines[-1].detail["policy"] == "Staff notice"
