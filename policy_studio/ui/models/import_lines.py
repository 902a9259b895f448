"""Qt item model over an import's classified lines: a row per line, a text column per language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...io.intermediate import EDITABLE_ROLES, Line, ParsedDocument, Role
from ...io.langdetect import detect_languages
from ...model import language

ROLE_LABELS = {
    Role.TITLE: "Title",
    Role.META: "Date",
    Role.HEADING: "Heading",
    Role.PARAGRAPH: "Paragraph",
    Role.BULLET: "Bullet",
    Role.NUMBERED: "Numbered",
    Role.BREAK: "Break",
    Role.DEBRIS: "Dropped",
}
DEBRIS_COLOR = QColor("#8a8a8a")
HEADING_COLOR = QColor("#1a5fb4")

Index = QModelIndex | QPersistentModelIndex


class ImportLinesModel(QAbstractTableModel):
    """Rows are the file's lines; columns: role, then the text in each detected language."""

    line_role_did_change = Signal(int, str)
    """(row, new role value) after the user gave a line another role."""

    LineRole = Qt.ItemDataRole.UserRole + 1
    """Item data role returning the Line itself."""

    def __init__(self, document: ParsedDocument, latin_language: str | None = None) -> None:
        super().__init__()
        self.document = document
        content = [line for line in document.lines if line.role is not Role.DEBRIS]
        detect_languages(content, latin_language)
        for line in document.lines:
            if line.role is Role.DEBRIS and not line.lang:
                line.lang = content[0].lang if content else (latin_language or "en")
        self.languages: list[str] = []
        for line in document.lines:
            if line.lang and line.lang not in self.languages:
                self.languages.append(line.lang)

    @property
    def lines(self) -> list[Line]:
        return self.document.lines

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.languages)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.lines[section].line or section + 1)
        if section == 0:
            return "Role"
        return language(self.languages[section - 1]).name

    def column_language(self, column: int) -> str | None:
        return self.languages[column - 1] if 1 <= column <= len(self.languages) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == self.LineRole:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                label = ROLE_LABELS[line.role]
                if line.role in (Role.BULLET, Role.NUMBERED) and line.level:
                    label += f" ({line.level + 1})"
                return label if role == Qt.ItemDataRole.DisplayRole else line.role.value
            if self.column_language(column) == line.lang:
                indent = "    " * line.level if line.role in (Role.BULLET, Role.NUMBERED) else ""
                marker = {Role.BULLET: "• ", Role.NUMBERED: "1. "}.get(line.role, "")
                return indent + marker + line.text.replace("\\", "")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.reason or None
        if role == Qt.ItemDataRole.ForegroundRole and line.role is Role.DEBRIS:
            return QBrush(DEBRIS_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and line.role in (Role.HEADING, Role.TITLE):
            return QBrush(HEADING_COLOR)
        if role == Qt.ItemDataRole.FontRole and column > 0:
            font = QFont()
            if line.role in (Role.HEADING, Role.TITLE):
                font.setBold(True)
            if line.role is Role.DEBRIS:
                font.setStrikeOut(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.isValid()
            and index.column() == 0
            and self.lines[index.row()].role in EDITABLE_ROLES
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not index.isValid():
            return False
        return self.set_line_role(index.row(), Role(str(value)))

    def set_line_role(self, row: int, new: Role) -> bool:
        """Give line ``row`` another role (heading, paragraph, bullet, numbered or debris)."""
        line = self.lines[row]
        if new not in EDITABLE_ROLES or line.role not in EDITABLE_ROLES:
            return False
        if new is line.role:
            return True
        if new is Role.HEADING:
            line.level = 1
        elif line.role is Role.HEADING:
            line.level = 0
        line.role = new
        line.reason = "changed by you"
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.line_role_did_change.emit(row, new.value)
        return True
