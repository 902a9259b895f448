"""The SQLite file under faults: foreign journals, read-only files, pipes, damaged schemas,
half-built workspaces, and read-only commands that must not change the file (issue 18)."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.starter import new_workspace
from policy_studio.storage import CURRENT_VERSION, StorageError, Workspace, WorkspaceError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def leave_hot_journal(path: Path) -> None:
    """Kill a process in the middle of a write big enough to reach the file: a hot journal."""
    script = textwrap.dedent(
        f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size=2")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE policy_rows SET data = replace(data, 'Saved', 'Half-written')")
        conn.execute("UPDATE clause_history SET note = 'half' || note")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode < 0
    journal = path.with_name(path.name + "-journal")
    assert journal.read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")


def filled(path: Path, title: str) -> str:
    with new_workspace(path) as ws:
        policy = ws.find_policy("Example privacy policy")
        for n in range(3):
            extra = policy_from_clauses(f"{title} {n}", [])
            ws.save_policy(extra)
        return policy.id


def test_own_hot_journal_is_rolled_back_and_the_last_commit_found(tmp_path):
    path = tmp_path / "own.pstudio"
    policy_id = filled(path, "Saved")
    leave_hot_journal(path)
    with Workspace.open(path) as again:
        assert len(again.policies()) == 4
        assert "Half-written" not in str(again.policy(policy_id))
    assert not path.with_name(path.name + "-journal").exists() or (
        path.with_name(path.name + "-journal").read_bytes()[:8] != b"\xd9\xd5\x05\xf9"
    )


def test_a_journal_from_another_workspace_is_refused_and_nothing_changes(tmp_path):
    mine, other = tmp_path / "mine.pstudio", tmp_path / "other.pstudio"
    filled(mine, "Mine")
    filled(other, "Saved")
    leave_hot_journal(other)
    foreign = other.with_name(other.name + "-journal")
    journal = mine.with_name(mine.name + "-journal")
    journal.write_bytes(foreign.read_bytes())
    before, before_journal = digest(mine), digest(journal)
    with pytest.raises(WorkspaceError, match="does not belong to this workspace") as caught:
        Workspace.open(mine)
    assert "move mine.pstudio-journal" in str(caught.value)
    assert digest(mine) == before and digest(journal) == before_journal
    code, _out, err = run_cli("set-var", "Mine 0", "x", "y", "-w", str(mine))
    assert code == 1 and "does not belong" in err and "Traceback" not in err
    assert digest(mine) == before
    journal.unlink()  # the advice: move it away; then the workspace opens whole
    with Workspace.open(mine) as ws:
        assert len(ws.policies()) == 4


def test_a_read_only_file_is_a_clear_error_and_reads_still_work(tmp_path):
    path = tmp_path / "ro.pstudio"
    filled(path, "Saved")
    path.chmod(0o444)
    try:
        code, _out, err = run_cli("set-var", "Saved 0", "x", "y", "-w", str(path))
        if os.geteuid() != 0:  # root may write anyway; the message is for everyone else
            assert code == 1 and "read-only" in err and "internal error" not in err
        code, out, _err = run_cli("policies", "-w", str(path))
        assert code == 0 and "Saved 0" in out
    finally:
        path.chmod(0o644)


def test_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "x.pstudio"
    os.mkfifo(pipe)
    results: list[tuple[int, str, str]] = []
    thread = threading.Thread(
        target=lambda: results.extend(
            run_cli(cmd, *args, "-w", str(pipe))
            for cmd, args in (("policies", ()), ("show", ("p",)), ("set-var", ("p", "a", "b")))
        ),
        daemon=True,
    )
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "a command hung on a named pipe"
    for code, _out, err in results:
        assert code == 1 and "not a regular file" in err


def test_a_workspace_missing_its_versions_table_is_refused_at_open(tmp_path):
    path = tmp_path / "damaged.pstudio"
    filled(path, "Saved")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE versions")
    conn.commit()
    conn.close()
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(WorkspaceError, match="versions missing"):
            Workspace.open(path, readonly=readonly)
    assert digest(path) == before


def test_read_only_commands_never_rewrite_the_file(tmp_path):
    path = tmp_path / "wal.pstudio"
    filled(path, "Saved")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.close()
    before = digest(path)
    for argv in (["policies"], ["show", "Saved 0"], ["clauses"], ["versions", "Saved 0"]):
        code, _out, err = run_cli(*argv, "-w", str(path))
        assert code == 0, err
    assert digest(path) == before
    with open(path, "rb") as fh:
        assert fh.read(20)[18] == 2  # still WAL: only a command that writes converts it


def test_read_only_commands_do_not_migrate_an_older_file(tmp_path):
    path = tmp_path / "old.pstudio"
    conn = sqlite3.connect(path)
    from policy_studio.storage.schema import APPLICATION_ID, V1, V2_TRANSLATION

    conn.executescript(V1 + V2_TRANSLATION)
    conn.execute(
        "INSERT INTO policies VALUES ('p1', 'Old one', ?, 'x', 'x')",
        ('{"id": "p1", "title": {"en": "Old one"}, "sections": []}',),
    )
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    before = digest(path)
    code, out, err = run_cli("policies", "-w", str(path))
    assert code == 0 and "Old one" in out, err
    assert digest(path) == before
    assert not list(tmp_path.glob("*.bak"))
    code, _out, err = run_cli("version", "Old one", "--label", "1.0", "-w", str(path))
    assert code == 0, err  # a command that writes upgrades the file
    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        assert [v.label for v in ws.versions("p1")] == ["1.0"]
    assert (tmp_path / "old.pstudio.schema2.bak").exists()


def test_a_new_workspace_that_fails_half_way_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "new.pstudio"

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workspace, "save_policy", broken)
    with pytest.raises(OSError):
        new_workspace(path)
    assert not path.exists()
    assert not list(tmp_path.iterdir())  # no temporary file left either
    monkeypatch.undo()
    with new_workspace(path) as ws:  # and "already exists" does not block the retry
        assert len(ws.clauses()) > 20 and len(ws.policies()) == 1


def test_import_to_library_is_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "lib.pstudio"
    with new_workspace(path, seeded=False):
        pass
    source = tmp_path / "policy.md"
    source.write_text(
        "# Club notice\n\n## Who we are\n\nWe are a club.\n\n## What we keep\n\nNames only.\n",
        encoding="utf-8",
    )

    def broken(self, policy):
        raise StorageError(f"{path}: the disk is full")

    monkeypatch.setattr(Workspace, "save_policy", broken)
    code, _out, err = run_cli("import", str(source), "--to-library", "-w", str(path))
    assert code == 1 and "the disk is full" in err
    monkeypatch.undo()
    with Workspace.open(path) as ws:
        assert ws.clauses() == [] and ws.policies() == []
