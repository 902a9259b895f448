"""Closing a window never waits for the server unboundedly and never asks a question from inside
that wait (issue 17 item 7, docs/team-server.md "Closing while a save waits"): what the
workspace has not taken when the window closes is kept in a recovery file, and opening the
workspace again offers it back — restored as a three-way merge, nothing typed lost, nothing
someone else saved overwritten."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from policy_studio.app.session import CLOSE_WAIT_MS, Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.policy_edits import set_variable
from policy_studio.ops.text_edits import set_block_text
from policy_studio.storage import Workspace
from policy_studio.storage.locate import create_store, open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Modals:
    """Counts the modal dialogs that open while active, and closes each (a test must never
    hang). Dialogs an earlier test left behind are not this test's: ignored."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._before = {id(w) for w in QApplication.topLevelWidgets()}
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if id(widget) in self._before or not (widget.isVisible() and widget.isModal()):
                continue
            text = widget.text() if hasattr(widget, "text") else ""
            self.seen.append(f"{type(widget).__name__}: {text}")
            widget.close()

    def stop(self) -> None:
        self._timer.stop()


def _open_window(qtbot, location_or_store, settings, variables, policy_id):
    from policy_studio.ui.main_window import MainWindow

    store = (
        open_store(location_or_store) if isinstance(location_or_store, str) else location_or_store
    )
    session = Session(store, watch_ms=0)
    session.policy = store.policy(policy_id)
    window = MainWindow(session, settings, variables)
    window.ask_about_conflicts = lambda conflicts: {}  # replaced per test where it matters
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _block(policy, n: int = 0):
    return [b for _, b in policy.iter_blocks()][n]


def test_closing_while_the_save_waits_on_a_frozen_server_keeps_every_edit(
    qtbot, pg_cluster, clauses, variables, tmp_path
):
    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Frozen notice", [(clauses[0], None)], target_languages=["ar"])
    store.save_policy(policy)
    store.close()
    settings = AppSettings(QSettings(str(tmp_path / "amina.ini"), QSettings.IniFormat))
    settings.set_user_name("Amina")
    window = _open_window(qtbot, location, settings, variables, policy.id)
    session = window.session
    assert session._writer_store() is not None
    modals = _Modals()
    try:
        with pg_cluster.frozen(longest=CLOSE_WAIT_MS / 1000 + 6):
            window.apply_edit(set_variable(session.policy, "minimum_age", "en", "13"))
            session.save_soon()  # the autosave goes to the worker, which waits on the server
            assert session.saving
            # typed while that save waits: not in it
            block = _block(session.policy)
            window.apply_edit(set_block_text(session.policy, block.id, "en", "Typed last."))
            start = time.monotonic()
            window.close()
            took = time.monotonic() - start
            assert not window.isVisible()
            assert took < CLOSE_WAIT_MS / 1000 + 2.0  # bounded: the server never answered
            assert window.kept_path is not None and window.kept_path.exists()
            assert modals.seen == []  # no question from inside the wait, nor after it
        kept = json.loads(window.kept_path.read_text(encoding="utf-8"))
        assert kept["policy_id"] == policy.id and "not answered" in kept["reason"]
        assert "Typed last." in json.dumps(kept["rows"], ensure_ascii=False)
    finally:
        modals.stop()
        window.close()  # (closed already, unless an assertion above failed)
        window.session.workspace.close()

    # The server answers again; the workspace is opened again: the kept edits are offered.
    again = _open_window(qtbot, location, settings, variables, policy.id)
    asked: list[str] = []

    def ask(found) -> str:
        asked.append(found.title)
        return "restore"

    again.ask_about_kept_edits = ask
    try:
        qtbot.waitUntil(lambda: asked == ["Frozen notice"], timeout=3000)
        assert again.session.flush()
        assert not window.kept_path.exists()  # restored: the file is gone
        with open_store(location) as other:
            stored = other.policy(policy.id)
        assert stored.variables["minimum_age"] == {"en": "13"}
        assert _block(stored).get("en") == "Typed last."
    finally:
        again.close()
        again.session.workspace.close()


