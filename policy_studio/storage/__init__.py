"""The workspace: storage protocol, the SQLite file, PostgreSQL, migrations, search."""

from .protocol import WorkspaceStore
from .rows import RowConflict
from .schema import CURRENT_VERSION
from .workspace import (
    WORKSPACE_SUFFIX,
    ClauseRevision,
    ConflictError,
    PolicySummary,
    Refresh,
    StorageError,
    Workspace,
    WorkspaceError,
)

__all__ = [
    "CURRENT_VERSION",
    "WORKSPACE_SUFFIX",
    "ClauseRevision",
    "ConflictError",
    "PolicySummary",
    "Refresh",
    "RowConflict",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceStore",
]
