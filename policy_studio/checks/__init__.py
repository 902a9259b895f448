"""Checks over a policy that return Findings (pure data): translation QA first."""

from .findings import Finding, Severity
from .glossary import GlossaryEntry
from .translation import (
    CHECKS,
    POLICY_CHECKS,
    SECTION_CHECKS,
    Reference,
    check_consistency,
    check_policy,
    check_segment,
)

__all__ = [
    "CHECKS",
    "POLICY_CHECKS",
    "SECTION_CHECKS",
    "Finding",
    "GlossaryEntry",
    "Reference",
    "Severity",
    "check_consistency",
    "check_policy",
    "check_segment",
]
