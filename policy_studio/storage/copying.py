"""Copying a whole workspace between backends (file ↔ PostgreSQL), and proving the copy equal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model.serialize import clause_from_dict, from_json
from .locate import is_database
from .protocol import WorkspaceStore
from .schema import COPIED_TABLES
from .workspace import Workspace, WorkspaceError

OWN_META = ("workspace_id", "schema_version")
"""Meta rows that belong to one workspace and are not copied: its identity and schema."""


def _impl(store: WorkspaceStore) -> Workspace:
    if not isinstance(store, Workspace):
        raise TypeError(f"cannot copy {type(store).__name__}")
    return store


def dump(store: WorkspaceStore) -> dict[str, list[tuple[Any, ...]]]:
    """Every copied table's rows, sorted, as plain values: equal dumps, equal workspaces."""
    conn = _impl(store)._conn
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table, columns in COPIED_TABLES.items():
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        values = [tuple(_plain(v) for v in row) for row in rows]
        if table == "meta":
            values = [row for row in values if row[0] not in OWN_META]
        out[table] = sorted(values, key=repr)
    return out


def _plain(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def copy_into(source: WorkspaceStore, target: WorkspaceStore) -> None:
    """Copy everything in ``source`` into the empty workspace ``target``, in one transaction."""
    src, dst = _impl(source), _impl(target)
    if dst.clauses() or dst.policies():
        raise WorkspaceError(f"{dst.location}: the target workspace is not empty")
    data = dump(src)
    with dst.transaction():
        conn = dst._conn
        for table, columns in COPIED_TABLES.items():
            marks = ", ".join("?" for _ in columns)
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            if table == "meta":
                sql += " ON CONFLICT(key) DO UPDATE SET value=excluded.value"
            conn.executemany(sql, data[table])
        for (text,) in conn.execute("SELECT data FROM clauses").fetchall():
            dst._index_clause(conn, clause_from_dict(from_json(str(text), "clause")))
        dst._after_copy()


def copy_workspace(source: str, target: str) -> tuple[WorkspaceStore, dict[str, int]]:
    """Copy the workspace at ``source`` to a new one at ``target`` (a file that does not exist
    yet, or an empty PostgreSQL database); returns the open target and what was copied."""
    from .locate import create_store, open_store

    with open_store(source, readonly=True) as src:
        if is_database(target):
            dst = create_store(target)
            try:
                copy_into(src, dst)
            except BaseException:
                dst.close()
                raise
        else:
            with Workspace.building(Path(target)) as building:
                copy_into(src, building)
            dst = open_store(target)
        expected = dump(src)
    found = dump(dst)
    if found != expected:
        differing = sorted(t for t in expected if expected[t] != found.get(t))
        dst.close()
        raise WorkspaceError(
            f"{dst.location}: the copy differs from {source} in {', '.join(differing)}"
        )
    counts = {table: len(rows) for table, rows in found.items()}
    return dst, counts
