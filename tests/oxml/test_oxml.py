"""oxml helpers: children in schema order, bidi without right-justification, list restarts."""

from __future__ import annotations

import re

from lxml import etree

from policy_studio.oxml.bidi import (
    set_complex_script,
    set_paragraph_bidi,
    set_run_rtl,
    set_section_bidi,
    set_table_bidi_visual,
)
from policy_studio.oxml.fields import request_field_update
from policy_studio.oxml.numbering import ListNumbering
from policy_studio.oxml.schema import W_NS, w
from policy_studio.oxml.styles import ensure_policy_styles, style_ids


def element(xml: str) -> etree._Element:
    """Parse ``xml`` whose root is a ``w:`` element, declaring the namespace on it."""
    return etree.fromstring(re.sub(r"^<(w:\w+)", rf'<\1 xmlns:w="{W_NS}"', xml))


def children(parent: etree._Element) -> list[str]:
    return [etree.QName(c).localname for c in parent]


def test_paragraph_bidi_goes_between_pstyle_and_spacing_and_drops_right_justify() -> None:
    p_pr = element('<w:pPr><w:pStyle w:val="Body"/><w:spacing/><w:jc w:val="right"/></w:pPr>')
    set_paragraph_bidi(p_pr)
    set_paragraph_bidi(p_pr)  # idempotent
    assert children(p_pr) == ["pStyle", "bidi", "spacing"]


def test_complex_script_properties_follow_ct_rpr_order() -> None:
    r_pr = element('<w:rPr><w:b/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr>')
    set_complex_script(r_pr, font="Noto Naskh Arabic", size_half_points=24, bold=True, italic=True)
    set_run_rtl(r_pr, "ar-SA")
    assert children(r_pr) == ["rFonts", "b", "bCs", "iCs", "sz", "szCs", "rtl", "lang"]
    assert r_pr.find(w("rFonts")).get(w("cs")) == "Noto Naskh Arabic"
    assert r_pr.find(w("lang")).get(w("bidi")) == "ar-SA"
    assert r_pr.find(w("lang")).get(w("val")) == "en-GB"


def test_section_and_table_bidi_in_order() -> None:
    sect = element("<w:sectPr><w:pgSz/><w:cols/><w:docGrid/></w:sectPr>")
    set_section_bidi(sect)
    assert children(sect) == ["pgSz", "cols", "bidi", "docGrid"]
    tbl_pr = element('<w:tblPr><w:tblStyle w:val="T"/><w:tblW/></w:tblPr>')
    set_table_bidi_visual(tbl_pr)
    assert children(tbl_pr) == ["tblStyle", "bidiVisual", "tblW"]


def test_every_list_gets_its_own_num_restarting_at_one() -> None:
    numbering = element(
        '<w:numbering><w:abstractNum w:abstractNumId="0"/><w:num w:numId="1"/></w:numbering>'
    )
    lists = ListNumbering(numbering)
    first, second = lists.new_list("decimal", rtl=True), lists.new_list("decimal", rtl=True)
    assert (first, second) == (2, 3)
    assert children(numbering) == ["abstractNum", "abstractNum", "num", "num", "num"]
    added = numbering.findall(w("num"))[1:]
    assert {n.find(w("abstractNumId")).get(w("val")) for n in added} == {"1"}
    for num in added:
        assert num.find(f"{w('lvlOverride')}/{w('startOverride')}").get(w("val")) == "1"
    level = numbering.findall(w("abstractNum"))[1].find(w("lvl"))
    assert children(level.find(w("pPr"))) == ["bidi", "ind"]
    assert level.find(f"{w('pPr')}/{w('ind')}").get(w("left")) == "720"


def test_update_fields_goes_before_compat() -> None:
    settings = element("<w:settings><w:zoom/><w:defaultTabStop/><w:compat/><w:rsids/></w:settings>")
    request_field_update(settings)
    assert children(settings) == ["zoom", "defaultTabStop", "updateFields", "compat", "rsids"]


def test_missing_styles_are_added_with_rtl_twins_and_existing_ones_kept() -> None:
    styles = element(
        '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        "</w:style></w:styles>"
    )
    ids = ensure_policy_styles(styles)
    assert ids["heading 1"] == "Heading1"
    twin = styles.find(f"{w('style')}[@{w('styleId')}='Heading1AR']")
    assert twin.find(w("basedOn")).get(w("val")) == "Heading1"
    assert twin.find(f"{w('pPr')}/{w('bidi')}") is not None
    assert children(twin.find(w("rPr"))) == [
        "rFonts",
        "bCs",
        "i",
        "iCs",
        "spacing",
        "szCs",
        "rtl",
        "lang",
    ]
    assert style_ids(styles)["body ar"] == "BodyAR"
