"""The one-string table builder (BodyBuilder.table_xml) writes exactly what the element builder
(BodyBuilder.table of BodyBuilder.paragraph cells) writes: the DOCX export of a table uses it
for speed (issue 13), so any difference would be a change in every exported table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from policy_studio.oxml.body import BodyBuilder, TableXmlError
from policy_studio.oxml.schema import R_NS, W_NS
from policy_studio.text.markup import Run


def _builder() -> tuple[BodyBuilder, list[str]]:
    related: list[str] = []

    def relate(url: str) -> str:
        related.append(url)
        return f"rId{len(related)}"

    return BodyBuilder(relate, "Hyperlink"), related


ROWS: list[list[list[Run]]] = [
    [[Run("Purpose")], [Run("Lawful "), Run("basis", italic=True)], []],
    [
        [Run("Bills & receipts <sent> by mail\r")],
        [
            Run("line one\nline two\n\nfour"),
            Run(" see "),
            Run("our site", link="https://ex.org/?a=1&b=2"),
        ],
        [Run("\u200e+44 20 7946 0000", ltr=True), Run(" رقم الهاتف")],
    ],
    [
        [Run("bold", bold=True), Run(" both", bold=True, italic=True)],
        [Run("mail us", link="mailto:a@b.org", bold=True, ltr=True)],
        [Run("tab\there \"quoted\" 'single' > end")],
    ],
    [[Run("again", link="https://ex.org/?a=1&b=2")], [Run("😀 ‏ mark")], [Run("x")]],
]


def _element_table(body: BodyBuilder, rows: list[list[list[Run]]], **shape: object) -> bytes:
    header_rows = int(shape.get("header_rows", 0))  # type: ignore[call-overload]
    style = str(shape.pop("paragraph_style"))
    cells = [
        [
            [
                body.paragraph(
                    style, [replace(r, bold=True) for r in runs] if i < header_rows else runs
                )
            ]
            for runs in row
        ]
        for i, row in enumerate(rows)
    ]
    return _serialized(body.table([3000, 2000, 1000], cells, **shape))  # type: ignore[arg-type]


def _serialized(table: etree._Element) -> bytes:
    """The table as it ends up in word/document.xml: inside a body that declares w and r."""
    document = etree.fromstring(
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body/></w:document>'
    )
    document[0].append(table)
    return etree.tostring(document)


@pytest.mark.parametrize(
    "shape",
    [
        {"style_id": "TableGrid", "header_rows": 1, "cant_split": False},
        {"style_id": "TableGrid", "bidi_visual": True, "header_rows": 2, "cant_split": False},
        {"header_rows": 0, "cant_split": True},
    ],
)
def test_the_string_table_is_the_element_table_byte_for_byte(shape: dict[str, object]) -> None:
    fast, fast_links = _builder()
    slow, slow_links = _builder()
    built = fast.table_xml([3000, 2000, 1000], ROWS, paragraph_style="TableTextAR", **shape)  # type: ignore[arg-type]
    expected = _element_table(slow, ROWS, paragraph_style="TableTextAR", **dict(shape))
    assert _serialized(built) == expected
    assert fast_links == slow_links == ["https://ex.org/?a=1&b=2", "mailto:a@b.org"]
    assert expected.count(b"<w:tblHeader/>") == shape["header_rows"]
    assert b"&amp;b=2" not in expected  # links by relationship id only
    assert "Bills & receipts <sent> by mail\r" in built.xpath("string(.)")


@pytest.mark.parametrize(
    "runs",
    [
        [Run("")],  # lxml writes <w:t></w:t> for an element given "" and <w:t/> once parsed
        [Run("bell \x07 in text")],  # no XML may hold it: the element builder's own error
        [Run("lone \ud800 surrogate")],
    ],
)
def test_what_a_string_cannot_hold_is_refused_for_the_element_builder(runs: list[Run]) -> None:
    body, _ = _builder()
    with pytest.raises(TableXmlError):
        body.table_xml([1000], [[runs]], paragraph_style="TableText")


@pytest.mark.parametrize("text", ["plain text", 'a & b < c > d "e"', "", "two\nlines"])
def test_a_cell_given_as_text_is_one_plain_run_of_it(text: str) -> None:
    body, _ = _builder()
    runs = [Run(text)] if text else []
    for header_rows in (0, 1):
        as_text = body.table_xml(
            [1000], [[text]], paragraph_style="TableText", header_rows=header_rows
        )
        as_runs = body.table_xml(
            [1000], [[runs]], paragraph_style="TableText", header_rows=header_rows
        )
        assert _serialized(as_text) == _serialized(as_runs)
