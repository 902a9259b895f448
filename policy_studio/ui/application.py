"""Starting the desktop application: QApplication, the workspace, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..model import PolicyStudioError
from ..storage import Workspace
from ..storage.locations import default_workspace_path


def open_or_create(path: Path | None) -> Workspace:
    """The named workspace, or the default one (created with the starter library if missing)."""
    from ..library.starter import new_workspace

    if path is not None:
        return Workspace.open(path)
    path = default_workspace_path()
    if path.exists():
        return Workspace.open(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return new_workspace(path)


def run(path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Policy Studio")
    app.setOrganizationName("Policy Studio")
    from PySide6.QtCore import QSettings

    from .i18n import InterfaceLanguage, ui_language

    # POLICY_STUDIO_UI_LANG overrides the setting for one run (screenshots, support calls).
    interface = InterfaceLanguage(app, os.environ.get("POLICY_STUDIO_UI_LANG") or ui_language(QSettings()))
    try:
        workspace = open_or_create(path)
    except (PolicyStudioError, OSError) as exc:
        QMessageBox.critical(None, "Policy Studio", f"Cannot open the workspace.\n\n{exc}")
        return 1
    from .main_window import MainWindow

    window = MainWindow(workspace)
    window.show()
    code = app.exec()
    interface.remove(app)
    workspace.close()
    return int(code)
