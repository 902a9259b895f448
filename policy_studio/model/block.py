"""Blocks: the segments of a policy, with text per language and translation state."""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block is in the flow of a section."""

    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    HEADING = "heading"
    """A heading inside a section's body (not the section title)."""
    TITLE = "title"
    """A section's own title: translatable like any block."""


class Status(StrEnum):
    """Where a target-language segment stands in the translation workflow."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    APPROVED = "approved"

    @property
    def is_confirmed(self) -> bool:
        """Confirmed segments record the source they were translated from."""
        return self in (Status.TRANSLATED, Status.REVIEWED, Status.APPROVED)


STATUS_ORDER = list(Status)


def new_id() -> str:
    """A fresh stable identifier for a block or section."""
    return uuid.uuid4().hex[:16]


def normalize_text(text: str) -> str:
    """Text as the model stores it: NFC, with Windows and old-Mac line breaks unified."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def fingerprint(text: str) -> str:
    """A short digest of source text; a target is stale when its recorded one differs."""
    canonical = " ".join(normalize_text(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class TranslationState:
    """The state of one block in one target language."""

    status: Status = Status.UNTRANSLATED
    """Workflow status of the target text."""
    source_fingerprint: str = ""
    """Fingerprint of the source text when the target was last confirmed."""
    source_text: str = ""
    """The source text as it was when confirmed, so a stale row can show what changed."""
    match_score: float = 0.0
    """Pre-translated: the translation-memory score (1–100) of the match that filled this draft.

    0 for text a person typed or confirmed. Only ever set on a draft: a pre-translated segment
    is never confirmed or approved until a translator does it; typing or confirming clears it.
    """
    match_origin: str = ""
    """Where the pre-translation came from ("clause retention-fixed", a policy title, a file)."""

    @property
    def pretranslated(self) -> bool:
        return self.match_score > 0 and self.status is Status.DRAFT


@dataclass(slots=True)
class Block:
    """One segment: a paragraph, list item or heading, with text in each language."""

    kind: BlockKind = BlockKind.PARAGRAPH
    """Paragraph, bullet, numbered item, heading or section title."""
    text: dict[str, str] = field(default_factory=dict)
    """Inline markup per language code, in logical order, NFC."""
    id: str = field(default_factory=new_id)
    """Stable identity: never changes when the block is edited or moved."""
    level: int = 0
    """Nesting depth of list items (0 = top level) or heading level."""
    translations: dict[str, TranslationState] = field(default_factory=dict)
    """Translation state per target language code."""
    origin: str | None = None
    """Id of the library clause block this one was copied from, if any."""
    direction: str | None = None
    """Direction override ("ltr"/"rtl") where detection says the block differs from its language."""

    def get(self, lang: str) -> str:
        """The text in ``lang``, empty when there is none."""
        return self.text.get(lang, "")

    def set_text(self, lang: str, text: str) -> None:
        self.text[lang] = normalize_text(text)

    def state(self, lang: str) -> TranslationState:
        """Translation state for ``lang`` (untranslated when never touched)."""
        existing = self.translations.get(lang)
        if existing is not None:
            return existing
        status = Status.DRAFT if self.get(lang).strip() else Status.UNTRANSLATED
        return TranslationState(status)

    def confirm(self, target: str, source: str, status: Status = Status.TRANSLATED) -> None:
        """Record that the ``target`` text now translates the current ``source`` text."""
        src = self.get(source)
        self.translations[target] = TranslationState(status, fingerprint(src), src)

    def is_stale(self, target: str, source: str) -> bool:
        """True when the target was confirmed against a source text that has since changed."""
        state = self.translations.get(target)
        if state is None or not state.status.is_confirmed or not state.source_fingerprint:
            return False
        return state.source_fingerprint != fingerprint(self.get(source))

    def copy(self, *, keep_id: bool = True) -> Block:
        """A deep copy; with ``keep_id=False`` the copy gets a new id (and remembers its origin)."""
        return Block(
            kind=self.kind,
            text=dict(self.text),
            id=self.id if keep_id else new_id(),
            level=self.level,
            translations={
                k: TranslationState(
                    v.status, v.source_fingerprint, v.source_text, v.match_score, v.match_origin
                )
                for k, v in self.translations.items()
            },
            origin=self.origin,
            direction=self.direction,
        )
