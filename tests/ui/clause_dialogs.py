"""Window-test helpers for the clause dialog: it opens after a read on the database worker,
and its clause is written there."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def on_modal(action):
    """Run ``action(dialog)`` on the next modal dialog, once it is open (Edit clause reads
    the clause on the database worker before it opens its dialog)."""

    def run(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries:
            QTimer.singleShot(10, lambda: run(tries - 1))
            return
        action(dialog)

    QTimer.singleShot(0, run)


def written(qtbot, window, call) -> None:
    """Run ``call`` (it opens the clause dialog) and wait until the clause is written: the
    window writes it on the database worker."""
    with qtbot.waitSignal(window.clause_write_did_end, timeout=10000):
        call()
