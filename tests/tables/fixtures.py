"""A small English/Arabic policy with one table (test wording, not product text)."""

from __future__ import annotations

from policy_studio.model import Block, BlockKind, Policy, Section, make_table

ROWS = [
    [
        {"en": "**Purpose**", "ar": "**الغرض**"},
        {"en": "**Basis**", "ar": "**الأساس**"},
    ],
    [
        {"en": "Sending bills", "ar": "إرسال الفواتير"},
        {"en": "contract", "ar": "العقد"},
    ],
    [
        {"en": "Answering you at {{contact_email}}", "ar": "الرد عليك عبر {{contact_email}}"},
        {"en": "legitimate interest", "ar": "المصلحة المشروعة"},
    ],
]


def table_block() -> Block:
    block = make_table(ROWS, header_rows=1, widths=[2, 1])
    block.id = "tbl1"
    assert block.table is not None
    for r, row in enumerate(block.table.rows, start=1):
        for c, cell in enumerate(row, start=1):
            cell.id = f"tbl1.r{r}c{c}"
    return block


def table_policy() -> Policy:
    section = Section(
        heading=Block(
            BlockKind.TITLE, {"en": "Why we use data", "ar": "لماذا نستخدم البيانات"}, id="h1"
        ),
        blocks=[
            Block(BlockKind.PARAGRAPH, {"en": "See the table.", "ar": "انظر الجدول."}, id="p1"),
            table_block(),
            Block(BlockKind.PARAGRAPH, {"en": "That is all.", "ar": "هذا كل شيء."}, id="p2"),
        ],
        id="s1",
    )
    policy = Policy(
        title={"en": "Tables test", "ar": "اختبار الجداول"},
        id="pol1",
        source_language="en",
        target_languages=["ar"],
        sections=[section],
        variables={"contact_email": {"en": "help@example.org"}},
    )
    return policy
