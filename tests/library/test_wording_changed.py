"""An update is offered only when the library changed the wording a section uses."""

from __future__ import annotations

from dataclasses import replace

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.update import wording_changed
from policy_studio.model import Block, BlockKind, Clause, ClauseVariant, Table


def cell(en: str, ar: str, id: str) -> Block:
    return Block(BlockKind.CELL, {"en": en, "ar": ar}, id=id)


def clause() -> Clause:
    table = Table(
        rows=[
            [cell("Data", "البيانات", "c1"), cell("Kept for", "مدة الحفظ", "c2")],
            [cell("Invoices", "الفواتير", "c3"), cell("six years", "ست سنوات", "c4")],
        ]
    )
    return Clause(
        key="keep",
        title={"en": "Keeping records", "ar": "حفظ السجلات"},
        blocks=[
            Block(BlockKind.PARAGRAPH, {"en": "We keep records.", "ar": "نحفظ السجلات."}, id="p"),
            Block(BlockKind.TABLE, {}, id="t", table=table),
        ],
        variants=[
            ClauseVariant(
                "short",
                {"en": "Short"},
                [Block(BlockKind.PARAGRAPH, {"en": "Briefly.", "ar": "باختصار."}, id="s")],
            )
        ],
    )


def newer(base: Clause) -> Clause:
    copy = replace(
        base,
        version=base.version + 1,
        blocks=[b.copy(keep_id=True) for b in base.blocks],
        variants=[
            replace(v, blocks=[b.copy(keep_id=True) for b in v.blocks]) for v in base.variants
        ],
    )
    return copy


def test_an_edit_to_another_variant_or_to_tags_offers_no_update():
    base = clause()
    section = policy_from_clauses("P", [(base, None)], target_languages=["ar"]).sections[0]
    theirs = newer(base)
    theirs.variants[0].blocks[0].text["en"] = "Very briefly."
    theirs.tags = ["retention"]
    assert not wording_changed(section, base, theirs)


def test_an_edited_table_cell_or_paragraph_offers_an_update():
    base = clause()
    section = policy_from_clauses("P", [(base, None)], target_languages=["ar"]).sections[0]
    theirs = newer(base)
    theirs.blocks[1].table.rows[1][1].text["ar"] = "سبع سنوات"
    assert wording_changed(section, base, theirs)
    theirs = newer(base)
    theirs.blocks[0].text["en"] = "We keep the records we need."
    assert wording_changed(section, base, theirs)


def test_without_the_old_version_any_newer_version_counts():
    base = clause()
    section = policy_from_clauses("P", [(base, None)], target_languages=["ar"]).sections[0]
    assert wording_changed(section, None, newer(base))
    assert not wording_changed(section, None, base)  # not newer: nothing to update
