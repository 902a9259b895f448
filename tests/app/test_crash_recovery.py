"""A crash in the middle of an autosave must not lock the user out of their workspace.

Autosave writes every 0.4 s while the user types, so a crash (power cut, SIGKILL) can land inside
a write transaction and leave a hot rollback journal beside the file. SQLite rolls such a journal
back on the next open; the workspace must let it, and find the last committed save.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage import Workspace


def test_reopen_after_a_kill_in_the_middle_of_a_save(workspace, clauses):
    policy = policy_from_clauses("Saved", [(clauses[0], None)])
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    # Start a write like save_policy does, then die before COMMIT.
    script = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE policy_rows SET data = replace(data, 'Saved', 'Half-written')")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode < 0  # killed
    assert path.with_name(path.name + "-journal").exists()
    with Workspace.open(path) as again:
        assert again.policy(policy.id).display_title() == "Saved"
