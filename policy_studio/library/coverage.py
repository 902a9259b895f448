"""Coverage: does a policy say everything the regulations it is under require?

A section counts for a requirement through tags: a linked section carries its library clause's
topic and tags, an imported section the topics its user confirmed. Text alone (keywords in any of
the policy's languages) never makes a requirement covered: it makes it "partly covered", with
the sections where the words were found, for the user to confirm. A requirement that lists
parts (the rights of GDPR Art. 13(2)(b)) is covered only when every part is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Protocol

from ..model import ClauseStatus, Policy, Section
from ..text.markup import plain_text
from ..text.search_normalize import fold
from .regulations import Part, Regulation, Requirement

Status = Literal["covered", "partial", "missing", "not-applicable"]


@dataclass(frozen=True, slots=True)
class SectionRef:
    id: str
    number: int
    title: str


@dataclass(slots=True)
class RequirementResult:
    regulation: Regulation
    requirement: Requirement
    status: Status
    sections: list[SectionRef] = field(default_factory=list)
    """Sections whose tags satisfy the requirement (or one of its parts)."""
    found_in_text: list[SectionRef] = field(default_factory=list)
    """Sections whose text uses the requirement's words without carrying its tags."""
    missing_parts: list[Part] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    """Library clause keys that would cover what is missing, approved ones first."""

    @property
    def conditional(self) -> bool:
        return self.requirement.applies_when is not None

    def reason(self, lang: str = "en") -> str:
        """One sentence saying why the status is what it is."""
        if self.status == "covered":
            return "covered by " + _list(f"§{s.number} {s.title}".strip() for s in self.sections)
        if self.status == "not-applicable":
            return f"applies only when: {self.requirement.applies_when}"
        bits = []
        if self.missing_parts:
            bits.append("missing: " + _list(p.label(lang) for p in self.missing_parts))
        if self.found_in_text:
            bits.append(
                "the text of "
                + _list(f"§{s.number}" for s in self.found_in_text)
                + " seems to say it: confirm the section's topic"
            )
        if not bits:
            bits.append("no section says it")
        if self.conditional:
            bits.append(f"(applies when: {self.requirement.applies_when})")
        return "; ".join(bits)

    def to_json(self) -> dict[str, Any]:
        return {
            "regulation": self.regulation.key,
            "requirement": self.requirement.id,
            "article": self.requirement.article,
            "description": self.requirement.description,
            "status": self.status,
            "sections": [s.id for s in self.sections],
            "section_numbers": [s.number for s in self.sections],
            "found_in_text": [s.number for s in self.found_in_text],
            "missing_parts": [p.id for p in self.missing_parts],
            "suggested_clauses": list(self.suggestions),
            "applies_when": self.requirement.applies_when,
            "reason": self.reason(),
        }


@dataclass(slots=True)
class CoverageReport:
    regulations: list[Regulation]
    results: list[RequirementResult]

    @property
    def gaps(self) -> list[RequirementResult]:
        return [r for r in self.results if r.status in ("missing", "partial")]

    @property
    def complete(self) -> bool:
        return not self.gaps

    def counts(self) -> dict[str, int]:
        out = {"covered": 0, "partial": 0, "missing": 0, "not-applicable": 0}
        for result in self.results:
            out[result.status] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "regulations": [
                {"key": r.key, "version": r.version, "date": r.date, "status": r.status}
                for r in self.regulations
            ],
            "complete": self.complete,
            "counts": self.counts(),
            "requirements": [r.to_json() for r in self.results],
        }


class Tagged(Protocol):
    """What coverage reads of a library clause: a whole Clause, or its catalog row
    (``storage.ClauseEntry``, read without parsing the clause)."""

    @property
    def key(self) -> str: ...
    @property
    def status(self) -> ClauseStatus: ...
    @property
    def topic(self) -> str: ...
    @property
    def tags(self) -> Sequence[str]: ...


def _list(items: Any) -> str:
    return ", ".join(items)


def section_tags(section: Section, clauses: Mapping[str, Tagged]) -> set[str]:
    """The tags a section counts with: its clause's topic and tags, and confirmed topics."""
    tags = set(section.topics)
    if section.clause is not None:
        clause = clauses.get(section.clause.key)
        if clause is not None:
            tags.update(clause.tags)
            if clause.topic:
                tags.add(clause.topic)
    return tags


