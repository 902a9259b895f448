"""Two writer processes on one policy lose nothing (issue 18 item 2, issue 17 "done when").

Each process opens the workspace afresh for every call, as separate command runs do. On the
SQLite file a read-modify-write holds the write lock from its first read (BEGIN IMMEDIATE); on
PostgreSQL a transaction-wide lock does the same. Every call that exits 0 must be in the result.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage.locate import open_store

CALLS = 60


def _run_writers(script: str, *args: str) -> list[subprocess.CompletedProcess[str]]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(script), *args, name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


def test_two_processes_incrementing_one_counter_lose_no_update(store, location, clauses):
    policy = policy_from_clauses("Counter", [(clauses[0], None)])
    policy.variables["count"] = {"en": "0"}
    store.save_policy(policy)
    script = """
        import sys
        from policy_studio.storage.locate import open_store
        location, policy_id, name = sys.argv[1:]
        for i in range(CALLS):
            with open_store(location) as ws, ws.transaction():
                p = ws.policy(policy_id)
                p.variables["count"]["en"] = str(int(p.variables["count"]["en"]) + 1)
                p.variables[f"{name}{i}"] = {"en": str(i)}
                ws.save_policy(p)
        """.replace("CALLS", str(CALLS))
    for result in _run_writers(script, location, policy.id):
        assert result.returncode == 0, result.stderr
    with open_store(location) as again:
        final = again.policy(policy.id)
    assert final.variables["count"]["en"] == str(2 * CALLS)
    assert sum(1 for name in final.variables if name != "count") == 2 * CALLS


def test_two_cli_writers_on_one_policy_lose_no_acknowledged_call(store, location, clauses):
    policy = policy_from_clauses("Target", [(clauses[0], None)])
    store.save_policy(policy)
    script = """
        import contextlib, io, sys
        from policy_studio.cli import main
        location, policy_id, name = sys.argv[1:]
        acknowledged = 0
        for i in range(CALLS):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["add-section", policy_id, "t-keeping", "-w", location])
            acknowledged += code == 0
            if i % 10 == 0:
                with contextlib.redirect_stdout(io.StringIO()):
                    main(["set-var", policy_id, "contact_email", f"{name}{i}@example.org",
                          "-w", location])
        print(acknowledged)
        """.replace("CALLS", str(CALLS))
    acknowledged = 0
    for result in _run_writers(script, location, policy.id):
        assert result.returncode == 0, result.stderr
        acknowledged += int(result.stdout.split()[-1])
    assert acknowledged == 2 * CALLS
    with open_store(location) as again:
        final = again.policy(policy.id)
    assert len(final.sections) == 1 + acknowledged  # every acknowledged call is there
    assert final.variables["contact_email"]["en"].endswith("@example.org")
