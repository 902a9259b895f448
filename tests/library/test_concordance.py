"""Concordance: a phrase found in source or target, whatever its Arabic spelling."""

from __future__ import annotations

from policy_studio.library.concordance import Concordance, ConcordanceEntry, build_concordance
from policy_studio.library.memory import TranslationMemory
from policy_studio.model import Status


def _index() -> Concordance:
    return Concordance(
        [
            ConcordanceEntry(
                "We delete personal data.", "نحذف البيانات الشخصيّة.", "clause a", Status.APPROVED
            ),
            ConcordanceEntry(
                "Ask the controller.", "اسأل المتحكم بالبيانات.", "Shop", Status.TRANSLATED
            ),
            ConcordanceEntry(
                "Données  PERSONNELLES", "", "P 2.1", Status.UNTRANSLATED, "policy", "b9"
            ),
            ConcordanceEntry(
                "Children under 13.", "الأطفال دون ١٣ سنة.", "clause k", Status.APPROVED
            ),
        ]
    )


def _shown(hit) -> str:
    text = hit.entry.source if hit.side == "source" else hit.entry.target
    return text[hit.span[0] : hit.span[1]]


def test_arabic_spelling_variants_find_the_same_segments():
    index = _index()
    for query in ("البيانات الشخصية", "البيانات الشخصيه", "البَيانات الشَّخصيّة", "ألبيانات"):
        hits = index.search(query)
        assert hits and hits[0].entry.origin == "clause a", query
        assert hits[0].side == "target"
    assert _shown(index.search("البيانات الشخصية")[0]) == "البيانات الشخصيّة"
    assert {h.entry.origin for h in index.search("بالبيانات")} == {"Shop"}
    assert {h.entry.origin for h in index.search("اطفال")} == {"clause k"}


def test_latin_case_accents_and_spaces_are_folded_and_the_span_is_in_the_original():
    hits = _index().search("donnees personnelles")
    assert [h.entry.block_id for h in hits] == ["b9"]
    assert _shown(hits[0]) == "Données  PERSONNELLES"
    assert [h.side for h in _index().search("personal data")] == ["source"]
    assert _index().search("   ") == [] and _index().search("nowhere") == []


def test_the_workspace_index_has_memory_library_and_policy(workspace):
    from policy_studio.library.compose import policy_from_clauses

    policy = policy_from_clauses(
        "P", [(c, None) for c in workspace.clauses()[:1]], target_languages=["ar"]
    )
    index = build_concordance(workspace, "en", "ar", policy=policy)
    kinds = {h.entry.kind for h in index.search("{{")}
    assert kinds == {"memory", "library", "policy"}
    young = index.search("minimum_age")
    assert any(h.entry.origin == "clause t-young (draft)" for h in young)
    memory = TranslationMemory.from_workspace(workspace, "en", "ar")
    assert len(index) >= len(memory)
