"""Tracked-change elements: exact XML in schema order, and reading accepted/original text."""

from __future__ import annotations

from docx.oxml import OxmlElement, parse_xml
from lxml import etree

from policy_studio.oxml.tracked_changes import (
    Revisions,
    ScriptStyle,
    accepted_text,
    deleted,
    inserted,
    mark_paragraph,
    original_text,
    run,
    set_bidi,
)

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def xml(element) -> str:
    text = etree.tostring(element, encoding="unicode")
    return text.replace(f" {NS}", "")


def test_deleted_text_goes_in_deltext_with_author_date_and_id():
    revisions = Revisions("Amina", "2026-02-01T10:00:00Z")
    element = deleted("two", ScriptStyle(), revisions)
    assert xml(element) == (
        '<w:del w:id="1" w:author="Amina" w:date="2026-02-01T10:00:00Z"><w:r><w:rPr>'
        '<w:lang w:val="en-GB"/></w:rPr><w:delText xml:space="preserve">two</w:delText>'
        "</w:r></w:del>"
    )
    assert (
        inserted("x", ScriptStyle(), revisions).get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id"
        )
        == "2"
    )


def test_rtl_run_properties_in_schema_order():
    element = run("نص", ScriptStyle(rtl=True, lang="ar-SA"))
    assert xml(element) == (
        '<w:r><w:rPr><w:rFonts w:cs="Noto Naskh Arabic"/><w:rtl/><w:lang w:bidi="ar-SA"/>'
        '</w:rPr><w:t xml:space="preserve">نص</w:t></w:r>'
    )


def test_bidi_and_paragraph_mark_go_in_schema_order():
    p = parse_xml(f'<w:p {NS}><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="both"/></w:pPr></w:p>')
    mark_paragraph(p, "w:ins", Revisions("A", "2026-02-01T10:00:00Z"))
    set_bidi(p)
    tags = [child.tag.split("}")[1] for child in p.find(p[0].tag)]
    assert tags == ["pStyle", "bidi", "jc", "rPr"]


def test_accepted_and_original_text():
    revisions = Revisions("A", "2026-02-01T10:00:00Z")
    p = OxmlElement("w:p")
    style = ScriptStyle()
    p.append(run("keep for ", style))
    p.append(deleted("two", style, revisions))
    p.append(inserted("three\nyears", style, revisions))
    assert accepted_text(p) == "keep for three\nyears"
    assert original_text(p) == "keep for two"
    mark_paragraph(p, "w:ins", revisions)
    assert original_text(p) is None
