"""Qt item model over an import draft: a row per block, its text in each language side by side.

Columns: the kind of block, how sure its pairing is, then one column per language (headed with
the language and the file it came from). Tables are given as HTML tables (``HtmlRole``) so the
preview draws them as tables, cell beside cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...app.import_draft import ImportDraft, Place, Row
from ...model import language
from ...text.markup import plain_text
from ..import_reasons import reason_text
from ..language_names import language_name
from .segment_text import cell_html

KIND_LABELS = {
    "title": QT_TRANSLATE_NOOP("ImportPairsModel", "Title"),
    "section": QT_TRANSLATE_NOOP("ImportPairsModel", "Section %1"),
    "heading": QT_TRANSLATE_NOOP("ImportPairsModel", "Heading"),
    "paragraph": QT_TRANSLATE_NOOP("ImportPairsModel", "Paragraph"),
    "bullet": QT_TRANSLATE_NOOP("ImportPairsModel", "Bullet"),
    "numbered": QT_TRANSLATE_NOOP("ImportPairsModel", "Numbered"),
    "table": QT_TRANSLATE_NOOP("ImportPairsModel", "Table"),
    "cell": QT_TRANSLATE_NOOP("ImportPairsModel", "Table cell"),
}
STATUS_LABELS = {
    "single": "",
    "paired": QT_TRANSLATE_NOOP("ImportPairsModel", "Paired"),
    "check": QT_TRANSLATE_NOOP("ImportPairsModel", "Check this pair"),
    "only": QT_TRANSLATE_NOOP("ImportPairsModel", "Only in %1"),
    "cells": QT_TRANSLATE_NOOP("ImportPairsModel", "Cells without a partner: %1"),
    "paired-by-you": QT_TRANSLATE_NOOP("ImportPairsModel", "Paired by you"),
    "unpaired-by-you": QT_TRANSLATE_NOOP("ImportPairsModel", "Unpaired by you"),
}
STATUS_COLORS = {
    "check": QColor("#ffd8a8"),
    "cells": QColor("#fff1b8"),
    "only": QColor("#fff1b8"),
    "paired-by-you": QColor("#d0e4ff"),
    "unpaired-by-you": QColor("#d0e4ff"),
}
MISSING_CELL = "#fff1b8"
"""Background of a table cell that has no text in the other language."""
INK = QColor("#1a1a1a")

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPairsModel", text)


def place_text(place: Place) -> str:
    """ "bakery.txt, line 12" in the interface language (no folders)."""
    if not place.line:
        return place.file
    unit = (
        QCoreApplication.translate("ImportPairsModel", "%1, line %2")
        if place.unit == "line"
        else QCoreApplication.translate("ImportPairsModel", "%1, paragraph %2")
    )
    return unit.replace("%1", place.file).replace("%2", str(place.line))


class ImportPairsModel(QAbstractTableModel):
    """Rows are the draft's rows; columns: kind, status, then one text column per language."""

    HtmlRole = Qt.ItemDataRole.UserRole + 1
    """Rich text of a language cell (tables as tables) for the preview's delegate."""
    RowRole = Qt.ItemDataRole.UserRole + 2
    """The draft Row itself."""
    TEXT_COLUMN = 2

    def __init__(self, draft: ImportDraft) -> None:
        super().__init__()
        self.draft = draft
        self.languages: list[str] = list(draft.languages)

    def reload(self) -> None:
        """Show the draft again after a correction (rows and even columns may change)."""
        self.beginResetModel()
        self.languages = list(self.draft.languages)
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return self.draft.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.TEXT_COLUMN + len(self.languages)

    def column_language(self, column: int) -> str | None:
        index = column - self.TEXT_COLUMN
        return self.languages[index] if 0 <= index < len(self.languages) else None

    def language_column(self, code: str) -> int:
        return self.TEXT_COLUMN + self.languages.index(code)

    def file_of(self, code: str) -> str:
        """The file a language's text came from (the main file unless a translation file)."""
        for (_doc, lang), name in zip(self.draft.sources, self.draft.files, strict=True):
            if lang == code:
                return name
        return self.draft.files[0]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return QCoreApplication.translate("ImportPairsModel", "Kind")
        if section == 1:
            return QCoreApplication.translate("ImportPairsModel", "Pairing")
        code = self.column_language(section)
        if code is None:
            return None
        return (
            QCoreApplication.translate("ImportPairsModel", "%1 — %2")
            .replace("%1", language_name(code))
            .replace("%2", self.file_of(code))
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        code = self.column_language(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.kind_text(row)
            if column == 1:
                return self.status_text(row)
            return self.plain(row, code) if code else None
        if role == self.HtmlRole and code:
            return self.html(row, code)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1 and row.why and row.status == "check":
                return reason_text(row.why)
            if column == 0:
                # Why the reader gave the text its kind, in the interface language.
                lines = [
                    f"{language_name(code)}: {reason_text(reason)}"
                    if len(self.languages) > 1
                    else reason_text(reason)
                    for code in self.languages
                    for reason in dict.fromkeys(row.reasons.get(code, []))
                    if reason
                ]
                return "\n".join(lines) or None
            if code and row.places.get(code):
                return "\n".join(place_text(p) for p in row.places[code])
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            color = STATUS_COLORS.get(row.status)
            if color is None:
                return None
            if column < self.TEXT_COLUMN or (code and not row.has(code)):
                # Dark ink with the light fill, whatever the theme's text colour.
                return QBrush(color if role == Qt.ItemDataRole.BackgroundRole else INK)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if code and language(code).is_rtl:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        return None

    def kind_text(self, row: Row) -> str:
        label = tr(KIND_LABELS.get(row.kind, row.kind))
        if row.kind == "section":
            return label.replace("%1", str(row.section))
        if row.kind in ("bullet", "numbered") and row.level:
            return f"{label} ({row.level + 1})"
        return label

    def status_text(self, row: Row) -> str:
        label = STATUS_LABELS.get(row.status, "")
        if not label:
            return ""
        text = tr(label)
        if row.status == "only":
            present = [code for code in self.languages if row.has(code)]
            text = text.replace("%1", ", ".join(language_name(c) for c in present))
        if row.status == "cells":
            return text.replace("%1", row.why)
        if row.status == "check" and row.confidence is not None:
            text += f" ({row.confidence:.2f})"
        return text

    def plain(self, row: Row, code: str) -> str:
        """What the cell shows, as plain text (a table row per line, cells split by " | ")."""
        if row.cells:
            if not row.has(code):
                return ""
            return "\n".join(" | ".join(plain_text(c) for c in r) for r in row.cells.get(code, []))
        text = plain_text(row.texts.get(code, ""))
        if text and row.kind == "bullet":
            return "    " * row.level + "• " + text
        if text and row.kind == "numbered":
            return "    " * row.level + text
        return text

    def html(self, row: Row, code: str) -> str:
        rtl = language(code).is_rtl
        direction = ' dir="rtl" align="right"' if rtl else ""
        if row.cells and not row.has(code):
            return ""
        if row.cells:
            others = [c for c in self.languages if c != code]
            lines = [f'<table border="1" cellspacing="0" cellpadding="3"{direction} width="100%">']
            for r, cells in enumerate(row.cells.get(code, [])):
                lines.append("<tr>")
                tag = "th" if r < row.header_rows else "td"
                # Qt's rich text lays table columns out left to right whatever the direction:
                # a right-to-left table is written last column first, so it reads from the right.
                order = list(enumerate(cells))
                for c, cell in reversed(order) if rtl else order:
                    partners = [row.cells.get(o, [])[r][c] for o in others if row.cells.get(o)]
                    lonely = bool(cell.strip()) != any(p.strip() for p in partners)
                    shade = f' bgcolor="{MISSING_CELL}"' if others and lonely else ""
                    align = ' align="right"' if rtl and tag == "td" else ""
                    lines.append(f"<{tag}{shade}{align}>{cell_html(cell, rtl)}</{tag}>")
                lines.append("</tr>")
            lines.append("</table>")
            return "".join(lines)
        # The text as the import stores it: bold, italic and links drawn, variables as tags
        # (segment_text.cell_html, the editor's own rendering), not its plain text.
        markup = row.texts.get(code, "")
        if not markup:
            return ""
        prefix = ""
        if row.kind in ("bullet", "numbered"):
            prefix = "&nbsp;" * 4 * row.level + ("• " if row.kind == "bullet" else "")
        text = prefix + cell_html(markup, rtl)
        if row.kind in ("title", "section", "heading"):
            text = f"<b>{text}</b>"
        return f"<div{direction}>{text}</div>"
