"""The bridge from ops Edits to Qt's QUndoStack: every applied edit becomes an undo command."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Policy
from ..ops.base import Changes, Edit

MERGE_ID = 1
"""All mergeable commands share one Qt id; whether two merge is decided by their merge_key."""


OP_LABELS: dict[str, str] = {
    "restore_version": QT_TRANSLATE_NOOP("EditLabels", "Restore version %1"),
    "change_properties": QT_TRANSLATE_NOOP("EditLabels", "Change policy properties"),
    "add_language": QT_TRANSLATE_NOOP("EditLabels", "Add language %1"),
    "remove_language": QT_TRANSLATE_NOOP("EditLabels", "Remove language %1"),
    "set_cover_line": QT_TRANSLATE_NOOP("EditLabels", "Set %1 (%2)"),
    "set_variable": QT_TRANSLATE_NOOP("EditLabels", "Set %1"),
    "set_regulations": QT_TRANSLATE_NOOP("EditLabels", "Set regulations"),
    "edit_text": QT_TRANSLATE_NOOP("EditLabels", "Edit text"),
    "table_widths": QT_TRANSLATE_NOOP("EditLabels", "Change column widths"),
    "edit_translation": QT_TRANSLATE_NOOP("EditLabels", "Edit translation"),
    "set_status": QT_TRANSLATE_NOOP("EditLabels", "Set status"),
    "import_translations": QT_TRANSLATE_NOOP("EditLabels", "Import translations"),
    "approve_translations": QT_TRANSLATE_NOOP("EditLabels", "Approve translations"),
    "confirm_translation": QT_TRANSLATE_NOOP("EditLabels", "Confirm translation"),
    "confirm_and_propagate": QT_TRANSLATE_NOOP("EditLabels", "Confirm and propagate translation"),
    "propagate_translation": QT_TRANSLATE_NOOP("EditLabels", "Propagate translation"),
    "pre_translate": QT_TRANSLATE_NOOP("EditLabels", "Pre-translate"),
    "replace": QT_TRANSLATE_NOOP("EditLabels", "Replace"),
    "insert_section": QT_TRANSLATE_NOOP("EditLabels", "Insert section"),
    "insert_clause": QT_TRANSLATE_NOOP("EditLabels", "Insert “%1”"),
    "duplicate_section": QT_TRANSLATE_NOOP("EditLabels", "Duplicate section"),
    "remove_section": QT_TRANSLATE_NOOP("EditLabels", "Remove section"),
    "move_section": QT_TRANSLATE_NOOP("EditLabels", "Move section"),
    "rename_section": QT_TRANSLATE_NOOP("EditLabels", "Rename section"),
    "set_section_topics": QT_TRANSLATE_NOOP("EditLabels", "Confirm section topics"),
    "change_block_kind": QT_TRANSLATE_NOOP("EditLabels", "Change paragraph type"),
    "add_block": QT_TRANSLATE_NOOP("EditLabels", "Add paragraph"),
    "remove_block": QT_TRANSLATE_NOOP("EditLabels", "Remove paragraph"),
    "split_block": QT_TRANSLATE_NOOP("EditLabels", "Split paragraph"),
    "update_from_library": QT_TRANSLATE_NOOP("EditLabels", "Update “%1” from library"),
    "make_local": QT_TRANSLATE_NOOP("EditLabels", "Make section local"),
    "link_to_library": QT_TRANSLATE_NOOP("EditLabels", "Link section to library"),
    "save_to_library": QT_TRANSLATE_NOOP("EditLabels", "Save section to library"),
    "create_clause": QT_TRANSLATE_NOOP("EditLabels", "Create clause %1"),
    "edit_clause": QT_TRANSLATE_NOOP("EditLabels", "Edit clause %1"),
    "approve_clause": QT_TRANSLATE_NOOP("EditLabels", "Approve clause %1"),
    "deprecate_clause": QT_TRANSLATE_NOOP("EditLabels", "Deprecate clause %1"),
    "draft_clause": QT_TRANSLATE_NOOP("EditLabels", "Return clause %1 to draft"),
    "accept_proposal": QT_TRANSLATE_NOOP("EditLabels", "Accept proposed change"),
    "reject_proposal": QT_TRANSLATE_NOOP("EditLabels", "Reject proposed change"),
    "resolve_note": QT_TRANSLATE_NOOP("EditLabels", "Resolve review note"),
    "reopen_note": QT_TRANSLATE_NOOP("EditLabels", "Reopen review note"),
}
"""Operation kind (ops.base.OP_DESCRIPTIONS, the same English templates) → the template
translated when displayed; %1… stand for the operation's arguments."""


def describe(edit: Edit) -> str:
    """The name of ``edit`` in the interface language, from its operation kind and arguments,
    translated at display time (Anki's Op/describe); nothing English is parsed back.

    Every operation in ops/ names its edits with ``op(kind, …)``; an Edit without a kind (a
    plug-in's, say) is shown by its label as it is."""
    template = OP_LABELS.get(edit.kind) if edit.kind else None
    if template is None:
        return edit.label
    text = QCoreApplication.translate("EditLabels", template)
    for number, arg in enumerate(edit.args, start=1):
        text = text.replace(f"%{number}", arg)
    return text


class EditCommand(QUndoCommand):
    """An Edit already applied by its operation: the first redo() only reports, later ones redo."""

    def __init__(
        self,
        policy: Policy | None,
        changes: Changes,
        edit: Edit,
        notify: Callable[[Changes], None],
    ) -> None:
        super().__init__(describe(edit))
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
        self.edit = Edit(
            self.edit.label,
            self.edit.undo,
            other.edit.redo,
            self.edit.merge_key,
            self.edit.kind,
            self.edit.args,
        )
        return True

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            self.notify(self.first_changes)
            return
        self.notify(self.edit.redo(self.policy))  # type: ignore[arg-type]  # see push_edit

    def undo(self) -> None:
        self.notify(self.edit.undo(self.policy))  # type: ignore[arg-type]


class UndoHistory(QUndoStack):
    """A QUndoStack that takes (Changes, Edit) pairs from ops functions."""

    def __init__(self, notify: Callable[[Changes], None], parent=None) -> None:
        super().__init__(parent)
        self._notify = notify
        self.policy: Policy | None = None

    def push_edit(self, result: tuple[Changes, Edit]) -> Changes:
        changes, edit = result
        # A library edit (create or edit a clause) is undoable with no policy open: it writes
        # the workspace only and never looks at the policy it is given.
        assert self.policy is not None or changes in (Changes(), Changes(library=True)), (
            "an edit needs a current policy"
        )
        self.push(EditCommand(self.policy, changes, edit, self._notify))
        return changes
