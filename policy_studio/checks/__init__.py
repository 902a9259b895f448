"""Checks over a policy that return Findings (pure data): translation QA first.

The translation checks (and the libraries they use: rapidfuzz, the meaning rules, markdown-it)
are loaded when one of their names is first used, not with the package: an export reads only
``checks.readiness`` and ``checks.findings``, and is timed against pandoc from process start.
"""

from typing import TYPE_CHECKING, Any

from .findings import Finding, Severity
from .glossary import GlossaryEntry

if TYPE_CHECKING:
    from .translation import (
        CHECKS,
        POLICY_CHECKS,
        SECTION_CHECKS,
        Reference,
        check_consistency,
        check_policy,
        check_segment,
    )

_FROM_TRANSLATION = frozenset(
    {
        "CHECKS",
        "POLICY_CHECKS",
        "SECTION_CHECKS",
        "Reference",
        "check_consistency",
        "check_policy",
        "check_segment",
    }
)


def __getattr__(name: str) -> Any:
    if name in _FROM_TRANSLATION:
        from . import translation

        return getattr(translation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
