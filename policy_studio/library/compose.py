"""Turning library clauses into policy sections, and policies from lists of clauses."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import (
    Block,
    BlockKind,
    Clause,
    ClauseRef,
    ClauseStatus,
    Policy,
    Section,
    TranslationState,
)


def section_from_clause(
    clause: Clause,
    variant: str | None = None,
    languages: Iterable[str] | None = None,
    source_language: str = "en",
) -> Section:
    """A new section linked to ``clause``: fresh block ids, each remembering its library block.

    Each translation arrives with the state it has in the library (draft, translated, reviewed,
    approved) and the source text it was translated from, so a library translation that is
    stale is stale in the policy too. When the policy's source language is not the clause's,
    the library's states say nothing about this pair and the texts arrive as drafts.
    """
    if variant is not None and clause.variant(variant) is None:
        raise KeyError(f"clause {clause.key!r} has no variant {variant!r}")
    wanted = list(languages) if languages is not None else None

    def keep(text: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in text.items() if wanted is None or k in wanted}

    title = clause.title_block()
    heading = Block(BlockKind.TITLE, keep(title.text))
    heading.translations = library_states(title, heading, clause.source_language, source_language)
    heading.origin = f"{clause.key}#title"
    blocks = []
    for source in clause.blocks_for(variant):
        block = source.copy(keep_id=False)
        block.origin = source.id
        # A table's cells are its segments: each keeps its languages, states and origin.
        pairs = [(source, block)] if block.table is None else []
        pairs += list(zip(source.segments, block.segments, strict=True)) if block.table else []
        for lib_seg, seg in pairs:
            seg.text = keep(seg.text)
            seg.translations = library_states(lib_seg, seg, clause.source_language, source_language)
            seg.origin = lib_seg.id
        blocks.append(block)
    return Section(
        heading=heading, blocks=blocks, clause=ClauseRef(clause.key, clause.version, variant)
    )


def library_states(
    library_block: Block, block: Block, clause_source: str, policy_source: str
) -> dict[str, TranslationState]:
    """The library block's translation states for the languages ``block`` keeps."""
    if clause_source != policy_source:
        return {}
    return {
        lang: TranslationState(st.status, st.source_fingerprint, st.source_text)
        for lang, st in library_block.translations.items()
        if lang in block.text and lang != policy_source and block.get(lang).strip()
    }


def usage_warning(clause: Clause) -> str | None:
    """What to tell someone inserting ``clause`` when it is not approved for use."""
    if clause.status is ClauseStatus.DRAFT:
        return (
            f"clause {clause.key!r} is a draft: its wording has not been approved for use "
            "in policies"
        )
    if clause.status is ClauseStatus.DEPRECATED:
        return f"clause {clause.key!r} is deprecated: it should no longer be used in policies"
    return None


def policy_from_clauses(
    title: str,
    clauses: Iterable[tuple[Clause, str | None]],
    *,
    source_language: str = "en",
    target_languages: Iterable[str] = (),
) -> Policy:
    """A new policy made of the given (clause, variant) pairs in order."""
    targets = [t for t in target_languages if t != source_language]
    langs = [source_language, *targets]
    policy = Policy(
        title={source_language: title},
        source_language=source_language,
        target_languages=targets,
    )
    for clause, variant in clauses:
        policy.sections.append(section_from_clause(clause, variant, langs, source_language))
    return policy
