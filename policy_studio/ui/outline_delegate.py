"""Paints an outline row so its marks stay visible: the title is elided, never the badge.

The outline's text is "3. Title  ⟳ update available"; in a dock of 250 px the view elided the
end, which is where the badge is. This delegate paints the marks at the row's end (in full, or
as their symbol alone when the row is narrow) and the title elided in the room left.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from .content_direction import ContentDirectionDelegate
from .models.outline_model import ROLE_MARKS

MARK_COLOR = QColor("#9a4d00")
GAP = 8


class OutlineDelegate(ContentDirectionDelegate):
    """The outline's rows: icon, elided title, then the marks at the end."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

    def row_text(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[str, str]:
        """(title as painted, marks as painted) for a row of ``option.rect``'s width."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        marks: list[str] = index.data(ROLE_MARKS) or []
        if not marks:
            return opt.text, ""
        rect = self._text_rect(opt)
        metrics = opt.fontMetrics
        full = "  ".join(marks)
        short = " ".join(m.split(" ", 1)[0] for m in marks)
        # The whole words when the title keeps at least half the row; else the symbols.
        shown = full if metrics.horizontalAdvance(full) <= rect.width() // 2 else short
        title = opt.text
        for mark in marks:
            title = title.replace(f"  {mark}", "")
        room = rect.width() - metrics.horizontalAdvance(shown) - GAP
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room), shown

    @staticmethod
    def _text_rect(opt: QStyleOptionViewItem) -> QRect:
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        title, shown = self.row_text(option, index)
        if not shown:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = title
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = self._text_rect(opt)
        width = opt.fontMetrics.horizontalAdvance(shown)
        # Marks at the end of the title's line: right of English, left of Arabic.
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        x = rect.left() if rtl else rect.right() - width
        area = QRect(x, rect.top(), width + 1, rect.height())
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.highlightedText().color() if selected else MARK_COLOR)
        painter.setFont(opt.font)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown
        )
        painter.restore()
