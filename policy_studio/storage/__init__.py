"""The workspace file: SQLite schema, migrations, save and load, search."""

from .schema import CURRENT_VERSION
from .workspace import (
    WORKSPACE_SUFFIX,
    ClauseRevision,
    PolicySummary,
    Workspace,
    WorkspaceError,
)

__all__ = [
    "CURRENT_VERSION",
    "WORKSPACE_SUFFIX",
    "ClauseRevision",
    "PolicySummary",
    "Workspace",
    "WorkspaceError",
]
