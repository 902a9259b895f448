"""The policy-studio program (cli.run) ends a headless command without tearing its objects down
(issue 14: HTML export ≤ 0.1 × pandoc as a whole command) — and loses nothing by it: the
output is flushed, the file complete, the audit line written, the exit handlers run and the
exit code kept."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from policy_studio.library.compose import policy_from_clauses


@pytest.fixture
def ws_path(workspace, clauses):
    policy = policy_from_clauses("Club notice", [(c, None) for c in clauses[:2]])
    policy.variables = {"contact_email": {"en": "club@example.org"}}
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    return path


def _program(tmp_path, *argv: str) -> subprocess.CompletedProcess[str]:
    marker = tmp_path / "exit-handler-ran"
    script = (
        "import atexit, sys\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write('ran'))\n"
        # Block-buffered (a pipe) and never flushed by the command itself.
        "sys.stdout.write('before the command; ')\n"
        "from policy_studio.cli import run\n"
        f"sys.argv = ['policy-studio', *{list(argv)!r}]\n"
        "run()\n"
        "print('not reached: run() exits')\n"
    )
    # Buffered output, as a user's terminal pipe gets it (this machine sets PYTHONUNBUFFERED).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    done.marker = marker.read_text() if marker.exists() else ""  # type: ignore[attr-defined]
    return done


def test_an_export_run_as_the_program_loses_nothing_at_its_fast_exit(ws_path, tmp_path):
    out = tmp_path / "notice.html"
    done = _program(tmp_path, "export", "Club notice", "-w", str(ws_path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"before the command; {out}\n"
    assert "Draft — not approved" in done.stderr  # the warnings on stderr are all there
    assert done.marker == "ran"
    page = out.read_text(encoding="utf-8")
    assert page.endswith("</html>\n") and "club@example.org" in page
    assert not list(tmp_path.glob(".*.part"))
    with sqlite3.connect(ws_path) as conn:
        actions = [row[0] for row in conn.execute("SELECT action FROM audit_log")]
    assert actions[-1] == "export.draft"


def test_a_failing_command_keeps_its_exit_code_and_message(ws_path, tmp_path):
    done = _program(tmp_path, "export", "No such policy", "-w", str(ws_path), "-o", "x.html")
    assert done.returncode == 1
    assert "no policy with id or title 'No such policy'" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.marker == "ran"
    usage = _program(tmp_path, "export", "-w", str(ws_path))
    assert usage.returncode == 2 and "required" in usage.stderr
