"""A proposal applied to the block's text as it is now (model/review.py)."""

from __future__ import annotations

from policy_studio.model import Proposal, ProposalKind

BASE = "We never sell records to anyone."


def proposal(text: str, kind: ProposalKind = ProposalKind.REPLACE) -> Proposal:
    return Proposal("en", kind, text, BASE, "Legal")


def test_on_the_text_it_was_made_against_it_gives_its_text():
    assert proposal("We never sell health records to anyone.").apply_to(BASE) == (
        "We never sell health records to anyone."
    )


def test_after_another_change_of_the_block_it_lands_where_its_words_are_now():
    insert = proposal("We never sell health records to anyone.", ProposalKind.INSERT)
    delete = proposal("We sell records to anyone.", ProposalKind.DELETE)
    after_delete = delete.apply_to(BASE)
    assert after_delete == "We sell records to anyone."
    assert insert.apply_to(after_delete) == "We sell health records to anyone."
    assert (insert.removed, insert.added) == ("", "health ")


def test_when_its_words_were_edited_it_does_not_apply():
    replace = proposal("We never sell records to third parties.")
    assert replace.apply_to("We never sell records to any person.") is None
