"""Review notes and proposals are stored in the block's own row (issue 12 item 4): on both
backends they come back after reopening, a saved edit of only them reaches the other client,
versions keep them, and `workspace copy` carries them between backends."""

from __future__ import annotations

from policy_studio.model import (
    Block,
    BlockKind,
    Policy,
    Proposal,
    ProposalKind,
    ReviewNote,
    Section,
)
from policy_studio.model.serialize import policy_to_dict
from policy_studio.ops.review import accept_proposal, resolve_note
from policy_studio.storage.copying import copy_workspace
from policy_studio.storage.locate import create_store


def reviewed_policy() -> Policy:
    block = Block(
        BlockKind.PARAGRAPH, {"en": "Files stay five years.", "ar": "تبقى الملفات خمس سنوات."}
    )
    block.proposals.append(
        Proposal(
            "en",
            ProposalKind.REPLACE,
            "Files stay ten years.",
            "Files stay five years.",
            "Legal",
            "2026-03-02T10:00:00Z",
        )
    )
    block.notes.append(ReviewNote("ar", "الرقم لا يطابق العقد.", "أمينة", "2026-03-03", "خمس"))
    heading = Block(BlockKind.TITLE, {"en": "Records", "ar": "السجلات"})
    heading.notes.append(ReviewNote("en", "Rename?", "Legal"))
    return Policy(
        title={"en": "Notice", "ar": "إشعار"},
        source_language="en",
        target_languages=["ar"],
        sections=[Section(heading=heading, blocks=[block])],
    )


def test_notes_and_proposals_come_back_and_edits_of_them_are_saved(store, reopen):
    policy = reviewed_policy()
    store.save_policy(policy)
    other = reopen()
    again = other.policy(policy.id)
    assert policy_to_dict(again) == policy_to_dict(policy)
    # Accept and resolve, saved as touched rows only: the other client reads both.
    block = policy.sections[0].blocks[0]
    accept_proposal(policy, block.id, block.proposals[0].id)
    resolve_note(policy, block.id, block.notes[0].id)
    store.save_policy(policy, touched={block.id})
    fresh = reopen().policy(policy.id)
    stored = fresh.sections[0].blocks[0]
    assert stored.get("en") == "Files stay ten years." and stored.proposals == []
    assert stored.notes[0].resolved
    assert fresh.sections[0].heading.notes[0].text == "Rename?"


def test_a_version_keeps_the_notes_and_proposals_it_was_saved_with(store):
    policy = reviewed_policy()
    store.save_policy(policy)
    store.save_version(policy, "v1")
    block = policy.sections[0].blocks[0]
    accept_proposal(policy, block.id, block.proposals[0].id)
    store.save_policy(policy, touched={block.id})
    [version] = store.versions(policy.id)
    kept = version.snapshot.sections[0].blocks[0]
    assert kept.get("en") == "Files stay five years." and len(kept.proposals) == 1


def test_workspace_copy_carries_them_both_ways(tmp_path, pg_cluster):
    source = str(tmp_path / "source.pstudio")
    ws = create_store(source)
    policy = reviewed_policy()
    ws.save_policy(policy)
    ws.close()
    uri = pg_cluster.new_database()
    copied, _ = copy_workspace(source, uri)
    try:
        assert policy_to_dict(copied.policy(policy.id)) == policy_to_dict(policy)
    finally:
        copied.close()
    back, _ = copy_workspace(uri, str(tmp_path / "back.pstudio"))
    try:
        assert policy_to_dict(back.policy(policy.id)) == policy_to_dict(policy)
    finally:
        back.close()


def test_an_older_release_refuses_the_policy_instead_of_dropping_them(store, reopen, monkeypatch):
    import pytest

    from policy_studio.model import PolicyStudioError, serialize

    policy = reviewed_policy()
    plain = Policy(title={"en": "Plain"}, source_language="en")
    store.save_policy(policy)
    store.save_policy(plain)
    monkeypatch.setattr(serialize, "SCHEMA_VERSION", 2)  # a release from before review notes
    other = reopen()
    assert other.policy(plain.id) is not None  # other policies still open
    with pytest.raises(PolicyStudioError, match="written by a newer Policy Studio"):
        other.policy(policy.id)


def test_accepting_a_table_cells_proposal_is_saved_with_the_cell_touched(store, reopen):
    from policy_studio.model import make_table

    policy = reviewed_policy()
    table = make_table(
        [[{"en": "Record"}, {"en": "Kept for"}], [{"en": "Visits"}, {"en": "5 years"}]]
    )
    cell = table.table.rows[1][1]
    cell.proposals.append(Proposal("en", ProposalKind.REPLACE, "10 years", "5 years", "Legal"))
    policy.sections[0].blocks.append(table)
    store.save_policy(policy)
    accept_proposal(policy, cell.id, cell.proposals[0].id)
    # What the session names after the edit: the cell (and the section's segments).
    store.save_policy(policy, touched={cell.id})
    again = reopen().policy(policy.id)
    saved = again.sections[0].blocks[-1].table.rows[1][1]
    assert saved.get("en") == "10 years" and saved.proposals == []


def test_a_cells_translation_saved_with_only_the_cell_touched_is_kept(store, reopen):
    """The touched-rows save took the table's row from before when an edit named only a cell
    (a translation typed in the grid): the cell's text was lost on reopening."""
    from policy_studio.model import make_table
    from policy_studio.ops.text_edits import set_block_text

    policy = reviewed_policy()
    table = make_table(
        [[{"en": "Record"}, {"en": "Kept for"}], [{"en": "Visits"}, {"en": "5 years"}]]
    )
    policy.sections[0].blocks.append(table)
    store.save_policy(policy)
    cell = table.table.rows[1][1]
    changes, _ = set_block_text(policy, cell.id, "ar", "خمس سنوات")
    store.save_policy(policy, touched=set(changes.blocks))
    again = reopen().policy(policy.id)
    assert again.sections[0].blocks[-1].table.rows[1][1].get("ar") == "خمس سنوات"
