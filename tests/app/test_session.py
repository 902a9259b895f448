"""The session saves edits within a second and on flush; workspaces open off the UI thread."""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings

from policy_studio.app.jobs import OpenWorkspaceJob
from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.policy_edits import set_variable
from policy_studio.storage import Workspace


def test_edit_is_on_disk_within_a_second_without_flush(qtbot, workspace, clauses):
    session = Session(workspace)
    session.add_policy(policy_from_clauses("P", [(clauses[0], None)]))
    changes, _ = set_variable(session.policy, "contact_email", "en", "a@b.example")
    start = time.monotonic()
    session.notify(changes)
    assert session.dirty

    def saved() -> None:
        with Workspace.open(workspace.path) as other:
            assert other.policy(session.policy.id).variables == {
                "contact_email": {"en": "a@b.example"}
            }

    qtbot.waitUntil(saved, timeout=1000)
    assert time.monotonic() - start < 1.0
    # The worker wrote it; the window hears so a moment later (the save's answer is queued).
    qtbot.waitUntil(lambda: not session.dirty, timeout=1000)


def test_continuous_edits_still_save_on_the_throttle(qtbot, workspace, clauses):
    session = Session(workspace, autosave_ms=200)
    session.add_policy(policy_from_clauses("P", [(clauses[0], None)]))
    saves = []
    session.policy_did_save.connect(lambda: saves.append(time.monotonic()))
    deadline = time.monotonic() + 0.7
    while time.monotonic() < deadline:
        session.notify(
            set_variable(session.policy, "contact_email", "en", str(time.monotonic()))[0]
        )
        qtbot.wait(20)
    assert len(saves) >= 2  # a debounce would not have saved at all while typing went on


def test_flush_writes_at_once(workspace, clauses):
    session = Session(workspace)
    session.add_policy(policy_from_clauses("P", [(clauses[0], None)]))
    session.notify(set_variable(session.policy, "minimum_age", "en", "13")[0])
    assert session.flush()
    assert workspace.policy(session.policy.id).variables["minimum_age"] == {"en": "13"}


def test_settings_remember_recent_workspaces_and_last_policy(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    settings = AppSettings(store)
    for name in ("a", "b", "a"):
        settings.add_recent_workspace(tmp_path / f"{name}.pstudio")
    settings.set_last_policy(tmp_path / "a.pstudio", "pol1")
    settings.sync()
    again = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    assert [p.name for p in again.recent_workspaces()] == ["a.pstudio", "b.pstudio"]
    assert again.last_policy(tmp_path / "a.pstudio") == "pol1"
    assert again.last_policy(tmp_path / "b.pstudio") is None


def test_open_job_reads_workspace_in_background(qtbot, workspace, clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)])
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    job = OpenWorkspaceJob(path, policy.id)
    steps = []
    job.progress.connect(lambda done, total, text: steps.append(done))
    with qtbot.waitSignal(job.did_finish, timeout=5000) as blocker:
        job.start()
    opened = blocker.args[0]
    assert opened.policy.id == policy.id and len(opened.clauses) == 3
    assert steps[-1] == 3
    opened.workspace.close()


def test_open_job_reports_a_bad_file(qtbot, tmp_path):
    bad = tmp_path / "bad.pstudio"
    bad.write_text("not sqlite")
    job = OpenWorkspaceJob(bad)
    with qtbot.waitSignal(job.did_fail, timeout=5000) as blocker:
        job.start()
    assert "not a Policy Studio workspace" in blocker.args[0]


def test_loading_a_policy_saves_the_open_one_first_and_drops_a_stale_answer(
    qtbot, workspace, clauses
):
    """Opening another policy never waits here: the edits of the open one are written first,
    then the other is read on the worker; asking for a third meanwhile drops the second's
    answer. Until the answer no policy is current (the views show neither)."""
    first = policy_from_clauses("First", [(clauses[0], None)])
    second = policy_from_clauses("Second", [(clauses[1], None)])
    third = policy_from_clauses("Third", [(clauses[2], None)])
    for policy in (first, second, third):
        workspace.save_policy(policy)
    session = Session(workspace, watch_ms=0)
    session.open_policy(first.id)
    session.notify(set_variable(session.policy, "contact_email", "en", "a@b.example")[0])
    ended: list[str] = []
    session.policy_load_did_end.connect(ended.append)
    shown: list[str | None] = []
    session.policy_did_load.connect(
        lambda: shown.append(session.policy.id if session.policy else None)
    )
    session.load_policy(second.id)
    session.load_policy(third.id)  # changed their mind before the answer
    assert session.loading == third.id
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert ended == [""] and session.policy.id == third.id and session.loading is None
    assert shown == [None, third.id]  # cleared once, then only the policy asked for last
    qtbot.wait(100)
    assert session.policy.id == third.id  # the second's answer never came back to life
    with Workspace.open(workspace.path) as other:
        assert other.policy(first.id).variables == {"contact_email": {"en": "a@b.example"}}
    session.notify(set_variable(session.policy, "contact_email", "en", "c@d.example")[0])
    assert session.flush()  # the worker's connection knows the policy read there
    with Workspace.open(workspace.path) as other:
        assert other.policy(third.id).variables == {"contact_email": {"en": "c@d.example"}}
    session.close()


def test_a_policy_whose_edits_cannot_be_saved_is_not_left(qtbot, workspace, clauses, monkeypatch):
    from policy_studio.storage import StorageError

    first = policy_from_clauses("First", [(clauses[0], None)])
    second = policy_from_clauses("Second", [(clauses[1], None)])
    for policy in (first, second):
        workspace.save_policy(policy)
    session = Session(workspace, watch_ms=0, retry_ms=60000)
    session.open_policy(first.id)
    writer = session._writer_store()

    def full(_prepared):
        raise StorageError("the disk is full")

    monkeypatch.setattr(writer, "write_save", full)
    session.notify(set_variable(session.policy, "contact_email", "en", "a@b.example")[0])
    ended: list[str] = []
    session.policy_load_did_end.connect(ended.append)
    session.load_policy(second.id)
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert "not saved yet (the disk is full)" in ended[0]
    assert session.policy.id == first.id and session.dirty
    assert session.policy.variables["contact_email"] == {"en": "a@b.example"}
    monkeypatch.undo()
    session.close()
