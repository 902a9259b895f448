"""Block edits apply at once, keep ids, and undo/redo exactly."""

from __future__ import annotations

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Status
from policy_studio.ops.text_edits import set_block_text, set_status


def test_edit_undo_redo_keeps_the_block_id(clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])
    block = policy.sections[0].blocks[0]
    original = block.get("en")
    changes, edit = set_block_text(policy, block.id, "en", "Mail {{contact_email}} please.")
    assert changes.blocks == {block.id}
    assert policy.sections[0].blocks[0].id == block.id
    assert block.get("en") == "Mail {{contact_email}} please."
    assert block.is_stale("ar", "en")
    edit.undo(policy)
    assert policy.sections[0].blocks[0].get("en") == original
    assert not policy.sections[0].blocks[0].is_stale("ar", "en")
    edit.redo(policy)
    assert policy.sections[0].blocks[0].get("en") == "Mail {{contact_email}} please."


def test_editing_a_confirmed_target_makes_it_draft_and_confirming_records_source(clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])
    block = policy.sections[0].blocks[0]
    assert block.state("ar").status is Status.APPROVED
    set_block_text(policy, block.id, "ar", "نص جديد")
    assert block.state("ar").status is Status.DRAFT
    _, edit = set_status(policy, block.id, "ar", Status.TRANSLATED)
    assert block.state("ar").status is Status.TRANSLATED
    assert block.state("ar").source_text == block.get("en")
    edit.undo(policy)
    assert policy.sections[0].blocks[0].state("ar").status is Status.DRAFT
