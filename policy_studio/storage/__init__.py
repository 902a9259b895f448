"""The workspace file: SQLite schema, migrations, save and load, search."""

from .schema import CURRENT_VERSION
from .workspace import (
    WORKSPACE_SUFFIX,
    ApprovalRecord,
    ClauseRevision,
    LogEntry,
    PolicySummary,
    Workspace,
    WorkspaceError,
)

__all__ = [
    "CURRENT_VERSION",
    "WORKSPACE_SUFFIX",
    "ApprovalRecord",
    "ClauseRevision",
    "LogEntry",
    "PolicySummary",
    "Workspace",
    "WorkspaceError",
]
