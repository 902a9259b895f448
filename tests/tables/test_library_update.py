"""A library update of a clause whose table changed is merged cell by cell, three-way.

The user's cell edits stay, the library's cell changes come in, and a cell both changed
differently is a conflict showing both texts; only a table both sides reshaped (or a removed
row holding the other side's edit) is decided as a whole.
"""

from __future__ import annotations

import copy
import re
from html import unescape

import pytest

from policy_studio.library.starter import load_starter_clauses
from policy_studio.library.update import Choice, Outcome, merge_section, merged_section
from policy_studio.model import Block, BlockKind, Policy, Status
from policy_studio.ops.base import OperationError
from policy_studio.ops.library_update import apply_update
from policy_studio.ops.sections import insert_clause

# The offscreen platform says this whenever a top-level window is shown: not our warning.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

KEY = "purposes-lawful-bases"
LANGS = ["en", "ar"]


@pytest.fixture
def base():
    return next(c for c in load_starter_clauses() if c.key == KEY)


@pytest.fixture
def policy(base):
    policy = Policy(title={"en": "P", "ar": "س"}, source_language="en", target_languages=["ar"])
    insert_clause(policy, base)
    return policy


def next_version(clause):
    theirs = copy.deepcopy(clause)
    theirs.version = clause.version + 1
    return theirs


def table_of(section_or_clause):
    blocks = section_or_clause.blocks
    return next(b for b in blocks if b.kind is BlockKind.TABLE)


def cells_en(block):
    return [[c.get("en") for c in row] for row in block.table.rows]


def test_edits_in_different_cells_merge_without_a_conflict(base, policy):
    section = policy.sections[0]
    mine = table_of(section).table
    ids = [c.id for c in mine.cells()]
    mine.rows[3][0].set_text("en", "Our own wording of this purpose")
    theirs = next_version(base)
    their_table = table_of(theirs).table
    their_table.rows[1][2].set_text("en", "The library's new lawful basis")
    their_table.rows[1][2].set_text("ar", "الأساس القانوني الجديد للمكتبة")

    merge = merge_section(section, base, theirs, LANGS)
    (row,) = [r for r in merge.rows if r.local is not None and r.local.table is not None]
    assert row.outcome is Outcome.MERGED and row.cells is not None
    outcomes = {
        (c.row, c.column): c.outcome for c in row.cells if c.outcome is not Outcome.UNCHANGED
    }
    assert outcomes == {(3, 0): Outcome.KEEP_LOCAL, (1, 2): Outcome.TAKE_THEIRS}
    assert merge.conflicts == [] and merge.locally_edited and merge.library_changed

    result = merged_section(merge, "en")
    table = table_of(result)
    assert table.table.rows[3][0].get("en") == "Our own wording of this purpose"
    assert table.table.rows[1][2].get("en") == "The library's new lawful basis"
    assert table.table.rows[1][2].get("ar") == "الأساس القانوني الجديد للمكتبة"
    # Every cell keeps its id (translations, findings and history stay attached) and origin.
    assert [c.id for c in table.table.cells()] == ids
    assert [c.origin for c in table.table.cells()] == [c.id for c in their_table.cells()]
    # The library's approved Arabic comes in approved; the untouched cells keep their state.
    assert table.table.rows[1][2].state("ar").status is Status.APPROVED
    assert result.clause.version == theirs.version


def test_a_cell_changed_on_both_sides_is_a_conflict_with_both_texts(base, policy):
    section = policy.sections[0]
    mine = table_of(section).table
    mine.rows[2][1].set_text("en", "My retention period")
    mine.rows[4][0].set_text("en", "My own purpose")
    theirs = next_version(base)
    table_of(theirs).table.rows[2][1].set_text("en", "The library's retention period")
    table_of(theirs).table.rows[1][1].set_text("en", "A clearer library purpose")

    merge = merge_section(section, base, theirs, LANGS)
    (row,) = [r for r in merge.rows if r.cells is not None]
    assert row.outcome is Outcome.CONFLICT and row in merge.conflicts
    (conflict,) = row.cell_conflicts
    assert (conflict.row, conflict.column) == (2, 1)
    assert conflict.local.get("en") == "My retention period"
    assert conflict.theirs.get("en") == "The library's retention period"
    assert conflict.base.get("en") == base_cell(base, 2, 1)
    with pytest.raises(ValueError, match="1 conflict"):
        merged_section(merge, "en")

    conflict.choice = Choice.THEIRS
    table = table_of(merged_section(merge, "en")).table
    assert table.rows[2][1].get("en") == "The library's retention period"
    assert table.rows[4][0].get("en") == "My own purpose"  # the user's other edit stays
    assert table.rows[1][1].get("en") == "A clearer library purpose"  # the library's comes in
    conflict.choice = Choice.LOCAL
    table = table_of(merged_section(merge, "en")).table
    assert table.rows[2][1].get("en") == "My retention period"
    assert table.rows[1][1].get("en") == "A clearer library purpose"


