"""Library clauses: vetted, reusable wording with tags, variables and variants."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .block import Block


class ClauseStatus(StrEnum):
    """Whether a clause may be used in new policies."""

    DRAFT = "draft"
    APPROVED = "approved"
    DEPRECATED = "deprecated"


@dataclass(slots=True)
class ClauseVariant:
    """An alternative wording of the same clause (e.g. retention by period or by purpose)."""

    key: str
    """Identifier of the variant within its clause."""
    label: dict[str, str] = field(default_factory=dict)
    """Human name of the variant per language."""
    blocks: list[Block] = field(default_factory=list)
    """The variant's body."""


@dataclass(slots=True)
class Clause:
    """A library item that policies link to."""

    key: str
    """Unique, human-readable identifier such as ``retention-fixed-period``."""
    title: dict[str, str] = field(default_factory=dict)
    """Title per language."""
    blocks: list[Block] = field(default_factory=list)
    """The main wording."""
    topic: str = ""
    """Topic such as ``retention``, ``children``, ``cookies``."""
    tags: list[str] = field(default_factory=list)
    """Topic tags and regulation references (``gdpr:13(2)(a)``)."""
    variables: list[str] = field(default_factory=list)
    """Names of the variables the clause uses, in order of first use."""
    variants: list[ClauseVariant] = field(default_factory=list)
    """Alternative wordings."""
    status: ClauseStatus = ClauseStatus.DRAFT
    """Draft, approved or deprecated."""
    version: int = 1
    """Incremented on every saved change; sections record the version they copied."""

    def languages(self) -> list[str]:
        """Languages in which the title and every block have text."""
        langs = [lang for lang, text in self.title.items() if text.strip()]
        return [lang for lang in langs if all(b.get(lang).strip() for b in self.blocks)]

    def variant(self, key: str | None) -> ClauseVariant | None:
        if key is None:
            return None
        return next((v for v in self.variants if v.key == key), None)

    def blocks_for(self, variant: str | None) -> list[Block]:
        """The wording to use: the named variant's blocks, or the main ones."""
        chosen = self.variant(variant)
        return chosen.blocks if chosen is not None else self.blocks
