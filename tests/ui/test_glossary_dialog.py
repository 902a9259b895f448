"""The glossary dialog writes terms to the workspace and the grid checks them at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from policy_studio.ui.bilingual_grid import BilingualGrid
from policy_studio.ui.glossary_dialog import GlossaryDialog
from policy_studio.ui.models.segment_model import Role

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_adding_and_removing_terms_is_stored_in_the_workspace(qtbot, workspace):
    dialog = GlossaryDialog(workspace, "en", "ar")
    qtbot.addWidget(dialog)
    changed = []
    dialog.glossary_did_change.connect(lambda: changed.append(True))
    dialog.term.setText("records")
    dialog.translation.setText("السجلات")
    dialog.add_button.click()
    assert [(t.source_term, t.target_term) for t in workspace.glossary("en", "ar")] == [
        ("records", "السجلات")
    ]
    assert dialog.table.rowCount() == 1 and dialog.term.text() == ""
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert workspace.glossary("en", "ar") == []
    assert changed == [True, True]


def test_a_term_added_from_the_grid_is_checked_and_highlighted_at_once(
    qtbot, workspace, grid_policy
):
    grid = BilingualGrid(grid_policy, "en", "ar", workspace=workspace)
    qtbot.addWidget(grid)
    assert not any(f.check == "glossary" for f in grid.model.all_findings())
    dialog = grid.edit_glossary()
    dialog.term.setText("copy")
    dialog.translation.setText("صورة")
    dialog.add_button.click()
    assert [f.block_id for f in grid.model.all_findings() if f.check == "glossary"] == ["b3"]
    assert "background-color:#fff1a8" in grid.model.data(grid.model.index(4, 0), Role.HTML)
    dialog.close()


def test_a_forbidden_term_is_marked_in_the_dialog_and_reported_in_the_grid(
    qtbot, workspace, grid_policy
):
    grid = BilingualGrid(grid_policy, "en", "ar", workspace=workspace)
    qtbot.addWidget(grid)
    dialog = grid.edit_glossary()
    dialog.term.setText("copy")
    dialog.translation.setText("نسخة")
    dialog.forbidden.setChecked(True)
    dialog.add_button.click()
    assert dialog.table.item(0, 3).text() == "forbidden"
    assert not dialog.forbidden.isChecked()  # the next term starts as a required one
    [finding] = [f for f in grid.model.all_findings() if f.check == "forbidden"]
    assert finding.block_id == "b3" and finding.severity.value == "error"
    row = grid.model.row_of("b3")
    tip = grid.model.data(grid.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "copy → not “نسخة” (forbidden)" in tip
    dialog.close()


def test_a_term_is_corrected_in_place_and_switched_to_forbidden(qtbot, workspace):
    from PySide6.QtWidgets import QLineEdit

    workspace.add_glossary_term("en", "ar", "record", "سجل")
    workspace.add_glossary_term("en", "ar", "personal data", "البيانات الشخصية")
    dialog = GlossaryDialog(workspace, "en", "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    changed = []
    dialog.glossary_did_change.connect(lambda: changed.append(True))
    # Double-click the translation, type the corrected one, Enter: as in a spreadsheet.
    table = dialog.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.setText("records")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    if table.state() == table.State.EditingState:  # offscreen, Return may not reach it
        table.setCurrentCell(1, 0)
    QApplication.processEvents()
    terms = workspace.glossary("en", "ar")
    assert [(t.source_term, t.target_term) for t in terms][0] == ("record" + "s", "سجل")
    assert table.item(0, 0).text() == "records"
    # "Use": a double-click makes the pair forbidden.
    rect = table.visualRect(table.model().index(0, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()
    assert workspace.glossary("en", "ar")[0].forbidden
    assert table.item(0, 3).text() == "forbidden"
    # A correction that would duplicate the other pair is refused, said, and not kept.
    table.item(0, 0).setText("personal data")  # saved: "personal data" → سجل is new
    QApplication.processEvents()
    table.item(0, 1).setText("البيانات الشخصية")  # the same pair as the second row
    QApplication.processEvents()
    assert "already has" in dialog.message.text()
    assert workspace.glossary("en", "ar")[0].target_term == "سجل"
    assert table.item(0, 1).text() == "سجل"
    assert changed == [True, True, True]
