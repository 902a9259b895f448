"""Outline edits: insert from a clause, remove, duplicate, rename, move — each undoable."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model.serialize import policy_to_dict
from policy_studio.ops.base import OperationError
from policy_studio.ops.sections import (
    duplicate_section,
    insert_clause,
    move_section,
    remove_section,
    rename_section,
)


@pytest.fixture
def policy(clauses):
    return policy_from_clauses("P", [(c, None) for c in clauses], target_languages=["ar"])


def keys(policy):
    return [s.clause.key if s.clause else None for s in policy.sections]


def check_undo_redo(policy, edit):
    """Undo gives back exactly the policy before; redo exactly the policy after."""
    after = policy_to_dict(policy)
    edit.undo(policy)
    before = policy_to_dict(policy)
    edit.redo(policy)
    assert policy_to_dict(policy) == after
    return before


def test_insert_clause_variant_at_position_is_linked_and_undoable(policy, clauses):
    original = policy_to_dict(policy)
    changes, edit = insert_clause(policy, clauses[1], "by-need", index=0)
    assert changes.structure
    section = policy.sections[0]
    assert section.clause.key == "t-keeping" and section.clause.variant == "by-need"
    assert section.blocks[0].get("en") == "Records stay only while a task needs them."
    assert section.blocks[0].origin == "t-keeping.by-need.1"
    assert edit.label == "Insert “Keeping records”"
    assert check_undo_redo(policy, edit) == original


def test_insert_unknown_variant_names_the_known_ones(policy, clauses):
    with pytest.raises(OperationError, match="by-need"):
        insert_clause(policy, clauses[1], "nope")


def test_remove_and_undo_puts_the_section_back_in_place(policy):
    original = policy_to_dict(policy)
    middle = policy.sections[1].id
    _, edit = remove_section(policy, middle)
    assert keys(policy) == ["t-contact", "t-young"]
    assert check_undo_redo(policy, edit) == original
    edit.undo(policy)
    assert policy.sections[1].id == middle


def test_duplicate_gets_new_ids_right_after_the_original(policy):
    first = policy.sections[0]
    _, edit = duplicate_section(policy, first.id)
    copy = policy.sections[1]
    assert copy.id != first.id and copy.clause == first.clause
    assert copy.blocks[0].id != first.blocks[0].id
    assert copy.blocks[0].get("en") == first.blocks[0].get("en")
    assert edit.label == "Duplicate section"
    check_undo_redo(policy, edit)


def test_move_reorders_and_undo_restores_order(policy):
    last = policy.sections[2].id
    _, edit = move_section(policy, last, 0)
    assert keys(policy) == ["t-young", "t-contact", "t-keeping"]
    assert edit.label == "Move section"
    edit.undo(policy)
    assert keys(policy) == ["t-contact", "t-keeping", "t-young"]
    edit.redo(policy)
    assert keys(policy)[0] == "t-young"
    with pytest.raises(OperationError, match="outside"):
        move_section(policy, last, 7)


def test_rename_keeps_the_heading_id_and_makes_the_translation_stale(policy):
    section = policy.sections[0]
    heading_id = section.heading.id
    _, edit = rename_section(policy, section.id, "en", "How to reach us")
    assert section.heading.id == heading_id and section.title("en") == "How to reach us"
    assert section.heading.is_stale("ar", "en")
    edit.undo(policy)
    assert policy.sections[0].title("en") == "Reaching the team"


def test_edits_stay_valid_under_later_edits(policy):
    """Undo in reverse order across different kinds of edit gives back the start."""
    original = policy_to_dict(policy)
    edits = []
    edits.append(move_section(policy, policy.sections[0].id, 2)[1])
    edits.append(duplicate_section(policy, policy.sections[0].id)[1])
    edits.append(remove_section(policy, policy.sections[3].id)[1])
    edits.append(rename_section(policy, policy.sections[0].id, "ar", "عنوان")[1])
    for edit in reversed(edits):
        edit.undo(policy)
    assert policy_to_dict(policy) == original
    for edit in edits:
        edit.redo(policy)
    assert len(policy.sections) == 3 and policy.sections[0].title("ar") == "عنوان"
