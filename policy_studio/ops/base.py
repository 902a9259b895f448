"""What every edit operation returns: a Changes value for the views and an Edit for undo.

Operations are plain functions ``op(policy, ...) -> (Changes, Edit)`` that apply themselves at
once; the Qt layer puts the Edit on its QUndoStack and emits the Changes to the views (Anki's
OpChanges). Operations never touch widgets; widgets never mutate the model behind the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Policy, PolicyStudioError


class OperationError(PolicyStudioError):
    """An edit that cannot be applied (unknown block, index out of range…)."""


@dataclass(frozen=True, slots=True)
class Changes:
    """Which parts of a policy an operation touched, so each view can decide to redraw."""

    structure: bool = False
    """Sections added, removed or reordered."""
    sections: frozenset[str] = frozenset()
    """Ids of sections whose title or block list changed."""
    blocks: frozenset[str] = frozenset()
    """Ids of blocks whose text or translation state changed."""
    metadata: bool = False
    """Title, organisation, dates, languages."""
    variables: bool = False
    """Variable values."""
    library: bool = False
    """Clauses in the workspace library."""

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.structure or other.structure,
            self.sections | other.sections,
            self.blocks | other.blocks,
            self.metadata or other.metadata,
            self.variables or other.variables,
            self.library or other.library,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()


@dataclass(slots=True)
class Edit:
    """An applied operation: its name for the Undo menu and how to undo and redo it."""

    label: str
    """E.g. "Edit text", "Move section" — shown as "Undo Move section"."""
    undo: Callable[[Policy], Changes]
    redo: Callable[[Policy], Changes]
    merge_key: str | None = field(default=None)
    """Edits with the same key in a row (typing in one block) merge into one undo step."""
    kind: str = ""
    """What the operation was (a key of OP_DESCRIPTIONS, e.g. ``"restore_version"``); the UI
    names the edit from ``kind`` and ``args`` in the interface language (Anki's Op/describe),
    never by parsing ``label`` back. Empty for operations not yet described this way."""
    args: tuple[str, ...] = ()
    """The operation's arguments shown in its name (a version label, a language code)."""

    def __post_init__(self) -> None:
        if not self.kind and isinstance(self.label, OpLabel):
            self.kind, self.args = self.label.kind, self.label.args

    @classmethod
    def of(
        cls,
        kind: str,
        args: tuple[str, ...],
        undo: Callable[[Policy], Changes],
        redo: Callable[[Policy], Changes],
        merge_key: str | None = None,
    ) -> Edit:
        """An Edit named by its operation kind; ``label`` is the English description."""
        return cls(describe(kind, args), undo, redo, merge_key, kind, args)


OP_DESCRIPTIONS: dict[str, str] = {
    "restore_version": "Restore version %1",
    "change_properties": "Change policy properties",
    "add_language": "Add language %1",
    "remove_language": "Remove language %1",
    "set_cover_line": "Set %1 (%2)",
    "set_variable": "Set %1",
    "set_regulations": "Set regulations",
    "edit_text": "Edit text",
    "table_widths": "Change column widths",
    "edit_translation": "Edit translation",
    "set_status": "Set status",
    "import_translations": "Import translations",
    "approve_translations": "Approve translations",
    "confirm_translation": "Confirm translation",
    "confirm_and_propagate": "Confirm and propagate translation",
    "propagate_translation": "Propagate translation",
    "pre_translate": "Pre-translate",
    "replace": "Replace",
    "insert_section": "Insert section",
    "insert_clause": "Insert “%1”",
    "duplicate_section": "Duplicate section",
    "remove_section": "Remove section",
    "move_section": "Move section",
    "rename_section": "Rename section",
    "set_section_topics": "Confirm section topics",
    "change_block_kind": "Change paragraph type",
    "add_block": "Add paragraph",
    "remove_block": "Remove paragraph",
    "split_block": "Split paragraph",
    "update_from_library": "Update “%1” from library",
    "make_local": "Make section local",
    "link_to_library": "Link section to library",
    "save_to_library": "Save section to library",
    "create_clause": "Create clause %1",
    "edit_clause": "Edit clause %1",
    "approve_clause": "Approve clause %1",
    "deprecate_clause": "Deprecate clause %1",
    "draft_clause": "Return clause %1 to draft",
    "accept_proposal": "Accept proposed change",
    "reject_proposal": "Reject proposed change",
    "resolve_note": "Resolve review note",
    "reopen_note": "Reopen review note",
}
"""Operation kind → English description, %1… standing for the arguments. ui/undo.py holds the
same templates marked for translation."""


class OpLabel(str):
    """An edit's English name that keeps the operation kind and arguments it was made from.

    Operations take a label argument (a caller may name its edit, e.g. "Confirm translation");
    passing ``op(kind, *args)`` there keeps the name a plain string for messages and logs
    while the Edit it ends up in knows its kind, which the UI translates when shown.
    """

    kind: str
    args: tuple[str, ...]

    def __new__(cls, kind: str, *args: str) -> OpLabel:
        if kind not in OP_DESCRIPTIONS:
            raise KeyError(f"unknown operation kind {kind!r}")
        label = super().__new__(cls, describe(kind, args))
        label.kind, label.args = kind, tuple(args)
        return label


def op(kind: str, *args: str) -> OpLabel:
    """The name of an operation of ``kind`` (a key of OP_DESCRIPTIONS) with ``args``."""
    return OpLabel(kind, *args)


def describe(kind: str, args: tuple[str, ...]) -> str:
    """The English name of an operation (CLI messages, logs)."""
    text = OP_DESCRIPTIONS.get(kind, kind)
    for number, arg in enumerate(args, start=1):
        text = text.replace(f"%{number}", arg)
    return text
