"""Opening a workspace by what the user typed: a file path or a PostgreSQL connection string."""

from __future__ import annotations

import re
from pathlib import Path

from .protocol import WorkspaceStore
from .workspace import CLI_BUSY_TIMEOUT, Workspace

_CONNINFO = re.compile(r"^\s*(service|host|hostaddr|dbname|port|user)\s*=", re.IGNORECASE)


def is_database(location: str) -> bool:
    """True for a libpq connection string: ``postgresql://…``/``postgres://…`` URIs, or
    key=value settings such as ``service=team`` or ``host=db.example dbname=policies``."""
    text = location.strip()
    return text.startswith(("postgresql://", "postgres://")) or bool(_CONNINFO.match(text))


def open_store(
    location: str | Path,
    *,
    readonly: bool = False,
    busy_timeout: float = CLI_BUSY_TIMEOUT,
) -> WorkspaceStore:
    """Open an existing workspace: a ``.pstudio`` file or a PostgreSQL database."""
    if isinstance(location, str) and is_database(location):
        from .postgres import PostgresWorkspace

        return PostgresWorkspace.open(location, readonly=readonly, busy_timeout=busy_timeout)
    return Workspace.open(Path(location), readonly=readonly, busy_timeout=busy_timeout)


def create_store(location: str | Path) -> WorkspaceStore:
    """Create an empty workspace: a new file, or the schema in an empty PostgreSQL database."""
    if isinstance(location, str) and is_database(location):
        from .postgres import PostgresWorkspace

        return PostgresWorkspace.create(location)
    return Workspace.create(Path(location))
