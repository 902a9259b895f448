"""Coverage of the shipped regulations on policies made from the starter library."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.coverage import coverage
from policy_studio.library.regulations import load_all
from policy_studio.library.starter import load_starter_clauses
from policy_studio.model import Block, BlockKind, Policy, Section

REGULATIONS = ["gdpr", "kenya-dpa", "tanzania-pdpa", "ksa-pdpl", "uae-pdpl", "bangladesh-pdp"]


@pytest.fixture(scope="module")
def library():
    return {c.key: c for c in load_starter_clauses()}


@pytest.fixture(scope="module")
def laws():
    return load_all().regulations


def _policy(library, keys, source="en", targets=("ar",)):
    return policy_from_clauses(
        "Coverage test",
        [(library[k], None) for k in keys],
        source_language=source,
        target_languages=targets,
    )


@pytest.mark.parametrize("law", REGULATIONS)
@pytest.mark.parametrize("source", ["en", "ar"])
def test_a_policy_of_every_library_clause_is_complete(library, laws, law, source):
    targets = ("ar",) if source == "en" else ("en",)
    policy = _policy(library, list(library), source, targets)
    report = coverage(policy, [laws[law]], library)
    assert report.complete, [(r.requirement.id, r.reason()) for r in report.gaps]


@pytest.mark.parametrize(
    ("law", "requirement"),
    [
        ("gdpr", "retention"),
        ("gdpr", "complaint"),
        ("kenya-dpa", "security"),
        ("tanzania-pdpa", "recipients"),
        ("ksa-pdpl", "legal-basis"),
        ("uae-pdpl", "dpo"),
        ("bangladesh-pdp", "consent"),
    ],
)
def test_dropping_the_clauses_of_a_requirement_makes_it_a_gap_with_them_suggested(
    library, laws, law, requirement
):
    wanted = set(laws[law].requirement(requirement).satisfied_by)
    dropped = {k for k, c in library.items() if wanted & ({c.topic} | set(c.tags))}
    assert dropped
    policy = _policy(library, [k for k in library if k not in dropped])
    report = coverage(policy, [laws[law]], library)
    gap = {r.requirement.id: r for r in report.gaps}
    assert requirement in gap
    assert set(gap[requirement].suggestions) == dropped


def test_rights_are_partly_covered_and_name_the_rights_that_are_missing(library, laws):
    keys = [k for k in library if k not in ("rights-portability", "rights-restriction")]
    report = coverage(_policy(library, keys), [laws["gdpr"]], library)
    rights = next(r for r in report.results if r.requirement.id == "rights")
    assert rights.status == "partial"
    assert [p.id for p in rights.missing_parts] == ["restriction", "portability"]
    assert rights.suggestions[:2] == ["rights-portability", "rights-restriction"] or set(
        rights.suggestions
    ) >= {"rights-portability", "rights-restriction"}


def _local(title: dict[str, str], text: dict[str, str], topics=()) -> Section:
    return Section(
        heading=Block(BlockKind.TITLE, title),
        blocks=[Block(BlockKind.PARAGRAPH, text)],
        topics=list(topics),
    )


def test_words_alone_never_cover_a_requirement_and_a_confirmed_topic_does(library, laws):
    keeping = _local(
        {"ar": "مدة الاحتفاظ"},
        {"ar": "نحتفظ بسجلاتك خمس سنوات ثم نحذفها."},
    )
    policy = Policy(title={"ar": "سياسة"}, source_language="ar", sections=[keeping])
    retention = lambda rep: next(r for r in rep.results if r.requirement.id == "retention")  # noqa: E731
    first = retention(coverage(policy, [laws["gdpr"]], library))
    assert first.status == "partial"
    assert [s.number for s in first.found_in_text] == [1]
    keeping.topics = ["retention"]
    assert retention(coverage(policy, [laws["gdpr"]], library)).status == "covered"


def test_a_conditional_requirement_is_asked_for_until_the_answers_say_it_does_not_apply(
    library, laws
):
    policy = _policy(library, [k for k in library if k != "children"])
    children = lambda rep: next(r for r in rep.results if r.requirement.id == "children")  # noqa: E731
    assert children(coverage(policy, [laws["kenya-dpa"]], library)).status == "missing"
    policy.conditions = ["transfers-abroad"]
    assert children(coverage(policy, [laws["kenya-dpa"]], library)).status == "not-applicable"
    policy.conditions = ["children"]
    assert children(coverage(policy, [laws["kenya-dpa"]], library)).status == "missing"
