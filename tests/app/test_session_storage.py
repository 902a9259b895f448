"""Storage trouble is the session's normal path, and others' changes are merged, never erased.

Issue 18 item 1 (a failed autosave must say so, keep the edits, retry, never freeze) and item 2
(a change saved by a command while the app has the policy open must survive the app's next
autosave).
"""

from __future__ import annotations

import sqlite3
import time

from policy_studio.app.session import Session
from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.policy_edits import set_variable
from policy_studio.ops.text_edits import set_block_text
from policy_studio.storage import Workspace


def open_session(workspace, clauses, **kwargs) -> Session:
    policy = policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    session = Session(workspace, watch_ms=0, **kwargs)
    session.policy = workspace.policy(policy.id)
    return session


def test_a_held_lock_neither_freezes_nor_loses_the_edit(qtbot, workspace, clauses):
    session = open_session(workspace, clauses, retry_ms=200)
    failures: list[str] = []
    session.save_did_fail.connect(failures.append)
    session.notify(set_variable(session.policy, "minimum_age", "en", "16")[0])
    holder = sqlite3.connect(workspace.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        start = time.monotonic()
        assert not session.flush()
        assert time.monotonic() - start < 1.0  # not the 10 s a command would wait
        assert session.dirty and session.policy.variables["minimum_age"] == {"en": "16"}
        assert failures and "locked" in failures[-1]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: not session.dirty, timeout=3000)  # the retry saved it
    with Workspace.open(workspace.path) as other:
        assert other.policy(session.policy.id).variables["minimum_age"] == {"en": "16"}


def test_a_read_only_workspace_says_not_saved_and_why(qtbot, workspace, clauses):
    session = open_session(workspace, clauses)
    failures: list[str] = []
    session.save_did_fail.connect(failures.append)
    workspace._conn.execute("PRAGMA query_only=1")  # every write now fails inside SQLite
    session._writer_store()._conn.execute("PRAGMA query_only=1")  # (the saving worker's too)
    session.notify(set_variable(session.policy, "minimum_age", "en", "16")[0])
    assert session.flush() is False  # no exception reaches the window
    assert failures == [session.last_error]
    assert "read-only" in session.last_error
    assert session.dirty


def test_save_a_copy_keeps_the_unsaved_edits(qtbot, workspace, clauses, tmp_path):
    session = open_session(workspace, clauses)
    # The database refuses writes (both the window's connection and its saving worker's).
    workspace._conn.execute("PRAGMA query_only=1")
    session._writer_store()._conn.execute("PRAGMA query_only=1")
    session.notify(set_variable(session.policy, "minimum_age", "en", "16")[0])
    assert not session.flush()
    copy = tmp_path / "rescued.pstudio"
    assert session.save_copy(copy) == ""  # the linked clause is in it
    with Workspace.open(copy) as rescued:
        policy = rescued.policy(session.policy.id)
        assert policy.variables["minimum_age"] == {"en": "16"}
        assert [c.key for c in rescued.clauses()] == [clauses[0].key]


def test_a_command_s_change_survives_the_app_s_next_autosave(qtbot, workspace, clauses, capsys):
    session = open_session(workspace, clauses)
    changes: list[object] = []
    session.policy_did_change.connect(changes.append)
    block = session.policy.sections[0].blocks[0]
    # The command changes the policy while the app has it open.
    assert (
        main(
            ["set-var", session.policy.id, "retention_period", "a year", "-w", str(workspace.path)]
        )
        == 0
    )
    # The app edits something else and autosaves.
    session.notify(set_block_text(session.policy, block.id, "en", "Write to us.")[0])
    assert session.check_outside_changes()
    assert session.policy.variables["retention_period"] == {"en": "a year"}
    assert any(getattr(c, "variables", False) for c in changes)  # the views were told
    assert session.flush()
    with Workspace.open(workspace.path) as other:
        stored = other.policy(session.policy.id)
    assert stored.variables["retention_period"] == {"en": "a year"}
    assert stored.sections[0].blocks[0].get("en") == "Write to us."


def test_the_same_text_changed_elsewhere_is_asked_about_never_overwritten(
    qtbot, workspace, clauses
):
    session = open_session(workspace, clauses)
    found: list[object] = []
    session.conflicts_found.connect(found.append)
    block = session.policy.sections[0].blocks[0]
    with Workspace.open(workspace.path) as other:
        theirs = other.policy(session.policy.id)
        theirs.sections[0].blocks[0].set_text("en", "Their words.")
        other.save_policy(theirs)
    session.notify(set_block_text(session.policy, block.id, "en", "My words.")[0])
    assert not session.flush()
    # Asked right after the wait, from the event loop (never from inside the wait: a dialog
    # opened there would hold the wait, and a window closing on it, for ever).
    assert not found
    qtbot.waitUntil(lambda: bool(found), timeout=1000)
    assert found[0][0].text("theirs") == "Their words."
    assert "same text" in session.last_error
    with Workspace.open(workspace.path) as other:
        assert other.policy(session.policy.id).sections[0].blocks[0].get("en") == "Their words."
    session.resolve(found[0][0].key, keep_mine=True)
    assert not session.dirty
    with Workspace.open(workspace.path) as other:
        assert other.policy(session.policy.id).sections[0].blocks[0].get("en") == "My words."


def test_outside_changes_are_noticed_by_the_watch_timer(qtbot, workspace, clauses):
    policy = policy_from_clauses("Watched", [(clauses[0], None)])
    workspace.save_policy(policy)
    session = Session(workspace, watch_ms=100)
    session.policy = workspace.policy(policy.id)
    with Workspace.open(workspace.path) as other:
        theirs = other.policy(policy.id)
        theirs.organization = "Changed elsewhere Ltd"
        other.save_policy(theirs)
    qtbot.waitUntil(lambda: session.policy.organization == "Changed elsewhere Ltd", timeout=3000)
    session.close()
