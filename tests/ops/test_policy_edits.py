"""Policy properties, languages and variable values: validated, undoable."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.base import OperationError
from policy_studio.ops.policy_edits import (
    add_target_language,
    remove_target_language,
    set_properties,
    set_variable,
)


@pytest.fixture
def policy(clauses):
    return policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])


def test_set_variable_per_language_with_undo(policy):
    changes, edit = set_variable(policy, "contact_email", "en", "privacy@example.org")
    assert changes.variables
    assert policy.variable_value("contact_email", "ar") == "privacy@example.org"  # falls back
    _, edit_ar = set_variable(policy, "organization", "ar", "جمعية المثال")
    assert policy.variable_value("organization", "ar") == "جمعية المثال"
    edit_ar.undo(policy)
    assert "organization" not in policy.variables
    edit.undo(policy)
    assert policy.variables == {}
    edit.redo(policy)
    assert policy.variables == {"contact_email": {"en": "privacy@example.org"}}


def test_empty_value_clears_and_bad_name_is_refused(policy):
    set_variable(policy, "minimum_age", "en", "16")
    set_variable(policy, "minimum_age", "en", "  ")
    assert "minimum_age" not in policy.variables
    with pytest.raises(OperationError, match="not a variable name"):
        set_variable(policy, "Bad Name", "en", "x")


def test_properties_in_one_step(policy):
    _, edit = set_properties(
        policy,
        title={"en": "Privacy notice", "ar": "إشعار الخصوصية"},
        organization="Example Clinic",
        effective_date="2026-01-31",
        version_label="2.0",
    )
    assert policy.display_title("ar") == "إشعار الخصوصية"
    assert policy.variable_value("organization", "en") == "Example Clinic"
    edit.undo(policy)
    assert policy.title == {"en": "P"} and policy.organization == ""
    with pytest.raises(OperationError, match="YYYY-MM-DD"):
        set_properties(policy, effective_date="31/01/2026")


def test_add_and_remove_target_language(policy):
    _, edit = add_target_language(policy, "sw")
    assert policy.languages == ["en", "ar", "sw"]
    assert edit.label == "Add language sw"
    with pytest.raises(OperationError, match="already"):
        add_target_language(policy, "ar")
    _, removal = remove_target_language(policy, "ar")
    assert policy.languages == ["en", "sw"]
    assert policy.sections[0].blocks[0].get("ar")  # text kept for undo / re-adding
    removal.undo(policy)
    edit.undo(policy)
    assert policy.languages == ["en", "ar"]
