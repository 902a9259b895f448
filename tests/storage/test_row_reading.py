"""Reading a policy back from its rows: the fast JSON path accepts and refuses what json.loads
did (issue 14: an export reads 12,500 rows of a large policy before it writes a line)."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, ReviewNote, SchemaError, Status
from policy_studio.model.serialize import policy_to_dict
from policy_studio.storage.rows import policy_from_rows, policy_rows
from tests.conftest import make_policy


def _rows():
    policy = make_policy()
    block = policy.sections[0].blocks[0]
    block.confirm("ar", "en", Status.REVIEWED)
    block.notes.append(ReviewNote("en", "Check the wording", author="Rana", id="n1"))
    policy.sections[0].blocks.append(Block(BlockKind.BULLET, {"en": "Nested"}, level=2, id="b9"))
    return policy, policy_rows(policy)


def test_a_policy_read_from_its_rows_is_the_policy_written():
    policy, rows = _rows()
    back = policy_from_rows(rows)
    assert policy_to_dict(back) == policy_to_dict(policy)
    block = back.sections[0].blocks[0]
    assert block.state("ar").status is Status.REVIEWED
    assert [n.text for n in block.notes] == ["Check the wording"]
    assert back.sections[0].blocks[-1].level == 2


def test_white_space_around_a_rows_json_is_read_as_before():
    policy, rows = _rows()
    key = next(k for k in rows if k.startswith("block/"))
    rows[key] = "  " + rows[key] + "\n"
    assert policy_to_dict(policy_from_rows(rows)) == policy_to_dict(policy)


@pytest.mark.parametrize("damage", ["{} trailing", '{"id": ', "", "[1, 2]"])
def test_a_damaged_row_is_refused_naming_it(damage):
    _, rows = _rows()
    key = next(k for k in rows if k.startswith("block/"))
    rows[key] = rows[key] + damage if damage.startswith("{}") else damage
    with pytest.raises(SchemaError) as caught:
        policy_from_rows(rows)
    message = str(caught.value)
    assert key in message or "malformed" in message


def test_a_block_of_an_unknown_kind_is_refused():
    _, rows = _rows()
    key = next(k for k in rows if k.startswith("block/"))
    rows[key] = rows[key].replace('"kind":"title"', '"kind":"sidebar"')
    assert '"sidebar"' in rows[key]
    with pytest.raises(SchemaError, match="malformed.*sidebar"):
        policy_from_rows(rows)


def test_every_kind_of_row_reads_back_as_written():
    # Tables, states in several languages, a block id used twice, per-language metadata,
    # a direction override, a linked section and variables: read straight into the model
    # (no dict per block in between), they must come back field for field.
    from policy_studio.model import ClauseRef, Section, Table

    policy, _ = _rows()
    policy.meta = {"subtitle": {"en": "For customers", "ar": "للعملاء"}}
    policy.variables["company"] = {"en": "Acme", "ar": "أكمي"}
    cells = [
        [Block(BlockKind.CELL, {"en": "Data", "ar": "البيانات"}, id="c1")],
        [Block(BlockKind.CELL, {"en": "Name"}, id="c2")],
    ]
    table = Block(BlockKind.TABLE, id="t1", table=Table(cells, header_rows=1, widths=[1.0]))
    twin = Block(BlockKind.PARAGRAPH, {"en": "Same id", "ar": "نفس"}, id="b1", direction="rtl")
    twin.confirm("ar", "en", Status.TRANSLATED)
    policy.sections.append(
        Section(
            Block(BlockKind.TITLE, {"en": "Linked"}, id="h9"),
            [table, twin],
            id="s9",
            clause=ClauseRef("retention", 3, "short"),
            topics=["retention"],
        )
    )
    back = policy_from_rows(policy_rows(policy))
    assert policy_to_dict(back) == policy_to_dict(policy)
    assert back.sections[-1].blocks[1].state("ar").status is Status.TRANSLATED
    assert back.sections[-1].blocks[1].id == "b1"
    assert back.sections[-1].blocks[0].table is not None
    assert back.meta["subtitle"]["ar"] == "للعملاء"


def test_a_text_row_holding_no_string_is_read_as_before():
    # The model's reader made every text a string; reading rows straight keeps that.
    _, rows = _rows()
    key = next(k for k in rows if k.startswith("text/") and k.endswith("/en"))
    rows[key] = '{"text": 42}'
    back = policy_from_rows(rows)
    block_id = key.split("/")[1]
    found = [b for s in back.sections for b in s.all_blocks() if b.id == block_id]
    assert found[0].text["en"] == "42"
