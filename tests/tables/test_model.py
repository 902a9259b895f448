"""The table block: cells are segments with ids, states and a place (row, column)."""

from __future__ import annotations

import json

import pytest

from policy_studio.model import BlockKind, SchemaError, Status
from policy_studio.model.serialize import (
    from_json,
    policy_from_dict,
    policy_to_dict,
    to_json,
)

from .fixtures import table_policy


def test_every_cell_is_a_segment_with_its_row_and_column() -> None:
    policy = table_policy()
    ids = [b.id for _, b in policy.iter_blocks()]
    # Title, paragraph, six cells row by row, paragraph: the table itself is no segment.
    assert ids == ["h1", "p1", *(f"tbl1.r{r}c{c}" for r in (1, 2, 3) for c in (1, 2)), "p2"]
    section = policy.sections[0]
    found = section.cell_position("tbl1.r3c2")
    assert found is not None
    table, row, column = found
    assert (table.id, row, column) == ("tbl1", 2, 1)
    assert section.cell_position("p1") is None


def test_cells_carry_their_own_translation_state() -> None:
    policy = table_policy()
    _, cell = policy.find_block("tbl1.r2c1") or (None, None)
    assert cell is not None and cell.kind is BlockKind.CELL
    cell.confirm("ar", "en")
    assert cell.state("ar").status is Status.TRANSLATED
    cell.set_text("en", "Sending bills by post")
    assert cell.is_stale("ar", "en")
    _, other = policy.find_block("tbl1.r2c2") or (None, None)
    assert other is not None and not other.is_stale("ar", "en")


def test_table_round_trips_through_json_with_ids_widths_and_states() -> None:
    policy = table_policy()
    _, cell = policy.find_block("tbl1.r2c2") or (None, None)
    assert cell is not None
    cell.confirm("ar", "en", Status.REVIEWED)
    data = from_json(to_json(policy_to_dict(policy)))
    assert data["schema_version"] == 2
    again = policy_from_dict(data)
    table = again.sections[0].blocks[1]
    assert table.kind is BlockKind.TABLE and table.table is not None
    assert table.table.header_rows == 1
    assert table.table.widths == [2.0, 1.0]
    assert table.table.fractions() == pytest.approx([2 / 3, 1 / 3])
    assert [c.id for c in table.table.cells()] == [
        c.id for c in policy.sections[0].blocks[1].segments
    ]
    assert table.table.rows[2][0].get("ar") == "الرد عليك عبر {{contact_email}}"
    assert table.table.rows[1][1].state("ar").status is Status.REVIEWED


def test_a_policy_without_tables_is_still_written_as_schema_1() -> None:
    policy = table_policy()
    del policy.sections[0].blocks[1]
    assert policy_to_dict(policy)["schema_version"] == 1


def test_copy_with_new_ids_gives_every_cell_a_new_id() -> None:
    block = table_policy().sections[0].blocks[1]
    fresh = block.copy(keep_id=False)
    old_ids = {c.id for c in block.segments}
    assert fresh.id != block.id
    assert not old_ids & {c.id for c in fresh.segments}
    assert [c.text for c in fresh.segments] == [c.text for c in block.segments]
    same = block.copy()
    assert [c.id for c in same.segments] == [c.id for c in block.segments]
    same.segments[0].set_text("en", "changed")
    assert block.segments[0].get("en") == "**Purpose**"


def test_a_malformed_table_is_a_clear_schema_error() -> None:
    data = policy_to_dict(table_policy())
    data["sections"][0]["blocks"][1]["table"]["rows"] = "not rows"
    with pytest.raises(SchemaError, match="table"):
        policy_from_dict(json.loads(json.dumps(data)))


def test_short_rows_are_padded_not_dropped() -> None:
    data = policy_to_dict(table_policy())
    del data["sections"][0]["blocks"][1]["table"]["rows"][2][1]
    table = policy_from_dict(data).sections[0].blocks[1].table
    assert table is not None
    assert [len(r) for r in table.rows] == [2, 2, 2]
    assert table.rows[2][0].get("en").startswith("Answering")
    assert table.rows[2][1].text == {}
