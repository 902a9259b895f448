"""Translation progress of a policy in one language: the share translated and reviewed."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Policy, Status


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


def translation_progress(policy: Policy, lang: str, source_lang: str | None = None) -> Progress:
    source = source_lang or policy.source_language
    total = translated = reviewed = stale = untranslated = 0
    for _, block in policy.iter_blocks():
        if not block.get(source).strip():
            continue
        total += 1
        status = block.state(lang).status
        if block.is_stale(lang, source):
            stale += 1
            continue
        if status is Status.UNTRANSLATED or not block.get(lang).strip():
            untranslated += 1
        elif status.is_confirmed:
            translated += 1
            if status in (Status.REVIEWED, Status.APPROVED):
                reviewed += 1
    return Progress(total, translated, reviewed, stale, untranslated)
