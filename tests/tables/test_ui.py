"""The grid shows each cell as a segment with its row and column; the preview draws the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from policy_studio.model import Status
from policy_studio.ui.bilingual_grid import BilingualGrid
from policy_studio.ui.preview import render_policy

from .fixtures import table_policy

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def type_text(widget, text: str) -> None:
    for ch in text:
        QApplication.postEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
    QApplication.processEvents()


def test_grid_lists_every_cell_with_its_row_and_column_and_edits_it(qtbot) -> None:
    policy = table_policy()
    policy.sections[0].blocks[1].segments[3].text.pop("ar")
    grid = BilingualGrid(policy, "en", "ar")
    qtbot.addWidget(grid)
    grid.resize(1000, 600)
    grid.show()
    qtbot.waitExposed(grid)
    model = grid.model
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert labels == [
        "§1",
        "1.1",
        "1.2 row 1 col 1",
        "1.2 row 1 col 2",
        "1.2 row 2 col 1",
        "1.2 row 2 col 2",
        "1.2 row 3 col 1",
        "1.2 row 3 col 2",
        "1.3",
    ]
    row = model.row_of("tbl1.r2c2")
    assert model.data(model.index(row, 0)) == "contract"
    assert model.data(model.index(row, 1)) == ""
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    type_text(editor, "العقد")
    QApplication.postEvent(
        editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )
    QApplication.processEvents()
    cell = policy.find_block("tbl1.r2c2")
    assert cell is not None
    assert cell[1].get("ar") == "العقد"
    assert cell[1].state("ar").status is Status.DRAFT
    assert model.data(model.index(row, 1)) == "العقد"


@pytest.mark.parametrize(
    ("lang", "first", "leftmost"),
    [("en", "Purpose", 0), ("ar", "الغرض", 1)],
)
def test_preview_draws_the_table_in_the_language_direction(qtbot, lang, first, leftmost) -> None:
    document = QTextDocument()
    render_policy(document, table_policy(), lang)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 2)
    assert table.format().headerRowCount() == 1
    # The first column on the right in Arabic (Qt does not mirror tables: the preview does).
    cell = table.cellAt(0, leftmost)
    text = document.toPlainText()[cell.firstPosition() : cell.lastPosition()]
    assert text == first
    # The paragraphs around the table are still there, in order.
    plain = document.toPlainText()
    assert plain.index(first) > plain.index("See the table." if lang == "en" else "انظر الجدول.")
