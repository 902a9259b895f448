"""How the section editor and the preview draw a content table: every cell's border a visible
line and the header rows shaded, in colours taken from the widget's palette (light or dark).

Qt's default, a 0.5 px border drawn in an outset style, left a table almost without lines: the
cells of a row ran into each other and nothing told the header row from the rest but its bold
type (issue 13). The exports draw a grid (DOCX "Table Grid", HTML 1 px borders and a shaded
``th``), so the editor and the preview draw one too.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QPalette,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

BORDER_WIDTH = 1.0
"""In pixels: thin but never rounded away, as 0.5 was."""
BORDER_MIX = 0.45
"""How much of the text colour the border takes (the rest is the background): a grey that is
visible on white and on a dark background alike."""
WIDTH_PERCENT = 99.5
"""The table's width in % of the page: at 100 %, Qt rounds the columns up to one pixel past
the page at one width in ten, and a horizontal scrollbar came and went as the window was
resized (seen in the preview; at 99.5 % never, from 220 to 420 pixels)."""
HEADER_MIX = 0.1
"""How much of the text colour the header rows' background takes: a light shade, under which
the text keeps its contrast."""


def _mix(palette: QPalette, amount: float) -> QColor:
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * amount,
        base.greenF() + (text.greenF() - base.greenF()) * amount,
        base.blueF() + (text.blueF() - base.blueF()) * amount,
    )


def border_color(palette: QPalette) -> QColor:
    return _mix(palette, BORDER_MIX)


def header_color(palette: QPalette) -> QColor:
    return _mix(palette, HEADER_MIX)


def table_format(palette: QPalette, header_rows: int, padding: float = 3) -> QTextTableFormat:
    """A table format as wide as the page, with single-line borders around every cell
    (collapsed, as in the exports) in the palette's border colour."""
    fmt = QTextTableFormat()
    fmt.setCellPadding(padding)
    fmt.setCellSpacing(0)
    fmt.setBorder(BORDER_WIDTH)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setBorderBrush(QBrush(border_color(palette)))
    fmt.setHeaderRowCount(header_rows)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, WIDTH_PERCENT))
    return fmt


def shade_header(table: QTextTable, header_rows: int, palette: QPalette) -> None:
    """The first ``header_rows`` rows shaded, the others not (a row inserted under the header
    copies its format; a header row removed leaves the next one the header)."""
    shade = QBrush(header_color(palette))
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            fmt = cell.format().toTableCellFormat()
            if row < header_rows:
                fmt.setBackground(shade)
            else:
                fmt.clearBackground()
            cell.setFormat(fmt)
