"""The library's search as you type reads the clause catalog (issue 19, speed): the list shows
what the clauses say, Arabic folded, and only the selected clause is read whole."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from policy_studio.model import ClauseStatus

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(widget, text):
    """Type ``text`` one key at a time (QTest.keyClicks knows only ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def listed(panel):
    return [panel.results.item(i).text() for i in range(panel.results.count())]


@pytest.fixture
def panel(qtbot, workspace, variables):
    from policy_studio.ui.library_panel import LibraryPanel

    widget = LibraryPanel(workspace, variables)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_typing_an_arabic_query_with_diacritics_lists_the_clause_in_arabic(panel, monkeypatch):
    def no_parsing():
        raise AssertionError("the search as you type parsed every clause")

    monkeypatch.setattr(panel.workspace, "clauses", no_parsing)
    panel.lang_box.setCurrentIndex(panel.lang_box.findData("ar"))
    type_text(panel.search, "السِّجِلّات")  # the records, written with harakat
    assert listed(panel) == ["الاحتفاظ بالسجلات"]
    assert panel.results.item(0).data(Qt.UserRole) == "t-keeping"
    # Arabic titles are laid out from the right.
    assert panel.results.item(0).textAlignment() & Qt.AlignRight
    assert panel.search.text() == "السِّجِلّات"
    # The selected clause is shown whole: its wordings and its text.
    assert panel.results.currentRow() == 0
    assert panel.variant_box.count() == 1 + len(panel.workspace.clause("t-keeping").variants)
    assert "بالسجلات" in panel.preview.toPlainText()
    assert panel.status_label.text().startswith("1 clause")


def test_the_list_follows_a_status_change_after_reload(panel, workspace):
    QTest.keyClicks(panel.search, "young")
    assert listed(panel) == ["Young users  (draft)"]
    clause = workspace.clause("t-young")
    workspace.save_clause(replace(clause, status=ClauseStatus.APPROVED))
    panel.reload()
    assert listed(panel) == ["Young users"]
    assert panel.current_clause().status.value == "approved"