@lru_cache(maxsize=4096)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Keywords as one alternation, each anchored at the start of a word (no inner matches)."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})")


def _says(texts: Mapping[str, str], keywords: Mapping[str, tuple[str, ...]]) -> bool:
    for lang, text in texts.items():
        pattern = _pattern(keywords.get(lang, ()))
        if pattern is not None and pattern.search(text):
            return True
    return False


def _section_texts(section: Section, languages: list[str]) -> dict[str, str]:
    out = {}
    for lang in languages:
        parts = [section.title(lang), *(b.get(lang) for b in section.blocks)]
        out[lang] = fold(" \n".join(plain_text(p) for p in parts if p.strip()))
    return out


def suggest_clauses(tags: set[str], clauses: Mapping[str, Tagged]) -> list[str]:
    """Library clauses carrying any of ``tags``: approved first, deprecated never."""
    found = [
        c
        for c in clauses.values()
        if c.status is not ClauseStatus.DEPRECATED and tags & ({c.topic} | set(c.tags))
    ]
    found.sort(key=lambda c: (c.status is not ClauseStatus.APPROVED, c.key))
    return [c.key for c in found]


def coverage(
    policy: Policy,
    regulations: list[Regulation],
    clauses: Mapping[str, Tagged],
    conditions: set[str] | None = None,
) -> CoverageReport:
    """Each requirement of each regulation: covered, partly covered, missing or not applicable.

    ``conditions`` are the questionnaire's answers; None means nobody answered, so a conditional
    requirement is asked for like any other (it may be marked not applicable by answering)."""
    if conditions is None and policy.conditions is not None:
        conditions = set(policy.conditions)
    numbered = [
        (
            SectionRef(s.id, i, plain_text(s.title(policy.source_language))),
            section_tags(s, clauses),
            s,
        )
        for i, s in enumerate(policy.sections, start=1)
    ]
    texts: dict[str, dict[str, str]] = {}

    def text_of(section: Section) -> dict[str, str]:
        if section.id not in texts:
            texts[section.id] = _section_texts(section, policy.languages)
        return texts[section.id]

    results = []
    for regulation in regulations:
        for requirement in regulation.requirements:
            results.append(_one(regulation, requirement, numbered, text_of, clauses, conditions))
    return CoverageReport(list(regulations), results)


def _one(
    regulation: Regulation,
    requirement: Requirement,
    numbered: list[tuple[SectionRef, set[str], Section]],
    text_of: Any,
    clauses: Mapping[str, Tagged],
    conditions: set[str] | None,
) -> RequirementResult:
    wanted = set(requirement.satisfied_by)
    tagged = [ref for ref, tags, _ in numbered if tags & wanted]
    result = RequirementResult(regulation, requirement, "missing")
    if requirement.parts:
        part_sections: dict[str, list[SectionRef]] = {}
        for part in requirement.parts:
            part_sections[part.id] = [
                ref for ref, tags, _ in numbered if tags & set(part.satisfied_by)
            ]
        covering = {ref for refs in part_sections.values() for ref in refs}
        result.sections = sorted(covering, key=lambda r: r.number)
        result.missing_parts = [p for p in requirement.parts if not part_sections[p.id]]
        if not result.missing_parts:
            result.status = "covered"
        elif result.sections or tagged:
            result.status = "partial"
            result.sections = sorted(set(result.sections) | set(tagged), key=lambda r: r.number)
    elif tagged:
        result.sections = tagged
        result.status = "covered"
    if result.status != "covered":
        if (
            not result.sections
            and requirement.applies_when is not None
            and conditions is not None
            and requirement.applies_when not in conditions
        ):
            result.status = "not-applicable"
            return result
        result.found_in_text = [
            ref
            for ref, _tags, section in numbered
            if ref not in result.sections and _says(text_of(section), requirement.keywords)
        ]
        if result.found_in_text:
            result.status = "partial"
        missing_tags = (
            {t for p in result.missing_parts for t in p.satisfied_by}
            if result.missing_parts
            else wanted
        )
        result.suggestions = suggest_clauses(missing_tags, clauses)
    return result
