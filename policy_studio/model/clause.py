"""Library clauses: vetted, reusable wording with tags, variables and variants."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .block import Block, BlockKind, Status, TranslationState, fingerprint


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
    source_language: str = "en"
    """The language the clause is written in; the other languages translate it."""
    title_states: dict[str, TranslationState] = field(default_factory=dict)
    """Translation state of the title per target language (body blocks carry their own)."""

    def languages(self) -> list[str]:
        """Languages in which the title and every block have text."""
        langs = [lang for lang, text in self.title.items() if text.strip()]
        segments = [seg for b in self.blocks for seg in b.segments]
        return [lang for lang in langs if all(b.get(lang).strip() for b in segments)]

    def variant(self, key: str | None) -> ClauseVariant | None:
        if key is None:
            return None
        return next((v for v in self.variants if v.key == key), None)

    def blocks_for(self, variant: str | None) -> list[Block]:
        """The wording to use: the named variant's blocks, or the main ones."""
        chosen = self.variant(variant)
        return chosen.blocks if chosen is not None else self.blocks

    def title_block(self) -> Block:
        """The title as a translatable block (id ``KEY#title``) with its translation states."""
        block = Block(BlockKind.TITLE, dict(self.title), id=f"{self.key}#title")
        block.translations = {k: _copy_state(v) for k, v in self.title_states.items()}
        return block

    def all_blocks(self) -> list[Block]:
        """Every body block: the main wording, then each variant's."""
        blocks = [*self.blocks, *(b for v in self.variants for b in v.blocks)]
        return [seg for b in blocks for seg in b.segments]


def _copy_state(state: TranslationState) -> TranslationState:
    return TranslationState(state.status, state.source_fingerprint, state.source_text)


def _carry_block(
    before: Block | None, after: Block, source: str, explicit: dict[str, TranslationState]
) -> dict[str, TranslationState]:
    """The translation states ``after`` should have, given the block it replaces."""
    states: dict[str, TranslationState] = {}
    old_states = before.translations if before is not None else {}
    for lang, text in after.text.items():
        if lang == source or not text.strip():
            continue
        given = explicit.get(lang)
        old = old_states.get(lang)
        if given is not None and given != old:
            states[lang] = _copy_state(given)
        elif before is not None and before.get(lang) == text:
            if old is not None:
                states[lang] = _copy_state(old)
        else:
            # Someone wrote this translation now, beside the current source text.
            src = after.get(source)
            states[lang] = TranslationState(Status.TRANSLATED, fingerprint(src), src)
    return states


def carry_translation_states(before: Clause | None, after: Clause) -> Clause:
    """``after`` with the translation state of every title and block settled against ``before``.

    A translation whose text did not change keeps its state (and the source it was translated
    from, so a changed source makes it stale); a translation written or changed now is
    "translated" against the current source; a state set explicitly on ``after`` is kept.
    Approving a clause (draft or deprecated → approved) approves the translations that are
    current, never a stale one. Mutates and returns ``after``.
    """
    source = after.source_language
    old_blocks = {b.id: b for b in before.all_blocks()} if before is not None else {}
    for block in after.all_blocks():
        block.translations = _carry_block(
            old_blocks.get(block.id), block, source, dict(block.translations)
        )
    old_title = before.title_block() if before is not None else None
    title = Block(BlockKind.TITLE, dict(after.title), id=f"{after.key}#title")
    after.title_states = _carry_block(old_title, title, source, dict(after.title_states))
    if after.status is ClauseStatus.APPROVED and (
        before is None or before.status is not ClauseStatus.APPROVED
    ):
        approve_current_translations(after)
    return after


def approve_current_translations(clause: Clause) -> list[str]:
    """Mark every current (not stale) translation approved; return ``id:lang`` of stale ones."""
    source = clause.source_language
    stale: list[str] = []
    title = clause.title_block()
    targets: list[tuple[Block, dict[str, TranslationState]]] = [(title, clause.title_states)]
    targets += [(b, b.translations) for b in clause.all_blocks()]
    for block, states in targets:
        for lang, text in block.text.items():
            if lang == source or not text.strip() or not block.get(source).strip():
                continue
            if block.is_stale(lang, source):
                stale.append(f"{block.id}:{lang}")
                continue
            src = block.get(source)
            states[lang] = TranslationState(Status.APPROVED, fingerprint(src), src)
    return stale
