"""Two writer processes on one policy lose nothing (issue 18 item 2, issue 17 "done when").

Each process opens the workspace afresh for every call, as separate command runs do. On the
SQLite file a read-modify-write holds the write lock from its first read (BEGIN IMMEDIATE); on
PostgreSQL a transaction-wide lock does the same. Every call that exits 0 must be in the result.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage.locate import open_store

CALLS = 200
"""Read-modify-write calls per writer process (issue 17: two clients × 200 edits)."""
CLI_CALLS = 60
"""Whole command runs per writer process (each imports and opens everything: ~10× a call)."""


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
        """.replace("CALLS", str(CLI_CALLS))
    acknowledged = 0
    for result in _run_writers(script, location, policy.id):
        assert result.returncode == 0, result.stderr
        acknowledged += int(result.stdout.split()[-1])
    assert acknowledged == 2 * CLI_CALLS
    with open_store(location) as again:
        final = again.policy(policy.id)
    assert len(final.sections) == 1 + acknowledged  # every acknowledged call is there
    assert final.variables["contact_email"]["en"].endswith("@example.org")


EDITOR = """
    import sys, time
    from pathlib import Path
    from policy_studio.storage import ConflictError
    from policy_studio.storage.locate import open_store
    location, policy_id, block_id, go, name = sys.argv[1:]
    conflicts = 0
    with open_store(location) as ws:  # one client, as an app window: open once, save edits
        ws.set_busy_timeout(10)
        policy = ws.policy(policy_id)
        Path(f"{go}.{name}").touch()  # ready; both start together
        while not Path(go).exists():
            time.sleep(0.005)
        for i in range(CALLS):
            token = f" {name}{i}"
            while True:
                block = policy.find_block(block_id)[1]
                block.set_text("en", block.get("en") + token)
                try:
                    ws.save_policy(policy, touched={block_id})
                    break
                except ConflictError:
                    conflicts += 1  # detected: take theirs, then append again on top
                    refresh = ws.refresh_policy(policy, touched={block_id})
                    policy = refresh.policy
                    for conflict in refresh.conflicts:
                        policy = ws.resolve_conflict(policy, conflict.key, keep_mine=False)
    print(conflicts)
    """.replace("CALLS", str(CALLS))


def _editors(location: str, policy_id: str, blocks: tuple[str, str], go: Path):
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(EDITOR), location, policy_id, block, str(go)]
            + [name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, block in zip(("a", "b"), blocks, strict=True)
    ]
    deadline = time.monotonic() + 120
    while not all(Path(f"{go}.{n}").exists() for n in "ab") and time.monotonic() < deadline:
        if any(proc.poll() is not None for proc in procs):
            break  # one failed to start: its stderr is reported below
        time.sleep(0.01)
    go.touch()
    conflicts = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        conflicts.append(int(out.split()[-1]))
    return conflicts


def _tokens(text: str, name: str) -> list[str]:
    return [t for t in text.split() if t.startswith(name) and t[1:].isdigit()]


def test_two_clients_editing_different_blocks_keep_all_200_edits_each(
    store, location, clauses, tmp_path
):
    policy = policy_from_clauses("Two editors", [(clauses[0], None), (clauses[1], None)])
    store.save_policy(policy)
    first, second = (s.blocks[0].id for s in policy.sections)
    conflicts = _editors(location, policy.id, (first, second), tmp_path / "go")
    assert conflicts == [0, 0]  # different rows never collide
    with open_store(location) as again:
        final = again.policy(policy.id)
    assert _tokens(final.find_block(first)[1].get("en"), "a") == [f"a{i}" for i in range(CALLS)]
    assert _tokens(final.find_block(second)[1].get("en"), "b") == [f"b{i}" for i in range(CALLS)]


def test_two_clients_editing_one_block_detect_every_conflict_and_lose_nothing(
    store, location, clauses, tmp_path
):
    policy = policy_from_clauses("One block", [(clauses[0], None)])
    store.save_policy(policy)
    block = policy.sections[0].blocks[0].id
    conflicts = _editors(location, policy.id, (block, block), tmp_path / "go")
    with open_store(location) as again:
        text = again.policy(policy.id).find_block(block)[1].get("en")
    # Every acknowledged save is in the text, in each writer's order: a save that would have
    # overwritten the other's was refused (a conflict), merged and made again.
    assert _tokens(text, "a") == [f"a{i}" for i in range(CALLS)]
    assert _tokens(text, "b") == [f"b{i}" for i in range(CALLS)]
    assert sum(conflicts) > 0  # they did collide, and each collision was caught
