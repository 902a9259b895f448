"""Read-only rendering of the laid-out document (policy_studio.layout) into a QTextDocument.

The preview draws what the export will contain and decides nothing itself: section numbers,
list markers in the policy's digit setting, the untranslated marker, filled variables and the
Latin items isolated inside right-to-left text all come from ``layout.build``, as they do for
the DOCX, HTML and PDF writers (tests/ui/test_preview.py compares the texts).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit

from ..layout import (
    Block,
    ExportDocument,
    FlowSection,
    Layout,
    Part,
    Table,
    build,
    directed,
    lay_out_language,
)
from ..layout.options import ExportOptions
from ..model import BlockKind, Policy
from ..text.markup import Run, Styled
from .direction import LRI, PDI, qt_direction
from .table_look import shade_header, table_format

PAPER = QColor("#ffffff")
INK = QColor("#1a1a1a")
UNFILLED_COLOR = QColor("#b3261e")
MISSING_COLOR = QColor("#8a6d00")
ACCENT = QColor("#1f3864")
INDENT = 18.0
"""Pixels per list level."""


def char_format(run: Styled, base: QTextCharFormat) -> QTextCharFormat:
    """The Qt character format for a run's bold, italic and link (shared with the editor)."""
    fmt = QTextCharFormat(base)
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic:
        fmt.setFontItalic(True)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setForeground(QColor("#1a5fb4"))
        fmt.setFontUnderline(True)
    return fmt


def column_widths(fractions: Sequence[float]) -> list[QTextLength]:
    """Qt column constraints for widths in visual order: a percentage for every column but the
    last, which takes what is left. All in percentages, Qt's rounding (with the borders) made
    a table one pixel wider than the page, and a right-to-left document then scrolled
    sideways and drew every line cut off on the left."""
    if not fractions:
        return []
    lengths = [QTextLength(QTextLength.Type.PercentageLength, 100 * f) for f in fractions[:-1]]
    return [*lengths, QTextLength(QTextLength.Type.VariableLength, 0)]


def run_text(run: Run) -> str:
    """The characters the preview inserts for ``run``: a Latin item inside right-to-left text
    in a left-to-right isolate (display only, as HTML's <bdi dir=ltr>)."""
    return f"{LRI}{run.text}{PDI}" if run.ltr else run.text


def paper_palette(theme: QPalette | None = None) -> QPalette:
    """``theme`` with dark ink on a white page: how the exports print, whatever the desktop's
    colours. The preview shows what the export will contain, and its colours (the titles'
    accent, an unfilled variable's red, a table's shaded header) are chosen for white paper; on
    a dark theme the titles were navy on black and a table's header rows black on dark grey.
    Selection colours stay the theme's."""
    palette = QPalette(theme if theme is not None else QGuiApplication.palette())
    palette.setColor(QPalette.ColorRole.Base, PAPER)
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    return palette


def on_paper(browser: QTextEdit) -> QTextEdit:
    """Give a preview's text browser the page the exports print on (``paper_palette``)."""
    browser.setPalette(paper_palette(browser.palette()))
    return browser


