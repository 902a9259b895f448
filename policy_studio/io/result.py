"""What a reader returns: the imported policy and a report of everything the import decided.

The report is what lets a user trust an import: which encoding was guessed, which lines were
dropped as page debris, which parts could not be aligned with the other language, and any
warnings (an ambiguous date, an empty section). Nothing is dropped without a line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Policy


@dataclass(slots=True)
class DroppedLine:
    """A line left out of the policy (navigation, "image missing", a stray "|")."""

    text: str
    """The line as it was in the file."""
    reason: str
    """Why it was dropped, e.g. ``"navigation"``."""
    line: int = 0
    """1-based line (or paragraph) number in the source file; 0 when unknown."""
    file: str = ""
    """The file it came from (for imports made of several files)."""


@dataclass(slots=True)
class UnalignedPart:
    """A block present in one language only after alignment: kept, reported as missing."""

    present: str
    """Language the text exists in."""
    missing: str
    """Language it has no counterpart in."""
    text: str
    """The text (plain) that has no counterpart."""
    section: int = 0
    """1-based number of the section it ended up in."""
    block_id: str = ""
    """Id of the block in the imported policy."""


@dataclass(slots=True)
class ImportReport:
    """Everything a user should know about how a file was read."""

    encoding: dict[str, str] = field(default_factory=dict)
    """File name → encoding used to decode it (``"utf-8"``, ``"cp1256"``, ``"docx"``…)."""
    languages: list[str] = field(default_factory=list)
    """Languages found, the source language first."""
    layout: str = "single"
    """``single``, ``two-files``, ``sequential`` (one language after the other) or
    ``alternating`` (paragraph by paragraph)."""
    dropped: list[DroppedLine] = field(default_factory=list)
    unaligned: list[UnalignedPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    """Recognised metadata lines, e.g. ``{"effective_date": "2025-01-31"}``."""

    def merge(self, other: ImportReport) -> None:
        """Add another file's findings (used for --translation files)."""
        self.encoding.update(other.encoding)
        for lang in other.languages:
            if lang not in self.languages:
                self.languages.append(lang)
        self.dropped.extend(other.dropped)
        self.unaligned.extend(other.unaligned)
        self.warnings.extend(other.warnings)
        for key, value in other.metadata.items():
            self.metadata.setdefault(key, value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "encoding": dict(self.encoding),
            "languages": list(self.languages),
            "layout": self.layout,
            "dropped": [
                {"text": d.text, "reason": d.reason, "line": d.line, "file": d.file}
                for d in self.dropped
            ],
            "unaligned": [
                {
                    "present": u.present,
                    "missing": u.missing,
                    "text": u.text,
                    "section": u.section,
                    "block_id": u.block_id,
                }
                for u in self.unaligned
            ],
            "warnings": list(self.warnings),
            "metadata": dict(self.metadata),
        }


@dataclass(slots=True)
class ReadResult:
    """A reader's answer: the policy in the detected language(s) and the import report."""

    policy: Policy
    report: ImportReport = field(default_factory=ImportReport)
    anchors: dict[str, str] = field(default_factory=dict)
    """Block id → id the source gave it (kramdown ``{: #id }``, HTML ``id``): alignment evidence."""
