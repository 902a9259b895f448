"""A save told which blocks changed serialises only those, and stores exactly what a full
comparison would (issue 17: an edit's round trip on a large policy within 50 ms).

``rows.rows_since`` must give the same rows as ``rows.policy_rows`` whenever every changed block
is named; when blocks were added, removed or moved, or the head or a variable changed, it either
still matches or declines (None) so that the whole policy is compared.
"""

from __future__ import annotations

import random

from policy_studio.model import Block, BlockKind, Section
from policy_studio.storage.rows import policy_rows, rows_since
from tests.conftest import make_policy


def _blocks(policy):
    return [b for _, b in policy.iter_blocks()]


def test_rows_since_matches_a_full_serialisation_after_random_named_edits():
    rng = random.Random(17)
    policy = make_policy()
    base = policy_rows(policy)
    for step in range(300):
        touched: set[str] = set()
        for _ in range(rng.randint(1, 3)):
            block = rng.choice(_blocks(policy))
            what = rng.randrange(4)
            if what == 0:
                block.set_text("en", f"English {step}")
            elif what == 1:
                block.set_text("ar", f"عربي {step}")
            elif what == 2:
                block.text.pop("ar", None)  # a language removed from one block
            else:
                block.set_text("fr", f"Français {step}")
            touched.add(block.id)
        if step % 7 == 0:
            policy.variables[f"v{step}"] = {"en": str(step)}
        if step % 11 == 0 and len(policy.variables) > 1:
            policy.variables.pop(sorted(policy.variables)[0])
        found = rows_since(policy, base, touched)
        assert found is not None
        rows, candidates = found
        full = policy_rows(policy)
        assert rows == full
        differing = {k for k in set(base) | set(full) if base.get(k) != full.get(k)}
        assert differing <= candidates  # every row that changed is among those looked at
        base = rows


def test_rows_since_declines_when_blocks_are_added_removed_or_moved():
    policy = make_policy()
    base = policy_rows(policy)
    policy.sections[0].blocks.append(Block(BlockKind.PARAGRAPH, {"en": "New."}, id="new1"))
    assert rows_since(policy, base, {"new1"}) is None
    policy = make_policy()
    policy.sections[0].blocks.pop()
    assert rows_since(policy, base, set()) is None
    policy = make_policy()
    policy.sections.reverse()
    assert rows_since(policy, base, set()) is None
    policy = make_policy()
    policy.sections.append(Section(heading=Block(BlockKind.TITLE, {"en": "Extra"}, id="x.t")))
    assert rows_since(policy, base, set()) is None
    policy = make_policy()
    policy.title["en"] = "Renamed"
    assert rows_since(policy, base, set()) is None


def test_a_save_told_the_changed_block_writes_it_and_the_next_reader_sees_it(store, reopen):
    policy = make_policy()
    store.save_policy(policy)
    block = _blocks(policy)[2]
    block.set_text("en", "Changed through the shortcut.")
    block.set_text("ar", "تغيّر عبر الطريق المختصر.")
    store.save_policy(policy, touched={block.id})
    fresh = reopen().policy(policy.id)
    assert _blocks(fresh)[2].get("en") == "Changed through the shortcut."
    assert _blocks(fresh)[2].get("ar") == "تغيّر عبر الطريق المختصر."
    assert policy_rows(fresh) == policy_rows(policy)


def test_a_structure_change_with_a_short_touched_list_is_still_saved_whole(store, reopen):
    policy = make_policy()
    store.save_policy(policy)
    policy.sections.reverse()
    _blocks(policy)[0].set_text("en", "Named nowhere.")  # not in touched: must still be saved
    store.save_policy(policy, touched=set())
    fresh = reopen().policy(policy.id)
    assert [s.id for s in fresh.sections] == [s.id for s in policy.sections]
    assert _blocks(fresh)[0].get("en") == "Named nowhere."


def test_refresh_with_touched_merges_theirs_and_keeps_my_unsaved_block(store, reopen):
    policy = make_policy()
    store.save_policy(policy)
    other = reopen()
    theirs = other.policy(policy.id)
    _blocks(theirs)[1].set_text("en", "Their edit.")
    other.save_policy(theirs, touched={_blocks(theirs)[1].id})
    mine_block = _blocks(policy)[3]
    mine_block.set_text("en", "My unsaved edit.")
    refresh = store.refresh_policy(policy, touched={mine_block.id})
    assert refresh.taken == {f"text/{_blocks(theirs)[1].id}/en"}
    assert not refresh.conflicts
    assert _blocks(refresh.policy)[1].get("en") == "Their edit."
    assert _blocks(refresh.policy)[3].get("en") == "My unsaved edit."
    store.save_policy(refresh.policy, touched={mine_block.id})
    fresh = reopen().policy(policy.id)
    assert _blocks(fresh)[1].get("en") == "Their edit."
    assert _blocks(fresh)[3].get("en") == "My unsaved edit."


def test_rows_since_takes_the_shortcut_on_clause_linked_sections_with_topics(clauses):
    from policy_studio.library.compose import policy_from_clauses

    policy = policy_from_clauses("Linked", [(c, None) for c in clauses], target_languages=["ar"])
    policy.sections[0].topics = ["retention"]
    assert any(s.clause is not None for s in policy.sections)
    base = policy_rows(policy)
    found = rows_since(policy, base, set())
    assert found is not None  # the section rows built directly equal the model's own form
    assert found[0] == base
