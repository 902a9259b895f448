"""The section editor's "Column widths…" dialog: one percentage per column of a table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class ColumnWidthsDialog(QDialog):
    """Percentages of the table's width per column, in reading order.

    The numbers are relative: what the user types is scaled to 100 % when saved, so a table
    whose columns add up to 90 or 120 still fills the page in the proportions typed.
    """

    def __init__(
        self, names: list[str], current: list[float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Column widths"))
        form = QFormLayout()
        self.boxes: list[QDoubleSpinBox] = []
        for number, (name, value) in enumerate(zip(names, current, strict=True), start=1):
            box = QDoubleSpinBox()
            box.setRange(1, 100)
            box.setDecimals(1)
            box.setSuffix(" %")
            box.setValue(value)
            box.valueChanged.connect(self._update_total)
            label = self.tr("Column %1").replace("%1", str(number))
            if name:
                label += f" ({name[:30]})"
            form.addRow(label, box)
            self.boxes.append(box)
        self.total = QLabel()
        self.total.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self._update_total()

    def widths(self) -> list[float]:
        return [box.value() for box in self.boxes]

    def _update_total(self) -> None:
        total = sum(self.widths())
        if abs(total - 100) < 0.05:
            self.total.setText(self.tr("Total: 100 %"))
        else:
            self.total.setText(
                self.tr(
                    "Total: %1 % (the columns keep these proportions of the full width)"
                ).replace("%1", f"{total:.1f}")
            )
