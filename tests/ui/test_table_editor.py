"""The section editor: insert a table, type in cells, Tab between them, add and remove rows and
columns, undo; a section holding a table is edited without losing it; translations per cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from policy_studio.model import Block, BlockKind, Section, make_table
from policy_studio.ops.sections import insert_section


def table_section() -> Section:
    """A section with a paragraph, an English/Arabic table and a paragraph (test wording)."""
    table = make_table(
        [
            [{"en": "Purpose", "ar": "الغرض"}, {"en": "Basis", "ar": "الأساس"}],
            [{"en": "Sending bills", "ar": "إرسال الفواتير"}, {"en": "contract", "ar": "العقد"}],
            [{"en": "Answering you", "ar": "الرد عليك"}, {"en": "interest", "ar": "المصلحة"}],
        ]
    )
    table.id = "tbl1"
    return Section(
        heading=Block(BlockKind.TITLE, {"en": "Why", "ar": "لماذا"}),
        blocks=[
            Block(BlockKind.PARAGRAPH, {"en": "See the table.", "ar": "انظر الجدول."}),
            table,
            Block(BlockKind.PARAGRAPH, {"en": "That is all.", "ar": "هذا كل شيء."}),
        ],
    )


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(widget, text: str) -> None:
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch)
        )


def press(widget, key, modifiers=Qt.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, modifiers))


def shown_widths(editor) -> list[float]:
    """The drawn widths of the current table's columns, left to right, in % of the table:
    between the vertical lines a reader sees across its first row (in the cells' padding,
    just above their text, where no letter is)."""
    table = editor.current_table()
    layout = editor.text.document().documentLayout()
    top = layout.blockBoundingRect(table.cellAt(0, 0).firstCursorPosition().block()).top()
    image = editor.text.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    y = round((top - 1 - editor.text.verticalScrollBar().value()) * ratio)
    base = editor.text.palette().color(QPalette.ColorRole.Base)
    edges, inside = [], False
    for x in range(image.width()):
        color = QColor(image.pixel(x, y))
        marked = max(abs(color.red() - base.red()), abs(color.green() - base.green())) > 40
        if marked and not inside:
            edges.append(x)
        inside = marked
    assert len(edges) == table.columns() + 1, edges
    total = edges[-1] - edges[0]
    return [100 * (b - a) / total for a, b in zip(edges, edges[1:], strict=False)]


def tables(section):
    return [b for b in section.blocks if b.table is not None]


def test_insert_a_table_type_tab_add_row_and_column_then_undo(window) -> None:
    editor = window.editor
    section = window.session.policy.sections[1]
    window.outline.select(section.id)
    before = len(section.blocks)
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    assert editor.table_action.isEnabled()
    editor.insert_table()
    assert editor._table_buttons["row_below"].isEnabled()
    editor.text.setFocus()
    type_text(editor.text, "Purpose")
    press(editor.text, Qt.Key_Tab)
    type_text(editor.text, "Basis")
    press(editor.text, Qt.Key_Tab)
    type_text(editor.text, "Billing")
    press(editor.text, Qt.Key_Tab)
    type_text(editor.text, "contract")
    editor.commit()
    (table,) = tables(section)
    assert table.table is not None
    assert [[c.get("en") for c in row] for row in table.table.rows] == [
        ["Purpose", "Basis"],
        ["Billing", "contract"],
        ["", ""],
    ]
    assert table.table.header_rows == 1
    ids = [c.id for c in table.table.cells()]
    # Add a column after "contract" and a row below it; ids of existing cells stay.
    editor.edit_table("column_after")
    editor.edit_table("row_below")
    (table,) = tables(section)
    assert table.table is not None
    assert [len(r) for r in table.table.rows] == [3, 3, 3, 3]
    assert table.table.rows[1][1].id == ids[3]
    assert len({c.id for c in table.table.cells()}) == 12
    editor.edit_table("row_remove")
    editor.edit_table("column_remove")
    (table,) = tables(section)
    assert table.table is not None
    assert [len(r) for r in table.table.rows] == [2, 2, 2]
    # Undo everything back to the section without a table.
    while tables(section):
        window.undo.undo()
        QApplication.processEvents()
    assert len(section.blocks) == before


def test_editing_a_paragraph_keeps_the_table_and_a_translation_fills_one_cell(window) -> None:
    policy = window.session.policy
    source = table_section()
    window.apply_edit(insert_section(policy, source.copy(keep_ids=True)))
    section = policy.sections[-1]
    window.outline.select(section.id)
    editor = window.editor
    editor.set_section(policy, section.id, "en")
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.Start)
    cursor.movePosition(QTextCursor.EndOfBlock)
    editor.text.setTextCursor(cursor)
    type_text(editor.text, " Really.")
    editor.commit()
    assert section.blocks[0].get("en") == "See the table. Really."
    (table,) = tables(section)
    assert table.id == "tbl1" and table.table is not None
    assert [c.id for c in table.table.cells()] == [c.id for c in source.blocks[1].segments]
    assert table.table.rows[1][0].get("ar") == "إرسال الفواتير"
    assert section.blocks[-1].kind is BlockKind.PARAGRAPH
    # In Arabic, a cell is a segment: typing there changes that cell's Arabic only.
    editor.set_section(policy, section.id, "ar")
    doc = editor.text.document()
    block = doc.begin()
    while block.isValid() and block.text() != "العقد":
        block = block.next()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.EndOfBlock)
    editor.text.setTextCursor(cursor)
    assert editor.current_table() is not None
    assert not editor._table_buttons["row_below"].isEnabled()  # the source owns the shape
    type_text(editor.text, " المبرم")
    editor.commit()
    (table,) = tables(section)
    assert table.table is not None
    assert table.table.rows[1][1].get("ar") == "العقد المبرم"
    # Mirrored like the exports: the first column ("الغرض") is the rightmost one.
    shown = editor.current_table()
    assert shown is not None
    first = shown.cellAt(0, 1)
    text = editor.text.document().toPlainText()[first.firstPosition() : first.lastPosition()]
    assert text == "الغرض"
    assert table.table.rows[1][1].get("en") == "contract"
    assert [len(r) for r in table.table.rows] == [2, 2, 2]


def test_column_widths_are_set_in_the_editor_undone_saved_and_exported(
    window, tmp_path, workspace
) -> None:
    """Table › Column widths…: one undoable edit; the editor, the preview, DOCX and HTML draw
    the columns in the new proportions (mirrored in Arabic)."""
    import docx

    from policy_studio.io.writers.docx import write_docx
    from policy_studio.io.writers.html import render_html
    from policy_studio.layout import ExportOptions

    policy = window.session.policy
    window.apply_edit(insert_section(policy, table_section().copy(keep_ids=True)))
    section = policy.sections[-1]
    window.outline.select(section.id)
    editor = window.editor
    editor.set_section(policy, section.id, "en")
    doc = editor.text.document()
    block = doc.begin()
    while block.isValid() and block.text() != "contract":
        block = block.next()
    editor.text.setTextCursor(QTextCursor(block))
    assert editor.widths_action.isEnabled()
    asked = []

    def answer(names, current):
        asked.append((names, current))
        return [70.0, 30.0]

    editor.ask_widths = answer
    editor.widths_action.trigger()
    assert asked == [(["Purpose", "Basis"], [50.0, 50.0])]
    (table,) = tables(section)
    assert table.table.widths == [70.0, 30.0]
    assert [round(w) for w in shown_widths(editor)] == [70, 30]
    assert window.undo_action.text().endswith("Change column widths")
    window.undo_action.trigger()
    assert tables(section)[0].table.widths == []
    window.redo_action.trigger()
    assert tables(section)[0].table.widths == [70.0, 30.0]

    # Saved with the policy, by the window's own save (a save beside it, on the same
    # connection, made the window's next save a conflict with itself at close).
    assert window.session.flush()
    again = window.session.workspace.policy(policy.id)
    assert tables(again.sections[-1])[0].table.widths == [70.0, 30.0]

    # DOCX: the grid and the cells in 70:30, in Arabic the first column on the right.
    out = tmp_path / "t.docx"
    write_docx(policy, out, ExportOptions(["ar"]))
    body = docx.Document(str(out)).element.body
    tbl = body.xpath("//w:tbl[w:tblPr/w:bidiVisual]")[-1]
    grid = [int(x) for x in tbl.xpath("w:tblGrid/w:gridCol/@w:w")]
    assert round(grid[0] / sum(grid), 2) == 0.7
    # HTML (and the PDF printed from it).
    html, _ = render_html(policy, ExportOptions(["en"]))
    assert '<col style="width:70.00%"><col style="width:30.00%">' in html

    # The Arabic editor and the preview mirror the widths: the wide first column on the right.
    editor.set_section(policy, section.id, "ar")
    block = editor.text.document().begin()
    while block.isValid() and block.text() != "العقد":
        block = block.next()
    editor.text.setTextCursor(QTextCursor(block))
    assert [round(w) for w in shown_widths(editor)] == [30, 70]
    # The table fills the width without spilling over: no sideways scrolling.
    assert editor.text.horizontalScrollBar().maximum() == 0
