"""The HTML reader: a saved web page with both languages, navigation and scripts around it."""

# ruff: noqa: E501 - XML and HTML fixtures stay one element per line

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.io import registry
from policy_studio.io.intermediate import Role
from policy_studio.io.readers import html
from policy_studio.io.readers.safety import ImportFileError

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_bilingual_page_in_windows_1256():
    path = FIXTURES / "clinic_bilingual.html"
    result = registry.reader_for_path(path).load()(path)
    policy, report = result.policy, result.report
    assert report.encoding == {str(path): "cp1256"}
    assert report.layout == "sequential"
    assert policy.title == {
        "en": "Harbour Clinic Privacy Notice",
        "ar": "إشعار الخصوصية لعيادة الميناء",
    }
    assert policy.effective_date == "2024-03-14"
    [section] = policy.sections
    assert section.heading.text == {"en": "Records we keep", "ar": "السجلات التي نحتفظ بها"}
    assert [(b.kind.value, b.level) for b in section.blocks] == [
        ("paragraph", 0),
        ("bullet", 0),
        ("bullet", 1),
        ("bullet", 1),
        ("bullet", 0),
        ("numbered", 0),
        ("numbered", 0),
        ("table", 0),
    ]
    first = section.blocks[0]
    # Only http(s) and mailto links survive; a javascript: link keeps just its text.
    assert first.get("en") == (
        "We keep **visit dates** and *payments*; see [our fees](https://harbour.example/fees) "
        "or this script link."
    )
    assert first.get("ar").startswith("نحتفظ **بتواريخ الزيارات** و*المدفوعات*")
    # The table is a table block (issue 13): header row, cells paired across the languages.
    table = section.blocks[-1].table
    assert table is not None and table.header_rows == 1
    assert table.rows[1][1].text == {"en": "10 years", "ar": "10 سنوات"}
    assert [(d.text, d.reason) for d in report.dropped] == [
        ("Home | Services | Contact", "navigation"),
        ("clinic stamp", "image"),
        # The page footer outside <main> is not policy text, but listed: never dropped unseen.
        ("Harbour Clinic, Mombasa", "navigation"),
    ]
    every = " ".join(b.get(lang) for _, b in policy.iter_blocks() for lang in ("en", "ar"))
    assert "tracking" not in every and "font-family" not in every and "Mombasa" not in every


def test_lang_and_dir_attributes_are_read():
    lines = html.parse_html(
        '<html lang="sw"><body><p>Habari za faragha.</p>'
        '<p lang="ar-EG" dir="rtl">نص عربي</p><p lang="en">Marked English but written ذلك بالعربية كله هنا</p></body></html>'
    )
    assert [(line.attrs.get("lang"), line.direction) for line in lines] == [
        ("sw", ""),
        ("ar", "rtl"),
        ("en", ""),
    ]


def test_page_title_is_used_when_there_is_no_h1():
    lines = html.parse_html(
        "<html><head><title>Our Notice</title></head><body><p>Text here.</p></body></html>"
    )
    assert (lines[0].role, lines[0].text) == (Role.TITLE, "Our Notice")


def test_entity_declarations_are_refused(tmp_path):
    path = tmp_path / "evil.html"
    path.write_text(
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;</p>', encoding="utf-8"
    )
    with pytest.raises(ImportFileError, match=r"evil\.html: the page declares entities"):
        html.read(path)


def test_preformatted_text_gets_the_plain_text_rules():
    lines = html.parse_html(
        "<html><body><pre>Skip to main content\n\nCafe Notice\n\n1. What We Keep\n\n"
        "  \u2022 names\n  \u2022 phone numbers\n</pre></body></html>"
    )
    assert [(line.role.value, line.text) for line in lines] == [
        ("debris", "Skip to main content"),
        ("title", "Cafe Notice"),
        ("heading", "What We Keep"),
        ("bullet", "names"),
        ("bullet", "phone numbers"),
    ]
