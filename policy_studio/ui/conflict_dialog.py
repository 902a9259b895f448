"""Someone else saved different text in the same place: both texts side by side, the user picks.

Like a library update: for each conflicting part, "Keep mine" (this window's text is saved over
theirs) or "Take theirs" (the text saved elsewhere replaces this window's). OK stays disabled
until every part has a choice, so nothing is decided for the user.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import Policy, language
from ..storage import RowConflict


def where(conflict: RowConflict, policy: Policy) -> str:
    """Which part of the policy a conflicting row is, in the user's words."""
    kind, _, rest = conflict.key.partition("/")
    if kind == "head":
        return QCoreApplication.translate("ConflictDialog", "Details and order of sections")
    if kind == "lang":
        return QCoreApplication.translate("ConflictDialog", "Title and cover details, %1").replace(
            "%1", language(rest).name
        )
    if kind == "var":
        return QCoreApplication.translate("ConflictDialog", "Variable %1").replace(
            "%1", f"{{{{{rest}}}}}"
        )
    block_id = rest.split("/")[0].split("#")[0]
    numbers = {s.id: n for n, s in enumerate(policy.sections, 1)}
    if kind == "section":
        number = str(numbers.get(block_id, "?"))
        return QCoreApplication.translate(
            "ConflictDialog", "Section %1: its blocks and their order"
        ).replace("%1", number)
    found = policy.find_block(block_id)
    if found is None:
        place = QCoreApplication.translate("ConflictDialog", "A removed block")
    else:
        place = QCoreApplication.translate("ConflictDialog", "Section %1").replace(
            "%1", str(numbers.get(found[0].id, "?"))
        )
    if kind == "text":
        lang = rest.rsplit("/", 1)[-1]
        return (
            QCoreApplication.translate("ConflictDialog", "%1, %2 text")
            .replace("%1", place)
            .replace("%2", language(lang).name)
        )
    return QCoreApplication.translate("ConflictDialog", "%1, block layout").replace("%1", place)


class ConflictDialog(QDialog):
    """One row per conflict: where, the text saved elsewhere, this window's text, a choice."""

    def __init__(
        self, conflicts: tuple[RowConflict, ...], policy: Policy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed the same text"))
        self.conflicts = conflicts
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "While you were editing, someone else saved different text in the places below. "
                "Nothing has been overwritten. Choose which text to keep for each."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        rows = QVBoxLayout(body)
        self.groups: dict[str, QButtonGroup] = {}
        for conflict in conflicts:
            box = QGroupBox(where(conflict, policy))
            grid = QGridLayout(box)
            grid.addWidget(QLabel(self.tr("Saved elsewhere")), 0, 0)
            grid.addWidget(QLabel(self.tr("In this window")), 0, 1)
            for column, side in ((0, "theirs"), (1, "mine")):
                text = QTextEdit()
                text.setReadOnly(True)
                text.setObjectName(f"{side}_text")
                text.setPlainText(conflict.text(side) or self.tr("(removed)"))
                text.setMaximumHeight(90)
                grid.addWidget(text, 1, column)
            group = QButtonGroup(box)
            take = QRadioButton(self.tr("Take theirs"))
            keep = QRadioButton(self.tr("Keep mine"))
            group.addButton(take, 0)
            group.addButton(keep, 1)
            group.buttonToggled.connect(lambda *_: self._update_ok())
            grid.addWidget(take, 2, 0)
            grid.addWidget(keep, 2, 1)
            self.groups[conflict.key] = group
            rows.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        chosen = all(g.checkedId() >= 0 for g in self.groups.values())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(chosen)

    def choices(self) -> dict[str, bool]:
        """Row key → True to keep this window's text; only rows with a choice."""
        return {k: g.checkedId() == 1 for k, g in self.groups.items() if g.checkedId() >= 0}
