"""The starter library is vetted in four languages: its translations must raise no meaning or
form error, or the example policy would show an approver blockers that are not true."""

from __future__ import annotations

from policy_studio.checks import check_policy
from policy_studio.checks.findings import Severity
from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.starter import load_starter_clauses

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
