"""Library updates of linked sections: take the new text, keep local edits, surface conflicts."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.update import Choice, Outcome, merge_section, update_available
from policy_studio.model import Block, BlockKind
from policy_studio.model.serialize import policy_to_dict
from policy_studio.ops.base import OperationError
from policy_studio.ops.blocks import BodyItem, set_section_body
from policy_studio.ops.library_update import apply_update
from policy_studio.ops.text_edits import set_block_text


@pytest.fixture
def linked(workspace):
    """A policy linked to version 1 of t-keeping, and version 2 saved in the library."""
    v1 = workspace.clause("t-keeping")
    policy = policy_from_clauses("P", [(v1, None)], target_languages=["ar"])
    v2 = workspace.clause("t-keeping")
    v2.blocks[0].text["en"] = "Records stay with us for {{retention_period}} at most."
    v2.blocks[0].text["ar"] = "تبقى السجلات لدينا مدة {{retention_period}} على الأكثر."
    v2.blocks.append(
        Block(BlockKind.BULLET, {"en": "Logs are erased.", "ar": "تُمحى السجلات."}, id="t-keeping.3")
    )
    workspace.save_clause(v2)
    return policy, workspace


def merge_for(policy, workspace):
    section = policy.sections[0]
    base = workspace.clause_version(section.clause.key, section.clause.version)
    return merge_section(section, base, workspace.clause(section.clause.key), policy.languages)


def test_update_available_only_when_library_is_newer(linked):
    policy, workspace = linked
    section = policy.sections[0]
    assert update_available(section, workspace.clause("t-keeping"))
    assert not update_available(section, workspace.clause("t-young"))


def test_unedited_section_takes_the_new_version_keeping_block_ids(linked):
    policy, workspace = linked
    section = policy.sections[0]
    ids = [b.id for b in section.blocks]
    merge = merge_for(policy, workspace)
    assert not merge.conflicts and not merge.locally_edited
    assert [r.outcome for r in merge.rows] == [
        Outcome.UNCHANGED,
        Outcome.TAKE_THEIRS,
        Outcome.UNCHANGED,
        Outcome.TAKE_THEIRS,
    ]
    before = policy_to_dict(policy)
    _, edit = apply_update(policy, merge)
    section = policy.sections[0]
    assert section.clause.version == 2
    assert [b.id for b in section.blocks][:2] == ids
    assert section.blocks[0].get("en").endswith("at most.")
    assert (
        section.blocks[2].get("ar") == "تُمحى السجلات." and section.blocks[2].origin == "t-keeping.3"
    )
    assert not section.blocks[0].is_stale("ar", "en")
    edit.undo(policy)
    assert policy_to_dict(policy) == before


def test_local_edit_elsewhere_is_kept_while_library_change_comes_in(linked):
    policy, workspace = linked
    section = policy.sections[0]
    set_block_text(policy, section.blocks[1].id, "en", "Invoices are archived for tax.")
    set_section_body(
        policy,
        section.id,
        "en",
        [BodyItem(b.id, b.kind, b.get("en")) for b in section.blocks]
        + [BodyItem(None, BlockKind.PARAGRAPH, "Our own note.")],
    )
    merge = merge_for(policy, workspace)
    assert not merge.conflicts and merge.locally_edited
    apply_update(policy, merge)
    texts = [b.get("en") for b in policy.sections[0].blocks]
    assert texts == [
        "Records stay with us for {{retention_period}} at most.",
        "Invoices are archived for tax.",
        "Our own note.",
        "Logs are erased.",
    ]


def test_conflict_must_be_chosen_and_either_choice_is_honoured(linked):
    policy, workspace = linked
    section = policy.sections[0]
    set_block_text(
        policy, section.blocks[0].id, "en", "Records stay for {{retention_period}}, then go."
    )
    merge = merge_for(policy, workspace)
    assert [c.key for c in merge.conflicts] == ["t-keeping.1"]
    with pytest.raises(OperationError, match="conflict"):
        apply_update(policy, merge)

    merge.conflicts[0].choice = Choice.LOCAL
    _, edit = apply_update(policy, merge)
    assert (
        policy.sections[0].blocks[0].get("en") == "Records stay for {{retention_period}}, then go."
    )
    assert policy.sections[0].clause.version == 2
    edit.undo(policy)

    merge = merge_for(policy, workspace)
    merge.conflicts[0].choice = Choice.THEIRS
    apply_update(policy, merge)
    assert policy.sections[0].blocks[0].get("en").endswith("at most.")


def test_library_removing_an_edited_block_is_a_conflict(workspace):
    v1 = workspace.clause("t-keeping")
    policy = policy_from_clauses("P", [(v1, None)])
    v2 = workspace.clause("t-keeping")
    del v2.blocks[1]
    workspace.save_clause(v2)
    section = policy.sections[0]
    set_block_text(policy, section.blocks[1].id, "en", "Invoices are archived for ten years.")
    merge = merge_for(policy, workspace)
    assert [c.key for c in merge.conflicts] == ["t-keeping.2"]
    merge.conflicts[0].choice = Choice.LOCAL
    apply_update(policy, merge)
    assert policy.sections[0].blocks[1].get("en") == "Invoices are archived for ten years."


def test_missing_history_turns_every_difference_into_a_conflict(linked):
    policy, workspace = linked
    section = policy.sections[0]
    merge = merge_section(section, None, workspace.clause("t-keeping"), policy.languages)
    assert {c.key for c in merge.conflicts} == {"t-keeping.1", "t-keeping.3"}


def test_section_saved_as_clause_then_linked_receives_the_next_version(workspace, clauses):
    from policy_studio.library.editing import clause_from_section
    from policy_studio.ops.library_update import link_section

    policy = policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])
    section = policy.sections[0]
    section.clause = None  # a local section
    saved = workspace.save_clause(clause_from_section(section, "our-contact"))
    _, edit = link_section(policy, section.id, saved)
    assert section.clause.key == "our-contact"
    newer = workspace.clause("our-contact")
    newer.blocks[0].text["en"] = "Write to {{contact_email}} any time."
    workspace.save_clause(newer)
    merge = merge_for(policy, workspace)
    assert not merge.conflicts
    apply_update(policy, merge)
    assert section.blocks[0].get("en") == "Write to {{contact_email}} any time."
