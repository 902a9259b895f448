"""The starter library is vetted in four languages: its translations must raise no meaning or
form finding, error or warning, or the example policy would show an approver findings that
are not true (session 3 saw the example's 2.1 flagged for a sentence its Arabic joins with a
comma)."""

from __future__ import annotations

from policy_studio.checks import check_policy
from policy_studio.checks.findings import Severity
from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.starter import load_starter_clauses, sample_policy

MEANING_AND_FORM = {"negation", "modality", "absolute", "quantity", "sentences", "tags"}


def test_the_starter_library_raises_no_meaning_error_in_any_language():
    library = load_starter_clauses()
    policy = policy_from_clauses(
        "All clauses", [(c, None) for c in library], target_languages=["ar", "sw", "fr"]
    )
    errors = [
        (f.language, f.check, f.message)
        for f in check_policy(policy, None)
        if f.check in MEANING_AND_FORM and f.severity is Severity.ERROR
    ]
    assert errors == []


def test_the_starter_library_and_the_example_policy_raise_no_meaning_or_form_warning():
    library = load_starter_clauses()
    every_wording = [(c, None) for c in library] + [(c, v.key) for c in library for v in c.variants]
    assert len(every_wording) > len(library)  # the variants are checked too
    everything = policy_from_clauses(
        "All clauses", every_wording, target_languages=["ar", "sw", "fr"]
    )
    example = sample_policy({c.key: c for c in library})
    for policy in (everything, example):
        found = [
            (policy.display_title(), f.language, f.check, f.message)
            for f in check_policy(policy, None)
            if f.check in MEANING_AND_FORM
        ]
        assert found == []
