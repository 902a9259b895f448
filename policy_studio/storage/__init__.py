"""The workspace: storage protocol, the SQLite file, PostgreSQL, migrations, search."""

from typing import TYPE_CHECKING, Any

from .protocol import WorkspaceStore
from .roles import EVERYTHING, Permissions, not_known
from .rows import RowConflict
from .schema import CURRENT_VERSION
from .workspace import (
    APP_BUSY_TIMEOUT,
    WORKSPACE_SUFFIX,
    ConflictError,
    LogEntry,
    PolicySummary,
    StorageError,
    Workspace,
    WorkspaceError,
)

if TYPE_CHECKING:
    from .records import ApprovalRecord, ClauseEntry, ClauseRevision, Refresh


def __getattr__(name: str) -> Any:
    """The record types an export never makes (storage/records.py), loaded when asked."""
    if name in ("ApprovalRecord", "ClauseEntry", "ClauseRevision", "Refresh"):
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
