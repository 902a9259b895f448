"""Pre-translation and propagation: drafts with a score, never approved; one undo step."""

from __future__ import annotations

from policy_studio.library.memory import MemoryEntry, TranslationMemory
from policy_studio.model import Block, BlockKind, Policy, Section, Status
from policy_studio.model.serialize import policy_from_dict, policy_to_dict
from policy_studio.ops.text_edits import set_status
from policy_studio.ops.translator import pretranslate, propagate, then


def _memory() -> TranslationMemory:
    return TranslationMemory(
        "en",
        "ar",
        [
            MemoryEntry(
                "We keep invoices for six years.", "نحتفظ بالفواتير ست سنوات.", "clause t-keeping"
            ),
            MemoryEntry(
                "Contact the privacy team.", "تواصل مع فريق الخصوصية.", "Shop", Status.TRANSLATED
            ),
        ],
    )


def _policy() -> Policy:
    return Policy(
        title={"en": "Notice"},
        target_languages=["fr"],
        sections=[
            Section(
                heading=Block(BlockKind.TITLE, {"en": "Contact the privacy team."}, id="t"),
                blocks=[
                    Block(text={"en": "We keep invoices for seven years."}, id="fuzzy"),
                    Block(text={"en": "We keep invoices for six years."}, id="exact"),
                    Block(text={"en": "Completely unrelated wording here."}, id="none"),
                    Block(
                        text={"en": "We keep invoices for six years.", "ar": "نص المترجم."},
                        id="kept",
                    ),
                ],
            )
        ],
    )


def test_exact_and_fuzzy_matches_become_drafts_with_their_score_never_approved():
    policy = _policy()
    _, edit, report = pretranslate(policy, "ar", _memory(), min_score=80)
    blocks = {b.id: b for _, b in policy.iter_blocks()}
    exact, fuzzy = blocks["exact"].state("ar"), blocks["fuzzy"].state("ar")
    assert blocks["exact"].get("ar") == "نحتفظ بالفواتير ست سنوات."
    assert exact.status is Status.DRAFT and exact.match_score == 100 and exact.pretranslated
    assert exact.match_origin == "clause t-keeping"
    assert fuzzy.status is Status.DRAFT and 80 <= fuzzy.match_score < 100
    assert blocks["fuzzy"].get("ar") == "نحتفظ بالفواتير ست سنوات."
    assert blocks["t"].state("ar").match_score == 100
    assert not any(b.state("ar").status.is_confirmed for b in blocks.values() if b.id != "kept")
    assert (
        blocks["kept"].get("ar") == "نص المترجم." and not blocks["kept"].state("ar").pretranslated
    )
    assert blocks["none"].get("ar") == ""
    assert [s.label for s in report.exact] == ["§1", "1.2"]
    assert [s.label for s in report.fuzzy] == ["1.1"]
    assert report.no_match == ["1.3"] and report.kept == 1
    assert report.added_language and policy.target_languages == ["fr", "ar"]
    # The mark survives saving.
    again = policy_from_dict(policy_to_dict(policy))
    assert next(b for _, b in again.iter_blocks() if b.id == "fuzzy").state("ar").pretranslated
    # One undo step takes it all back, the language included.
    assert edit is not None
    edit.undo(policy)
    assert policy.target_languages == ["fr"]
    assert all(b.get("ar") == "" for _, b in policy.iter_blocks() if b.id != "kept")
    edit.redo(policy)
    assert blocks["exact"].state("ar").match_score == 100 and "ar" in policy.target_languages


def test_a_higher_threshold_leaves_the_fuzzy_match_out():
    policy = _policy()
    _, _, report = pretranslate(policy, "ar", _memory(), min_score=100)
    assert [s.label for s in report.segments] == ["§1", "1.2"]
    assert "1.1" in report.no_match


def test_confirming_a_pretranslated_segment_clears_the_mark():
    policy = _policy()
    pretranslate(policy, "ar", _memory())
    set_status(policy, "exact", "ar", Status.TRANSLATED)
    state = next(b for _, b in policy.iter_blocks() if b.id == "exact").state("ar")
    assert state.status is Status.TRANSLATED and not state.pretranslated and state.match_score == 0


def test_propagation_fills_same_source_segments_as_translated_in_one_undo_step():
    src = "Your rights."
    blocks = [
        Block(text={"en": src, "ar": "حقوقك."}, id="a"),
        Block(text={"en": src}, id="b"),
        Block(text={"en": src, "ar": "مسودة"}, id="c"),
        Block(text={"en": src, "ar": "حقوق المستخدم."}, id="d"),
        Block(text={"en": "Other."}, id="e"),
    ]
    blocks[3].confirm("ar", "en", Status.APPROVED)
    policy = Policy(target_languages=["ar"], sections=[Section(blocks=blocks)])
    _, confirm_edit = set_status(policy, "a", "ar", Status.TRANSLATED)
    _, prop_edit, report = propagate(policy, "a", "ar")
    assert report.filled == ["b", "c"] and report.differing == ["d"]
    for b in blocks[1:3]:
        assert b.get("ar") == "حقوقك." and b.state("ar").status is Status.TRANSLATED
    assert (
        blocks[3].get("ar") == "حقوق المستخدم." and blocks[3].state("ar").status is Status.APPROVED
    )
    assert blocks[4].get("ar") == ""
    step = then("Confirm", confirm_edit, prop_edit)
    step.undo(policy)
    assert [b.get("ar") for b in blocks] == ["حقوقك.", "", "مسودة", "حقوق المستخدم.", ""]
    assert blocks[0].state("ar").status is Status.DRAFT
    step.redo(policy)
    assert [b.state("ar").status for b in blocks[:3]] == [Status.TRANSLATED] * 3
