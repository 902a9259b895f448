"""Editing clauses as lines per language, and saving a section to the library."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.editing import (
    blocks_to_lines,
    check_clause,
    clause_from_section,
    deprecated_in_use,
    lines_to_blocks,
)
from policy_studio.model import BlockKind, ClauseStatus, PolicyStudioError


def test_lines_round_trip_and_keep_ids_by_position(clauses):
    keeping = clauses[1]
    texts = {lang: blocks_to_lines(keeping.blocks, lang) for lang in ("en", "ar")}
    assert texts["en"].splitlines()[1] == "- Invoices are archived."
    again = lines_to_blocks(texts, keeping.blocks, "en")
    assert [(b.id, b.kind, b.text) for b in again] == [
        (b.id, b.kind, b.text) for b in keeping.blocks
    ]
    texts["en"] += "\n  1. A nested numbered step."
    texts["ar"] += "\n  1. خطوة مرقمة."
    grown = lines_to_blocks(texts, keeping.blocks, "en")
    assert grown[2].kind is BlockKind.NUMBERED and grown[2].level == 1
    assert grown[2].get("ar") == "خطوة مرقمة." and grown[2].id not in {b.id for b in keeping.blocks}


def test_section_saved_as_a_draft_clause(clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)], target_languages=["ar"])
    clause = clause_from_section(policy.sections[0], "our-contact", tags=["controller"])
    assert clause.status is ClauseStatus.DRAFT
    assert clause.title["ar"] == "التواصل مع الفريق"
    assert clause.variables == ["contact_email", "organization"]
    assert clause.blocks[0].id == "our-contact.1"
    check_clause(clause, {c.key: c for c in clauses}, new=True)
    with pytest.raises(PolicyStudioError, match="already has"):
        check_clause(clauses[0], {c.key: c for c in clauses}, new=True)
    clause.key = "Our Contact"
    with pytest.raises(PolicyStudioError, match="lower-case"):
        check_clause(clause)


def test_deprecated_clauses_in_use_are_listed(clauses):
    policy = policy_from_clauses("P", [(c, None) for c in clauses])
    clauses[2].status = ClauseStatus.DEPRECATED
    found = deprecated_in_use(policy.sections, {c.key: c for c in clauses})
    assert [(n, c.key) for n, _s, c in found] == [(3, "t-young")]
