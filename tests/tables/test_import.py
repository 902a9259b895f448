"""Tables from Markdown (pipe tables, raw HTML tables), HTML and DOCX become table blocks."""

from __future__ import annotations

from pathlib import Path

import docx

from policy_studio.io import registry
from policy_studio.io.align import add_translation
from policy_studio.model import BlockKind, Policy

MD_EN = """# Privacy notice

## Purposes

We use your data as follows.

| Purpose | Lawful basis |
|---|---|
| **Billing** you | our contract with you |
| Sending news | your consent |

<table>
<thead><tr><th>Recipient</th><th>Reason</th></tr></thead>
<tbody><tr><td>Our bank</td><td>taking payments</td></tr></tbody>
</table>

That is all.
"""

MD_AR = """# إشعار الخصوصية

## الأغراض

نستخدم بياناتك على النحو الآتي.

| الغرض | الأساس القانوني |
|---|---|
| **إصدار الفواتير** لك | العقد المبرم معك |
| إرسال الأخبار | موافقتك |

<table>
<thead><tr><th>الجهة المستلمة</th><th>السبب</th></tr></thead>
<tbody><tr><td>مصرفنا</td><td>تحصيل المدفوعات</td></tr></tbody>
</table>

هذا كل شيء.
"""


def read(path: Path):
    return registry.reader_for_path(path).load()(path)


def tables_of(policy: Policy, lang: str) -> list[tuple[int, list[list[str]]]]:
    return [
        (b.table.header_rows, [[c.get(lang) for c in row] for row in b.table.rows])
        for s in policy.sections
        for b in s.blocks
        if b.table is not None
    ]


def test_markdown_pipe_and_raw_html_tables_become_table_blocks(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_text(MD_EN, encoding="utf-8")
    result = read(path)
    assert tables_of(result.policy, "en") == [
        (
            1,
            [
                ["Purpose", "Lawful basis"],
                ["**Billing** you", "our contract with you"],
                ["Sending news", "your consent"],
            ],
        ),
        (1, [["Recipient", "Reason"], ["Our bank", "taking payments"]]),
    ]
    kinds = [b.kind for b in result.policy.sections[-1].blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert not result.report.dropped


def test_arabic_markdown_tables_and_bilingual_pairing(tmp_path: Path) -> None:
    en, ar = tmp_path / "en.md", tmp_path / "ar.md"
    en.write_text(MD_EN, encoding="utf-8")
    ar.write_text(MD_AR, encoding="utf-8")
    ar_result = read(ar)
    assert tables_of(ar_result.policy, "ar")[1] == (
        1,
        [["الجهة المستلمة", "السبب"], ["مصرفنا", "تحصيل المدفوعات"]],
    )
    both = add_translation(read(en), ar_result, "ar")
    (first, second) = [b for s in both.policy.sections for b in s.blocks if b.table is not None]
    assert first.table is not None and second.table is not None
    assert first.table.rows[1][1].get("ar") == "العقد المبرم معك"
    assert first.table.rows[1][1].get("en") == "our contract with you"
    assert second.table.rows[1][0].get("ar") == "مصرفنا"


def test_html_table_with_th_header(tmp_path: Path) -> None:
    path = tmp_path / "n.html"
    path.write_text(
        "<html lang='ar' dir='rtl'><body><h1>إشعار</h1><h2>المستلمون</h2>"
        "<table><tr><th>الجهة</th><th>السبب</th></tr>"
        "<tr><td>المصرف</td><td>الدفع</td></tr></table></body></html>",
        encoding="utf-8",
    )
    result = read(path)
    assert tables_of(result.policy, "ar") == [(1, [["الجهة", "السبب"], ["المصرف", "الدفع"]])]


def test_docx_table_with_repeated_header_row(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Privacy notice", 0)
    document.add_heading("Who receives data", 1)
    table = document.add_table(rows=3, cols=2)
    for r, row in enumerate([["Recipient", "Why"], ["Bank", "payments"], ["Auditor", "law"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    from docx.oxml import OxmlElement

    tr_pr.append(OxmlElement("w:tblHeader"))
    path = tmp_path / "n.docx"
    document.save(str(path))
    result = read(path)
    assert tables_of(result.policy, "en") == [
        (1, [["Recipient", "Why"], ["Bank", "payments"], ["Auditor", "law"]])
    ]


def test_our_html_and_docx_exports_with_a_table_import_back_as_that_table(tmp_path: Path) -> None:
    from policy_studio.io.import_flow import read_any
    from policy_studio.io.writers.docx import write_docx
    from policy_studio.io.writers.html import write_html
    from policy_studio.layout import ExportOptions, Layout

    from .fixtures import table_policy

    policy = table_policy()
    # Exactly the policy's cells: the variable in a cell comes back as {{contact_email}}.
    expected = [[c.text for c in row] for row in policy.sections[0].blocks[1].table.rows]
    for name, layout in (("seq.html", Layout.SEQUENTIAL), ("cols.html", Layout.COLUMNS)):
        path = tmp_path / name
        write_html(policy, path, ExportOptions(["en", "ar"], layout=layout))
        result = read_any(path)
        (table,) = [b for s in result.policy.sections for b in s.blocks if b.table is not None]
        assert table.table is not None and table.table.header_rows == 1, name
        # The header row is content, not a breadcrumb trail dropped as navigation.
        assert [[c.text for c in row] for row in table.table.rows] == expected, name
        # The value shown in both languages is the English one (Arabic has none of its own).
        assert result.policy.variables == policy.variables, name
    path = tmp_path / "ar.docx"
    write_docx(policy, path, ExportOptions(["ar"]))
    (table,) = [b for s in read_any(path).policy.sections for b in s.blocks if b.table]
    assert table.table is not None and table.table.header_rows == 1
    assert [c.get("ar") for c in table.table.rows[1]] == ["إرسال الفواتير", "العقد"]


def test_header_cells_of_our_docx_come_back_without_bold_marks(tmp_path: Path) -> None:
    """Our DOCX makes header cells bold (their look); re-importing must not turn the
    author's plain "Purpose" into "**Purpose**" in the editor. A header cell the author
    made partly bold keeps that bold."""
    from policy_studio.io.import_flow import read_any
    from policy_studio.io.writers.docx import write_docx
    from policy_studio.layout import ExportOptions

    from .fixtures import table_policy

    policy = table_policy()
    table = policy.sections[0].blocks[1].table
    assert table is not None and table.header_rows == 1
    table.rows[0][0].text.update(en="Purpose **first**", ar="الغرض")
    table.rows[0][1].text.update(en="Basis", ar="الأساس")
    for langs in (["en"], ["ar"]):
        lang = langs[0]
        path = tmp_path / f"{lang}.docx"
        write_docx(policy, path, ExportOptions(langs))
        (back,) = [b for s in read_any(path).policy.sections for b in s.blocks if b.table]
        assert back.table is not None and back.table.header_rows == 1
        assert [c.get(lang) for c in back.table.rows[0]] == [c.get(lang) for c in table.rows[0]]


def test_a_bold_first_row_that_is_not_a_header_keeps_its_bold(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Notice", 0)
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("Important").bold = True
    table.cell(1, 0).text = "Plain"
    path = tmp_path / "n.docx"
    document.save(str(path))
    assert tables_of(read(path).policy, "en") == [(0, [["**Important**"], ["Plain"]])]
