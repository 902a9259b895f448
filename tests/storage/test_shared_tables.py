"""The sign-off and translation tables behave the same on the file and on PostgreSQL: the audit
log (append-only, enforced by the database), approvals, memory units, glossary flags, spelling."""

from __future__ import annotations

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Status
from policy_studio.model.tmunit import TmUnit


def test_the_audit_log_is_append_only_in_the_database(store, reopen):
    first = store.append_log("Amina", "segment.approve", policy_id="p1", target="b1")
    store.append_log("Omar", "library.edit", target="t-contact", detail={"note": "typo"})
    second = store.append_log("Amina", "version.approve", policy_id="p1", target="2")
    assert second.id > first.id
    other = reopen()
    assert [e.action for e in other.log_entries("p1")] == [
        "segment.approve",
        "library.edit",
        "version.approve",
    ]
    assert [e.actor for e in other.log_entries(action_prefix="version.")] == ["Amina"]
    assert other.log_entries(actor="Omar")[0].detail == {"note": "typo"}
    for statement in ("UPDATE audit_log SET actor='someone'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), other.transaction():
            other._conn.execute(statement)
    assert len(reopen().log_entries()) == 3


def test_approvals_and_their_fingerprints(store, clauses):
    policy = policy_from_clauses("Approved notice", [(clauses[0], None)])
    store.save_policy(policy)
    store.save_version(policy, "1.0")
    record = store.approve_version(policy.id, 1, "Amina Yusuf", {"en": "abc"})
    again = store.approval(policy.id, 1)
    assert again is not None and again.fingerprints == {"en": "abc"}
    assert again.approver == record.approver == "Amina Yusuf"
    store.approve_version(policy.id, 1, "Omar Said", {"en": "def"})
    assert store.approval(policy.id, 1).approver == "Omar Said"
    assert store.versions(policy.id)[0].approved


def test_memory_units_glossary_flags_dismissal_reasons_and_spelling(store, reopen):
    units = [
        TmUnit("en", "ar", "Write to us.", "راسلنا.", Status.APPROVED, "old.tmx", "", "2024"),
        TmUnit("en", "fr", "Write to us.", "Écrivez-nous.", Status.TRANSLATED, "old.tmx"),
    ]
    assert store.add_tm_units(units) == (2, 0, 0)
    assert store.add_tm_units(units) == (0, 0, 2)
    assert store.tm_pairs() == [("en", "ar"), ("en", "fr")]
    assert [u.target for u in store.tm_units("en", "ar")] == ["راسلنا."]
    assert store.clear_tm_units("en", "fr") == 1
    term = store.add_glossary_term("en", "ar", "data", "داتا", forbidden=True)
    assert term.forbidden and reopen().glossary("en", "ar")[0].forbidden
    store.dismiss_finding("p1", "k", author="Amina", reason="a name")
    assert store.dismissed_findings("p1") == {"k"}
    store.add_spelling_word("ar", "الخصوصية")
    assert reopen().spelling_words("ar") == {"الخصوصية"}
