"""An export reads only the text it shows (Workspace.policy_excerpt, issue 14): the page,
fingerprints and warnings in those languages are the whole policy's, and the excerpt can never
be saved over the whole."""

from __future__ import annotations

import pytest

from policy_studio.io.fingerprint import policy_fingerprints
from policy_studio.io.writers.html import page
from policy_studio.layout import ExportOptions, Layout, build
from policy_studio.model import Block, BlockKind, Proposal, ProposalKind, Section, Table
from policy_studio.storage import WorkspaceError, WorkspaceStore
from tests.conftest import make_policy


def _policy():
    policy = make_policy()
    policy.target_languages = ["ar", "fr"]
    # A section titled only in French: numbered in every export (a section untitled in
    # every language is not), its English and Arabic titles shown as "not translated".
    policy.sections.append(
        Section(
            Block(BlockKind.TITLE, {"fr": "Titre seul"}, id="h-fr"),
            [Block(BlockKind.PARAGRAPH, {"en": "After it.", "ar": "بعده."}, id="p-after")],
            id="s-fr",
        )
    )
    # A paragraph only proposed in English but with Arabic text: kept (with the marker) in
    # an English export because some language has text; one with no text at all is dropped.
    proposed = Block(BlockKind.PARAGRAPH, {"ar": "نص عربي"}, id="p-proposed")
    proposed.proposals.append(Proposal("en", ProposalKind.INSERT, "Proposed", ""))
    nothing = Block(BlockKind.PARAGRAPH, {}, id="p-nothing")
    nothing.proposals.append(Proposal("en", ProposalKind.INSERT, "Also proposed", ""))
    cells = [[Block(BlockKind.CELL, {"ar": "خلية"}, id="c1")], [Block(BlockKind.CELL, {}, id="c2")]]
    table = Block(BlockKind.TABLE, id="t1", table=Table(cells, header_rows=1, widths=[1.0]))
    policy.sections[0].blocks += [proposed, nothing, table]
    # Text in a language the policy does not list, on a title that has no other.
    policy.sections.append(
        Section(Block(BlockKind.TITLE, {"de": "Nur Deutsch"}, id="h-de"), [], id="s-de")
    )
    # An English title of a control character only: no title once cleaned, so the Arabic one
    # decides that the section is numbered.
    policy.sections.append(
        Section(Block(BlockKind.TITLE, {"en": "\x01", "ar": "عنوان"}, id="h-ctl"), [], id="s-ctl")
    )
    return policy


@pytest.mark.parametrize("langs", [["en"], ["ar"], ["fr"], ["en", "ar"], ["ar", "fr"]])
def test_an_excerpt_lays_out_as_the_whole_policy_in_its_languages(store: WorkspaceStore, langs):
    policy = _policy()
    store.save_policy(policy)
    whole = store.policy(policy.id)
    assert whole is not None
    excerpt = store.policy_excerpt(policy.id, {policy.source_language, *langs})
    assert excerpt is not None
    layout = Layout.SINGLE if len(langs) == 1 else Layout.COLUMNS
    options = ExportOptions(langs, layout)
    mine, theirs = build(excerpt, options), build(whole, options)
    assert page(mine) == page(theirs)
    assert mine.warnings == theirs.warnings
    both = [policy.source_language, *langs]
    assert policy_fingerprints(excerpt, both) == policy_fingerprints(whole, both)
    # The section titled only in French is numbered in every language; the one with only
    # German text too, and the proposed paragraph with Arabic text is kept.
    numbers = [s.number for s in mine.parts[0].sections]
    assert numbers == [1, 2, 3, 4, 5]
    shown = [getattr(b, "block_id", "") for s in mine.parts[0].sections for b in s.items]
    assert "p-proposed" in shown and "p-nothing" not in shown


def test_an_excerpt_holds_no_other_languages_body_text(store: WorkspaceStore):
    policy = _policy()
    store.save_policy(policy)
    excerpt = store.policy_excerpt(policy.id, {"en"})
    assert excerpt is not None
    body = {b.id: b for s in excerpt.sections for b in s.blocks}
    assert body["b1"].text == {"en": policy.sections[0].blocks[0].text["en"]}
    assert body["p-after"].text == {"en": "After it."}
    # What the layout asks in the other languages is there in every language: a block with
    # proposals, and a title with no English text (whether its section is numbered).
    assert body["p-proposed"].text == {"ar": "نص عربي"}
    assert excerpt.sections[0].heading.text == {"en": "What we collect"}
    assert excerpt.sections[2].heading.text == {"fr": "Titre seul"}
    assert excerpt.sections[3].heading.text == {"de": "Nur Deutsch"}
    assert body["t1"].table is not None
    assert body["t1"].table.rows[0][0].text == {"ar": "خلية"}
    # Titles, metadata and variables whole.
    assert excerpt.title == policy.title
    assert excerpt.variables == policy.variables


def test_saving_an_excerpt_is_refused_and_changes_nothing(store: WorkspaceStore):
    policy = _policy()
    store.save_policy(policy)
    excerpt = store.policy_excerpt(policy.id, {"en"})
    assert excerpt is not None
    excerpt.sections[0].blocks[0].text["en"] = "Edited in an excerpt"
    with pytest.raises(WorkspaceError, match="excerpt"):
        store.save_policy(excerpt)
    with pytest.raises(WorkspaceError, match="excerpt"):
        store.save_version(excerpt, "9.0")
    again = store.policy(policy.id)
    assert again is not None
    assert again.sections[0].blocks[0].text["ar"] == policy.sections[0].blocks[0].text["ar"]
    assert again.sections[0].blocks[0].text["en"] == policy.sections[0].blocks[0].text["en"]
    assert store.versions(policy.id) == []


def test_a_code_like_would_misread_reads_the_whole_policy(store: WorkspaceStore):
    policy = _policy()
    store.save_policy(policy)
    excerpt = store.policy_excerpt(policy.id, {"en", "a_"})
    assert excerpt is not None
    assert excerpt.sections[0].blocks[0].text == policy.sections[0].blocks[0].text
    assert store.policy_excerpt("no-such-policy", {"en"}) is None


def test_a_policy_is_found_by_any_title_without_reading_it_whole(store: WorkspaceStore):
    first, second = _policy(), make_policy()
    first.title = {"en": "Shop notice", "ar": "إشعار المتجر"}
    second.title = {"en": "Staff notice", "fr": "Avis au personnel"}
    store.save_policy(first)
    store.save_policy(second)
    assert store.find_policy_id(first.id) == first.id
    assert store.find_policy_id("  إشعار المتجر ") == first.id
    assert store.find_policy_id("AVIS AU PERSONNEL") == second.id
    assert store.policy_languages(first.id) == ["en", "ar", "fr"]
    assert store.policy_languages("nothing") is None
    with pytest.raises(WorkspaceError, match="no policy with id or title 'Nothing'"):
        store.find_policy_id("Nothing")
    third = make_policy()
    third.title = {"en": "Shop notice"}
    store.save_policy(third)
    with pytest.raises(WorkspaceError, match="several policies are titled"):
        store.find_policy_id("shop notice")
    assert store.find_policy(second.id).title == second.title
