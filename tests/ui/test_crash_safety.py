"""Killing the real application right after an edit loses at most the last second of typing."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage import Workspace
from policy_studio.ui.application import TEST_TYPE_ENV

REPO = Path(__file__).resolve().parents[2]
TYPED = " Typed just before the crash."


def wait_for_line(proc: subprocess.Popen[str], wanted: str, timeout: float) -> None:
    selector = selectors.DefaultSelector()
    assert proc.stdout is not None
    selector.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if selector.select(timeout=0.1):
            line = proc.stdout.readline()
            if line.strip() == wanted:
                return
            if not line and proc.poll() is not None:
                break
    raise AssertionError(f"the app never printed {wanted!r} (exit code {proc.poll()})")


def test_sigkill_one_second_after_typing_keeps_the_edit(workspace, clauses, tmp_path):
    policy = policy_from_clauses("Crash test", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        # QSettings and data folders of the child go to the temporary folder, not the user's.
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        TEST_TYPE_ENV: TYPED,
    }
    with subprocess.Popen(
        [sys.executable, "-m", "policy_studio.cli", "open", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        try:
            wait_for_line(proc, "TYPED", timeout=60)
            time.sleep(1.0)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Workspace.open(path) as again:
        saved = again.policy(policy.id)
    assert saved.sections[0].blocks[0].get("en").endswith(TYPED.rstrip())
    assert saved.sections[0].blocks[0].id == policy.sections[0].blocks[0].id
