"""Edits of one block: its text in a language, and its translation state."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Block, Policy, Status, TranslationState, normalize_text
from .base import Changes, Edit, OperationError, op


def find_block(policy: Policy, block_id: str) -> Block:
    found = policy.find_block(block_id)
    if found is None:
        raise OperationError(f"no block {block_id!r} in policy {policy.display_title()!r}")
    return found[1]


def _restore(block_id: str, snapshot: Block) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        block = find_block(policy, block_id)
        copy = snapshot.copy()
        block.kind, block.text, block.level = copy.kind, copy.text, copy.level
        block.translations, block.direction = copy.translations, copy.direction
        return Changes(blocks=frozenset({block_id}))

    return run


def edit_block(
    policy: Policy,
    block_id: str,
    label: str,
    mutate: Callable[[Block], None],
    merge_key: str | None = None,
) -> tuple[Changes, Edit]:
    """Apply ``mutate`` to a block, recording before/after snapshots for undo and redo."""
    block = find_block(policy, block_id)
    before = block.copy()
    mutate(block)
    after = block.copy()
    changes = Changes(blocks=frozenset({block_id}))
    return changes, Edit(label, _restore(block_id, before), _restore(block_id, after), merge_key)


def set_block_text(
    policy: Policy, block_id: str, lang: str, text: str, label: str = op("edit_text")
) -> tuple[Changes, Edit]:
    """Replace the text of one block in one language (the block keeps its id).

    Editing a confirmed target sends it back to draft; editing the source leaves targets as
    they are, and they become stale (derived from the fingerprint).
    """

    def mutate(block: Block) -> None:
        block.text[lang] = normalize_text(text)
        state = block.translations.get(lang)
        if lang != policy.source_language and state is not None and state.status.is_confirmed:
            block.translations[lang] = TranslationState(
                Status.DRAFT, state.source_fingerprint, state.source_text
            )

    return edit_block(policy, block_id, label, mutate, merge_key=f"text:{block_id}:{lang}")


def set_status(
    policy: Policy, block_id: str, lang: str, status: Status, label: str = op("set_status")
) -> tuple[Changes, Edit]:
    """Set a target's status; confirming statuses record the current source text."""

    def mutate(block: Block) -> None:
        if status.is_confirmed:
            block.confirm(lang, policy.source_language, status)
        else:
            old = block.translations.get(lang, TranslationState())
            block.translations[lang] = TranslationState(
                status, old.source_fingerprint, old.source_text
            )

    return edit_block(policy, block_id, label, mutate)
