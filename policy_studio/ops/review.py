"""Review edits: accept or reject a proposal, resolve a note — each one undo step.

Accepting a proposal is the only way its text becomes the block's text; rejecting drops it and
leaves the text as it was. Both are recorded as before/after snapshots of the block (text,
states, kind, notes, proposals), so undo gives back exactly what there was.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Block, BlockKind, Policy, Proposal, Status, TranslationState, normalize_text
from .base import Changes, Edit, OperationError
from .text_edits import find_block


def _restore(block_id: str, snapshot: Block) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        block = find_block(policy, block_id)
        copy = snapshot.copy()
        block.kind, block.level, block.text = copy.kind, copy.level, copy.text
        block.translations = copy.translations
        block.notes, block.proposals = copy.notes, copy.proposals
        return Changes(blocks=frozenset({block_id}))

    return run


def _edit(
    policy: Policy, block_id: str, kind: str, mutate: Callable[[Block], None]
) -> tuple[Changes, Edit]:
    block = find_block(policy, block_id)
    before = block.copy()
    mutate(block)
    after = block.copy()
    return Changes(blocks=frozenset({block_id})), Edit.of(
        kind, (), _restore(block_id, before), _restore(block_id, after)
    )


def _proposal(block: Block, proposal_id: str) -> Proposal:
    found = next((p for p in block.proposals if p.id == proposal_id), None)
    if found is None:
        raise OperationError(f"no proposal {proposal_id!r} on block {block.id!r}")
    return found


def accepted_text(block: Block, proposal: Proposal) -> str | None:
    """The block's text in the proposal's language once it is accepted; None when the words it
    changes were edited since (accept is then refused: the user edits by hand)."""
    return proposal.apply_to(block.get(proposal.lang))


def accept_proposal(policy: Policy, block_id: str, proposal_id: str) -> tuple[Changes, Edit]:
    """Make a proposal the block's text (and kind, for a paragraph-formatting change).

    Like typing: an accepted change to a confirmed translation sends it back to draft; a change
    to the source leaves the translations stale (derived)."""
    block = find_block(policy, block_id)
    proposal = _proposal(block, proposal_id)
    text = accepted_text(block, proposal)
    if text is None:
        raise OperationError(
            "the words this change touches were edited since it was proposed; "
            "edit the text by hand, then reject the proposal"
        )
    if proposal.new_kind == "structure" or (
        proposal.new_kind and block.kind in (BlockKind.TITLE, BlockKind.CELL, BlockKind.TABLE)
    ):
        raise OperationError(
            "this change makes a heading or section title out of a paragraph, or the other way "
            "round: change the structure by hand, then reject the proposal"
        )

    def mutate(target: Block) -> None:
        lang = proposal.lang
        if target.get(lang) != text:
            target.text[lang] = normalize_text(text)
            state = target.translations.get(lang)
            if lang != policy.source_language and state is not None and state.status.is_confirmed:
                target.translations[lang] = TranslationState(
                    Status.DRAFT, state.source_fingerprint, state.source_text
                )
        if proposal.new_kind:
            target.kind, target.level = BlockKind(proposal.new_kind), proposal.new_level
        target.proposals = [p for p in target.proposals if p.id != proposal_id]

    return _edit(policy, block_id, "accept_proposal", mutate)


def reject_proposal(policy: Policy, block_id: str, proposal_id: str) -> tuple[Changes, Edit]:
    """Drop a proposal: the block's text stays as it is."""
    block = find_block(policy, block_id)
    _proposal(block, proposal_id)

    def mutate(target: Block) -> None:
        target.proposals = [p for p in target.proposals if p.id != proposal_id]

    return _edit(policy, block_id, "reject_proposal", mutate)


def resolve_note(
    policy: Policy, block_id: str, note_id: str, resolved: bool = True
) -> tuple[Changes, Edit]:
    """Mark a review note resolved (kept, shown as resolved) — or open again."""
    block = find_block(policy, block_id)
    if not any(n.id == note_id for n in block.notes):
        raise OperationError(f"no review note {note_id!r} on block {block.id!r}")

    def mutate(target: Block) -> None:
        for note in target.notes:
            if note.id == note_id:
                note.resolved = resolved

    return _edit(policy, block_id, "resolve_note" if resolved else "reopen_note", mutate)


def review_counts(policy: Policy) -> tuple[int, int]:
    """(unresolved notes, open proposals) in the whole policy."""
    notes = proposals = 0
    for section in policy.sections:
        for block in (section.heading, *section.blocks):
            open_notes, open_proposals = block.open_review()
            notes += len(open_notes)
            proposals += len(open_proposals)
    return notes, proposals
