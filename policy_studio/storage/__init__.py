"""The workspace: storage protocol, the SQLite file, PostgreSQL, migrations, search."""

from .protocol import WorkspaceStore
from .roles import EVERYTHING, Permissions, not_known
from .rows import RowConflict
from .schema import CURRENT_VERSION
from .workspace import (
    APP_BUSY_TIMEOUT,
    WORKSPACE_SUFFIX,
    ApprovalRecord,
    ClauseEntry,
    ClauseRevision,
    ConflictError,
    LogEntry,
    PolicySummary,
    Refresh,
    StorageError,
    Workspace,
    WorkspaceError,
)

__all__ = [
    "APP_BUSY_TIMEOUT",
    "CURRENT_VERSION",
    "EVERYTHING",
    "not_known",
    "WORKSPACE_SUFFIX",
    "ApprovalRecord",
    "ClauseEntry",
    "ClauseRevision",
    "ConflictError",
    "LogEntry",
    "Permissions",
    "PolicySummary",
    "Refresh",
    "RowConflict",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceStore",
]
