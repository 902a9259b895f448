"""Edits of a policy's outline: insert (from a clause), remove, duplicate, rename and move sections.

Each operation applies at once and returns (Changes, Edit). Undo and redo find sections by id
and work on copies, so an Edit stays valid however many other edits sit above it on the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from ..library.compose import section_from_clause
from ..model import Clause, Policy, Section
from .base import Changes, Edit, OperationError, op
from .text_edits import set_block_text


def find_section(policy: Policy, section_id: str) -> Section:
    section = policy.find_section(section_id)
    if section is None:
        raise OperationError(f"no section {section_id!r} in policy {policy.display_title()!r}")
    return section


def section_index(policy: Policy, section_id: str) -> int:
    return policy.sections.index(find_section(policy, section_id))


def _structure(section_id: str) -> Changes:
    return Changes(structure=True, sections=frozenset({section_id}))


def _inserter(snapshot: Section, index: int) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        policy.sections.insert(min(index, len(policy.sections)), snapshot.copy())
        return _structure(snapshot.id)

    return run


def _remover(section_id: str) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        policy.sections.remove(find_section(policy, section_id))
        return _structure(section_id)

    return run


def _check_index(policy: Policy, index: int, *, extra: int = 0) -> int:
    """``index`` made a valid position; negative counts from the end like a list."""
    size = len(policy.sections) + extra
    if index < 0:
        index += size
    if not 0 <= index < max(size, 1):
        raise OperationError(f"position {index + 1} is outside the outline (1–{max(size, 1)})")
    return index


def insert_section(
    policy: Policy, section: Section, index: int | None = None, label: str = op("insert_section")
) -> tuple[Changes, Edit]:
    """Put ``section`` at ``index`` (default: the end)."""
    if policy.find_section(section.id) is not None:
        raise OperationError(f"section {section.id!r} is already in the policy")
    index = len(policy.sections) if index is None else _check_index(policy, index, extra=1)
    snapshot = section.copy()
    redo = _inserter(snapshot, index)
    changes = redo(policy)
    return changes, Edit(label, _remover(section.id), redo)


def insert_clause(
    policy: Policy,
    clause: Clause,
    variant: str | None = None,
    index: int | None = None,
) -> tuple[Changes, Edit]:
    """Insert a new section linked to ``clause`` (or a variant), in the policy's languages."""
    if variant is not None and clause.variant(variant) is None:
        known = ", ".join(v.key for v in clause.variants) or "none"
        raise OperationError(
            f"clause {clause.key!r} has no variant {variant!r} (variants: {known})"
        )
    section = section_from_clause(clause, variant, policy.languages, policy.source_language)
    title = clause.title.get(policy.source_language) or clause.key
    return insert_section(policy, section, index, label=op("insert_clause", title))


def remove_section(policy: Policy, section_id: str) -> tuple[Changes, Edit]:
    index = section_index(policy, section_id)
    snapshot = policy.sections[index].copy()
    redo = _remover(section_id)
    changes = redo(policy)
    return changes, Edit(op("remove_section"), _inserter(snapshot, index), redo)


def duplicate_section(policy: Policy, section_id: str) -> tuple[Changes, Edit]:
    """A copy (new ids, same link) right after the original."""
    index = section_index(policy, section_id)
    copy = policy.sections[index].copy(keep_ids=False)
    return insert_section(policy, copy, index + 1, label=op("duplicate_section"))


def _mover(section_id: str, index: int) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        section = find_section(policy, section_id)
        policy.sections.remove(section)
        policy.sections.insert(index, section)
        return _structure(section_id)

    return run


def move_section(policy: Policy, section_id: str, index: int) -> tuple[Changes, Edit]:
    """Move a section so that it ends up at position ``index``."""
    old = section_index(policy, section_id)
    new = _check_index(policy, index)
    redo = _mover(section_id, new)
    changes = redo(policy)
    return changes, Edit(op("move_section"), _mover(section_id, old), redo)


def rename_section(policy: Policy, section_id: str, lang: str, title: str) -> tuple[Changes, Edit]:
    """Set the section title in ``lang``: an edit of its TITLE block (translation state follows)."""
    section = find_section(policy, section_id)
    changes, edit = set_block_text(
        policy, section.heading.id, lang, title, label=op("rename_section")
    )
    edit.merge_key = None
    return changes | Changes(sections=frozenset({section_id})), edit


def set_section_topics(policy: Policy, section_id: str, topics: list[str]) -> tuple[Changes, Edit]:
    """Confirm what a section is about (its topic tags), for regulation coverage."""
    section = find_section(policy, section_id)
    before = list(section.topics)
    after = list(dict.fromkeys(t.strip() for t in topics if t.strip()))

    def setter(values: list[str]) -> Callable[[Policy], Changes]:
        def run(target: Policy) -> Changes:
            find_section(target, section_id).topics = list(values)
            return Changes(sections=frozenset({section_id}))

        return run

    changes = setter(after)(policy)
    return changes, Edit(op("set_section_topics"), setter(before), setter(after))
