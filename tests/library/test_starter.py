"""The starter library and sample policy that every new workspace is seeded with."""

from __future__ import annotations

import re

import pytest

from policy_studio.io.writers.txt import policy_to_text
from policy_studio.library.starter import (
    SAMPLE_POLICY_TITLE,
    load_starter_clauses,
    load_variables,
    new_workspace,
    sample_policy,
)
from policy_studio.model import ClauseStatus, Status
from policy_studio.text.markup import variables_in

REQUIRED_TOPICS = {
    "controller", "dpo", "collection", "sources", "purposes", "legal-basis", "sharing",
    "transfers", "retention", "security", "rights", "consent", "complaints", "children",
    "cookies", "marketing", "automated-decisions", "changes", "effective-date",
}  # fmt: skip


@pytest.fixture(scope="module")
def library():
    return load_starter_clauses()


def all_blocks(clause):
    return [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]


def test_library_is_large_enough_and_covers_every_topic(library):
    assert len(library) >= 24
    assert REQUIRED_TOPICS <= {c.topic for c in library}
    rights = {c.key for c in library if c.topic == "rights"}
    assert len(rights) >= 7  # each right, and how to exercise them


def test_every_clause_is_approved_in_english_and_arabic(library):
    for clause in library:
        assert clause.status is ClauseStatus.APPROVED, clause.key
        assert {"en", "ar"} <= set(clause.languages()), clause.key
        for variant in clause.variants:
            assert all(b.get("ar").strip() for b in variant.blocks), (clause.key, variant.key)


def test_at_least_ten_clauses_also_in_swahili_and_french(library):
    full = [c.key for c in library if {"sw", "fr"} <= set(c.languages())]
    assert len(full) >= 10


def test_translations_keep_the_same_variables(library):
    for clause in library:
        for block in all_blocks(clause):
            expected = set(variables_in(block.get("en")))
            for lang, text in block.text.items():
                assert set(variables_in(text)) == expected, (clause.key, block.id, lang)


def test_every_variable_is_described_and_tags_name_regulation_items(library):
    described = load_variables()
    assert {"organization", "contact_email", "dpo_email", "retention_period", "minimum_age",
            "effective_date", "supervisory_authority"} <= set(described)  # fmt: skip
    for clause in library:
        assert set(clause.variables) <= set(described), clause.key
        assert clause.tags and clause.tags[0] == clause.topic, clause.key
        if clause.topic != "effective-date":  # no regulation article asks for a date line
            assert any(re.fullmatch(r"[a-z-]+:[0-9]+.*", t) for t in clause.tags), clause.key


def test_retention_has_alternative_variants(library):
    assert any(c.topic == "retention" and c.variants for c in library)


def test_block_ids_are_unique_and_stable(library):
    ids = [b.id for c in library for b in all_blocks(c)]
    assert len(ids) == len(set(ids))
    assert ids == [b.id for c in load_starter_clauses() for b in all_blocks(c)]


def test_sample_policy_is_fully_translated_into_arabic_and_fills_every_variable(library):
    policy = sample_policy({c.key: c for c in library})
    assert policy.display_title("en") == SAMPLE_POLICY_TITLE
    assert policy.source_language == "en" and policy.target_languages == ["ar"]
    assert len(policy.sections) >= 12
    for _, block in policy.iter_blocks():
        assert block.get("ar").strip()
        assert block.state("ar").status is Status.APPROVED
    known = set(load_variables())
    for lang in ("en", "ar"):
        output = policy_to_text(policy, lang, known)
        assert "{{" not in output.text and output.issues == [], lang


def test_new_workspace_is_seeded_and_searchable(tmp_path):
    with new_workspace(tmp_path / "w.pstudio") as ws:
        assert len(ws.clauses()) >= 24
        assert [p.title for p in ws.policies()] == [SAMPLE_POLICY_TITLE]
        found = ws.search_clauses("البيانات")
        assert found
        # alef and taa-marbuta variants find the same clauses
        assert [c.key for c in ws.search_clauses("الاحتفاظ")] == [
            c.key for c in ws.search_clauses("الإحتفاظ")
        ]
    with new_workspace(tmp_path / "e.pstudio", seeded=False) as ws:
        assert ws.clauses() == [] and ws.policies() == []
