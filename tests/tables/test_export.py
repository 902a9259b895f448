"""Tables in DOCX, HTML, PDF and plain text, English and Arabic, single and two-column."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from policy_studio.io.writers.docx import write_docx
from policy_studio.io.writers.html import render_html
from policy_studio.io.writers.pdf import render_pdf
from policy_studio.io.writers.txt import policy_to_text
from policy_studio.layout import ExportOptions, Layout, Table, build
from policy_studio.oxml.body import BodyBuilder, TableXmlError
from policy_studio.oxml.schema import w

from .fixtures import table_policy

GOLDEN = Path(__file__).parent / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_body(
    tmp_path: Path, languages: list[str], layout: Layout = Layout.SINGLE
) -> etree._Element:
    out = tmp_path / "out.docx"
    write_docx(table_policy(), out, ExportOptions(languages, layout=layout, toc=False))
    with zipfile.ZipFile(out) as package:
        return etree.fromstring(package.read("word/document.xml")).find(w("body"))


def content_tables(body: etree._Element) -> list[etree._Element]:
    """Tables whose first cell is a "Purpose" header (not the columns layout's own table)."""
    return [
        t
        for t in body.iter(w("tbl"))
        if "".join(t.find(w("tr")).find(w("tc")).itertext()) in ("Purpose", "الغرض")
    ]


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if not path.exists() and os.environ.get("POLICY_STUDIO_WRITE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_layout_gives_each_language_its_table_with_cells_in_reading_order() -> None:
    doc = build(table_policy(), ExportOptions(["en", "ar"], layout=Layout.COLUMNS))
    en, ar = (part.sections[0].items[1] for part in doc.parts)
    assert isinstance(en, Table) and isinstance(ar, Table)
    assert (en.rtl, ar.rtl) == (False, True)
    assert en.rows[2][0].text == "Answering you at help@example.org"
    assert [c.text for c in ar.rows[1]] == ["إرسال الفواتير", "العقد"]
    assert en.widths == ar.widths == [2 / 3, 1 / 3]


def test_arabic_docx_table_is_mirrored_rtl_with_a_repeated_header(tmp_path: Path) -> None:
    body = docx_body(tmp_path, ["ar"])
    (table,) = content_tables(body)
    assert table.find(f"{W}tblPr/{W}bidiVisual") is not None
    rows = table.findall(w("tr"))
    assert len(rows) == 3
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    # Body rows may break across pages.
    assert all(r.find(f"{W}trPr/{W}cantSplit") is None for r in rows[1:])
    for p in table.iter(w("p")):
        assert p.find(f"{W}pPr/{W}pStyle").get(w("val")).endswith("AR")
    cells = ["".join(tc.itertext()) for tc in rows[1].findall(w("tc"))]
    assert cells == ["إرسال الفواتير", "العقد"]
    widths = [int(c.get(w("w"))) for c in table.find(w("tblGrid"))]
    assert abs(widths[0] - 2 * widths[1]) <= 2
    golden("table_ar.docx.xml", etree.tostring(table, encoding="unicode", pretty_print=True))


def test_english_docx_table_runs_left_to_right(tmp_path: Path) -> None:
    (table,) = content_tables(docx_body(tmp_path, ["en"]))
    assert table.find(f"{W}tblPr/{W}bidiVisual") is None
    texts = ["".join(tc.itertext()) for tc in table.iter(w("tc"))]
    assert texts == [
        "Purpose",
        "Basis",
        "Sending bills",
        "contract",
        "Answering you at help@example.org",
        "legitimate interest",
    ]


def test_two_column_docx_has_a_table_in_each_language_column(tmp_path: Path) -> None:
    body = docx_body(tmp_path, ["en", "ar"], Layout.COLUMNS)
    en, ar = content_tables(body)
    assert en.find(f"{W}tblPr/{W}bidiVisual") is None
    assert ar.find(f"{W}tblPr/{W}bidiVisual") is not None
    # Each nested table sits in a cell of the columns table, followed by the paragraph a cell
    # must end with.
    for nested in (en, ar):
        assert nested.getparent().tag == w("tc")
        assert nested.getnext() is not None and nested.getnext().tag == w("p")


def test_html_table_has_dir_header_cells_and_widths() -> None:
    html, _ = render_html(table_policy(), ExportOptions(["ar"]))
    match = re.search(r'<table class="content".*?</table>', html, re.S)
    assert match is not None
    table = match.group()
    assert 'dir="rtl"' in table
    assert table.count('<th scope="col">') == 2 and "<thead>" in table
    assert '<col style="width:66.67%">' in table
    golden("table_ar.html", table + "\n")
    html_en, _ = render_html(table_policy(), ExportOptions(["en"]))
    en = re.search(r'<table class="content".*?</table>', html_en, re.S)
    assert en is not None and 'dir="ltr"' in en.group()
    golden("table_en.html", en.group() + "\n")


def test_two_column_html_has_a_table_in_each_column() -> None:
    html, _ = render_html(table_policy(), ExportOptions(["en", "ar"], layout=Layout.COLUMNS))
    tables = re.findall(r'<td lang="(\w+)" dir="(\w+)"><table class="content" dir="(\w+)"', html)
    assert tables == [("en", "ltr", "ltr"), ("ar", "rtl", "rtl")]


def test_pdf_prints_every_cell() -> None:
    data, _ = render_pdf(table_policy(), ExportOptions(["en"]))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    for word in ("Purpose", "Sending bills", "legitimate interest", "help@example.org"):
        assert word in text


def test_untranslated_cell_is_marked_not_dropped() -> None:
    policy = table_policy()
    policy.sections[0].blocks[1].segments[3].text.pop("ar")
    doc = build(policy, ExportOptions(["ar"]))
    table = doc.parts[0].sections[0].items[1]
    assert isinstance(table, Table)
    assert table.rows[1][1].untranslated
    assert any("no Arabic text" in warning for warning in doc.warnings)


def test_plain_text_writes_one_line_per_row() -> None:
    text = policy_to_text(table_policy(), "en").text
    assert "Purpose | Basis" in text
    assert "Answering you at help@example.org | legitimate interest" in text


def test_a_table_the_string_builder_refuses_is_written_the_same_element_by_element(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The DOCX writer builds a table as one parsed string (issue 13's speed) and falls back
    to building it element by element for what a string cannot hold: same document."""
    expected = {}
    for languages, layout in ((["en"], Layout.SINGLE), (["ar", "en"], Layout.COLUMNS)):
        key = (tuple(languages), layout)
        expected[key] = etree.tostring(docx_body(tmp_path, languages, layout))

    refused: list[object] = []

    def refuse(*args: object, **kwargs: object) -> etree._Element:
        refused.append(args)
        raise TableXmlError("refused for the test")

    monkeypatch.setattr(BodyBuilder, "table_xml", refuse)
    for (languages, layout), body in expected.items():
        assert etree.tostring(docx_body(tmp_path, list(languages), layout)) == body
    assert len(refused) == 3  # the English table, then the Arabic and English ones
    assert len(content_tables(docx_body(tmp_path, ["ar"]))) == 1
