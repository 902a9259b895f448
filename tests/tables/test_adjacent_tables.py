"""Two tables one after the other stay two tables in the DOCX export: with nothing between
them Word and LibreOffice show them as one table (the second one's rows under the first one's
columns; seen in LibreOffice before the fix)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.io.import_flow import read_any
from policy_studio.io.redline_format import RedlineOptions
from policy_studio.io.writers.docx import write_docx
from policy_studio.layout import ExportOptions, Layout
from policy_studio.model import Block, BlockKind, Policy, Section, make_table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _policy() -> Policy:
    purposes = make_table(
        [
            [{"en": "Purpose", "ar": "الغرض"}, {"en": "Basis", "ar": "الأساس"}],
            [{"en": "Billing", "ar": "الفواتير"}, {"en": "contract", "ar": "العقد"}],
        ]
    )
    recipients = make_table(
        [
            [{"en": "Recipient", "ar": "المستلم"}, {"en": "Country", "ar": "البلد"}],
            [{"en": "Payments firm", "ar": "شركة الدفع"}, {"en": "Kenya", "ar": "كينيا"}],
            [{"en": "Auditor", "ar": "المدقق"}, {"en": "France", "ar": "فرنسا"}],
        ]
    )
    section = Section(
        heading=Block(BlockKind.TITLE, {"en": "Data", "ar": "البيانات"}),
        blocks=[purposes, recipients],
    )
    return Policy(
        title={"en": "Two tables", "ar": "جدولان"}, target_languages=["ar"], sections=[section]
    )


def _body(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(f"{W}body")
    assert body is not None
    return list(body)


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(["en"]),
        ExportOptions(["ar"]),
        ExportOptions(["en", "ar"], layout=Layout.SEQUENTIAL),
    ],
    ids=["en", "ar", "sequential"],
)
def test_a_small_empty_paragraph_keeps_two_adjacent_tables_apart(
    tmp_path: Path, options: ExportOptions
) -> None:
    path = tmp_path / "two.docx"
    write_docx(_policy(), path, options)
    body = _body(path)
    tables = [i for i, element in enumerate(body) if element.tag == f"{W}tbl"]
    assert len(tables) == 2 * len(options.languages)
    for first, second in zip(tables[::2], tables[1::2], strict=True):
        assert second == first + 2, "one element between the two tables"
        gap = body[first + 1]
        assert gap.tag == f"{W}p"
        assert not gap.findall(f".//{W}r"), "no text: the gap is not a blank line of the policy"
        spacing = gap.find(f"{W}pPr/{W}spacing")
        assert spacing is not None
        assert (spacing.get(f"{W}line"), spacing.get(f"{W}lineRule")) == ("120", "exact")
        assert gap.find(f"{W}pPr/{W}rPr/{W}vanish") is None, "a hidden mark joins them in Word"
    # Each table keeps its own rows and columns.
    rows = [len(body[i].findall(f"{W}tr")) for i in tables[:2]]
    assert rows == [2, 3]


def test_tables_apart_in_the_export_import_back_as_two_tables(tmp_path: Path) -> None:
    path = tmp_path / "two.docx"
    write_docx(_policy(), path, ExportOptions(["en"]))
    blocks = [b for s in read_any(path).policy.sections for b in s.blocks]
    assert [b.kind for b in blocks] == [BlockKind.TABLE, BlockKind.TABLE]
    second = blocks[1].table
    assert second is not None and second.header_rows == 1
    # The export draws header cells bold, and bold comes back as markup.
    assert [[c.get("en").strip("*") for c in row] for row in second.rows] == [
        ["Recipient", "Country"],
        ["Payments firm", "Kenya"],
        ["Auditor", "France"],
    ]


def test_the_docx_redline_keeps_two_adjacent_tables_apart_the_same_way() -> None:
    old = _policy()
    new = old.copy()
    table = new.sections[0].blocks[1].table
    assert table is not None
    table.rows[2][1].set_text("en", "France and Kenya")
    _, write = registry.redline_writer("docx")
    data = write(compare(old, new, ["en"]), RedlineOptions(date="2026-01-01T00:00:00Z"))
    assert isinstance(data, bytes)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = list(etree.fromstring(package.read("word/document.xml")).find(f"{W}body"))
    tables = [i for i, element in enumerate(body) if element.tag == f"{W}tbl"]
    first, second = tables[-2:]  # the summary table comes first
    assert second == first + 2
    gap = body[first + 1]
    assert not gap.findall(f".//{W}r") and gap.find(f"{W}pPr/{W}rPr/{W}vanish") is None
    assert gap.find(f"{W}pPr/{W}spacing").get(f"{W}line") == "120"