def test_a_conflict_met_while_closing_is_kept_and_asked_about_at_the_next_opening(
    qtbot, workspace, clauses, variables, tmp_path
):
    """SQLite goes through the same worker: a colleague (a command) changed the same sentence;
    the closing window finds the conflict, asks nothing, keeps the edit; the next opening
    restores it and asks with both texts; keeping mine stores mine."""
    policy = policy_from_clauses("Shared notice", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    settings.set_user_name("Neema")
    window = _open_window(qtbot, workspace, settings, variables, policy.id)
    session = window.session
    block = _block(session.policy)
    with Workspace.open(workspace.path) as other:
        theirs = other.policy(policy.id)
        _block(theirs).set_text("en", "Their sentence.")
        other.save_policy(theirs)
    window.apply_edit(set_block_text(session.policy, block.id, "en", "My sentence."))
    modals = _Modals()
    try:
        window.close()
        assert not window.isVisible()
        qtbot.wait(100)  # a question deferred past the wait would come now: none may
        assert modals.seen == []
        assert window.kept_path is not None and "same text" in window.session.last_error
    finally:
        modals.stop()
        window.close()
    with Workspace.open(workspace.path) as other:
        assert _block(other.policy(policy.id)).get("en") == "Their sentence."  # not overwritten

    again = _open_window(qtbot, Workspace.open(workspace.path), settings, variables, policy.id)
    shown: list[tuple[str, str]] = []

    def choose(conflicts):
        shown.extend((c.text("mine"), c.text("theirs")) for c in conflicts)
        return {c.key: True for c in conflicts}

    again.ask_about_conflicts = choose
    again.ask_about_kept_edits = lambda found: "restore"
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
        assert shown == [("My sentence.", "Their sentence.")]
        qtbot.waitUntil(lambda: not again.session.dirty, timeout=3000)
        with Workspace.open(workspace.path) as other:
            assert _block(other.policy(policy.id)).get("en") == "My sentence."
    finally:
        again.close()
        again.session.workspace.close()


def test_kept_edits_can_be_left_for_later_or_discarded(qtbot, window, settings):
    from policy_studio.app import recovery

    session = window.session
    session.notify(set_variable(session.policy, "minimum_age", "en", "15")[0])
    path = recovery.keep(
        settings.recovery_folder(),
        session.workspace.location,
        session.policy,
        session.unsaved_base(),
        "the database has not answered yet",
    )
    broken = settings.recovery_folder() / f"{recovery._prefix(session.workspace.location)}-x.json"
    broken.write_text("{", encoding="utf-8")  # cut short: named, never a traceback
    answers = iter(["later", "discard"])
    window.ask_about_kept_edits = lambda found: next(answers)
    window.offer_kept_edits()
    assert path.exists()  # later: offered again next time
    assert str(broken) in window.statusBar().currentMessage()
    window.offer_kept_edits()
    assert not path.exists()  # discarded


def test_restored_edits_show_in_the_editor_and_its_text_never_undoes_them(qtbot, window, settings):
    """Restoring puts the kept text where the person looks (the Write view's editor) and the
    editor's own text, committed afterwards (as closing does), does not put the old one back."""
    from policy_studio.app import recovery
    from policy_studio.storage.rows import policy_rows

    session = window.session
    section = session.policy.sections[0]
    assert window.outline.select(section.id)
    kept_policy = session.policy.copy()
    kept_policy.sections[0].blocks[0].set_text("en", "Kept while the server slept.")
    recovery.keep(
        settings.recovery_folder(),
        session.workspace.location,
        kept_policy,
        session.unsaved_base(),
        "the database has not answered yet",
    )
    assert "Kept while the server slept." not in window.editor.text.toPlainText()
    window.ask_about_kept_edits = lambda found: "restore"
    window.offer_kept_edits()
    assert "Kept while the server slept." in window.editor.text.toPlainText()
    assert "Restored your edits" in window.statusBar().currentMessage()
    window.commit_typing()
    assert session.flush()
    with Workspace.open(session.workspace.path) as other:
        stored = other.policy(session.policy.id)
    assert stored.sections[0].blocks[0].get("en") == "Kept while the server slept."
    assert policy_rows(stored) == policy_rows(kept_policy)


def test_edits_kept_for_another_policy_open_it_on_the_worker_then_go_back(
    qtbot, window, workspace, clauses, settings
):
    """The kept edits belong to a policy that is not the one shown: the list of policies is
    read and the policy opened on the database worker (the window says "Opening …"), then
    the edits go back into it; a policy deleted since is named, and its file stays."""
    from policy_studio.app import recovery
    from policy_studio.storage.rows import policy_rows

    other = policy_from_clauses("Other notice", [(clauses[2], None)], target_languages=["ar"])
    gone = policy_from_clauses("Gone notice", [(clauses[2], None)], target_languages=["ar"])
    workspace.save_policy(other)
    workspace.save_policy(gone)
    with Workspace.open(workspace.path) as reader:
        reader.policy(other.id), reader.policy(gone.id)  # what the kept edits started from
        base, gone_base = reader.base_state(other.id), reader.base_state(gone.id)
    kept_policy = workspace.policy(other.id)
    kept_policy.sections[0].blocks[0].set_text("en", "Kept for the other notice.")
    folder, location = settings.recovery_folder(), window.session.workspace.location
    recovery.keep(folder, location, kept_policy, base, "the database has not answered yet")
    kept_gone = workspace.policy(gone.id)
    gone_path = recovery.keep(folder, location, kept_gone, gone_base, "not saved yet")
    workspace.delete_policy(gone.id)
    window.ask_about_kept_edits = lambda found: "restore"
    window.offer_kept_edits()
    assert window.session.policy.display_title() == "Test policy"  # nothing waited for
    qtbot.waitUntil(
        lambda: window.session.policy is not None and window.session.policy.id == other.id,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: "Restored your edits" in window.statusBar().currentMessage())
    assert window.policy_box.currentText() == "Other notice"
    assert "Kept for the other notice." in window.editor.text.toPlainText()
    assert window.session.flush()
    assert policy_rows(workspace.policy(other.id)) == policy_rows(window.session.policy)
    assert gone_path.exists()  # its policy is gone: the edits stay in their file
