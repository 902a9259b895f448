"""A translator's bulk edits: pre-translation, propagation of a confirmed translation.

Each is one undoable step over many blocks (``translation._snapshot``/``_restore``). None of
them ever confirms or approves a segment on the translator's behalf: pre-translated text is a
*draft* carrying the match score and origin (``TranslationState.match_score``); propagated text
is *translated* (a person confirmed that very translation of that very source a moment ago),
never reviewed or approved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..library.concordance import fold_with_map
from ..library.memory import Suggestion, TranslationMemory
from ..model import Block, Policy, Status, TranslationState, normalize_text
from ..text.search_normalize import fold
from .base import Changes, Edit, OperationError, op
from .policy_edits import add_target_language
from .translation import _restore, _snapshot

DEFAULT_MIN_SCORE = 75.0


@dataclass(frozen=True, slots=True)
class PretranslatedSegment:
    block_id: str
    label: str
    """Where it is, for the user: §3 (a section title) or 3.2 (the second block of §3)."""
    source: str
    target: str
    score: float
    origin: str
    memory_source: str
    """The source text of the memory entry (differs from ``source`` for a fuzzy match)."""

    @property
    def exact(self) -> bool:
        return self.score >= 100

    def to_dict(self) -> dict[str, object]:
        return {
            "block_id": self.block_id,
            "where": self.label,
            "score": round(self.score, 1),
            "exact": self.exact,
            "origin": self.origin,
            "source": self.source,
            "target": self.target,
            "memory_source": self.memory_source,
        }


@dataclass(slots=True)
class PretranslationReport:
    lang: str
    min_score: float
    segments: list[PretranslatedSegment] = field(default_factory=list)
    no_match: list[str] = field(default_factory=list)
    """Labels of untranslated segments with no match at or above the threshold."""
    kept: int = 0
    """Segments that already had a translation (never overwritten)."""
    added_language: bool = False

    @property
    def exact(self) -> list[PretranslatedSegment]:
        return [s for s in self.segments if s.exact]

    @property
    def fuzzy(self) -> list[PretranslatedSegment]:
        return [s for s in self.segments if not s.exact]

    def to_dict(self) -> dict[str, object]:
        return {
            "language": self.lang,
            "min_score": self.min_score,
            "added_language": self.added_language,
            "exact": len(self.exact),
            "fuzzy": len(self.fuzzy),
            "no_match": self.no_match,
            "kept": self.kept,
            "segments": [s.to_dict() for s in self.segments],
        }


def _labels(policy: Policy) -> dict[str, str]:
    out: dict[str, str] = {}
    for number, section in enumerate(policy.sections, start=1):
        out[section.heading.id] = f"§{number}"
        for i, block in enumerate(section.blocks, start=1):
            out[block.id] = f"{number}.{i}"
    return out


def _combined(label: str, edits: list[Edit]) -> Edit:
    def undo(policy: Policy) -> Changes:
        changes = Changes()
        for edit in reversed(edits):
            changes = changes | edit.undo(policy)
        return changes

    def redo(policy: Policy) -> Changes:
        changes = Changes()
        for edit in edits:
            changes = changes | edit.redo(policy)
        return changes

    return Edit(label, undo, redo)


def pretranslate(
    policy: Policy,
    lang: str,
    memory: TranslationMemory,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    label: str = op("pre_translate"),
) -> tuple[Changes, Edit | None, PretranslationReport]:
    """Fill every untranslated segment of ``lang`` that the memory matches well enough.

    Exact matches (100) and fuzzy ones scoring ``min_score`` or more become drafts marked
    pre-translated with their score and origin. A segment with any text in ``lang`` is kept.
    ``lang`` becomes a target language of the policy when it is not one yet (same undo step).
    """
    if lang == policy.source_language:
        raise OperationError(f"{lang!r} is the source language of {policy.display_title()!r}")
    if not 1 <= min_score <= 100:
        raise OperationError(f"the minimum score must be between 1 and 100, not {min_score:g}")
    if memory.target_lang != lang or memory.source_lang != policy.source_language:
        raise OperationError(
            f"the memory is {memory.source_lang}→{memory.target_lang}, "
            f"the policy needs {policy.source_language}→{lang}"
        )
    report = PretranslationReport(lang, min_score)
    edits: list[Edit] = []
    changes = Changes()
    if lang not in policy.target_languages:
        lang_changes, lang_edit = add_target_language(policy, lang)
        changes, report.added_language = changes | lang_changes, True
        edits.append(lang_edit)
    source_lang = policy.source_language
    labels = _labels(policy)
    planned: list[tuple[Block, PretranslatedSegment]] = []
    cache: dict[str, Suggestion | None] = {}
    for _, block in policy.iter_blocks():
        source = block.get(source_lang)
        if not source.strip():
            continue
        if block.get(lang).strip():
            report.kept += 1
            continue
        if source in cache:
            match = cache[source]
        else:
            match = cache[source] = memory.best_match(source, min_score=min_score)
        if match is None:
            report.no_match.append(labels.get(block.id, block.id))
            continue
        planned.append(
            (
                block,
                PretranslatedSegment(
                    block.id,
                    labels.get(block.id, block.id),
                    source,
                    normalize_text(match.target),
                    match.score,
                    match.origin,
                    match.source,
                ),
            )
        )
    if planned:
        touched = {block.id: block for block, _ in planned}
        before = _snapshot(touched)
        for block, seg in planned:
            old = block.translations.get(lang, TranslationState())
            block.text[lang] = seg.target
            block.translations[lang] = TranslationState(
                Status.DRAFT, old.source_fingerprint, old.source_text, seg.score, seg.origin
            )
            report.segments.append(seg)
        edits.append(Edit(label, _restore(before), _restore(_snapshot(touched))))
        changes = changes | Changes(blocks=frozenset(touched))
    if not edits:
        return changes, None, report
    return changes, (edits[0] if len(edits) == 1 else _combined(label, edits)), report


@dataclass(slots=True)
class Propagation:
    filled: list[str] = field(default_factory=list)
    """Block ids that received the translation."""
    differing: list[str] = field(default_factory=list)
    """Confirmed segments with the same source but another translation: left alone."""


def propagation_targets(
    policy: Policy, block_id: str, lang: str
) -> tuple[list[Block], list[Block]]:
    """(blocks to fill, confirmed blocks with another translation) for ``block_id``'s source."""
    source_lang = policy.source_language
    found = policy.find_block(block_id)
    if found is None:
        raise OperationError(f"no block {block_id!r} in policy {policy.display_title()!r}")
    origin = found[1]
    source = origin.get(source_lang)
    target = origin.get(lang)
    # The same source as ``fingerprint`` sees it (NFC, spaces collapsed), compared as text:
    # hashing every block of a long policy on each confirm costs more than this.
    canonical = " ".join(normalize_text(source).split())
    fill: list[Block] = []
    differ: list[Block] = []
    if not source.strip() or not target.strip():
        return fill, differ
    for _, block in policy.iter_blocks():
        if block.id == origin.id:
            continue
        text = block.get(source_lang)
        # Collapsing spaces never makes a text longer: a shorter text cannot be the same.
        if len(text) < len(canonical) or " ".join(normalize_text(text).split()) != canonical:
            continue
        if block.state(lang).status.is_confirmed and not block.is_stale(lang, source_lang):
            if block.get(lang) != target:
                differ.append(block)
            continue
        fill.append(block)
    return fill, differ


