"""PDF export through Qt's own text layout, which shapes Arabic and applies the bidi algorithm.

Lives under ui/ because it needs QtGui; the export command imports it only when a PDF is asked
for (docs/architecture.md). The document is built with QTextCursor from the same export flow as
the DOCX and HTML writers: right-to-left blocks get ``Qt.RightToLeft`` (their list numbers then
sit on the right), the columns layout is a two-column QTextTable.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from ..io.export_flow import (
    ExportDocument,
    ExportReport,
    Item,
    Part,
    Span,
    anchor_numbers,
    build,
)
from ..io.options import ExportOptions, Layout
from ..io.output import atomic_output
from ..model import BlockKind, Policy, PolicyStudioError, language
from .preview import char_format

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Noto Naskh Arabic", "Amiri"]
"""Latin font first, then Arabic, as in the HTML export."""
ACCENT = QColor("#1f3864")


def _ensure_gui_application() -> None:
    # QTextDocument needs fonts, hence a QGuiApplication; headless, the offscreen platform
    # suffices (nothing is shown).
    if QCoreApplication.instance() is None:
        QGuiApplication(["policy-studio", "-platform", "offscreen"])


class _PdfBuilder:
    def __init__(self, doc: ExportDocument) -> None:
        self.doc = doc
        self.document = QTextDocument()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(10.5)
        self.document.setDefaultFont(font)
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
        self.cursor = QTextCursor(self.document)
        self._first = True

    def block_format(self, part: Part, *, top: float = 0, bottom: float = 6) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if part.rtl else Qt.LayoutDirection.LeftToRight
        )
        # AlignLeft without AlignAbsolute means "start": the right edge in an RTL block.
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        return fmt

    def new_block(self, cursor: QTextCursor, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self._first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(char)
            self._first = False
        else:
            cursor.insertBlock(fmt, char)

    def spans(
        self, cursor: QTextCursor, spans: Iterable[Span], base: QTextCharFormat, rtl: bool = False
    ) -> None:
        for span in spans:
            fmt = char_format(span, base)
            cursor.insertText(anchor_numbers(span.text) if rtl else span.text, fmt)

    def heading_format(self, size: float) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(ACCENT)
        return fmt

    def paragraph(
        self,
        cursor: QTextCursor,
        part: Part,
        spans: Iterable[Span],
        char: QTextCharFormat,
        **kw: float,
    ) -> None:
        self.new_block(cursor, self.block_format(part, **kw), char)
        self.spans(cursor, spans, char, part.rtl)

    def title_block(self, cursor: QTextCursor, part: Part) -> None:
        self.paragraph(cursor, part, [Span(part.title)], self.heading_format(20), bottom=4)
        facts = [self.doc.organization]
        if self.doc.version_label:
            facts.append(f"{part.labels['version']}: {self.doc.version_label}")
        if self.doc.effective_date:
            facts.append(f"{part.labels['effective']}: {self.doc.effective_date}")
        grey = QTextCharFormat()
        grey.setForeground(QColor("#44546a"))
        for fact in filter(None, facts):
            self.paragraph(cursor, part, [Span(fact)], grey, bottom=2)
        if self.doc.draft_line and part is self.doc.parts[0]:
            red = QTextCharFormat()
            red.setForeground(QColor("#b00020"))
            red.setFontWeight(QFont.Weight.Bold)
            self.paragraph(cursor, part, [Span(self.doc.draft_line)], red, bottom=4)

    def item(self, cursor: QTextCursor, part: Part, item: Item, lists: dict[int, object]) -> None:
        plain = QTextCharFormat()
        if item.kind in (BlockKind.HEADING, BlockKind.TITLE):
            self.paragraph(cursor, part, item.spans, self.heading_format(11.5), top=6)
            return
        self.paragraph(cursor, part, item.spans, plain)
        if item.list_id is None:
            return
        key = item.list_id * 16 + item.level
        existing = lists.get(key)
        if existing is not None:
            existing.add(cursor.block())  # type: ignore[attr-defined]
            return
        fmt = QTextListFormat()
        if item.kind is BlockKind.BULLET:
            fmt.setStyle(QTextListFormat.Style.ListDisc)
        else:
            fmt.setStyle(QTextListFormat.Style.ListDecimal)
            fmt.setStart(item.ordinal)
        fmt.setIndent(item.level + 1)
        lists[key] = cursor.createList(fmt)

    def section_heading(
        self, cursor: QTextCursor, part: Part, label: str, title: list[Span]
    ) -> None:
        self.paragraph(cursor, part, [Span(label + " "), *title], self.heading_format(13), top=12)

    def flow(self, part: Part) -> None:
        cursor = self.cursor
        self.title_block(cursor, part)
        lists: dict[int, object] = {}
        for section in part.sections:
            self.section_heading(cursor, part, section.label, section.title)
            for item in section.items:
                self.item(cursor, part, item, lists)

    def columns(self, left: Part, right: Part) -> None:
        for part in (left, right):
            self.title_block(self.cursor, part)
        rows = 1 + sum(1 + len(s.items) for s in left.sections)
        fmt = QTextTableFormat()
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setHeaderRowCount(1)
        self.cursor.insertBlock()
        table = self.cursor.insertTable(rows, 2, fmt)
        row = 0
        for column, part in enumerate((left, right)):
            cursor = table.cellAt(0, column).firstCursorPosition()
            cursor.setBlockFormat(self.block_format(part))
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            self.spans(cursor, [Span(part.lang.native_name)], bold)
        for a, b in zip(left.sections, right.sections, strict=True):
            row += 1
            for column, (part, section) in enumerate(((left, a), (right, b))):
                cursor = table.cellAt(row, column).firstCursorPosition()
                cursor.setBlockFormat(self.block_format(part, top=6))
                self.spans(
                    cursor,
                    [Span(section.label + " "), *section.title],
                    self.heading_format(12),
                    part.rtl,
                )
            for x, y in zip(a.items, b.items, strict=True):
                row += 1
                for column, (part, item) in enumerate(((left, x), (right, y))):
                    cursor = table.cellAt(row, column).firstCursorPosition()
                    cursor.setBlockFormat(self.block_format(part, bottom=0))
                    self.spans(cursor, item.spans, QTextCharFormat(), part.rtl)
                    if item.list_id is not None:
                        fmt_list = QTextListFormat()
                        fmt_list.setStyle(
                            QTextListFormat.Style.ListDisc
                            if item.kind is BlockKind.BULLET
                            else QTextListFormat.Style.ListDecimal
                        )
                        fmt_list.setStart(max(item.ordinal, 1))
                        fmt_list.setIndent(item.level + 1)
                        cursor.createList(fmt_list)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def signoff(self, parts: list[Part]) -> None:
        record = self.doc.approval_lines
        if not self.doc.signers and not record:
            return
        first = parts[0]

        def label(key: str) -> str:
            return " / ".join(dict.fromkeys(p.labels[key] for p in parts))

        self.paragraph(
            self.cursor, first, [Span(label("signoff"))], self.heading_format(13), top=12
        )
        ltr = replace(first, lang=language("en"))
        for line in record:
            self.paragraph(self.cursor, ltr, [Span(line)], QTextCharFormat(), bottom=2)
        if not self.doc.signers:
            return
        fmt = QTextTableFormat()
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setCellPadding(6)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        # QTextTable ignores the format's layout direction: mirror an all-RTL table by hand.
        order = [3, 2, 1, 0] if all(p.rtl for p in parts) else [0, 1, 2, 3]
        table = self.cursor.insertTable(1 + len(self.doc.signers), 4, fmt)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        rows = [[label(k) for k in ("name", "role", "signature", "date")]]
        rows += [[s.name, s.role, "\u2028", ""] for s in self.doc.signers]
        for row, texts in enumerate(rows):
            for column, text in zip(order, texts):
                cursor = table.cellAt(row, column).firstCursorPosition()
                cursor.setBlockFormat(self.block_format(first))
                cursor.insertText(text, bold if row == 0 else QTextCharFormat())
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def build(self) -> QTextDocument:
        parts = self.doc.parts
        if self.doc.layout is Layout.COLUMNS:
            self.columns(*parts)
        else:
            for index, part in enumerate(parts):
                if index:
                    fmt = self.block_format(part)
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    self.cursor.insertBlock(fmt)
                    self._first = True
                self.flow(part)
        self.signoff(parts)
        return self.document


def build_document(
    policy: Policy, options: ExportOptions, known_variables: Iterable[str] = ()
) -> tuple[QTextDocument, list[str]]:
    """The QTextDocument a PDF is printed from (also used by the export dialog's preview)."""
    doc = build(policy, options, known_variables)
    return _PdfBuilder(doc).build(), doc.warnings


def _print(document: QTextDocument, writer: QPdfWriter, doc: ExportDocument) -> None:
    """Paginate ``document`` onto ``writer`` with a header (title, version) and "page X of Y".

    QTextDocument.print_ adds only a bare page number; painting each page ourselves gives the
    same header and footer as the DOCX export.
    """
    first = doc.parts[0]
    rtl = first.rtl
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    band = writer.resolution() * 0.4  # 0.4 inch above and below the body for header and footer
    body = QRectF(0, band, page.width(), page.height() - 2 * band)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(body.size())
    pages = document.pageCount()
    header = " / ".join(dict.fromkeys(p.title for p in doc.parts))
    if doc.version_label:
        header += f" · {first.labels['version']} {doc.version_label}"
    painter = QPainter()
    if not painter.begin(writer):
        raise PolicyStudioError(f"{writer.title() or 'PDF'}: cannot start writing the PDF")
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    small = QFont(document.defaultFont())
    small.setPointSizeF(8)
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # "start": right in RTL
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            document.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#595959"))
            painter.drawText(QRectF(0, 0, page.width(), band * 0.7), align, header)
            footer = first.labels["page"].format(page=index + 1, pages=pages)
            painter.drawText(
                QRectF(0, page.height() - band * 0.7, page.width(), band * 0.7), align, footer
            )
    finally:
        painter.end()


def write_pdf(
    policy: Policy, path: Path, options: ExportOptions, known_variables: Iterable[str] = ()
) -> ExportReport:
    """Write ``policy`` to ``path`` as an A4 PDF laid out by Qt."""
    _ensure_gui_application()
    doc = build(policy, options, known_variables)
    document = _PdfBuilder(doc).build()
    with atomic_output(path, "the PDF") as temporary:
        _write_pdf_file(document, temporary, doc)
    return ExportReport(str(path), doc.warnings)


def _write_pdf_file(document: QTextDocument, path: Path, doc: ExportDocument) -> None:
    """Print ``document`` to ``path``; refuse a file QPdfWriter left short (e.g. disk full).

    QPdfWriter reports no write error: a full disk gives a truncated file and exit 0. A
    complete PDF ends with its ``%%EOF`` marker, so the file is checked for it.
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(doc.title)
    writer.setCreator("Policy Studio")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 15, 20, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    _print(document, writer, doc)
    del writer  # flushes and closes the file
    if not _complete_pdf(path):
        raise OSError(errno.EIO, "the PDF was not written completely (is the disk full?)")


def _complete_pdf(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            size = stream.tell()
            stream.seek(max(0, size - 64))
            return size > 0 and b"%%EOF" in stream.read()
    except OSError:
        return False
