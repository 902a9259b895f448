"""The audit log of a policy as a filterable list: who did what, when (History panel tab).

The lines are read through ``read`` (in the window: on the database worker); until the answer
the list says "Reading the activity…". Filtering works on the lines as read, without reading
again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage import LogEntry

KINDS = (  # (label, action prefix); marked for lupdate here, translated where shown
    (QT_TRANSLATE_NOOP("ActivityLog", "All activity"), ""),
    (QT_TRANSLATE_NOOP("ActivityLog", "Segments"), "segment."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Versions"), "version."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Clauses and library"), "clause."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Library updates"), "library."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Dismissed findings"), "finding."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Imports"), "import."),
    (QT_TRANSLATE_NOOP("ActivityLog", "Exports"), "export."),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("ActivityLog", "When"),
    QT_TRANSLATE_NOOP("ActivityLog", "Who"),
    QT_TRANSLATE_NOOP("ActivityLog", "What"),
    QT_TRANSLATE_NOOP("ActivityLog", "On"),
    QT_TRANSLATE_NOOP("ActivityLog", "Details"),
)


def describe(detail: dict[str, Any]) -> str:
    """The details a reader needs, without the policy title (the panel is per policy)."""
    parts = []
    for key, value in detail.items():
        if key in ("policy", "fingerprints") or value in ("", None, [], {}):
            continue
        parts.append(f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}")
    return "; ".join(parts)


EntriesAnswer = Callable[[Any, BaseException | None], None]
EntriesReader = Callable[[EntriesAnswer], None]
"""Asks for the log lines; calls the answer with them (or the error) when they are read."""


class ActivityLog(QWidget):
    """Lines of the audit log, newest first, filtered by kind and by any text."""

    def __init__(
        self,
        read: EntriesReader,
        display_time: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._display_time = display_time
        self._entries: list[LogEntry] | None = None
        """The lines as last read (None: not read yet); what the list shows, filtered."""
        self._asking = False
        self._ask_again = False
        self.closed = False
        """Set when the panel is dropped (another policy opened): a later answer is ignored."""
        self.status_label = QLabel()
        self.status_label.setObjectName("activity_status")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("activity_kind")
        for label, prefix in KINDS:
            self.kind_box.addItem(self.tr(label), prefix)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("activity_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by person, action or text"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("activity")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        top = QHBoxLayout()
        top.addWidget(self.kind_box)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.filter_edit.textChanged.connect(lambda _t: self._fill())

    @property
    def reading(self) -> bool:
        """The lines are being read: the list says so."""
        return self._asking

    def reload(self) -> None:
        """Read the lines again. Until the answer the line above the list says "Reading the
        activity…" (the list, if any, is the one read before: the log only grows); one read at
        a time, and a reload asked meanwhile reads once more."""
        if self._asking:
            self._ask_again = True
            return
        self._asking, self._ask_again = True, False
        self.status_label.setText(self.tr("Reading the activity…"))
        self.status_label.setStyleSheet("")
        self.status_label.show()
        self._read(self._answered)

    def _answered(self, result: Any, error: BaseException | None) -> None:
        if self.closed:
            return
        self._asking = False
        if self._ask_again:
            self.reload()  # asked again while this was read (a version approved meanwhile)
            return
        if error is not None:
            self.status_label.setText(
                self.tr("The activity could not be read: %1").replace("%1", str(error))
            )
            self.status_label.setStyleSheet("color: #b00020;")
            return
        self.status_label.hide()
        self._entries = list(result)
        self._fill()

    def _fill(self) -> None:
        prefix = str(self.kind_box.currentData() or "")
        words = self.filter_edit.text().casefold().split()
        self.tree.clear()
        items = []
        for entry in reversed(self._entries or []):
            if prefix and not entry.action.startswith(prefix):
                continue
            row = [
                self._display_time(entry.time),
                entry.actor,
                entry.action,
                entry.target,
                describe(entry.detail),
            ]
            haystack = " ".join(row).casefold()
            if any(word not in haystack for word in words):
                continue
            item = QTreeWidgetItem(row)
            item.setToolTip(4, row[4])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            items.append(item)
        self.tree.addTopLevelItems(items)
        for column in range(len(COLUMNS) - 1):
            self.tree.resizeColumnToContents(column)

    def visible_rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and the screenshot check)."""
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(len(COLUMNS))]
            for i in range(self.tree.topLevelItemCount())
        ]
