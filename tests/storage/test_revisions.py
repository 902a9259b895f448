"""Edits are written as edits: only changed rows, each with a revision; nothing overwritten.

Two clients on one workspace (two workspace objects, as two people or a person and a command
would have) edit the same policy. Run against the SQLite file and PostgreSQL alike.
"""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage import ConflictError, StorageError, WorkspaceError


@pytest.fixture
def shared(store, reopen, clauses):
    """A two-section en+ar policy saved by ``store``, and a second client that has read it."""
    policy = policy_from_clauses(
        "Shared notice", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    store.save_policy(policy)
    other = reopen()
    return store, other, other.policy(policy.id)


def block_text(policy, index: int, lang: str = "en") -> str:
    return [b for _, b in policy.iter_blocks()][index].get(lang)


def set_block(policy, index: int, text: str, lang: str = "en") -> None:
    [b for _, b in policy.iter_blocks()][index].set_text(lang, text)


def test_edits_to_different_blocks_are_both_kept(shared, reopen):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Mine: write to us.")
    set_block(theirs, 3, "Theirs: records are kept.")
    store.save_policy(mine)
    other.save_policy(theirs)  # based on an older policy revision, but a different row
    fresh = reopen().policy(mine.id)
    assert block_text(fresh, 1) == "Mine: write to us."
    assert block_text(fresh, 3) == "Theirs: records are kept."


def test_an_author_and_a_translator_on_one_block_do_not_collide(shared, reopen):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Write to us any time.", "en")
    set_block(theirs, 1, "راسلنا في أي وقت.", "ar")
    store.save_policy(mine)
    other.save_policy(theirs)
    fresh = reopen().policy(mine.id)
    assert block_text(fresh, 1, "en") == "Write to us any time."
    assert block_text(fresh, 1, "ar") == "راسلنا في أي وقت."


def test_the_same_block_changed_twice_is_a_conflict_never_an_overwrite(shared, reopen):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Mine.")
    set_block(theirs, 1, "Theirs.")
    store.save_policy(mine)
    with pytest.raises(ConflictError) as caught:
        other.save_policy(theirs)
    (conflict,) = caught.value.conflicts
    assert conflict.what == "text"
    assert conflict.text("mine") == "Theirs."  # "mine" is the side that tried to save
    assert conflict.text("theirs") == "Mine."
    assert block_text(reopen().policy(mine.id), 1) == "Mine."


def test_a_rejected_save_writes_none_of_its_rows(shared, reopen):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Mine.")
    store.save_policy(mine)
    set_block(theirs, 1, "Theirs.")
    set_block(theirs, 2, "An unrelated edit in the same save.")
    with pytest.raises(ConflictError):
        other.save_policy(theirs)
    fresh = reopen().policy(mine.id)
    assert block_text(fresh, 2) != "An unrelated edit in the same save."


def test_refresh_takes_their_rows_and_keeps_unsaved_ones(shared):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Saved by me.")
    mine.variables["contact_email"] = {"en": "desk@example.org"}
    store.save_policy(mine)
    set_block(theirs, 3, "Unsaved, theirs.")
    assert other.policy_revision(mine.id) != other.known_revision(mine.id)
    refresh = other.refresh_policy(theirs)
    assert not refresh.conflicts
    merged = refresh.policy
    assert block_text(merged, 1) == "Saved by me."
    assert block_text(merged, 3) == "Unsaved, theirs."
    assert merged.variables["contact_email"] == {"en": "desk@example.org"}
    other.save_policy(merged)  # now based on the latest rows: no conflict
    assert block_text(store.policy(mine.id), 3) == "Unsaved, theirs."


def test_a_conflict_stays_until_resolved_then_either_side_wins(shared, reopen):
    store, other, theirs = shared
    mine = store.find_policy("Shared notice")
    set_block(mine, 1, "Mine.")
    store.save_policy(mine)
    set_block(theirs, 1, "Theirs.")
    refresh = other.refresh_policy(theirs)
    (conflict,) = refresh.conflicts
    assert block_text(refresh.policy, 1) == "Theirs."  # the unsaved text is kept in memory
    with pytest.raises(ConflictError):
        other.save_policy(refresh.policy)  # still not silently over "Mine."
    kept = other.resolve_conflict(refresh.policy, conflict.key, keep_mine=True)
    other.save_policy(kept)
    assert block_text(reopen().policy(mine.id), 1) == "Theirs."
    # and the other way round: take the stored text
    again = store.policy(mine.id)
    set_block(again, 1, "Third.")
    set_block(mine, 1, "Fourth, unsaved.")
    store.save_policy(again)
    mine_client = reopen()
    stale = mine_client.policy(mine.id)
    set_block(stale, 1, "Fifth, unsaved.")
    store_again = store.policy(mine.id)
    set_block(store_again, 1, "Sixth.")
    store.save_policy(store_again)
    (conflict,) = mine_client.refresh_policy(stale).conflicts
    taken = mine_client.resolve_conflict(stale, conflict.key, keep_mine=False)
    assert block_text(taken, 1) == "Sixth."
    mine_client.save_policy(taken)  # nothing to write, nothing refused


def test_saving_writes_only_the_rows_that_changed(shared):
    store, _other, _theirs = shared
    policy = store.find_policy("Shared notice")
    before = dict(_row_revisions(store, policy.id))
    set_block(policy, 1, "Only this changed.")
    store.save_policy(policy)
    after = dict(_row_revisions(store, policy.id))
    changed = {k for k in after if after[k] != before.get(k)}
    block_key = [b for _, b in policy.iter_blocks()][1].id
    assert changed == {f"text/{block_key}/en"}


def test_a_policy_deleted_elsewhere_is_not_recreated_by_a_save(shared, reopen):
    store, other, theirs = shared
    store.delete_policy(theirs.id)
    set_block(theirs, 1, "Edited after the deletion.")
    with pytest.raises(ConflictError, match="deleted"):
        other.save_policy(theirs)
    assert reopen().policy(theirs.id) is None


def test_a_transaction_lands_whole_or_not_at_all(store, reopen, clauses):
    policy = policy_from_clauses("Half", [(clauses[0], None)])

    class Stop(Exception):
        pass

    with pytest.raises(Stop), store.transaction():
        store.save_policy(policy)
        store.set_meta("marker", "written")
        raise Stop
    other = reopen()
    assert other.policy(policy.id) is None
    assert other.meta("marker") == ""
    store.save_policy(policy)  # the rolled-back insert is forgotten too
    assert reopen().policy(policy.id) == policy


def test_a_read_only_workspace_refuses_writes_and_changes_nothing(shared, reopen):
    store, _other, theirs = shared
    viewer = reopen(readonly=True)
    assert viewer.policy(theirs.id) == theirs
    with pytest.raises(WorkspaceError, match="read-only"):
        viewer.set_meta("x", "y")
    assert not isinstance(WorkspaceError("x"), StorageError)


def _row_revisions(store, policy_id):
    rows = store._conn.execute(
        "SELECT key, revision FROM policy_rows WHERE policy_id=?", (policy_id,)
    ).fetchall()
    return [(str(k), int(r)) for k, r in rows]


def test_change_marks_are_the_counter_and_the_revision_in_one_look(shared):
    """What the app's session asks after every change it hears of, on both backends."""
    store, other, theirs = shared
    pid = theirs.id
    store.policy(pid)
    assert store.change_marks(pid) == (store.data_version(), store.policy_revision(pid))
    assert store.change_marks(None)[1] is None and store.change_marks("no-such")[1] is None
    set_block(theirs, 0, "Changed elsewhere.")
    other.save_policy(theirs)
    version, revision = store.change_marks(pid)
    assert revision == other.policy_revision(pid) and revision != store.known_revision(pid)
    assert version == store.data_version()


def test_reading_changes_after_a_deletion_and_an_edit_takes_both(shared, reopen):
    """The other client removed a section and changed a block: the rows read back (two
    statements, the changed rows with their data) are exactly what is stored."""
    store, other, theirs = shared
    mine = store.policy(theirs.id)
    theirs.sections.pop()
    set_block(theirs, 0, "Kept and changed.")
    other.save_policy(theirs)
    found = store.read_changes(theirs.id)
    assert found == reopen().read_changes(theirs.id)  # no base there: every row read
    merged = store.merge_changes(mine, found, unsaved=False)
    assert len(merged.policy.sections) == len(theirs.sections) == 1
    assert block_text(merged.policy, 0) == "Kept and changed."
