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
