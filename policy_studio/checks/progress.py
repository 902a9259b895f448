"""Translation progress of a policy in one language: the share translated and reviewed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Block, Policy, Status


@dataclass(frozen=True, slots=True)
class Progress:
    """Counts over the segments that have source text; stale segments count as not done."""

    total: int
    translated: int
    """Translated, reviewed or approved, and not stale."""
    reviewed: int
    """Reviewed or approved, and not stale."""
    stale: int
    untranslated: int

    @property
    def translated_percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    @property
    def reviewed_percent(self) -> float:
        return 100.0 * self.reviewed / self.total if self.total else 100.0


def segment_category(block: Block, lang: str, source: str) -> str | None:
    """How one segment counts: None (no source text), stale, untranslated, draft, translated
    or reviewed."""
    if not block.get(source).strip():
        return None
    if block.is_stale(lang, source):
        return "stale"
    status = block.state(lang).status
    if status is Status.UNTRANSLATED or not block.get(lang).strip():
        return "untranslated"
    if status in (Status.REVIEWED, Status.APPROVED):
        return "reviewed"
    return "translated" if status.is_confirmed else "draft"


def progress_from(categories: Iterable[str | None]) -> Progress:
    counts = Counter(c for c in categories if c is not None)
    return Progress(
        total=sum(counts.values()),
        translated=counts["translated"] + counts["reviewed"],
        reviewed=counts["reviewed"],
        stale=counts["stale"],
        untranslated=counts["untranslated"],
    )


def translation_progress(policy: Policy, lang: str, source_lang: str | None = None) -> Progress:
    source = source_lang or policy.source_language
    return progress_from(segment_category(block, lang, source) for _, block in policy.iter_blocks())
