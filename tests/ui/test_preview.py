"""The app's preview shows exactly what the export contains: same numbers, markers and text."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html
import pytest
from PySide6.QtGui import QTextDocument, QTextTable

from policy_studio.io.writers.docx import write_docx
from policy_studio.io.writers.html import render_html
from policy_studio.layout import BULLETS, ExportOptions, Layout
from policy_studio.model import Policy, language
from policy_studio.ui.preview import render_export, render_policy

CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))


def clean(text: str) -> str:
    return " ".join(text.translate(CONTROLS).split())


def html_marker(li: lxml.html.HtmlElement) -> str:
    """The list marker a browser (and WeasyPrint) draws for ``li``, from the page's markup."""
    parent = li.getparent()
    classes = parent.get("class", "").split()
    if parent.tag == "ul":
        level = int(next(c for c in classes if c.startswith("level-"))[6:])
        return BULLETS[min(level, len(BULLETS) - 1)]
    number = int(parent.get("start", "1")) + parent.index(li)
    digits = "0123456789"
    if "digits-arabic-indic" in classes:
        digits = language("ar").digits
    return str(number).translate(str.maketrans("0123456789", digits)) + "."


def html_lines(root: lxml.html.HtmlElement) -> list[str]:
    lines = []
    for element in root.iter("h2", "h3", "p", "li"):
        text = clean(element.text_content())
        lines.append(f"{html_marker(element)} {text}" if element.tag == "li" else text)
    return lines


def preview_lines(document: QTextDocument) -> list[str]:
    return [clean(line) for line in document.toPlainText().split("\n") if line.strip()]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_preview_shows_the_same_numbers_markers_and_text_as_the_html_export(
    qtbot: object, layout_policy: Policy, lang: str
) -> None:
    document = QTextDocument()
    render_policy(document, layout_policy, lang)
    html, _ = render_html(layout_policy, ExportOptions([lang], toc=False))
    main = lxml.html.document_fromstring(html).find(".//main")
    shown = preview_lines(document)
    assert shown == html_lines(main)
    if lang == "ar":
        # The policy asks for Arabic digits: the preview and the export both show them, and
        # the block with no Arabic text carries the same marker in both.
        assert shown[0].startswith("١. ") and "٢. الخطوة الثانية." in shown
        assert "• [غير مترجم]" in shown
        assert "انظر الموقع acme.example." in shown  # the untitled section: no bare number
        assert shown[-2] == "٣. التغييرات"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_preview_paragraphs_are_the_docx_paragraphs(
    qtbot: object, layout_policy: Policy, lang: str, tmp_path: Path
) -> None:
    document = QTextDocument()
    render_policy(document, layout_policy, lang)
    path = tmp_path / "out.docx"
    write_docx(layout_policy, path, ExportOptions([lang], toc=False))
    paragraphs = [p for p in docx.Document(str(path)).paragraphs if p.text.strip()][3:]
    shown = preview_lines(document)  # after the cover: title, organisation, version and date
    assert len(paragraphs) == len(shown)
    for paragraph, line in zip(paragraphs, shown, strict=True):
        if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
            # Word draws list numbers from numbering.xml: compare the text after the marker.
            line = line.split(" ", 1)[1]
        assert clean(paragraph.text) == line


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return clean(cursor.selectedText().replace("\u2029", " "))


def test_two_column_preview_rows_are_the_export_rows(qtbot: object, layout_policy: Policy) -> None:
    options = ExportOptions(["en", "ar"], Layout.COLUMNS, toc=False)
    document = QTextDocument()
    render_export(document, layout_policy, options)
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    preview = [
        [_cell_text(table, row, 0), _cell_text(table, row, 1)] for row in range(table.rows())
    ]
    html, _ = render_html(layout_policy, options)
    root = lxml.html.document_fromstring(html)
    exported = [[clean(th.text_content()) for th in root.findall(".//thead/tr/th")]]
    for tr in root.findall(".//main//tbody/tr"):
        row = []
        for td in tr.findall("td"):
            lines = html_lines(td)
            row.append(" ".join(lines))
        exported.append(row)
    assert preview == exported
    assert ["3. Changes", "٣. التغييرات"] in preview


def test_a_block_with_its_own_direction_is_previewed_in_it(qtbot: object, export_policy: Policy):
    from PySide6.QtCore import Qt

    block = export_policy.sections[0].blocks[0]
    block.text["ar"] = "1 Main Street, Town"
    block.direction = "ltr"
    document = QTextDocument()
    render_policy(document, export_policy, "ar")
    text = document.toPlainText()
    found = document.findBlock(text.index("1 Main Street"))
    assert found.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    other = document.findBlock(text.index("اسمك"))
    assert other.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_list_items_never_make_the_preview_scroll_sideways(qtbot, lang: str) -> None:
    """Issue 15: in Arabic a bullet whose first line nearly filled the width gave the preview
    a horizontal scrollbar, and every line was drawn cut off on the left. Swept over widths so
    some width puts a first line within a list indent of the edge."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser

    from policy_studio.model import Block, BlockKind, Section

    words = {
        "ar": "العنوان: صندوق بريد 1234، شارع المثال رقم 1، مدينة المثال الكبرى",
        "en": "Address: P.O. Box 1234, 1 Example Road, Example Town, Example County",
    }
    policy = Policy(title={"en": "Lists", "ar": "قوائم"}, target_languages=["ar"])
    policy.sections = [
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Contact", "ar": "التواصل"}),
            blocks=[Block(BlockKind.BULLET, {lang: words[lang]}, level=level) for level in (0, 1)],
        )
    ]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    render_policy(browser.document(), policy, lang)
    browser.show()
    scrolling = []
    for width in range(220, 420, 3):
        browser.resize(width, 300)
        qtbot.wait(1)
        if browser.horizontalScrollBar().maximum() > 0:
            scrolling.append(width)
    assert scrolling == []
