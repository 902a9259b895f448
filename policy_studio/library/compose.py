"""Turning library clauses into policy sections, and policies from lists of clauses."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Block, BlockKind, Clause, ClauseRef, Policy, Section, Status


def section_from_clause(
    clause: Clause,
    variant: str | None = None,
    languages: Iterable[str] | None = None,
    source_language: str = "en",
) -> Section:
    """A new section linked to ``clause``: fresh block ids, each remembering its library block.

    Library text is vetted, so every target language the clause has is marked approved against
    the source text it was written beside.
    """
    if variant is not None and clause.variant(variant) is None:
        raise KeyError(f"clause {clause.key!r} has no variant {variant!r}")
    wanted = list(languages) if languages is not None else None

    def keep(text: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in text.items() if wanted is None or k in wanted}

    heading = Block(BlockKind.TITLE, keep(clause.title))
    heading.origin = f"{clause.key}#title"
    blocks = []
    for source in clause.blocks_for(variant):
        block = source.copy(keep_id=False)
        block.text = keep(block.text)
        block.translations = {}
        block.origin = source.id
        blocks.append(block)
    for block in [heading, *blocks]:
        if block.get(source_language).strip():
            for lang in block.text:
                if lang != source_language and block.get(lang).strip():
                    block.confirm(lang, source_language, Status.APPROVED)
    return Section(
        heading=heading, blocks=blocks, clause=ClauseRef(clause.key, clause.version, variant)
    )


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
