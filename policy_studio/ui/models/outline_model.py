"""The Qt item model over a policy's sections: numbering, linked/local marker, update badges."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...model import ClauseStatus, Policy
from .drag import CLAUSE_MIME, SECTION_MIME, parse_clause_payload

ROLE_ID = Qt.UserRole
ROLE_LINKED = Qt.UserRole + 2
"""True when the section is linked to a library clause."""
LINKED_COLOR = QColor("#1a5fb4")
LOCAL_COLOR = QColor("#c0bfbc")
ROLE_BADGE = Qt.UserRole + 1
""""update" when the library has a newer version of the section's clause, else ""."""
ROLE_MARKS = Qt.UserRole + 3
"""The marks after the title ("⟳ update available", "⚠ deprecated"), painted so they fit."""

Index = QModelIndex | QPersistentModelIndex
_DOTS: dict[str, QIcon] = {}


def _dot(color: QColor) -> QIcon:
    if color.name() not in _DOTS:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(color)
        painter.setPen(Qt.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DOTS[color.name()] = QIcon(pixmap)
    return _DOTS[color.name()]


class OutlineModel(QAbstractListModel):
    """Rows are the sections of one policy. Drops ask for edits; the model never edits itself."""

    def __init__(
        self,
        move_requested: Callable[[str, int], None],
        insert_requested: Callable[[str, str | None, int], None],
    ) -> None:
        super().__init__()
        self.policy: Policy | None = None
        self.library: dict[str, tuple[int, ClauseStatus]] = {}
        """Clause key → (current version, status) in the workspace library."""
        self.lang = "en"
        self.outdated: set[str] | None = None
        """Ids of sections whose clause changed the wording they use (None: by version)."""
        self.law_changed: dict[str, list[str]] = {}
        """Clause key → requirements ("law, article") a newer version of a law changed."""
        self.editing_by: dict[str, list[str]] = {}
        """Section id → people in other windows with that section open (team workspace)."""
        self._move_requested = move_requested
        self._insert_requested = insert_requested

    def set_policy(
        self,
        policy: Policy | None,
        library: dict[str, tuple[int, ClauseStatus]],
        outdated: set[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.policy = policy
        self.library = library
        self.outdated = outdated
        self.lang = policy.source_language if policy else "en"
        self.endResetModel()

    def set_editors(self, editing_by: dict[str, list[str]]) -> None:
        """Mark the sections others have open ("◆ being edited by NAME")."""
        self.editing_by = dict(editing_by)
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.policy is None else len(self.policy.sections)

    def badge(self, row: int) -> str:
        assert self.policy is not None
        section = self.policy.sections[row]
        ref = section.clause
        if ref is None or ref.key not in self.library:
            return ""
        if self.outdated is not None:
            return "update" if section.id in self.outdated else ""
        version, _status = self.library[ref.key]
        return "update" if version > ref.version else ""

    def deprecated(self, row: int) -> bool:
        assert self.policy is not None
        ref = self.policy.sections[row].clause
        return (
            ref is not None
            and ref.key in self.library
            and self.library[ref.key][1] is ClauseStatus.DEPRECATED
        )

    def to_review(self, row: int) -> int:
        """Open proposals and unresolved review notes in the section, in every language."""
        assert self.policy is not None
        section = self.policy.sections[row]
        total = 0
        for block in (section.heading, *section.blocks):
            notes, proposals = block.open_review()
            total += len(notes) + len(proposals)
        return total

    def data(self, index: Index, role: int = Qt.DisplayRole) -> object:
        if self.policy is None or not index.isValid():
            return None
        section = self.policy.sections[index.row()]
        if role == ROLE_ID:
            return section.id
        if role == ROLE_BADGE:
            return self.badge(index.row())
        if role == ROLE_LINKED:
            return section.is_linked
        if role == Qt.DecorationRole:
            # A coloured dot rather than an emoji: fonts on users' machines often lack 🔗 and ✎.
            return _dot(LINKED_COLOR if section.is_linked else LOCAL_COLOR)
        if role in (Qt.DisplayRole, ROLE_MARKS):
            marks = []
            if self.badge(index.row()):
                marks.append("⟳ " + self.tr("update available"))
            if self.deprecated(index.row()):
                marks.append("⚠ " + self.tr("deprecated"))
            if section.clause is not None and section.clause.key in self.law_changed:
                marks.append("§ " + self.tr("law changed"))
            if self.editing_by.get(section.id):
                names = ", ".join(self.editing_by[section.id])
                marks.append("◆ " + self.tr("being edited by %1").replace("%1", names))
            to_review = self.to_review(index.row())
            if to_review:
                marks.append("⚑ " + self.tr("%1 to review").replace("%1", str(to_review)))
            if role == ROLE_MARKS:
                return marks
            title = section.title(self.lang) or self.tr("(untitled)")
            return f"{index.row() + 1}. {title}" + "".join(f"  {m}" for m in marks)
        if role == Qt.ForegroundRole and (self.badge(index.row()) or self.deprecated(index.row())):
            return QColor("#9a4d00")
        if role == Qt.ToolTipRole:
            editing = ""
            if self.editing_by.get(section.id):
                editing = "\n" + self.tr("Open in another window by %1").replace(
                    "%1", ", ".join(self.editing_by[section.id])
                )
            if section.clause is None:
                return self.tr("Local section (not linked to the library)") + editing
            text = (
                self.tr("Linked to library clause %1, version %2")
                .replace("%1", section.clause.key)
                .replace("%2", str(section.clause.version))
            )
            if section.clause.variant:
                text += f" ({section.clause.variant})"
            if self.badge(index.row()) == "update":
                text += "\n" + self.tr("The library has version %1").replace(
                    "%1", str(self.library[section.clause.key][0])
                )
            for requirement in self.law_changed.get(section.clause.key, []):
                text += "\n" + self.tr("Law changed: %1").replace("%1", requirement)
            return text + editing
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.MoveAction | Qt.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SECTION_MIME, CLAUSE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if indexes and self.policy is not None:
            mime.setData(SECTION_MIME, self.policy.sections[indexes[0].row()].id.encode())
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return self.policy is not None and (
            data.hasFormat(SECTION_MIME) or data.hasFormat(CLAUSE_MIME)
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if self.policy is None:
            return False
        count = len(self.policy.sections)
        if row < 0:
            row = parent.row() if parent.isValid() else count
        if data.hasFormat(SECTION_MIME):
            section_id = bytes(data.data(SECTION_MIME)).decode()
            old = next((i for i, s in enumerate(self.policy.sections) if s.id == section_id), None)
            if old is None:
                return False
            # Dropping between rows means "before row"; once the section leaves its old place,
            # rows after it move up by one.
            target = row - 1 if row > old else row
            target = max(0, min(target, count - 1))
            if target != old:
                self._move_requested(section_id, target)
        elif data.hasFormat(CLAUSE_MIME):
            key, variant = parse_clause_payload(bytes(data.data(CLAUSE_MIME)))
            self._insert_requested(key, variant, min(row, count))
        # False: the edit went through the undo stack; the view must not remove the dragged row.
        return False
