"""The Markdown reader: CommonMark structure plus kramdown attributes, never shown as text."""

from __future__ import annotations

from pathlib import Path

from policy_studio.io.intermediate import Role
from policy_studio.io.readers import markdown, txt

FIXTURES = Path(__file__).parent / "fixtures"


def test_structure_title_date_and_anchors():
    result = markdown.read(FIXTURES / "clinic_en.md")
    policy = result.policy
    assert policy.title == {"en": "Harbour Clinic Privacy Notice"}
    assert policy.effective_date == "2024-03-14"
    assert [s.title("en") for s in policy.sections] == ["", "Records we keep", "", "Contact"]
    records = policy.sections[1].blocks
    assert [(b.kind.value, b.level) for b in records] == [
        ("bullet", 0),
        ("bullet", 0),
        ("bullet", 1),
        ("numbered", 0),
        ("numbered", 0),
    ]
    assert records[1].get("en") == (
        "**Payments**: what you paid and how, see [our fees](https://harbour.example/fees)."
    )
    every_text = [b.get("en") for _, b in policy.iter_blocks()]
    assert not any("{:" in t for t in every_text)
    assert "records" in result.anchors.values() and "keeping" in result.anchors.values()


def test_kramdown_attribute_lines_attach_to_the_block_above():
    lines = markdown.parse_markdown("Para one.\n{: #first }\n\n* item\n{: #listed }\n")
    assert [(line.role, line.anchor) for line in lines] == [
        (Role.PARAGRAPH, "first"),
        (Role.BULLET, "listed"),
    ]


def test_a_txt_file_written_in_markdown_is_read_as_markdown(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text((FIXTURES / "clinic_en.md").read_text(encoding="utf-8"), encoding="utf-8")
    result = txt.read(path)
    assert result.policy.title == {"en": "Harbour Clinic Privacy Notice"}
    assert any("read as Markdown" in w for w in result.report.warnings)


def test_arabic_markdown_with_a_byte_order_mark():
    policy = markdown.read(FIXTURES / "clinic_ar.md").policy
    assert policy.source_language == "ar"
    assert policy.title == {"ar": "إشعار الخصوصية لعيادة الميناء"}
    assert policy.sections[1].title("ar") == "السجلات التي نحتفظ بها"


def test_images_and_raw_html_are_dropped_and_reported(tmp_path):
    path = tmp_path / "n.md"
    path.write_text(
        "# Notice\n\n<div class='banner'>Menu</div>\n\nText ![logo](logo.png) here.\n",
        encoding="utf-8",
    )
    result = markdown.read(path)
    assert result.policy.sections[0].blocks[0].get("en") == "Text  here."
    # The div's text is read like any HTML (issue 12): here it is navigation, dropped as such.
    assert sorted(d.reason for d in result.report.dropped) == ["image", "navigation"]


def test_an_html_table_inside_markdown_becomes_a_table_block(tmp_path):
    path = tmp_path / "n.md"
    source = (
        "# Notice",
        "",
        "## Purposes",
        "",
        "<table>",
        "<tr><th>Purpose</th><th>Lawful basis</th></tr>",
        "<tr><td>Answering you</td><td>Legitimate interest</td></tr>",
        "</table>",
        "",
        "<!-- a comment -->",
        "",
        "After the table.",
    )
    path.write_text("\n".join(source) + "\n", encoding="utf-8")
    result = markdown.read(path)
    table, after = result.policy.sections[0].blocks
    assert table.table is not None and table.table.header_rows == 1
    assert [[c.get("en") for c in row] for row in table.table.rows] == [
        ["Purpose", "Lawful basis"],
        ["Answering you", "Legitimate interest"],
    ]
    assert after.get("en") == "After the table."
    words = result.report.words["en"]
    assert words.unaccounted == 0 and words.words_out == words.words_in - words.dropped
