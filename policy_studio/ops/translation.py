"""Translation edits over many blocks at once: bringing back segments from a CAT tool.

The caller (CLI or UI) reads the file; this module matches segments to blocks by id, applies
the ones that match in one undoable step, and says what happened to the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Block, Policy, Status, TranslationState, fingerprint, normalize_text
from .base import Changes, Edit, OperationError, op


@dataclass(frozen=True, slots=True)
class SegmentUpdate:
    """A translated segment coming back: the block id, its source as sent, target and status."""

    block_id: str
    source: str
    target: str | None
    status: Status


@dataclass(slots=True)
class TranslationImport:
    """What an import did: which blocks changed and why the others did not."""

    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    """Matched, but the target and status were already the same (or the unit had no target)."""
    unknown: list[str] = field(default_factory=list)
    """Units whose id is no block of the policy (deleted since export, or another policy's)."""
    source_changed: list[str] = field(default_factory=list)
    """Imported as draft: the policy's source text differs from the one the translator saw."""
    missing: list[str] = field(default_factory=list)
    """Blocks of the policy that the file does not contain."""


def _snapshot(blocks: dict[str, Block]) -> dict[str, Block]:
    return {block_id: block.copy() for block_id, block in blocks.items()}


def _restore(snapshots: dict[str, Block]) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        for block_id, snap in snapshots.items():
            found = policy.find_block(block_id)
            if found is None:
                raise OperationError(f"no block {block_id!r} in policy {policy.display_title()!r}")
            block, copy = found[1], snap.copy()
            block.text, block.translations = copy.text, copy.translations
        return Changes(blocks=frozenset(snapshots))

    return run


def import_translations(
    policy: Policy,
    lang: str,
    updates: Iterable[SegmentUpdate],
    label: str = op("import_translations"),
) -> tuple[Changes, Edit | None, TranslationImport]:
    """Apply the updates that match a block; nothing else in the policy changes.

    A confirmed status is kept only when the translator saw the current source text; otherwise
    the target comes in as a draft and is listed in ``source_changed``.
    """
    if lang == policy.source_language:
        raise OperationError(
            f"{lang!r} is the source language of {policy.display_title()!r}; "
            "import a target language"
        )
    source_lang = policy.source_language
    blocks = {b.id: b for _, b in policy.iter_blocks()}
    report = TranslationImport()
    seen: set[str] = set()
    planned: list[tuple[Block, str, Status, bool]] = []
    for update in updates:
        block = blocks.get(update.block_id)
        if block is None:
            report.unknown.append(update.block_id)
            continue
        seen.add(block.id)
        if update.target is None:
            report.unchanged.append(block.id)
            continue
        target = normalize_text(update.target)
        same_source = fingerprint(update.source) == fingerprint(block.get(source_lang))
        status = update.status
        if status.is_confirmed and not same_source:
            status = Status.DRAFT
            report.source_changed.append(block.id)
        if not target.strip():
            status = Status.UNTRANSLATED
        current = block.state(lang)
        same_text = target == block.get(lang)
        # Our own export sends a stale or confirmed segment out for review; the same text
        # coming back as a draft is no decision by the translator.
        demoted_only = same_text and status is Status.DRAFT and current.status.is_confirmed
        if demoted_only or (
            same_text
            and status is current.status
            and not (status.is_confirmed and block.is_stale(lang, source_lang))
        ):
            report.unchanged.append(block.id)
            continue
        planned.append((block, target, status, same_source))
    report.missing = [block_id for block_id in blocks if block_id not in seen]
    if not planned:
        return Changes(), None, report
    touched = {block.id: block for block, *_ in planned}
    before = _snapshot(touched)
    for block, target, status, _ in planned:
        block.text[lang] = target
        if status.is_confirmed:
            block.confirm(lang, source_lang, status)
        else:
            old = block.translations.get(lang, TranslationState())
            block.translations[lang] = TranslationState(
                status, old.source_fingerprint, old.source_text
            )
        report.updated.append(block.id)
    after = _snapshot(touched)
    changes = Changes(blocks=frozenset(touched))
    return changes, Edit(label, _restore(before), _restore(after)), report


def set_target_text(
    policy: Policy, block_id: str, lang: str, text: str, label: str = op("edit_translation")
) -> tuple[Changes, Edit]:
    """Type a translation: the text changes and the segment becomes a draft (one undo step).

    Unlike ``text_edits.set_block_text`` an explicitly untranslated segment also becomes a
    draft, and emptying the target makes it untranslated again.
    """
    from .text_edits import edit_block

    if lang == policy.source_language:
        raise OperationError(f"{lang!r} is the source language; use set_block_text")

    def mutate(block: Block) -> None:
        block.text[lang] = normalize_text(text)
        old = block.translations.get(lang, TranslationState())
        status = Status.DRAFT if block.text[lang].strip() else Status.UNTRANSLATED
        block.translations[lang] = TranslationState(status, old.source_fingerprint, old.source_text)

    return edit_block(policy, block_id, label, mutate, merge_key=f"text:{block_id}:{lang}")


def approve_segments(
    policy: Policy, lang: str, block_ids: Iterable[str], label: str = op("approve_translations")
) -> tuple[Changes, Edit | None]:
    """Mark the given segments approved against their current source, as one undo step."""
    touched: dict[str, Block] = {}
    for block_id in block_ids:
        found = policy.find_block(block_id)
        if found is None:
            raise OperationError(f"no block {block_id!r} in policy {policy.display_title()!r}")
        touched[block_id] = found[1]
    if not touched:
        return Changes(), None
    before = _snapshot(touched)
    for block in touched.values():
        block.confirm(lang, policy.source_language, Status.APPROVED)
    after = _snapshot(touched)
    return Changes(blocks=frozenset(touched)), Edit(label, _restore(before), _restore(after))