def base_cell(clause, r, c):
    return table_of(clause).table.rows[r][c].get("en")


def test_a_row_the_library_added_comes_in_beside_the_users_edit(base, policy):
    section = policy.sections[0]
    table_of(section).table.rows[1][0].set_text("en", "My purpose")
    theirs = next_version(base)
    their_table = table_of(theirs).table
    block_id = table_of(theirs).id
    their_table.rows.append(
        [
            Block(BlockKind.CELL, {"en": f"new {c}", "ar": f"جديد {c}"}, id=f"{block_id}.r6c{c}")
            for c in (1, 2, 3)
        ]
    )
    merge = merge_section(section, base, theirs, LANGS)
    (row,) = [r for r in merge.rows if r.cells is not None]
    assert row.outcome is Outcome.MERGED and row.shape_from is Choice.THEIRS
    table = table_of(merged_section(merge, "en"))
    assert cells_en(table)[1][0] == "My purpose"
    assert cells_en(table)[5] == ["new 1", "new 2", "new 3"]
    assert [c.origin for c in table.table.rows[5]] == [c.id for c in their_table.rows[5]]


def test_a_removed_row_holding_the_other_sides_edit_is_a_whole_table_conflict(base, policy):
    section = policy.sections[0]
    table_of(section).table.rows[4][2].set_text("en", "My edit in the last row")
    theirs = next_version(base)
    table_of(theirs).table.rows.pop(4)
    table_of(theirs).table.rows[1][0].set_text("en", "Library edit")
    merge = merge_section(section, base, theirs, LANGS)
    (row,) = [r for r in merge.rows if r.local is not None and r.local.table is not None]
    # Merging cell by cell would drop the user's edit with its row: the user decides.
    assert row.cells is None and row.outcome is Outcome.CONFLICT


def test_the_ops_update_is_one_undoable_edit(base, policy):
    section = policy.sections[0]
    table_of(section).table.rows[3][0].set_text("en", "Mine")
    theirs = next_version(base)
    table_of(theirs).table.rows[3][1].set_text("en", "Theirs")
    table_of(theirs).table.rows[3][0].set_text("en", "Theirs too")
    merge = merge_section(section, base, theirs, LANGS)
    with pytest.raises(OperationError, match="conflict"):
        apply_update(policy, merge)
    merge.conflicts[0].cell_conflicts[0].choice = Choice.LOCAL
    before = cells_en(table_of(policy.sections[0]))
    changes, edit = apply_update(policy, merge)
    after = cells_en(table_of(policy.sections[0]))
    assert after[3][:2] == ["Mine", "Theirs"]
    edit.undo(policy)
    assert cells_en(table_of(policy.sections[0])) == before


def test_the_update_dialog_shows_each_changed_cell_and_asks_per_conflicting_cell(
    qtbot, base, policy
):
    from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel

    from policy_studio.ui.update_dialog import UpdateDialog

    section = policy.sections[0]
    table_of(section).table.rows[2][1].set_text("en", "My retention period")
    theirs = next_version(base)
    table_of(theirs).table.rows[2][1].set_text("en", "The library's retention period")
    table_of(theirs).table.rows[1][1].set_text("en", "A clearer library purpose")
    merge = merge_section(section, base, theirs, LANGS)
    dialog = UpdateDialog(merge)
    qtbot.addWidget(dialog)
    dialog.show()
    (box,) = [b for b in dialog.findChildren(QGroupBox) if b.objectName().startswith("table:")]
    assert box.title() == "Table: you and the library both changed 1 cell(s); choose for each."
    shown = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
    assert any("Row 2, column 2: the library changed this cell" in t for t in shown)
    assert any("Row 3, column 2: conflict" in t for t in shown)
    # Both texts of the conflicting cell are there to compare (tags stripped: words marked).
    plain = " | ".join(" ".join(unescape(re.sub("<[^>]+>", " ", t)).split()) for t in shown)
    assert "My retention period" in plain
    assert "The library's retention period" in plain
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    (cell,) = merge.conflicts[0].cell_conflicts
    dialog.choose(cell.key, Choice.LOCAL)
    assert ok.isEnabled() and cell.choice is Choice.LOCAL
    table = table_of(merged_section(merge, "en")).table
    assert table.rows[2][1].get("en") == "My retention period"
    assert table.rows[1][1].get("en") == "A clearer library purpose"
