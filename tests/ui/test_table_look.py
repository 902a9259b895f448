"""A table in the section editor and the preview has visible cell borders and a shaded header
row, in a light and in a dark palette, and never makes the page scroll sideways (issue 13:
tables had almost no visible borders)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor, QTextTable
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from policy_studio.library.compose import policy_from_clauses
from policy_studio.library.starter import load_starter_clauses
from policy_studio.ops.sections import insert_section
from policy_studio.ui.preview import render_policy

from .test_table_editor import table_section

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DARK = {QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.Text: "#e8e8e8"}


def _first_table(edit: QTextEdit) -> QTextTable:
    block = edit.document().begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            return table
        block = block.next()
    raise AssertionError("no table on the page")


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def _seen(edit: QTextEdit) -> tuple[QImage, QTextTable, float]:
    """The viewport as drawn, its first table and the device pixel ratio."""
    image = edit.viewport().grab().toImage()
    return image, _first_table(edit), image.devicePixelRatio()


def _lines_across(edit: QTextEdit, row: int) -> int:
    """How many vertical lines a reader sees crossing ``row`` of the first table: runs of
    pixels that stand out from the page across the whole width, sampled just above the row's
    first line of text (in the cells' padding, where no letter is)."""
    image, table, ratio = _seen(edit)
    layout = edit.document().documentLayout()
    top = layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
    y = round((top - 1) * ratio)
    base = edit.palette().color(QPalette.ColorRole.Base)
    runs, inside = 0, False
    for x in range(image.width()):
        marked = _distance(QColor(image.pixel(x, y)), base) > 40
        runs += marked and not inside
        inside = marked
    return runs


def _padding_color(edit: QTextEdit, row: int) -> QColor:
    """The colour just inside the first cell of ``row``, left of its text."""
    image, table, ratio = _seen(edit)
    rect = (
        edit.document()
        .documentLayout()
        .blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block())
    )
    return QColor(image.pixel(round((rect.left() - 1) * ratio), round(rect.center().y() * ratio)))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_editor_draws_every_cell_border_and_a_shaded_header_row(window, dark) -> None:
    editor = window.editor
    if dark:
        palette = editor.text.palette()
        for role, color in DARK.items():
            palette.setColor(role, QColor(color))
        editor.text.setPalette(palette)
    policy = window.session.policy
    window.apply_edit(insert_section(policy, table_section().copy(keep_ids=True)))
    window.outline.select(policy.sections[-1].id)
    editor.text.resize(600, 400)
    # Two columns: the table's left edge, the line between the columns, its right edge.
    assert _lines_across(editor.text, 1) == 3
    assert _lines_across(editor.text, 2) == 3
    base = editor.text.palette().color(QPalette.ColorRole.Base)
    header, body = _padding_color(editor.text, 0), _padding_color(editor.text, 1)
    assert _distance(header, base) >= 12, "the header row is shaded"
    assert _distance(body, base) < 4, "body rows are not"
    # A row added at the end is a body row: not shaded like the header it was copied from.
    editor.text.setTextCursor(_first_table(editor.text).cellAt(0, 0).firstCursorPosition())
    editor.edit_table("row_below")
    assert _distance(_padding_color(editor.text, 1), base) < 4
    assert _distance(_padding_color(editor.text, 0), base) >= 12


def test_the_preview_draws_the_table_grid_and_never_scrolls_sideways(qtbot) -> None:
    clause = next(c for c in load_starter_clauses() if c.key == "purposes-lawful-bases")
    policy = policy_from_clauses("Purposes", [(clause, None)], target_languages=["ar"])
    for lang in ("en", "ar"):
        browser = QTextBrowser()
        qtbot.addWidget(browser)
        render_policy(browser.document(), policy, lang)
        browser.show()
        browser.resize(520, 500)
        qtbot.wait(1)
        assert _lines_across(browser, 1) == 4, lang  # three columns
        # Qt rounded a 100 % wide table one pixel past the page at one width in ten.
        scrolling = []
        for width in range(220, 420):
            browser.resize(width, 400)
            qtbot.wait(0)
            if browser.horizontalScrollBar().maximum() > 0:
                scrolling.append(width)
        assert scrolling == [], lang
