"""Every storage test runs against each backend: the SQLite file and PostgreSQL.

The PostgreSQL cluster is a throw-away one (tests/pg_cluster.py): initdb in a temporary folder,
started on a free local port, as a non-root user; each test gets its own empty database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from policy_studio.storage import WorkspaceStore
from policy_studio.storage.locate import create_store, open_store

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new, not yet created workspace goes: a file path or a database URI."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.pstudio")
        return
    cluster = request.getfixturevalue("pg_cluster")
    yield cluster.new_database()


@pytest.fixture
def store(location: str, clauses) -> Iterator[WorkspaceStore]:
    """A created workspace with the three test clauses, on the backend of ``location``."""
    ws = create_store(location)
    for clause in clauses:
        ws.save_clause(clause)
    yield ws
    ws.close()


@pytest.fixture
def reopen(location: str) -> Iterator[Callable[..., WorkspaceStore]]:
    """Open another client on the same workspace (closed at the end of the test)."""
    opened: list[WorkspaceStore] = []

    def open_again(**kwargs: object) -> WorkspaceStore:
        ws = open_store(location, **kwargs)  # type: ignore[arg-type]
        opened.append(ws)
        return ws

    yield open_again
    for ws in opened:
        ws.close()
