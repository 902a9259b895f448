"""The last line of defence in the app: an unexpected error becomes a message, not a traceback.

The details go to a log file in the user's data folder so that support can read them; the user
sees one sentence saying what happened and that their work is kept (every edit is autosaved).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..model import PolicyStudioError
from ..storage.locations import data_folder


def log_path() -> Path:
    return data_folder() / "errors.log"


def write_log(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path | None:
    """Append the traceback to the error log; None when the log cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(kind, error, tb)))
        return path
    except OSError:
        return None


unsaved_reason: Callable[[], str] | None = None
"""Set by the app: why the latest edits are not saved, or "" when everything is on disk."""


def message_for(error: BaseException, logged: Path | None) -> str:
    if isinstance(error, PolicyStudioError):
        return str(error)
    text = QCoreApplication.translate("CrashReport", "Something went wrong: {error}").format(
        error=f"{type(error).__name__}: {error}"
    )
    reason = ""
    if unsaved_reason is not None:
        try:
            reason = unsaved_reason()
        except Exception:  # noqa: BLE001 - the report must not fail in turn
            reason = "the save state is unknown"
    if reason:
        text += "\n\n" + QCoreApplication.translate(
            "CrashReport",
            "Your latest edits are NOT saved yet ({reason}). They are kept in this window: use "
            "File › Save a copy as… to keep them.",
        ).format(reason=reason)
    else:
        text += "\n\n" + QCoreApplication.translate(
            "CrashReport", "Your edits up to this moment are saved in the workspace."
        )
    if logged is not None:
        details = QCoreApplication.translate("CrashReport", "Details were written to {path}.")
        text += "\n" + details.format(path=logged)
    return text


def install(show: Callable[[str], None] | None = None) -> None:
    """Route uncaught exceptions in Qt slots and callbacks to a message box and the log."""

    def show_box(text: str) -> None:
        parent = QApplication.activeWindow()
        QMessageBox.warning(parent, "Policy Studio", text)

    display = show or show_box

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        logged = None if isinstance(error, PolicyStudioError) else write_log(kind, error, tb)
        display(message_for(error, logged))

    sys.excepthook = hook
