"""Checks over a policy that return Findings (pure data): translation QA first."""

from .findings import Finding, Severity
from .glossary import GlossaryEntry
from .translation import CHECKS, SECTION_CHECKS, check_policy, check_segment

__all__ = [
    "CHECKS",
    "SECTION_CHECKS",
    "Finding",
    "GlossaryEntry",
    "Severity",
    "check_policy",
    "check_segment",
]
