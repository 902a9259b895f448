"""Column widths set through the ops layer: normalised, checked, undoable (issue 13)."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Policy, Section, make_table
from policy_studio.ops.base import OperationError
from policy_studio.ops.blocks import set_table_widths


def policy_with_table() -> Policy:
    table = make_table([[{"en": "a"}, {"en": "b"}, {"en": "c"}]])
    table.id = "t"
    section = Section(heading=Block(BlockKind.TITLE, {"en": "S"}), blocks=[table], id="s")
    return Policy(title={"en": "P"}, sections=[section])


def test_widths_are_stored_as_percentages_and_undone():
    policy = policy_with_table()
    _changes, edit = set_table_widths(policy, "s", "t", [2, 1, 1])
    table = policy.sections[0].blocks[0].table
    assert table.widths == [50.0, 25.0, 25.0] and table.fractions() == [0.5, 0.25, 0.25]
    edit.undo(policy)
    assert policy.sections[0].blocks[0].table.widths == []


@pytest.mark.parametrize(
    ("widths", "message"),
    [([50, 0, 50], "positive"), ([50, 50], "3 columns, 2 widths")],
)
def test_bad_widths_are_refused_with_a_message(widths, message):
    policy = policy_with_table()
    with pytest.raises(OperationError, match=message):
        set_table_widths(policy, "s", "t", widths)
    assert policy.sections[0].blocks[0].table.widths == []
