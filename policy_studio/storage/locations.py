"""Where the user's default workspace lives on each platform (no Qt needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_WORKSPACE = "POLICY_STUDIO_WORKSPACE"
"""Overrides the default workspace path (also handy for tests and shared set-ups)."""


def data_folder() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Policy Studio"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Policy Studio"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "policy-studio"


def default_workspace_path() -> Path:
    override = os.environ.get(ENV_WORKSPACE)
    if override:
        return Path(override).expanduser()
    return data_folder() / "workspace.pstudio"