class PreviewRenderer:
    """Writes laid-out parts into a QTextDocument."""

    def __init__(self, document: QTextDocument, palette: QPalette | None = None) -> None:
        self.document = document
        self.palette = palette if palette is not None else paper_palette()
        """Colours of table borders and header rows (ui.table_look): the page's, on which
        the preview's text browser draws (``on_paper``)."""
        self.warnings: list[str] = []
        self.unfilled: set[str] = set()
        self.first = True

    # -- formats --------------------------------------------------------------------------

    @staticmethod
    def block_format(part: Part, top: float = 0, bottom: float = 6) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(qt_direction(part.rtl))
        # AlignLeading follows the block's direction: right edge for Arabic, left for English.
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeading)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        return fmt

    def write_runs(self, cursor: QTextCursor, runs: Iterable[Run], base: QTextCharFormat) -> None:
        for run in runs:
            fmt = char_format(run, base)
            if run.missing:
                fmt.setForeground(UNFILLED_COLOR if run.variable else MISSING_COLOR)
                if run.variable:
                    fmt.setBackground(QColor("#fde7e5"))
                    self.unfilled.add(run.variable)
            cursor.insertText(run_text(run), fmt)

    # -- pieces ---------------------------------------------------------------------------

    def heading(self, cursor: QTextCursor, section: FlowSection, part: Part, first: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(13)
        fmt.setForeground(ACCENT)
        block = self.block_format(part, top=0 if first else 14)
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        cursor.insertText(f"{section.label} ", fmt)
        self.write_runs(cursor, section.title, fmt)

    def table(self, cursor: QTextCursor, table: Table, part: Part, new_block: bool) -> None:
        """A content table as the exports draw it: header rows bold and repeated, columns in
        the model's proportions, the first column on the right in a right-to-left part."""
        if new_block:
            cursor.insertBlock(self.block_format(part))
        else:
            cursor.setBlockFormat(self.block_format(part))
        columns = max((len(row) for row in table.rows), default=0)
        if not table.rows or not columns:
            return
        fmt = table_format(self.palette, table.header_rows)
        # Qt lays table columns out left to right whatever the direction: a right-to-left
        # table is mirrored here (first column on the right), as w:bidiVisual and dir="rtl" do.
        widths = list(reversed(table.widths)) if part.rtl else table.widths
        fmt.setColumnWidthConstraints(column_widths(widths))
        qt_table = cursor.insertTable(len(table.rows), columns, fmt)
        shade_header(qt_table, table.header_rows, self.palette)
        for r, row in enumerate(table.rows):
            base = QTextCharFormat()
            if r < table.header_rows:
                base.setFontWeight(QFont.Weight.Bold)
            for c, cell in enumerate(row):
                shown = columns - 1 - c if part.rtl else c
                at = qt_table.cellAt(r, shown).firstCursorPosition()
                at.setBlockFormat(self.block_format(part))
                self.write_runs(at, cell.runs, base)
        cursor.setPosition(qt_table.lastPosition() + 1)

    def item(self, cursor: QTextCursor, item: Block, part: Part, new_block: bool = True) -> None:
        if isinstance(item, Table):
            self.table(cursor, item, part, new_block)
            return
        block = self.block_format(part)
        if item.rtl is not None:  # the block's own direction (Block.direction)
            block.setLayoutDirection(qt_direction(item.rtl))
        base = QTextCharFormat()
        if item.list_id is not None:
            # The marker is the layout's ("3." / "٣." / "•"), written as text so the preview
            # shows the same digits as the export (Qt's own list styles have no Arabic-Indic).
            if part.rtl:
                # No hanging marker in a right-to-left part: Qt sizes the document as if a
                # right-margin line started at the left, so a first line pulled into its right
                # margin by a negative indent counted the margin twice and gave the preview a
                # horizontal scrollbar that cut every line on the left (issue 15).
                block.setRightMargin(INDENT * item.level)
            else:
                block.setLeftMargin(INDENT * (item.level + 1))
                block.setTextIndent(-INDENT)
        if new_block:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        if item.kind in (BlockKind.HEADING, BlockKind.TITLE):
            base.setFontWeight(QFont.Weight.Bold)
        if item.marker:
            cursor.insertText(f"{item.marker} ", base)
        self.write_runs(cursor, item.runs, base)

    # -- whole documents -------------------------------------------------------------------

    def start(self, rtl: bool) -> QTextCursor:
        self.document.clear()
        option = self.document.defaultTextOption()
        option.setTextDirection(qt_direction(rtl))
        self.document.setDefaultTextOption(option)
        self.first = True
        return QTextCursor(self.document)

    def new_block(self, cursor: QTextCursor, fmt: QTextBlockFormat) -> None:
        if self.first:
            cursor.setBlockFormat(fmt)
            self.first = False
        else:
            cursor.insertBlock(fmt)

    def cover(self, cursor: QTextCursor, part: Part) -> None:
        """The title block of ``part``, as the exports print it."""
        title = QTextCharFormat()
        title.setFontWeight(QFont.Weight.Bold)
        title.setFontPointSize(18)
        title.setForeground(ACCENT)
        self.new_block(cursor, self.block_format(part, bottom=4))
        self.write_runs(cursor, part.cover.title, title)
        cover = part.cover
        lines = [cover.subtitle, cover.organization, cover.address, " · ".join(cover.facts)]
        for line in filter(None, lines):
            self.new_block(cursor, self.block_format(part, bottom=2))
            self.write_runs(cursor, directed([Run(line)], part.rtl), QTextCharFormat())

    def body(self, cursor: QTextCursor, part: Part) -> None:
        for section in part.sections:
            if section.has_heading:
                self.heading(cursor, section, part, self.first)
                self.first = False
            for item in section.items:
                self.item(cursor, item, part, new_block=not self.first)
                self.first = False

    def part(self, part: Part) -> None:
        """One language's sections (the app's preview)."""
        cursor = self.start(part.rtl)
        self.body(cursor, part)

    def columns(self, cursor: QTextCursor, left: Part, right: Part) -> None:
        rows: list[tuple[object, object]] = [(None, None)]
        for a, b in zip(left.sections, right.sections, strict=True):
            if a.has_heading:
                rows.append((a, b))
            rows.extend(zip(a.items, b.items, strict=True))
        fmt = QTextTableFormat()
        fmt.setCellPadding(4)
        fmt.setBorder(0.5)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
        if not self.first:
            cursor.insertBlock()
        table = cursor.insertTable(len(rows), 2, fmt)
        for index, (x, y) in enumerate(rows):
            for column, (value, part) in enumerate(((x, left), (y, right))):
                cell = table.cellAt(index, column).firstCursorPosition()
                if value is None:
                    bold = QTextCharFormat()
                    bold.setFontWeight(QFont.Weight.Bold)
                    cell.setBlockFormat(self.block_format(part))
                    cell.insertText(part.lang.native_name, bold)
                elif isinstance(value, FlowSection):
                    self.heading(cell, value, part, True)
                else:
                    self.item(cell, value, part, new_block=False)  # type: ignore[arg-type]
        cursor.movePosition(QTextCursor.MoveOperation.End)

    def export_document(self, doc: ExportDocument) -> None:
        """The whole export as the export dialog previews it: title blocks, then the body."""
        self.warnings = list(doc.warnings)
        cursor = self.start(doc.parts[0].rtl)
        if doc.layout is Layout.COLUMNS:
            left, right = doc.parts
            self.cover(cursor, left)
            self.cover(cursor, right)
            self.draft_notice(cursor, doc, left)
            self.columns(cursor, left, right)
            return
        for index, part in enumerate(doc.parts):
            self.cover(cursor, part)
            if index == 0:
                self.draft_notice(cursor, doc, part)
            self.body(cursor, part)

    def draft_notice(self, cursor: QTextCursor, doc: ExportDocument, part: Part) -> None:
        """ "Draft — not approved" under the title, where the DOCX and HTML exports print it
        (the preview must not look approved when the file will not be)."""
        if not doc.draft_line:
            return
        notice = QTextCharFormat()
        notice.setFontWeight(QFont.Weight.Bold)
        notice.setForeground(QColor("#b00020"))
        self.new_block(cursor, self.block_format(part, bottom=4))
        self.write_runs(cursor, directed([Run(doc.draft_line)], part.rtl), notice)


def render_policy(
    document: QTextDocument,
    policy: Policy,
    lang: str,
    section_id: str | None = None,
    known_variables: Iterable[str] = (),
) -> PreviewRenderer:
    """Fill ``document`` with the whole policy, or one section of it, in ``lang``: laid out
    exactly as a single-language export of ``lang`` is."""
    part, warnings = lay_out_language(policy, lang, known_variables, section_id)
    renderer = PreviewRenderer(document)
    renderer.warnings = warnings
    renderer.part(part)
    return renderer


def render_export(
    document: QTextDocument,
    policy: Policy,
    options: ExportOptions,
    known_variables: Iterable[str] = (),
) -> list[str]:
    """Fill ``document`` with the export ``options`` describe; returns its warnings."""
    doc = build(policy, options, known_variables)
    renderer = PreviewRenderer(document)
    renderer.export_document(doc)
    return renderer.warnings
