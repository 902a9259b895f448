"""The findings panel: QA findings of a policy in a list, with "not an error"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..checks import Finding, Severity

ROLE_FINDING = Qt.ItemDataRole.UserRole


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
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Severity"), self.tr("Check"), self.tr("Segment"), self.tr("Message")]
        )
        self.tree.itemActivated.connect(self._activated)
        for column, width in ((0, 60), (1, 70), (2, 45)):
            self.tree.setColumnWidth(column, width)
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
        layout.addWidget(self.tree)

    def set_findings(
        self, findings: Sequence[Finding], labels: dict[str, str] | None = None
    ) -> None:
        """Show ``findings``; ``labels`` maps block ids to what the user calls them (3.2)."""
        labels = labels or {}
        self.tree.clear()
        items = []
        for finding in sorted(findings, key=lambda f: f.severity.rank):
            item = QTreeWidgetItem(
                [
                    self.severity_name(finding.severity),
                    finding.check,
                    labels.get(finding.block_id, finding.block_id),
                    finding.message,
                ]
            )
            item.setData(0, ROLE_FINDING, finding)
            item.setToolTip(3, finding.message)
            items.append(item)
        self.tree.addTopLevelItems(items)
        errors = sum(f.severity.value == "error" for f in findings)
        self.summary.setText(
            self.tr("%n finding(s)", "", len(findings))
            + (self.tr(" · %n error(s)", "", errors) if errors else "")
        )

    def severity_name(self, severity: Severity) -> str:
        names = {
            Severity.ERROR: self.tr("error"),
            Severity.WARNING: self.tr("warning"),
            Severity.INFO: self.tr("info"),
        }
        return names[severity]

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
