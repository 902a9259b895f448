"""A phone number in the Variables panel's Arabic column reads in the order the export prints.

Without an isolate, the bidi algorithm lays out "+000 20 123 4567" in a right-to-left cell as
"4567 123 20 000+": the author would see another number than the one the exported policy
shows (the export isolates it with <bdi dir=ltr> in HTML and an LRM in DOCX).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextLayout, QTextOption  # noqa: E402
from PySide6.QtWidgets import QStyleOptionViewItem  # noqa: E402

from policy_studio.library.compose import policy_from_clauses  # noqa: E402
from policy_studio.ui.variables_panel import ROLE_NAME, VariablesPanel  # noqa: E402

PHONE = "+000 20 123 4567"


def _shown(panel: VariablesPanel, row: int, column: int) -> QStyleOptionViewItem:
    index = panel.table.model().index(row, column)
    option = QStyleOptionViewItem()
    panel.table.itemDelegate().initStyleOption(option, index)
    return option


def _visual_order(text: str, direction: Qt.LayoutDirection, font) -> str:
    """The characters of ``text`` from left to right as Qt lays them out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag.RetrieveAll
    placed = []
    for run in line.glyphRuns(0, len(text), flags):
        for at, position in zip(run.stringIndexes(), run.positions(), strict=False):
            placed.append((position.x(), text[at]))
    return "".join(ch for _, ch in sorted(placed) if ch.isdigit() or ch in "+ ")


def test_a_borrowed_and_a_typed_phone_number_read_left_to_right_in_the_arabic_column(
    qtbot, clauses
):
    policy = policy_from_clauses("Phones", [(clauses[0], None)], target_languages=["ar"])
    block = policy.sections[0].blocks[0]
    block.text["en"] = "Call {{contact_phone}} or {{dpo_phone}}."
    policy.variables["contact_phone"] = {"en": PHONE}  # Arabic blank: borrows the English
    policy.variables["dpo_phone"] = {"en": PHONE, "ar": f"هاتف {PHONE}"}
    panel = VariablesPanel(lambda edit: None)
    qtbot.addWidget(panel)
    panel.set_policy(policy)
    rows = {panel.table.item(r, 0).data(ROLE_NAME): r for r in range(panel.table.rowCount())}
    borrowed_row, typed_row = rows["contact_phone"], rows["dpo_phone"]
    for row in (borrowed_row, typed_row):
        shown = _shown(panel, row, 2)  # the Arabic column
        assert shown.direction == Qt.RightToLeft
        order = _visual_order(shown.text, shown.direction, shown.font)
        assert order.strip() == PHONE, f"row {row} shows {order.strip()!r}"
    # English cells are untouched.
    assert _shown(panel, borrowed_row, 1).text == PHONE
