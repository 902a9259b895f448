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


URL = "https://www.example.org/privacy-notice"


def _lines(text: str, direction: Qt.LayoutDirection, font, width: int) -> list[str]:
    """The lines Qt's word wrap makes of ``text`` in ``width`` pixels (as the cell paints it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    return [text[ln.textStart() : ln.textStart() + ln.textLength()] for ln in lines]


def test_a_long_web_address_wraps_in_a_narrow_column_instead_of_being_cut(qtbot, clauses):
    """At the dock's first-start width a web address showed as "https://www.exa", cut at the
    cell's edge: word wrap had no place to break it."""
    from PySide6.QtGui import QFontMetrics

    policy = policy_from_clauses("Links", [(clauses[0], None)], target_languages=["ar"])
    policy.sections[0].blocks[0].text["en"] = "See {{website}}."
    policy.variables["website"] = {"en": URL, "ar": URL}
    panel = VariablesPanel(lambda edit: None)
    qtbot.addWidget(panel)
    panel.set_policy(policy)
    width = 90  # about a third of a 300-pixel dock
    for column in (1, 2):
        shown = _shown(panel, 0, column)
        lines = _lines(shown.text, shown.direction, shown.font, width)
        metrics = QFontMetrics(shown.font)
        assert len(lines) > 1
        assert all(metrics.horizontalAdvance(line.strip()) <= width for line in lines), lines
        # Display only: the address reads the same, in order, and the stored value is intact.
        visible = "".join(c for c in shown.text if c.isprintable() and c != "\u200b")
        assert visible == URL
        assert policy.variables["website"]["en"] == URL
    assert panel.table.item(0, 1).text() == URL
