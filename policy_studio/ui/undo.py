"""The bridge from ops Edits to Qt's QUndoStack: every applied edit becomes an undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Policy
from ..ops.base import Changes, Edit

MERGE_ID = 1
"""All mergeable commands share one Qt id; whether two merge is decided by their merge_key."""


class EditCommand(QUndoCommand):
    """An Edit already applied by its operation: the first redo() only reports, later ones redo."""

    def __init__(
        self,
        policy: Policy,
        changes: Changes,
        edit: Edit,
        notify: Callable[[Changes], None],
    ) -> None:
        super().__init__(edit.label)
        self.policy = policy
        self.edit = edit
        self.first_changes = changes
        self.notify = notify
        self._done_once = False

    def id(self) -> int:
        return MERGE_ID if self.edit.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other.edit.merge_key != self.edit.merge_key:
            return False
        if other.policy is not self.policy:
            return False
        # Keep our undo (the state before the first keystroke) and take their redo.
        self.edit = Edit(self.edit.label, self.edit.undo, other.edit.redo, self.edit.merge_key)
        return True

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            self.notify(self.first_changes)
            return
        self.notify(self.edit.redo(self.policy))

    def undo(self) -> None:
        self.notify(self.edit.undo(self.policy))


class UndoHistory(QUndoStack):
    """A QUndoStack that takes (Changes, Edit) pairs from ops functions."""

    def __init__(self, notify: Callable[[Changes], None], parent=None) -> None:
        super().__init__(parent)
        self._notify = notify
        self.policy: Policy | None = None

    def push_edit(self, result: tuple[Changes, Edit]) -> Changes:
        changes, edit = result
        assert self.policy is not None, "an edit needs a current policy"
        self.push(EditCommand(self.policy, changes, edit, self._notify))
        return changes
