"""The findings panel: QA findings of a policy in a list, with "not an error"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..checks import Finding, Severity
from .finding_text import check_name, finding_message

ROLE_FINDING = Qt.ItemDataRole.UserRole


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for word-wrapped text at the column's current width.

    QTreeView asks the delegate for a size without telling it the column width, so wrapped
    text got the height of an unwrapped line and was cut.
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, self._view.columnWidth(index.column()), 100_000)
        style = self._view.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), self._view)


class FindingsPanel(QWidget):
    """Lists findings; activating one asks to show its segment; a button dismisses it.

    ``on_dismiss`` is called with the finding marked "not an error" (it persists the choice,
    e.g. in the workspace); the panel itself keeps no state beyond what it shows.
    """

    finding_was_activated = Signal(object)
    """A Finding the user double-clicked or pressed Enter on."""

    def __init__(
        self,
        on_dismiss: Callable[[Finding, str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_dismiss = on_dismiss
        self._shown: tuple[list[Finding], dict[str, str], str, str] | None = None
        """What the tree shows now (findings, labels, interface language's "error")."""
        self.summary = QLabel()
        self.note = QLabel()
        self.note.setObjectName("findings_note")
        # Its own wrapped line: beside the buttons a long note was the side pane's minimum
        # width and squeezed the grid.
        self.note.setWordWrap(True)
        self.note.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Severity"), self.tr("Check"), self.tr("Segment"), self.tr("Message")]
        )
        self.tree.itemActivated.connect(self._activated)
        # One visible column, wrapped: the panel sits beside the grid at about 200 px, where four
        # columns left the message 4-8 characters (and in a mirrored interface only its end).
        # Severity, check and segment stay in their columns for sorting and code; the visible
        # one shows them on a first line and the whole message below.
        for column in (0, 1, 2):
            self.tree.setColumnHidden(column, True)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        self.dismiss_button = QPushButton(self.tr("Not an error"))
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.dismiss_button.setEnabled(on_dismiss is not None)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("dismiss_reason")
        self.reason_edit.setPlaceholderText(self.tr("Why it is not an error (recorded)"))
        self.reason_edit.setEnabled(on_dismiss is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.reason_edit, 1)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.tree)

    def set_findings(
        self, findings: Sequence[Finding], labels: dict[str, str] | None = None, note: str = ""
    ) -> None:
        """Show ``findings``; ``labels`` maps block ids to what the user calls them (3.2);
        ``note`` is said under the count (what the list does not hold yet)."""
        labels = labels or {}
        # The grid calls this after every edit; most edits leave the findings as they were, and
        # rebuilding (and translating) thousands of items each time made Ctrl+Enter slow.
        shown = (list(findings), dict(labels), self.severity_name(Severity.ERROR), note)
        if shown == self._shown:
            return
        self._shown = shown
        self.tree.clear()
        items = []
        # One icon and one translated name per severity, not per finding (a long policy has
        # thousands of findings and this runs after every edit).
        icons = {s: self._icon(s) for s in Severity}
        names = {s: self.severity_name(s) for s in Severity}
        for finding in sorted(findings, key=lambda f: f.severity.rank):
            severity = names[finding.severity]
            segment = labels.get(finding.block_id, finding.block_id)
            check = check_name(finding.check)
            message = finding_message(finding)
            heading = " · ".join((severity, check, segment))
            item = QTreeWidgetItem([severity, check, segment, f"{heading}\n{message}"])
            item.setData(0, ROLE_FINDING, finding)
            item.setIcon(3, icons[finding.severity])
            for column in range(4):
                item.setToolTip(column, f"{heading}\n{message}")
            items.append(item)
        self.tree.addTopLevelItems(items)
        errors = sum(f.severity.value == "error" for f in findings)
        self.summary.setText(
            self.tr("%n finding(s)", "", len(findings))
            + (self.tr(" · %n error(s)", "", errors) if errors else "")
        )
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def set_checking(self, done: int, total: int) -> None:
        """Say that the checks are still running (the list holds what was found so far, if
        anything); the next ``set_findings`` replaces it with the count."""
        self._shown = None
        self.summary.setText(
            self.tr("Checking… %1 of %2 sections")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def set_waiting(self, text: str) -> None:
        """Show no finding and say what the list waits for (the dismissed findings not read
        yet: a finding shown now could be one someone marked "not an error")."""
        self._shown = None
        self.tree.clear()
        self.summary.setText(text)
        self.note.hide()

    def severity_name(self, severity: Severity) -> str:
        names = {
            Severity.ERROR: self.tr("error"),
            Severity.WARNING: self.tr("warning"),
            Severity.INFO: self.tr("info"),
        }
        return names[severity]

    def _icon(self, severity: Severity) -> QIcon:
        pixmap = {
            Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[severity]
        return self.style().standardIcon(pixmap)

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE_FINDING) if item is not None else None

    def dismiss_current(self) -> None:
        finding = self.current_finding()
        if finding is not None and self._on_dismiss is not None:
            self._on_dismiss(finding, self.reason_edit.text().strip())
            self.reason_edit.clear()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.finding_was_activated.emit(item.data(0, ROLE_FINDING))
