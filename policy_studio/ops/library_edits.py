"""Saving a library clause as one undoable edit: create, edit, change status.

The library lives in the workspace, not in the policy, so these edits write the workspace at
once and their Changes say ``library=True``. Undo puts the clause back as it was before: a new
clause is deleted; an edited one has its previous content saved again. The workspace's history
keeps every wording it was ever given, so undoing a wording change records one more version
(with the old wording) rather than pretending the edit never happened; a change of status,
topic or tags only is restored in place, as the workspace stores those without a new version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import Clause, ClauseStatus, Policy
from ..model.serialize import clause_to_dict
from ..storage import WorkspaceStore
from .base import Changes, Edit, op

LIBRARY = Changes(library=True)

_STATUS_KINDS = {
    ClauseStatus.APPROVED: "approve_clause",
    ClauseStatus.DEPRECATED: "deprecate_clause",
    ClauseStatus.DRAFT: "draft_clause",
}


def clause_edit_label(before: Clause | None, after: Clause) -> str:
    """The Undo menu's name for saving ``after`` over ``before`` (None: a new clause)."""
    if before is None:
        return op("create_clause", after.key)
    if before.status is not after.status and _content(before) == _content(after):
        return op(_STATUS_KINDS[after.status], after.key)
    return op("edit_clause", after.key)


def _content(clause: Clause) -> dict[str, Any]:
    """Everything but status and version: what the user edits besides the status box."""
    data = clause_to_dict(clause)
    data.pop("status", None)
    data.pop("version", None)
    return data


def save_clause(
    workspace: WorkspaceStore, clause: Clause, *, note: str = "", label: str | None = None
) -> tuple[Changes, Edit]:
    """Save ``clause`` to the library now; the Edit takes it back or saves it again.

    Changes are empty (and nothing is written) when the clause is exactly as stored.
    """
    before = workspace.clause(clause.key)
    saved = workspace.save_clause(clause, note=note)
    return clause_saved(workspace, before, saved, label=label)


Send = Callable[[str, Callable[[WorkspaceStore], object]], None]
"""Runs an undo's or a redo's write elsewhere: ``send(step, job)`` with step "undo" or
"redo" and ``job(store)`` the write (the app: on its database worker, answering later)."""


def clause_saved(
    workspace: WorkspaceStore | None,
    before: Clause | None,
    saved: Clause,
    *,
    label: str | None = None,
    send: Send | None = None,
) -> tuple[Changes, Edit]:
    """The undoable edit for a clause already saved (``before`` it was, or None: new): how
    ``save_clause`` ends, for a caller that wrote it elsewhere (the app's database worker).
    Undo and redo write through ``workspace`` at once, or hand the write to ``send``."""
    name = label or clause_edit_label(before, saved)
    if before is not None and clause_to_dict(before) == clause_to_dict(saved):
        return Changes(), Edit(name, lambda _p: Changes(), lambda _p: Changes())

    def run(step: str, job: Callable[[WorkspaceStore], object]) -> None:
        if send is not None:
            send(step, job)
        else:
            assert workspace is not None, "clause_saved needs a workspace or a send"
            job(workspace)

    def undo(_policy: Policy | None) -> Changes:
        if before is None:
            run("undo", lambda store: store.delete_clause(saved.key))
        else:
            run("undo", lambda store: store.save_clause(before, note=f"Undo: {name}"))
        return LIBRARY

    def redo(_policy: Policy | None) -> Changes:
        run("redo", lambda store: store.save_clause(saved, note=f"Redo: {name}"))
        return LIBRARY

    return LIBRARY, Edit(name, undo, redo)


def then(
    first: tuple[Changes, Edit], second: tuple[Changes, Edit], label: str
) -> tuple[Changes, Edit]:
    """Two applied edits as one undo step: undo takes back the second, then the first."""
    first_changes, first_edit = first
    second_changes, second_edit = second

    def undo(policy: Policy) -> Changes:
        return second_edit.undo(policy) | first_edit.undo(policy)

    def redo(policy: Policy) -> Changes:
        return first_edit.redo(policy) | second_edit.redo(policy)

    return first_changes | second_changes, Edit(label, undo, redo)
