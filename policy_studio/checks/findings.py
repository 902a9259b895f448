"""Findings: what a check reports about one segment in one language (pure data)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class Severity(str, Enum):  # noqa: UP042 - str(Severity.X) is relied on as is
    """How much a finding matters; errors are what a reviewer must look at before sign-off."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by one check in one block and language."""

    check: str
    """Id of the check, e.g. ``numbers`` (the row of the checks table)."""
    severity: Severity
    block_id: str
    """The block the finding points to (also the XLIFF unit id)."""
    language: str
    """The language whose text has the problem (usually the target)."""
    message: str
    """For the user, in English; names what is missing or wrong."""
    span: tuple[int, int] | None = None
    """Start and end offsets in the block's markup in ``language``, when the problem has a place."""
    detail: str = ""
    """What exactly was found (the missing number, the character code): part of the key."""
    section_id: str = ""
    source_span: tuple[int, int] | None = None
    """Offsets in the block's source-language markup of what the finding compares against
    (meaning and form checks name both sides: the source's "never" and the target's "may")."""

    @property
    def key(self) -> str:
        """Identity used to remember "not an error": stable while the problem stays the same."""
        return f"{self.check}:{self.block_id}:{self.language}:{self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "severity": self.severity.value,
            "block_id": self.block_id,
            "section_id": self.section_id,
            "language": self.language,
            "message": self.message,
            "span": list(self.span) if self.span else None,
            "detail": self.detail,
            "source_span": list(self.source_span) if self.source_span else None,
            "key": self.key,
        }