def propagate(
    policy: Policy, block_id: str, lang: str, *, label: str = op("propagate_translation")
) -> tuple[Changes, Edit | None, Propagation]:
    """Give every other segment with the same source the translation of ``block_id``.

    Untranslated, draft, pre-translated and stale segments take it as *translated*; segments
    confirmed with another translation are listed, not changed.
    """
    fill, differ = propagation_targets(policy, block_id, lang)
    report = Propagation([b.id for b in fill], [b.id for b in differ])
    if not fill:
        return Changes(), None, report
    found = policy.find_block(block_id)
    assert found is not None
    target = found[1].get(lang)
    touched = {b.id: b for b in fill}
    before = _snapshot(touched)
    for block in fill:
        block.text[lang] = target
        block.confirm(lang, policy.source_language, Status.TRANSLATED)
    return (
        Changes(blocks=frozenset(touched)),
        Edit(label, _restore(before), _restore(_snapshot(touched))),
        report,
    )


def then(label: str, first: Edit, second: Edit | None) -> Edit:
    """Two applied edits as one undo step (confirm + propagate)."""
    return first if second is None else _combined(label, [first, second])


__all__ = [
    "DEFAULT_MIN_SCORE",
    "PretranslatedSegment",
    "PretranslationReport",
    "Propagation",
    "pretranslate",
    "propagate",
    "propagation_targets",
    "then",
    "FindOptions",
    "find_spans",
    "replace_text",
    "Replacement",
]


