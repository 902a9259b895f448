"""Starting the desktop app: QApplication, the workspace (opened off the UI thread), the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..app.session import Session
from ..app.settings import AppSettings
from ..model import PolicyStudioError
from ..storage.locations import default_workspace_path

TEST_TYPE_ENV = "POLICY_STUDIO_TEST_TYPE"
"""Test hook: once the window is up, type this text at the end of the first section, then print
"TYPED" on stdout. Lets a test kill the real app right after an edit and check what was saved."""

TEST_STREAM_ENV = "POLICY_STUDIO_TEST_TYPE_STREAM"
"""Test hook: once the window is up, type the words "<prefix>1", "<prefix>2", … one every 40 ms at
the end of the first section (the value is the prefix). After every autosave, print "SAVED k":
the highest word the saved text holds. A test kills the app at a random moment and checks that
every acknowledged word is in the workspace."""


def open_or_create(path: Path | str | None) -> Path | str:
    """The named workspace, or the default one (created with the starter library if missing)."""
    from ..library.starter import new_workspace

    if path is not None:
        return path
    path = default_workspace_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        new_workspace(path).close()
    return path


def _type_at_end(window, text: str) -> None:
    """Type ``text`` at the end of the section editor, as a user would."""
    from PySide6.QtGui import QTextCursor

    editor = window.editor
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText(text)


def _type_for_test(window, text: str) -> None:
    _type_at_end(window, text)
    print("TYPED", flush=True)


def _type_stream_for_test(window, session, prefix: str) -> None:
    import re

    pattern = re.compile(re.escape(prefix) + r"(\d+)\b")
    typed = 0

    sending: list[int] = [0]

    def highest() -> int:
        policy = session.policy
        if policy is None:
            return 0
        text = " ".join(
            block.get(policy.source_language) or ""
            for section in policy.sections
            for block in section.blocks
        )
        return max((int(n) for n in pattern.findall(text)), default=0)

    def started() -> None:
        # The save is taken from the policy now and written by the worker; words typed while
        # it is written are not in it.
        sending[0] = highest()

    def saved() -> None:
        print(f"SAVED {sending[0]}", flush=True)

    def type_one() -> None:
        nonlocal typed
        typed += 1
        _type_at_end(window, f" {prefix}{typed}")

    session.save_did_start.connect(started)
    session.policy_did_save.connect(saved)
    timer = QTimer(window)
    timer.setInterval(40)
    timer.timeout.connect(type_one)
    timer.start()
    print("TYPING", flush=True)


def run(path: Path | str | None) -> int:
    from .display_check import display_problem

    problem = None if QApplication.instance() else display_problem()
    if problem:
        print(f"policy-studio: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Policy Studio")
    app.setOrganizationName("Policy Studio")
    from .crash_report import install as install_crash_report

    install_crash_report()
    from PySide6.QtCore import QSettings

    from ..library.starter import load_variables
    from .i18n import InterfaceLanguage, ui_language
    from .main_window import MainWindow, open_in_background

    # POLICY_STUDIO_UI_LANG overrides the setting for one run (screenshots, support calls).
    interface = InterfaceLanguage(
        app, os.environ.get("POLICY_STUDIO_UI_LANG") or ui_language(QSettings())
    )
    settings = AppSettings()
    try:
        target = open_or_create(path)
        # The policy is read after the window has painted (MainWindow.open_after_paint).
        opened = open_in_background(target, None, None, read_policy=False)
    except (PolicyStudioError, OSError) as exc:
        QMessageBox.critical(
            None,
            "Policy Studio",
            QCoreApplication.translate("Application", "Cannot open the workspace.") + f"\n\n{exc}",
        )
        return 1
    session = Session(opened.workspace)
    session.policy = opened.policy
    from . import crash_report

    crash_report.unsaved_reason = lambda: (
        (session.last_error or "not saved yet") if (session.dirty) else ""
    )
    try:
        variables = load_variables()
    except PolicyStudioError:
        variables = {}
    window = MainWindow(session, settings, variables)
    window.show()
    window.open_after_paint(settings.last_policy(Path(target)))
    app.aboutToQuit.connect(lambda: (window.commit_typing(), session.flush()))

    def once_open(action) -> None:  # test hooks type once the policy is there
        if window.opening is not None:
            window.policy_did_open.connect(lambda: QTimer.singleShot(300, action))
        else:
            QTimer.singleShot(300, action)

    text = os.environ.get(TEST_TYPE_ENV)
    if text:
        once_open(lambda: _type_for_test(window, text))
    prefix = os.environ.get(TEST_STREAM_ENV)
    if prefix:
        once_open(lambda: _type_stream_for_test(window, session, prefix))
    code = app.exec()
    from ..app.jobs import wait_for_jobs

    wait_for_jobs()  # a comparison or verdict still running must not outlive the application
    interface.remove(app)
    session.close()
    return int(code)
