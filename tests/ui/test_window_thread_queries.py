"""The window asks the team server nothing on its own thread (issue 17 item 7: "a network
timeout never freezes the window").

The frozen-server tests (test_window_frozen_server.py) each freeze the server under one action.
This one sweeps: a person's working day on a team workspace — open a policy, type, search the
library, compare, read the history, save a version, edit a clause, export and import the
translation memory, translate (the grid, a dismissal, the glossary) — with every query the
window's own connection sends recorded with the thread that sent it. A query sent from the
window's thread is one a stalled network would turn into a frozen window; the test names the
step and the code that sent it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from policy_studio.model import Status
from policy_studio.storage import postgres
from tests.ui import test_window_frozen_server as frozen
from tests.ui.clause_dialogs import on_modal, written
from tests.ui.test_window_menus import ask_to_save_version

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

team_window = frozen.team_window
"""The frozen-server tests' window: three policies on a throw-away server, the first open."""


class Queries:
    """Queries sent on the window's thread, each with the step it came in and who sent it."""

    def __init__(self) -> None:
        self.step = ""
        self.sent: list[str] = []

    def record(self, sql: str) -> None:
        ours = [
            f"{f.filename.rsplit('policy_studio/', 1)[-1]}:{f.lineno} {f.name}"
            for f in traceback.extract_stack()[:-2]
            if "/policy_studio/" in f.filename and "/storage/" not in f.filename
        ]
        caller = " < ".join(reversed(ours[-3:])) or "(outside policy_studio)"
        self.sent.append(f"{self.step}: {' '.join(sql.split()[:3])} … from {caller}")


@contextmanager
def window_thread_queries(monkeypatch) -> Iterator[Queries]:
    queries = Queries()
    real = postgres._PgConnection.execute
    window_thread = threading.main_thread()

    def execute(connection, sql, params=()):
        if threading.current_thread() is window_thread:
            queries.record(sql)
        return real(connection, sql, params)

    monkeypatch.setattr(postgres._PgConnection, "execute", execute)
    yield queries
    monkeypatch.setattr(postgres._PgConnection, "execute", real)


def test_a_working_day_on_a_team_workspace_sends_no_query_from_the_windows_thread(
    qtbot, team_window, monkeypatch, settled, tmp_path
):
    window, policies = team_window
    _staff, customers, _suppliers = policies
    with window_thread_queries(monkeypatch) as queries:
        queries.step = "opening another policy"
        with qtbot.waitSignal(window.policy_did_open, timeout=10000):
            frozen._choose(window, customers)
        assert window.policy_box.currentText() == "Customer notice"

        queries.step = "typing in a section"
        assert window.outline.select(customers.sections[0].id)
        editor = window.editor.text
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        with qtbot.waitSignal(window.session.policy_did_save, timeout=10000):
            QTest.keyClicks(editor, " Ask us anything.")
            window.commit_typing()
        assert editor.toPlainText().endswith("Ask us anything.")

        queries.step = "searching the library"
        QTest.keyClicks(window.library_panel.search, "young")
        settled(window.library_panel)
        assert window.library_panel.results.count() == 1

        queries.step = "reading the history"
        window.docks["history"].show()
        panel = window.history.panel
        qtbot.waitUntil(lambda: not panel.reading, timeout=10000)
        panel.tabs.setCurrentWidget(panel.activity)
        qtbot.waitUntil(lambda: not panel.activity.reading, timeout=10000)

        queries.step = "saving a version"
        ask_to_save_version(window, "1.0")
        panel = window.history.panel
        qtbot.waitUntil(lambda: not panel.busy and not panel.reading, timeout=10000)
        assert panel.tree.topLevelItem(0).text(1) == "1.0"

        queries.step = "comparing the draft with the version"
        with qtbot.waitSignal(window.compare_view.did_compare, timeout=10000):
            window.set_mode(2)
        assert window.compare_view.old_box.currentText() == "Version 1 (1.0)"

        queries.step = "editing a library clause"
        window.set_mode(0)

        def change(dialog) -> None:
            dialog.bodies["en"].setPlainText("Write to {{contact_email}} at any time.")
            dialog._accept()

        on_modal(change)
        written(qtbot, window, lambda: window.edit_clause("t-contact"))
        assert window.statusBar().currentMessage() == "Saved t-contact as version 2"

        queries.step = "exporting and importing the translation memory"
        memory = tmp_path / "memory.tmx"
        with qtbot.waitSignal(window.transfer.memory_did_end, timeout=10000):
            window.transfer.export_tmx(memory)
        window.transfer.last_message.close()
        with qtbot.waitSignal(window.transfer.memory_did_end, timeout=10000):
            window.transfer.import_tmx(memory)
        assert "already in the memory" in window.transfer.last_message.text()
        window.transfer.last_message.close()

        queries.step = "translating (the grid's glossary, findings and memory)"
        window.set_mode(1)
        grid = window.translate_view.grid
        qtbot.waitUntil(
            lambda: not grid.reading_workspace() and not grid.model.checking(), timeout=10000
        )
        grid.go_to_row(1)
        grid.model.set_target(1, "نص عربي")  # too short, its variable lost: findings
        grid.set_status(1, Status.REVIEWED)  # its activity line
        tree = grid.findings_panel.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=10000)
        before = tree.topLevelItemCount()
        tree.setCurrentItem(tree.topLevelItem(0))
        grid.findings_panel.dismiss_button.click()
        assert tree.topLevelItemCount() == before - 1

        queries.step = "the glossary dialog"
        dialog = grid.edit_glossary()
        qtbot.waitUntil(dialog.add_button.isEnabled, timeout=10000)
        dialog.term.setText("reply")
        dialog.translation.setText("الرد")
        dialog.add_button.click()
        qtbot.waitUntil(lambda: "reply" in str(grid.model.glossary), timeout=10000)
        dialog.close()
        window.set_mode(0)

        queries.step = "merging what others saved"
        window.session.check_outside_changes()
        qtbot.wait(300)
    assert queries.sent == []
