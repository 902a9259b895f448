"""The window as a Word or Trados user meets it (issue 15): selection, layout, dialogs, menus.

Each test drives the real MainWindow with keys, menus and buttons and asserts what the user
sees: the highlighted row, the text in the editor, panel widths, visible labels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def highlighted_title(window) -> str:
    return str(window.outline.view.currentIndex().data())


def test_moving_a_section_keeps_the_highlight_and_the_editor_on_it(window):
    outline = window.outline
    outline.select(window.session.policy.sections[0].id)
    moved = window.session.policy.sections[0].id
    outline.view.setFocus()
    QTest.keyClick(outline.view, Qt.Key_Down, Qt.AltModifier)
    assert highlighted_title(window).startswith("2. Reaching the team")
    assert outline.view.selectionModel().isSelected(outline.view.currentIndex())
    assert window.editor.section_id == moved
    assert "Write to" in window.editor.text.toPlainText()
    # A second move goes on in the same direction's opposite from the new place: back to the top.
    assert outline.move_up_action.isEnabled() and not outline.move_down_action.isEnabled()
    QTest.keyClick(outline.view, Qt.Key_Up, Qt.AltModifier)
    assert highlighted_title(window).startswith("1. Reaching the team")
    assert window.editor.section_id == moved


def test_section_menu_move_keeps_the_moved_section_selected(window):
    window.outline.select(window.session.policy.sections[1].id)
    moved = window.session.policy.sections[1].id
    window.outline.move_up_action.trigger()
    assert highlighted_title(window).startswith("1. Keeping records")
    assert window.editor.section_id == moved
    assert "Records stay with us" in window.editor.text.toPlainText()
    window.undo_action.trigger()
    assert highlighted_title(window).startswith("2. Keeping records")
    assert window.editor.section_id == moved
