"""Body edits keep the ids of blocks that survive, so translations and library origins follow."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import BlockKind, Status
from policy_studio.model.serialize import policy_to_dict
from policy_studio.ops.base import OperationError
from policy_studio.ops.blocks import (
    BodyItem,
    add_block,
    remove_block,
    set_block_kind,
    set_section_body,
    split_block,
)


@pytest.fixture
def policy(clauses):
    return policy_from_clauses("P", [(clauses[1], None)], target_languages=["ar"])


def test_set_body_keeps_ids_of_edited_blocks_and_adds_new_ones(policy):
    section = policy.sections[0]
    first, second = section.blocks
    original = policy_to_dict(policy)
    items = [
        BodyItem(
            first.id, BlockKind.PARAGRAPH, "Records stay with us for {{retention_period}} only."
        ),
        BodyItem(None, BlockKind.BULLET, "Backups are **encrypted**."),
        BodyItem(second.id, BlockKind.BULLET, second.get("en")),
    ]
    changes, edit = set_section_body(policy, section.id, "en", items)
    assert [b.id for b in section.blocks][0::2] == [first.id, second.id]
    assert section.blocks[1].id not in (first.id, second.id)
    assert first.origin == "t-keeping.1" and first.get("ar")  # Arabic kept, now stale
    assert first.is_stale("ar", "en") and not second.is_stale("ar", "en")
    assert section.blocks[1].get("en") == "Backups are **encrypted**."
    assert changes.sections == {section.id}
    edit.undo(policy)
    assert policy_to_dict(policy) == original


def test_set_body_drops_blocks_not_listed(policy):
    section = policy.sections[0]
    first = section.blocks[0]
    _, edit = set_section_body(
        policy, section.id, "en", [BodyItem(first.id, BlockKind.PARAGRAPH, first.get("en"))]
    )
    assert [b.id for b in section.blocks] == [first.id]
    edit.undo(policy)
    assert len(policy.sections[0].blocks) == 2


def test_editing_arabic_body_marks_confirmed_target_draft(policy):
    section = policy.sections[0]
    first = section.blocks[0]
    set_section_body(policy, section.id, "ar", [BodyItem(first.id, first.kind, "نص معدَّل")])
    assert first.get("ar") == "نص معدَّل"
    assert first.state("ar").status is Status.DRAFT


def test_split_keeps_the_id_on_the_first_half(policy):
    section = policy.sections[0]
    first = section.blocks[0]
    text = first.get("en")
    _, edit = split_block(policy, section.id, first.id, "en", text.index("for"))
    assert section.blocks[0].id == first.id
    assert section.blocks[0].get("en") == "Records stay with us"
    assert section.blocks[1].get("en") == "for {{retention_period}}."
    assert len(section.blocks) == 3
    edit.undo(policy)
    assert policy.sections[0].blocks[0].get("en") == text
    with pytest.raises(OperationError):
        split_block(policy, section.id, first.id, "en", 0)


def test_add_remove_and_kind_change_are_undoable(policy):
    section = policy.sections[0]
    original = policy_to_dict(policy)
    _, add = add_block(policy, section.id, 0, BlockKind.HEADING, {"en": "Overview"})
    assert section.blocks[0].kind is BlockKind.HEADING
    _, kind = set_block_kind(policy, section.blocks[1].id, BlockKind.NUMBERED, 1)
    assert section.blocks[1].kind is BlockKind.NUMBERED and section.blocks[1].level == 1
    _, remove = remove_block(policy, section.id, section.blocks[2].id)
    assert len(section.blocks) == 2
    for edit in (remove, kind, add):
        edit.undo(policy)
    assert policy_to_dict(policy) == original


def test_set_section_texts_changes_one_language_and_never_the_structure(policy):
    from policy_studio.ops.blocks import set_section_texts

    section = policy.sections[0]
    first, second = section.blocks
    original = policy_to_dict(policy)
    _, edit = set_section_texts(policy, section.id, "ar", {first.id: "", "unknown": "x"})
    assert [b.id for b in section.blocks] == [first.id, second.id]
    assert first.get("ar") == "" and first.get("en").startswith("Records")
    assert first.state("ar").status is Status.DRAFT
    assert edit.label == "Edit translation"
    edit.undo(policy)
    assert policy_to_dict(policy) == original
