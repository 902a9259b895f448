"""The starter library's table clause: every language, inserted into a policy, saved, exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.io.writers.html import render_html
from policy_studio.layout import ExportOptions, Table, build
from policy_studio.library.starter import (
    LibraryFileError,
    clause_from_toml,
    load_starter_clauses,
)
from policy_studio.model import BlockKind, Policy, Status
from policy_studio.model.serialize import clause_from_dict, clause_to_dict
from policy_studio.ops.sections import insert_clause
from policy_studio.storage import Workspace

KEY = "purposes-lawful-bases"


@pytest.fixture(scope="module")
def clause():
    return next(c for c in load_starter_clauses() if c.key == KEY)


def test_the_clause_holds_a_table_in_every_language_of_the_library(clause) -> None:
    assert clause.languages() == ["en", "ar", "sw", "fr"]
    (table,) = [b for b in clause.blocks if b.kind is BlockKind.TABLE]
    assert table.table is not None
    assert table.table.header_rows == 1
    assert [len(r) for r in table.table.rows] == [3] * 5
    for cell in table.table.cells():
        assert all(cell.get(lang).strip() for lang in ("en", "ar", "sw", "fr")), cell.id
        # Vetted: the library's translations of each cell are approved.
        assert cell.state("ar").status is Status.APPROVED
    assert table.table.rows[0][0].id == f"{KEY}.2.r1c1"
    assert "contact_email" in clause.variables


def test_clause_json_round_trip_keeps_the_table(clause) -> None:
    again = clause_from_dict(clause_to_dict(clause))
    assert [c.text for c in again.all_blocks()] == [c.text for c in clause.all_blocks()]


def test_inserting_the_clause_gives_a_table_with_fresh_ids_and_library_states(
    clause, tmp_path: Path
) -> None:
    policy = Policy(title={"en": "P", "ar": "س"}, source_language="en", target_languages=["ar"])
    insert_clause(policy, clause)
    section = policy.sections[0]
    table = section.blocks[1]
    assert table.table is not None and table.origin == f"{KEY}.2"
    cells = table.table.cells()
    assert {c.origin for c in cells} == {c.id for c in clause.blocks[1].segments}
    assert not {c.id for c in cells} & {c.id for c in clause.blocks[1].segments}
    # Only the policy's languages are kept, and the approved states come along.
    assert all(set(c.text) == {"en", "ar"} for c in cells)
    assert all(c.state("ar").status is Status.APPROVED for c in cells)
    policy.variables["contact_email"] = {"en": "privacy@example.org"}
    html, warnings = render_html(policy, ExportOptions(["ar"]))
    assert 'dir="rtl"' in html and "الأساس القانوني" in html
    assert not [w for w in warnings if "no Arabic text" in w]
    # Saved into a workspace and read back: the same table, the same ids.
    ws = Workspace.create(tmp_path / "ws.sqlite")
    ws.save_policy(policy)
    again = ws.policy(policy.id)
    assert again is not None
    assert [b.id for _, b in again.iter_blocks()] == [b.id for _, b in policy.iter_blocks()]
    doc = build(again, ExportOptions(["en"]))
    assert isinstance(doc.parts[0].sections[0].items[1], Table)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ({"kind": "table"}, "needs 'rows'"),
        ({"kind": "table", "rows": [[{"en": "a"}], [{"en": "b"}, {"en": "c"}]]}, "same number"),
        ({"kind": "table", "rows": [[{"en": "a"}]], "widths": [-1]}, "positive"),
    ],
)
def test_a_bad_table_in_a_clause_file_is_a_clear_message(item, message) -> None:
    with pytest.raises(LibraryFileError, match=f"x.toml: block 1: .*{message}"):
        clause_from_toml({"key": "x", "blocks": [item]}, "x.toml")
