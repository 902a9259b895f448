"""compare(): sections and blocks aligned by id or similarity, moves, metadata, the summary."""

from __future__ import annotations

from policy_studio.diff import Change, Op, compare, document_lines
from policy_studio.model import Block, BlockKind, Policy, Section


def by_id(redline, section_id):
    return [s for s in redline.sections if section_id in (s.old_id, s.new_id)]


def test_moved_and_edited_section_is_reported_as_moved_not_deleted_and_inserted(policy_pair):
    old, new = policy_pair
    redline = compare(old, new)
    contact = by_id(redline, "s-contact")
    assert [s.change for s in contact] == [Change.MOVED_CHANGED, Change.MOVED_AWAY]
    assert contact[0].new_number == 1 and contact[0].old_number == 4
    assert redline.summary.sections_moved == 1
    assert redline.summary.sections_added == 1
    assert redline.summary.sections_removed == 1
    assert redline.summary.sections_changed == 2  # s-data edited, s-contact moved and edited


def test_edit_script_rebuilds_both_versions_in_every_language(policy_pair):
    old, new = policy_pair
    redline = compare(old, new)
    for lang in ("en", "ar"):
        assert redline.old_lines(lang) == document_lines(old, lang)
        assert redline.new_lines(lang) == document_lines(new, lang)


def test_word_changes_inside_a_block_and_words_counted(policy_pair):
    old, new = policy_pair
    redline = compare(old, new)
    data = by_id(redline, "s-data")[0]
    assert data.change is Change.CHANGED
    edited = data.blocks[1]
    assert edited.change is Change.CHANGED
    assert [(s.op, s.text) for s in edited.segments["en"] if s.op is not Op.EQUAL] == [
        (Op.DELETE, "two"),
        (Op.INSERT, "three"),
    ]
    # The Arabic conjunction و is its own insertion, not a rewritten word.
    inserted_ar = [s.text for s in edited.segments["ar"] if s.op is Op.INSERT]
    assert "و" in inserted_ar
    assert redline.summary.words_inserted["en"] > 0


def test_variable_and_metadata_changes_are_listed(policy_pair):
    old, new = policy_pair
    redline = compare(old, new)
    assert ("version_label", "1.0", "2.0") in [(m.name, m.old, m.new) for m in redline.metadata]
    assert {(v.name, v.lang) for v in redline.variables} == {
        ("contact_email", "en"),
        ("contact_email", "ar"),
    }


def test_identical_versions_give_an_empty_redline(policy_pair):
    old, _ = policy_pair
    redline = compare(old, old.copy())
    assert redline.is_empty
    assert redline.edit_hunks() == 0


def imported(*sections: tuple[str, list[str]]) -> Policy:
    """A policy as a reader makes it: fresh ids everywhere, English only."""
    return Policy(
        title={"en": "Imported"},
        sections=[
            Section(
                heading=Block(BlockKind.TITLE, {"en": title}),
                blocks=[Block(BlockKind.PARAGRAPH, {"en": text}) for text in texts],
            )
            for title, texts in sections
        ],
    )


def test_documents_without_shared_ids_are_aligned_by_similarity_and_moves_found():
    old = imported(
        ("Scope", ["This notice covers the lending library and its reading room."]),
        ("Loans", ["Borrowers give a phone number so we can chase late books."]),
        ("Cookies", ["The catalogue website sets one cookie to remember your language."]),
    )
    new = imported(
        ("Cookies", ["The catalogue website sets one cookie to remember your language."]),
        ("Scope", ["This notice covers the lending library and its quiet reading room."]),
        ("Loans", ["Borrowers give a phone number so we can chase late books."]),
    )
    redline = compare(old, new)
    changes = [(s.change, s.title.segments["en"][0].text) for s in redline.sections]
    assert (Change.CHANGED, "Scope") in changes
    assert (Change.EQUAL, "Loans") in changes
    moved = [s for s in redline.sections if s.change.is_move]
    assert len(moved) == 1 and redline.summary.sections_removed == 0
    assert redline.new_lines("en") == document_lines(new, "en")


def test_block_moved_to_another_section_is_a_move():
    old = imported(("A", ["First thing said here."]), ("B", ["Second thing said here."]))
    new = old.copy()
    new.sections[1].blocks.append(new.sections[0].blocks.pop())
    redline = compare(old, new)
    kinds = [e.change for s in redline.sections for e in s.blocks]
    assert Change.MOVED in kinds and Change.MOVED_AWAY in kinds
    assert redline.summary.blocks_moved == 1
    assert redline.old_lines("en") == document_lines(old, "en")
    assert redline.new_lines("en") == document_lines(new, "en")


def test_formatting_only_change_is_flagged():
    old = imported(("A", ["Read the rules."]))
    new = old.copy()
    new.sections[0].blocks[0].text["en"] = "Read the **rules**."
    redline = compare(old, new)
    block = redline.sections[0].blocks[0]
    assert block.change is Change.CHANGED and block.formatting_only


def test_untitled_sections_are_named_by_their_first_words():
    old = imported(("", ["Members may borrow up to five tools each week from the shed."]))
    new = old.copy()
    new.sections[0].blocks[0].text["en"] = (
        "Members may borrow up to six tools each week from the shed."
    )
    section = compare(old, new).sections[0]
    assert section.display_title("en") == "Members may borrow up to six…"


def test_a_pure_section_move_is_one_edit():
    old = imported(("A", ["First part."]), ("B", ["Second part."]), ("C", ["Third part."]))
    new = old.copy()
    new.sections.append(new.sections.pop(0))
    redline = compare(old, new)
    assert redline.summary.sections_moved == 1
    assert redline.summary.words_inserted["en"] == redline.summary.words_deleted["en"] == 0
    assert redline.edit_hunks() == 1


def test_variables_are_compared_filled_or_as_names():
    old = imported(("A", ["Write to {{contact_email}}."]))
    old.variables = {"contact_email": {"en": "a@club.example"}}
    new = old.copy()
    new.variables = {"contact_email": {"en": "b@club.example"}}
    filled = compare(old, new)
    assert filled.sections[0].blocks[0].change is Change.CHANGED
    assert [v.name for v in filled.variables] == ["contact_email"]
    as_names = compare(old, new, resolve_variables=False)
    assert as_names.sections[0].blocks[0].change is Change.EQUAL


def test_edit_script_size_counts_whole_added_sections_and_runs_of_blocks_once():
    old = imported(("A", ["One thing."]))
    new = old.copy()
    new.sections[0].blocks += imported(("x", ["Two things.", "Three things."])).sections[0].blocks
    new.sections += imported(("B", ["Four.", "Five.", "Six."])).sections
    redline = compare(old, new)
    # One run of two added blocks, one added section.
    assert redline.edit_hunks() == 2
