"""The redlines keep the export's formatting and show a change of formatting alone as a change
(issue 12 item 6, issue 15): bold, italic, links, list items, section numbers; and numbers
inside Arabic keep the order the export shows."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.model import Block, BlockKind, Policy, Section
from policy_studio.oxml.tracked_changes import accepted_text, original_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LRM = "\u200e"
AR_OLD = "للاستفسارات اتصل بنا على +255 22 211 0000 من الأحد إلى الخميس."
AR_NEW = "للاستفسارات اتصل بنا على +255 22 211 4477 من الأحد إلى الخميس."


def formatting_pair() -> tuple[Policy, Policy]:
    """Two versions: a word made bold, a link's target changed, a list item made a
    paragraph, and in Arabic the last group of a phone number changed."""
    blocks = [
        Block(
            BlockKind.PARAGRAPH,
            {"en": "We never sell personal data.", "ar": "لا نبيع البيانات الشخصية أبدًا."},
            id="b1",
        ),
        Block(
            BlockKind.PARAGRAPH,
            {
                "en": "Read the [partner list](https://partners.example/list).",
                "ar": "اقرأ [قائمة الشركاء](https://partners.example/list).",
            },
            id="b2",
        ),
        Block(
            BlockKind.BULLET,
            {"en": "Invoices are kept for seven years.", "ar": "نحتفظ بالفواتير سبع سنوات."},
            id="b3",
        ),
        Block(BlockKind.PARAGRAPH, {"en": "Call +255 22 211 0000.", "ar": AR_OLD}, id="b4"),
    ]
    heading = Block(BlockKind.TITLE, {"en": "Contact", "ar": "الاتصال"}, id="s1.t")
    old = Policy(
        title={"en": "P"},
        id="p",
        target_languages=["ar"],
        sections=[Section(heading=heading, blocks=blocks, id="s1")],
    )
    new = old.copy()
    b1, b2, b3, b4 = new.sections[0].blocks
    b1.set_text("en", "We **never** sell personal data.")
    b1.set_text("ar", "لا نبيع البيانات الشخصية **أبدًا**.")
    b2.set_text("en", "Read the [partner list](https://partners.example/new-list).")
    b2.set_text("ar", "اقرأ [قائمة الشركاء](https://partners.example/new-list).")
    b3.kind = BlockKind.PARAGRAPH
    b4.set_text("en", "Call +255 22 211 4477.")
    b4.set_text("ar", AR_NEW)
    return old, new


def _document(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _paragraph(root: etree._Element, words: str) -> etree._Element:
    for p in root.iter(f"{W}p"):
        if words in (accepted_text(p) or ""):
            return p
    raise AssertionError(f"no paragraph with {words!r}")


@pytest.fixture
def redline_docx(tmp_path):
    old, new = formatting_pair()

    def write(lang: str) -> etree._Element:
        path = tmp_path / f"r-{lang}.docx"
        registry.writer("redline-docx")(compare(old, new, [lang]), path, author="QA")
        return _document(path)

    return write


@pytest.mark.parametrize(("lang", "word"), [("en", "never"), ("ar", "أبدًا")])
def test_bold_added_is_a_tracked_formatting_change(redline_docx, lang, word):
    p = _paragraph(redline_docx(lang), word)
    bold = [r for r in p.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert ["".join(t.text for t in r.iter(f"{W}t")) for r in bold] == [word]
    rpr = bold[0].find(f"{W}rPr")
    assert rpr.find(f"{W}bCs") is not None  # Arabic needs the complex-script twin
    change = rpr[-1]
    assert change.tag == f"{W}rPrChange" and change.get(f"{W}author") == "QA"
    assert change.find(f"{W}rPr/{W}b") is None  # it was not bold


def test_a_list_item_that_became_a_paragraph_is_a_tracked_paragraph_change(redline_docx):
    p = _paragraph(redline_docx("en"), "Invoices")
    ppr = p.find(f"{W}pPr")
    assert ppr.find(f"{W}numPr") is None
    change = ppr[-1]
    assert change.tag == f"{W}pPrChange"
    assert change.find(f"{W}pPr/{W}numPr") is not None  # Reject All gives the bullet back


def test_section_titles_carry_their_numbers(redline_docx):
    assert accepted_text(_paragraph(redline_docx("en"), "Contact")) == "1. Contact"


def test_a_link_kept_in_added_text_is_a_real_hyperlink(tmp_path):
    old, new = formatting_pair()
    new.sections[0].blocks.append(
        Block(BlockKind.PARAGRAPH, {"en": "See [our notice](https://ex.example/n)."}, id="b9")
    )
    path = tmp_path / "r.docx"
    registry.writer("redline-docx")(compare(old, new, ["en"]), path)
    p = _paragraph(_document(path), "our notice")
    link = p.find(f"{W}hyperlink")
    assert link is not None
    assert "".join(t.text for t in link.iter(f"{W}t")) == "our notice"


def test_arabic_phone_number_keeps_its_groups_in_order_in_the_docx(redline_docx):
    """The export puts a left-to-right mark before a number inside Arabic so its groups are
    not laid out right to left; the redline does the same on each side, so both the changed
    group and the kept ones stay in one left-to-right run."""
    p = _paragraph(redline_docx("ar"), "للاستفسارات")
    assert accepted_text(p) == AR_NEW.replace("+255", LRM + "+255")
    assert original_text(p) == AR_OLD.replace("+255", LRM + "+255")
    # The number's runs are left-to-right (no w:rtl), as the export writes Latin items.
    number_runs = [
        r
        for r in p.iter(f"{W}r")
        if any(ch.isdigit() for t in r.iter(f"{W}t", f"{W}delText") for ch in t.text or "")
    ]
    assert number_runs
    assert all(r.find(f"{W}rPr/{W}rtl") is None for r in number_runs)


def _html(lang: str) -> str:
    old, new = formatting_pair()
    return registry.writer("redline-html")(compare(old, new, [lang]), lang=lang)


def test_html_redline_draws_bold_links_and_marks_a_change_of_formatting_alone():
    from lxml import html as lxml_html

    page = _html("en")
    tree = lxml_html.fromstring(page)
    marked = tree.find_class("format-change")
    assert [m.text_content() for m in marked] == ["never", "partner list"]
    assert marked[0].find("strong") is not None  # drawn bold, as the new version is
    notes = [n.text_content() for n in tree.find_class("format-note")]
    assert "✎ “never”: plain → bold" in notes
    assert "✎ bullet item → paragraph" in notes
    assert tree.xpath('//a[@href="https://partners.example/new-list"]')
    assert "<h3>1. Contact</h3>" in page


def test_html_redline_keeps_an_arabic_phone_number_in_one_left_to_right_isolate():
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(_html("ar"))
    isolates = [b for b in tree.iter("bdi") if "+255" in b.text_content()]
    assert len(isolates) == 1
    bdi = isolates[0]
    assert bdi.get("dir") == "ltr"
    # Kept groups, the deleted group and the inserted one, in the export's order.
    assert bdi.text_content() == "+255 22 211 00004477"
    assert [d.text_content() for d in bdi.iter("del")] == ["0000"]
    assert [i.text_content() for i in bdi.iter("ins")] == ["4477"]


def test_html_format_notes_in_arabic_isolate_each_side_so_the_arrow_reads_old_to_new():
    """ "plain ← bold" as one Latin phrase would display left to right inside Arabic, the
    arrow then pointing from the new formatting to the old."""
    page = _html("ar")
    assert "<bdi>plain</bdi> ← <bdi>bold</bdi>" in page
    assert "<bdi>bullet item</bdi> ← <bdi>paragraph</bdi>" in page


def test_an_unsafe_link_target_is_never_a_hyperlink_in_the_docx_redline(tmp_path):
    """As in the export, only http(s) and mailto targets become links; the change still
    shows as deleted and inserted words."""
    old, new = formatting_pair()
    new.sections[0].blocks[1].set_text("en", "Read the [partner list](javascript:alert(1)).")
    path = tmp_path / "r.docx"
    registry.writer("redline-docx")(compare(old, new, ["en"]), path)
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "javascript" not in rels
    p = _paragraph(_document(path), "partner list")
    assert [t.text for t in p.iter(f"{W}delText")] == ["partner list"]
    assert "partner list" in [t.text for t in p.iter(f"{W}t")]
