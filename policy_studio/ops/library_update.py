"""Applying a library update to a linked section as one undoable edit."""

from __future__ import annotations

from ..library.update import SectionMerge, merged_section
from ..model import Clause, ClauseRef, Policy, Section
from .base import Changes, Edit, OperationError, op
from .blocks import edit_section


def apply_update(policy: Policy, merge: SectionMerge) -> tuple[Changes, Edit]:
    """Replace the section with the merge result (every conflict must have a choice)."""
    try:
        result = merged_section(merge, policy.source_language)
    except ValueError as exc:
        raise OperationError(str(exc)) from exc
    return replace_section(
        policy, result, op("update_from_library", result.title(policy.source_language))
    )


def replace_section(policy: Policy, result: Section, label: str) -> tuple[Changes, Edit]:
    def mutate(section: Section) -> None:
        copy = result.copy()
        section.heading, section.blocks, section.clause = copy.heading, copy.blocks, copy.clause

    return edit_section(policy, result.id, label, mutate)


def unlink_section(policy: Policy, section_id: str) -> tuple[Changes, Edit]:
    """Make a linked section local (it will no longer be offered library updates)."""

    def mutate(section: Section) -> None:
        if section.clause is None:
            raise OperationError("the section is already local")
        section.clause = None

    return edit_section(policy, section_id, op("make_local"), mutate)


def link_section(policy: Policy, section_id: str, clause: Clause) -> tuple[Changes, Edit]:
    """Link a section to the clause just made from it, so later library versions are offered.

    Body blocks are matched to the clause's blocks by position (the clause was copied from them).
    """

    def mutate(section: Section) -> None:
        if len(section.blocks) != len(clause.blocks):
            raise OperationError(
                f"section and clause {clause.key!r} differ in length; cannot link them"
            )
        section.clause = ClauseRef(clause.key, clause.version)
        section.heading.origin = f"{clause.key}#title"
        for block, source in zip(section.blocks, clause.blocks, strict=True):
            block.origin = source.id

    return edit_section(policy, section_id, op("link_to_library"), mutate)
