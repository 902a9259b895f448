"""Translation memory: approved translations from the workspace offered with a score."""

from __future__ import annotations

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.memory import MemoryEntry, TranslationMemory
from policy_studio.model import Block, Policy, Section, Status


def test_an_approved_library_clause_is_an_exact_match(workspace):
    memory = TranslationMemory.from_workspace(workspace, "en", "ar")
    found = memory.suggest("Records stay with us for {{retention_period}}.")
    assert found[0].exact
    assert found[0].target == "تبقى السجلات لدينا مدة {{retention_period}}."
    assert found[0].origin == "clause t-keeping"


def test_a_draft_clause_is_not_offered(workspace):
    memory = TranslationMemory.from_workspace(workspace, "en", "ar")
    assert (
        memory.suggest("The service is not meant for anyone under {{minimum_age}}.", min_score=95)
        == []
    )


def test_a_similar_sentence_is_a_fuzzy_match_with_a_lower_score(workspace):
    memory = TranslationMemory.from_workspace(workspace, "en", "ar")
    found = memory.suggest("Records stay with us for {{retention_period}} at most.")
    assert found and not found[0].exact
    assert 70 <= found[0].score < 100
    assert found[0].target.startswith("تبقى السجلات")


def test_confirmed_segments_of_other_policies_are_offered_but_not_stale_or_draft_ones(workspace):
    good = Block(text={"en": "We never sell your data.", "ar": "لا نبيع بياناتك أبدًا."})
    good.confirm("ar", "en", Status.REVIEWED)
    draft = Block(text={"en": "We rarely share your data.", "ar": "نادرًا ما نشارك بياناتك."})
    stale = Block(
        text={
            "en": "Old wording of the cookie rule.",
            "ar": "صياغة قديمة لقاعدة ملفات تعريف الارتباط.",
        }
    )
    stale.confirm("ar", "en")
    stale.set_text("en", "New wording of the cookie rule.")
    other = Policy(
        title={"en": "Shop policy"},
        target_languages=["ar"],
        sections=[Section(blocks=[good, draft, stale])],
    )
    workspace.save_policy(other)
    memory = TranslationMemory.from_workspace(workspace, "en", "ar")
    assert memory.suggest("We never sell your data.")[0].origin == "Shop policy"
    assert memory.suggest("We rarely share your data.", min_score=90) == []
    assert memory.suggest("New wording of the cookie rule.", min_score=90) == []


def test_the_current_policy_in_memory_is_used_instead_of_its_stored_copy(workspace, clauses):
    policy = policy_from_clauses("P", [(clauses[2], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    block = policy.sections[0].blocks[0]
    block.set_text("ar", "ترجمة مؤكدة للتو.")
    block.confirm("ar", "en")
    memory = TranslationMemory.from_workspace(workspace, "en", "ar", current=policy)
    assert memory.suggest(block.get("en"))[0].target == "ترجمة مؤكدة للتو."


def test_duplicates_keep_the_best_status_and_exclude_target_skips_the_current_text():
    memory = TranslationMemory("en", "ar")
    memory.add(MemoryEntry("Hello there friends.", "مرحبًا أيها الأصدقاء.", "a", Status.TRANSLATED))
    memory.add(MemoryEntry("Hello  there friends.", "مرحبًا أيها الأصدقاء.", "b", Status.APPROVED))
    assert len(memory) == 1
    assert memory.suggest("hello there friends.")[0].status is Status.APPROVED
    assert memory.suggest("Hello there friends.", exclude_target="مرحبًا أيها الأصدقاء.") == []
