"""The model survives a JSON round trip and refuses documents from a newer schema."""

from __future__ import annotations

import json

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import SCHEMA_VERSION, SchemaError, Status
from policy_studio.model.serialize import (
    clause_from_dict,
    clause_to_dict,
    policy_from_dict,
    policy_to_dict,
)


def test_policy_round_trip_keeps_ids_text_and_states(clauses):
    policy = policy_from_clauses(
        "Test policy", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.variables = {"organization": {"en": "Acme", "ar": "أكمي"}}
    data = json.loads(json.dumps(policy_to_dict(policy)))
    back = policy_from_dict(data)
    assert back == policy
    assert back.sections[0].blocks[0].state("ar").status is Status.APPROVED


def test_clause_round_trip_with_variants(clauses):
    clause = clauses[1]
    assert clause_from_dict(clause_to_dict(clause)) == clause


def test_newer_schema_is_refused_with_a_clear_message(clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)])
    data = policy_to_dict(policy)
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(SchemaError, match="newer Policy Studio"):
        policy_from_dict(data)


def test_malformed_policy_is_a_schema_error_not_a_crash():
    with pytest.raises(SchemaError):
        policy_from_dict({"schema_version": 1, "sections": [{"heading": 3}]})
    with pytest.raises(SchemaError):
        policy_from_dict([1, 2])
