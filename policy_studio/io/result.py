"""What a reader returns: the imported policy and a report of everything the import decided.

The report is what lets a user trust an import: which encoding was guessed, which lines were
dropped as page debris, which parts could not be aligned with the other language, and any
warnings (an ambiguous date, an empty section). Nothing is dropped without a line here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import Policy
from .intermediate import Line

TITLE_ORIGIN = "title"
"""Key of the policy title in ``ReadResult.origins`` (and in alignment's placements)."""

_WORD = re.compile(r"[^\W_]+")
_LINK_TARGET = re.compile(r"\]\([^()]*\)")


def count_words(markup: str) -> int:
    """Words (runs of letters and digits) a reader sees in ``markup``; link targets left out.

    Counted on the markup itself, not through the inline parser: this runs on every line of
    every import, and syntax characters (``*``, ``[``, ``\\``) are not letters anyway.
    """
    # subn counts in C without building a list of every word (a 10 MB paragraph is 2 million).
    return _WORD.subn("", _LINK_TARGET.sub("]", markup))[1]


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
    lang: str = ""
    """Language of the dropped text (counted in that language's words in)."""


@dataclass(slots=True)
class ChangedText:
    """Text the import kept but changed: a typed number taken as numbering, a heading's colon,
    a date kept as the policy's effective date instead of as a paragraph."""

    before: str
    """The text as it was in the file."""
    after: str
    """The text as imported ("" when it became metadata)."""
    reason: str
    line: int = 0
    file: str = ""
    lang: str = ""


@dataclass(slots=True)
class WordCount:
    """Words of one language in the file and in the imported policy."""

    words_in: int = 0
    words_out: int = 0
    dropped: int = 0
    """Words in lines dropped (each listed in ``dropped``)."""
    changed: int = 0
    """Words removed from changed lines (each listed in ``changed``)."""

    @property
    def unaccounted(self) -> int:
        """Words neither imported nor listed as dropped or changed (0 unless the import errs)."""
        return self.words_in - self.words_out - self.dropped - self.changed


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
class CheckPair:
    """An aligned pair the evidence does not confirm: shown as "check this pair"."""

    source: str
    target: str
    confidence: float
    """0–1 from independent evidence (length ratio, numbers, links, names, list shape, position)."""
    why: str
    """What made it doubtful, e.g. ``"lengths differ 4:1; no shared numbers"``."""
    section: int = 0
    block_id: str = ""


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
    changed: list[ChangedText] = field(default_factory=list)
    unaligned: list[UnalignedPart] = field(default_factory=list)
    words: dict[str, WordCount] = field(default_factory=dict)
    """Per language: words in the file(s) and in the policy, and where the difference went."""
    check_pairs: list[CheckPair] = field(default_factory=list)
    """Aligned pairs whose evidence is weak: kept together but not counted as translated."""
    review: dict[str, Any] = field(
        default_factory=lambda: {"notes": 0, "proposals": {}, "formatting": []}
    )
    """Comments kept as review notes, tracked changes kept as proposals (count per kind) and
    formatting-only changes Policy Studio keeps no trace of (each listed): io/review_import.py."""
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
        self.changed.extend(other.changed)
        self.unaligned.extend(other.unaligned)
        self.check_pairs.extend(other.check_pairs)
        for lang, count in other.words.items():
            mine = self.words.setdefault(lang, WordCount())
            mine.words_in += count.words_in
            mine.dropped += count.dropped
            mine.changed += count.changed
        self.warnings.extend(other.warnings)
        self.review.setdefault("formatting", []).extend(other.review.get("formatting", []))
        for key, value in other.metadata.items():
            self.metadata.setdefault(key, value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "encoding": dict(self.encoding),
            "languages": list(self.languages),
            "layout": self.layout,
            "words": {
                lang: {
                    "in": count.words_in,
                    "out": count.words_out,
                    "dropped": count.dropped,
                    "changed": count.changed,
                    "unaccounted": count.unaccounted,
                }
                for lang, count in self.words.items()
            },
            "dropped": [
                {"text": d.text, "reason": d.reason, "line": d.line, "file": d.file, "lang": d.lang}
                for d in self.dropped
            ],
            "changed": [
                {
                    "before": c.before,
                    "after": c.after,
                    "reason": c.reason,
                    "line": c.line,
                    "file": c.file,
                    "lang": c.lang,
                }
                for c in self.changed
            ],
            "check_pairs": [
                {
                    "section": c.section,
                    "source": c.source,
                    "target": c.target,
                    "confidence": round(c.confidence, 2),
                    "why": c.why,
                    "block_id": c.block_id,
                }
                for c in self.check_pairs
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
            "review": {
                "notes": self.review.get("notes", 0),
                "proposals": dict(self.review.get("proposals", {})),
                "formatting": list(self.review.get("formatting", [])),
            },
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
    origins: dict[str, list[Line]] = field(default_factory=dict)
    """Block id (or ``"title"``) → the intermediate ``Line``s its text came from, in any
    language: how the import preview maps what the user corrects back to the file."""


def recount_words_out(report: ImportReport, policy: Policy, file: str = "") -> list[str]:
    """Count each language's words in ``policy`` into ``report``; warnings for any not accounted.

    Run after every step that builds or merges the policy, so a word lost by alignment shows.
    """
    warnings: list[str] = []
    for code, found in report.words.items():
        found.words_out = count_words(policy.title.get(code, "")) + sum(
            count_words(block.get(code)) for _, block in policy.iter_blocks()
        )
        if found.unaccounted:
            warnings.append(
                f"{file or 'the import'}: {found.unaccounted} {code} words are neither in the "
                "policy nor listed as dropped or changed — please report this import"
            )
    return warnings


def placed_origins(
    origins: dict[str, list[Line]], placed: dict[str, list[str]], target: Mapping[str, Line]
) -> None:
    """Add to ``origins`` (merged block id → lines) the target lines that alignment placed."""
    for target_id, source_ids in placed.items():
        line = target.get(target_id)
        if line is None:
            continue
        for source_id in source_ids:
            found = origins.setdefault(source_id, [])
            if not any(known is line for known in found):
                found.append(line)