# -- find and replace -------------------------------------------------------------------------

_PROTECTED = re.compile(r"\{\{[^}]*\}\}|\]\([^)]*\)")
"""Variables and the target of a [label](url) link: never matched, never replaced."""


@dataclass(frozen=True, slots=True)
class FindOptions:
    pattern: str
    regex: bool = False
    whole_word: bool = False
    case_sensitive: bool = False
    folded: bool = True
    """Arabic-folded: diacritics, letter variants (أ/إ/آ/ا, ة/ه, ى/ي), case and Latin accents
    ignored; with ``regex`` the expression is matched against the folded text."""

    def compile(self) -> re.Pattern[str]:
        if not self.pattern.strip() and not self.regex:
            raise OperationError("nothing to find: type a word or phrase")
        if self.regex:
            body = self.pattern
        else:
            text = " ".join(fold(self.pattern).split()) if self.folded else self.pattern
            body = re.escape(text)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        flags = 0 if self.case_sensitive and not self.folded else re.IGNORECASE
        try:
            return re.compile(body, flags)
        except re.error as exc:
            raise OperationError(
                f"the regular expression {self.pattern!r} is invalid: {exc}"
            ) from exc


def find_spans(
    markup: str, options: FindOptions, compiled: re.Pattern[str] | None = None
) -> list[tuple[int, int, re.Match[str]]]:
    """(start, end, match) in ``markup`` offsets, outside variables and link targets."""
    pattern = compiled or options.compile()
    protected = [m.span() for m in _PROTECTED.finditer(markup)]
    if options.folded:
        haystack, where = fold_with_map(markup)
    else:
        haystack, where = markup, []
    out: list[tuple[int, int, re.Match[str]]] = []
    for match in pattern.finditer(haystack):
        a, b = match.span()
        if a == b:
            continue
        if where:
            start, end = where[a], where[b - 1] + 1
        else:
            start, end = a, b
        if any(p0 < end and start < p1 for p0, p1 in protected):
            continue
        out.append((start, end, match))
    return out


@dataclass(slots=True)
class Replacement:
    blocks: list[str] = field(default_factory=list)
    count: int = 0


def replace_text(
    policy: Policy,
    lang: str,
    options: FindOptions,
    replacement: str,
    *,
    block_ids: Iterable[str] | None = None,
    label: str = op("replace"),
) -> tuple[Changes, Edit | None, Replacement]:
    """Replace every match in ``lang`` (of the given blocks, or all) in one undo step.

    Variables and link targets are never touched. A confirmed target whose text changes
    becomes a draft (nobody has confirmed the new wording); a changed source makes its
    translations stale, as any source edit does.
    """
    pattern = options.compile()
    wanted = set(block_ids) if block_ids is not None else None
    report = Replacement()
    planned: list[tuple[Block, str]] = []
    for _, block in policy.iter_blocks():
        if wanted is not None and block.id not in wanted:
            continue
        text = block.get(lang)
        spans = find_spans(text, options, pattern)
        if not spans:
            continue
        pieces: list[str] = []
        at = 0
        for start, end, match in spans:
            new = match.expand(replacement) if options.regex and not options.folded else replacement
            pieces += [text[at:start], new]
            at = end
        pieces.append(text[at:])
        new_text = normalize_text("".join(pieces))
        if new_text != text:
            planned.append((block, new_text))
            report.count += len(spans)
    if not planned:
        return Changes(), None, report
    touched = {b.id: b for b, _ in planned}
    before = _snapshot(touched)
    for block, new_text in planned:
        block.text[lang] = new_text
        if lang != policy.source_language:
            old = block.translations.get(lang, TranslationState())
            status = Status.DRAFT if new_text.strip() else Status.UNTRANSLATED
            block.translations[lang] = TranslationState(
                status, old.source_fingerprint, old.source_text
            )
        report.blocks.append(block.id)
    return (
        Changes(blocks=frozenset(touched)),
        Edit(label, _restore(before), _restore(_snapshot(touched))),
        report,
    )
