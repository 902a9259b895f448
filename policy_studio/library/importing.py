"""Imported sections into the library: clauses, suggested topic tags, near-duplicates.

Topic keywords are data (resources/import/topics.toml): a section is tagged with the topics
whose keywords it uses most. Near-duplicates are found with rapidfuzz on the plain text, so a
user importing last year's policy sees which sections the library already holds.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz

from ..model import Block, Clause, ClauseStatus, Section
from ..text.markup import plain_text
from ..text.search_normalize import fold

SIMILARITY_THRESHOLD = 80.0
"""rapidfuzz token-sort ratio (0–100) from which an imported section "closely matches" a clause."""


@dataclass(slots=True)
class ImportedClause:
    """A clause made from an imported section, with what the user should look at."""

    clause: Clause
    similar: list[tuple[str, float]] = field(default_factory=list)
    """(clause key, similarity 0–100) of existing library clauses that read nearly the same."""


def _topics_text() -> str:
    packaged = resources.files("policy_studio.resources").joinpath("import", "topics.toml")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    # A source checkout run without installing: resources/ sits beside the package.
    return (Path(__file__).resolve().parents[2] / "resources" / "import" / "topics.toml").read_text(
        encoding="utf-8"
    )


@lru_cache(maxsize=1)
def load_topics() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(_topics_text())
    return {str(k): tuple(fold(str(w)) for w in v) for k, v in data.get("topics", {}).items()}


def section_text(section: Section, lang: str) -> str:
    parts = [section.title(lang), *(b.get(lang) for b in section.blocks)]
    return "\n".join(plain_text(p) for p in parts if p.strip())


def suggest_tags(text: str, limit: int = 3) -> list[str]:
    """Topics whose keywords ``text`` uses, the strongest first (at most ``limit``)."""
    folded = fold(text)
    scores: dict[str, int] = {}
    for topic, words in load_topics().items():
        score = sum(folded.count(w) for w in words)
        if score:
            scores[topic] = score
    if not scores:
        return []
    best = max(scores.values())
    ranked = sorted(scores, key=lambda t: -scores[t])
    return [t for t in ranked if scores[t] * 3 >= best][:limit]


def similar_clauses(
    section: Section, clauses: list[Clause], lang: str, threshold: float = SIMILARITY_THRESHOLD
) -> list[tuple[str, float]]:
    """Library clauses whose text in ``lang`` closely matches the section's, best first."""
    mine = fold(section_text(section, lang))
    if not mine.strip():
        return []
    found = []
    for clause in clauses:
        parts = [clause.title.get(lang, ""), *(b.get(lang) for b in clause.blocks)]
        theirs = fold("\n".join(plain_text(p) for p in parts if p.strip()))
        if not theirs.strip():
            continue
        score = fuzz.token_sort_ratio(mine, theirs)
        if score >= threshold:
            found.append((clause.key, round(score, 1)))
    return sorted(found, key=lambda kv: -kv[1])


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:6]) or "section"


def clauses_from_sections(
    sections: list[Section],
    lang: str,
    existing: list[Clause],
    prefix: str = "imported",
    anchors: dict[str, str] | None = None,
) -> list[ImportedClause]:
    """Draft clauses for ``sections`` (keys unique against ``existing``), tagged and compared.

    A clause key comes from the section title, else from an id the source gave the section
    or its first block (kramdown ``{: #data-tools }``), else from its position.
    """
    anchors = anchors or {}
    taken = {c.key for c in existing}
    out = []
    for number, section in enumerate(sections, 1):
        title = section.title(lang)
        ids = [section.heading.id, *(b.id for b in section.blocks[:1])]
        anchor = next((anchors[i] for i in ids if i in anchors), "")
        name = title if title.strip() else anchor or f"section-{number}"
        base = f"{prefix}-{_slug(name)}"
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        tags = suggest_tags(section_text(section, lang))
        blocks = [Block(b.kind, dict(b.text), level=b.level) for b in section.blocks]
        clause = Clause(
            key=key,
            title=dict(section.heading.text),
            blocks=blocks,
            topic=tags[0] if tags else "",
            tags=tags,
            status=ClauseStatus.DRAFT,
        )
        out.append(ImportedClause(clause, similar_clauses(section, existing, lang)))
    return out
