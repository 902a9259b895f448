"""Preferences kept between runs (QSettings): recent workspaces, last policy.

The window layout is kept by ui/window_layout.py, per view and interface direction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8


class AppSettings:
    """Typed access to the application's QSettings; pass a QSettings to use another store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def recent_workspaces(self) -> list[Path]:
        value = self.store.value("recent/workspaces", [])
        # An INI file gives back a one-item list as a plain string.
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(p)) for p in items if p]

    def add_recent_workspace(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        items = [str(p) for p in self.recent_workspaces() if str(p) != resolved]
        self.store.setValue("recent/workspaces", [resolved, *items][:MAX_RECENT])

    def last_policy(self, workspace: Path) -> str | None:
        value = self.store.value(f"last_policy/{_key(workspace)}")
        return str(value) if value else None

    def set_last_policy(self, workspace: Path, policy_id: str) -> None:
        self.store.setValue(f"last_policy/{_key(workspace)}", policy_id)

    @property
    def user_name(self) -> str:
        """The name the audit log and approvals record for this user ("" until asked)."""
        value = self.store.value("identity/user_name", "")
        return str(value).strip() if value else ""

    def set_user_name(self, name: str) -> None:
        self.store.setValue("identity/user_name", name.strip())

    def recovery_folder(self) -> Path:
        """Where a closing window keeps edits it could not save (app/recovery.py): a folder
        beside the settings file, so it belongs to this user and this computer."""
        return Path(self.store.fileName()).resolve().parent / "recovery"

    def sync(self) -> None:
        self.store.sync()


def _key(path: Path) -> str:
    # QSettings treats "/" and "\" as group separators: flatten the path into one key.
    return str(Path(path).resolve()).replace("/", "|").replace("\\", "|")
