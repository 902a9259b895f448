"""An item delegate that lays out each item's text in the text's own direction.

Item views paint with the view's direction (RTL-NOTES): in the mirrored Arabic interface an
English title "1. Who we are" is laid out right-to-left and reads "Who we are .1"; in the
English interface an Arabic title gets its punctuation on the wrong side. The delegate takes
the direction from the text (most of its strong letters) and aligns to that direction's start.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ..model import Direction
from ..text.direction import dominant_direction


class ContentDirectionDelegate(QStyledItemDelegate):
    """Paints every item left-to-right or right-to-left as its text asks."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        found = dominant_direction(option.text or "")
        if found is None:
            return
        option.direction = (
            Qt.LayoutDirection.RightToLeft
            if found is Direction.RTL
            else Qt.LayoutDirection.LeftToRight
        )
        # AlignLeft follows the option's direction (start of the line), unlike AlignAbsolute.
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
