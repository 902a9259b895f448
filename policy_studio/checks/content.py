"""Content checks a privacy-policy reviewer raises, in any of the policy's languages.

Unlike the translation checks, these read what the policy says, not whether two languages
agree: an absolute promise ("absolute security", "we will never share"), a minimum age that
differs between sections or languages, no contact details anywhere, a heading that belongs to
another document ("Terms and Conditions"), an empty section. The phrases are data
(resources/checks/content.toml), matched on folded text (Arabic variants, case and accents).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Block, Policy, Section
from ..text.markup import plain_text
from ..text.search_normalize import fold
from .findings import Finding, Severity
from .translation import emails, urls

_PHONE = re.compile(r"(?<!\d)\+?\d[\d\s().-]{6,}\d(?!\d)")


def _resource_text() -> str:
    checkout = Path(__file__).resolve().parents[2] / "resources" / "checks" / "content.toml"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    return (
        resources.files("policy_studio.resources")
        .joinpath("checks", "content.toml")
        .read_text(encoding="utf-8")
    )


@dataclass(frozen=True, slots=True)
class Phrases:
    absolute: dict[str, re.Pattern[str]]
    negation: dict[str, frozenset[str]]
    wrong_document: dict[str, re.Pattern[str]]
    age: dict[str, tuple[re.Pattern[str], ...]]


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    folded = sorted({fold(w) for w in words if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in folded) + ")")


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    data: dict[str, Any] = tomllib.loads(_resource_text())
    return Phrases(
        absolute={k: _alternation(v) for k, v in data.get("absolute", {}).items()},
        negation={k: frozenset(fold(w) for w in v) for k, v in data.get("negation", {}).items()},
        wrong_document={k: _alternation(v) for k, v in data.get("wrong_document", {}).items()},
        age={k: tuple(re.compile(p) for p in v) for k, v in data.get("age", {}).items()},
    )


def _text(block: Block, lang: str) -> str:
    return plain_text(block.get(lang))


def _finding(
    check: str,
    severity: Severity,
    section: Section,
    block: Block,
    lang: str,
    message: str,
    detail: str,
) -> Finding:
    return Finding(check, severity, block.id, lang, message, None, detail, section.id)


NEGATION_WINDOW = 6
"""How many words before an absolute phrase a negation may stand and still reverse it."""


def _negated(text: str, start: int, lang: str) -> bool:
    words = re.findall(r"[\w'’]+", text[:start])[-NEGATION_WINDOW:]
    negators = phrases().negation.get(lang, frozenset())
    # Arabic and French glue the negation to the next word (لا يمكن, n’est): test prefixes too.
    return any(w in negators or w[:2] in negators for w in words)


def absolute_promises(text: str, lang: str) -> list[re.Match[str]]:
    """Absolute phrases in ``text`` that no nearby negation turns into an honest caveat."""
    pattern = phrases().absolute.get(lang)
    if pattern is None or not text:
        return []
    folded = fold(text)
    return [m for m in pattern.finditer(folded) if not _negated(folded, m.start(), lang)]


def check_absolute(policy: Policy) -> Iterable[Finding]:
    for section, block in policy.iter_blocks():
        for lang in policy.languages:
            found = absolute_promises(_text(block, lang), lang)
            match = found[0] if found else None
            if match:
                yield _finding(
                    "absolute-promise",
                    Severity.WARNING,
                    section,
                    block,
                    lang,
                    f"An absolute promise ({match.group(0)!r}): no organisation can guarantee "
                    "it; a regulator or a court will hold you to it.",
                    match.group(0),
                )


def ages_in(text: str, lang: str) -> set[int]:
    folded = fold(text)
    found = set()
    for pattern in phrases().age.get(lang, ()):
        for match in pattern.finditer(folded):
            age = int(match.group("age"))
            if 10 <= age <= 25:  # a minimum age, not a retention period or a count
                found.add(age)
    return found


def check_minimum_age(policy: Policy) -> Iterable[Finding]:
    """The ages a policy gives as a minimum should be one age, in every section and language."""
    mentions: list[tuple[Section, Block, str, int]] = []
    for section, block in policy.iter_blocks():
        for lang in policy.languages:
            for age in sorted(ages_in(_text(block, lang), lang)):
                mentions.append((section, block, lang, age))
    ages = sorted({m[3] for m in mentions})
    if len(ages) < 2:
        return
    listed = ", ".join(str(a) for a in ages)
    for section, block, lang, age in mentions:
        yield _finding(
            "minimum-age",
            Severity.WARNING,
            section,
            block,
            lang,
            f"The policy gives different minimum ages ({listed}); this text says {age}.",
            str(age),
        )


def _has_contact(text: str) -> bool:
    return bool(emails(text) or urls(text) or _PHONE.search(text))


def check_contact_details(policy: Policy) -> Iterable[Finding]:
    """Somewhere the policy must give an e-mail, a web address or a telephone number."""
    if not policy.sections:
        return
    values = lambda name: policy.variable_value(name, policy.source_language)  # noqa: E731
    for _section, block in policy.iter_blocks():
        for lang in policy.languages:
            if _has_contact(plain_text(block.get(lang), values)):
                return
    first = policy.sections[0]
    yield _finding(
        "contact-details",
        Severity.WARNING,
        first,
        first.heading,
        policy.source_language,
        "No contact details anywhere in the policy (no e-mail, web address or telephone): "
        "people must be able to reach you about their data.",
        "none",
    )


def check_wrong_document(policy: Policy) -> Iterable[Finding]:
    table = phrases().wrong_document
    for section in policy.sections:
        for lang in policy.languages:
            pattern = table.get(lang)
            title = fold(_text(section.heading, lang))
            match = pattern.search(title) if pattern is not None and title else None
            if match:
                yield _finding(
                    "wrong-document",
                    Severity.WARNING,
                    section,
                    section.heading,
                    lang,
                    f"The heading says {match.group(0)!r}: that belongs to another document "
                    "than a privacy policy.",
                    match.group(0),
                )


def check_empty_sections(policy: Policy) -> Iterable[Finding]:
    """A heading with no text under it (in the source language: a missing translation is the
    translation checks' finding, not this one)."""
    lang = policy.source_language
    for section in policy.sections:
        if not any(_text(b, lang).strip() for b in section.blocks):
            yield _finding(
                "empty-section",
                Severity.WARNING,
                section,
                section.heading,
                lang,
                "This section has a heading and no text.",
                "empty",
            )


CHECKS = (
    check_absolute,
    check_minimum_age,
    check_contact_details,
    check_wrong_document,
    check_empty_sections,
)


def check_content(policy: Policy) -> list[Finding]:
    """Every content finding of the policy, in section order."""
    return [finding for check in CHECKS for finding in check(policy)]
