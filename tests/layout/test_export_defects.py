"""Each export defect an approver noticed (issue 14), checked in the layout and the files."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html
import pytest
from lxml import etree

from policy_studio.io.writers.docx import write_docx
from policy_studio.io.writers.html import render_html
from policy_studio.layout import ExportOptions, Layout, build, latin_pieces
from policy_studio.layout.flow import reflow
from policy_studio.model import Block, BlockKind, Policy, PolicyStudioError, Section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def html_root(policy: Policy, langs: list[str], layout: Layout = Layout.SINGLE, **kw: object):
    html, warnings = render_html(policy, ExportOptions(langs, layout, **kw))  # type: ignore[arg-type]
    return lxml.html.document_fromstring(html), warnings


def docx_of(policy: Policy, tmp_path: Path, langs: list[str], layout: Layout = Layout.SINGLE):
    path = tmp_path / f"{'_'.join(langs)}_{layout.value}.docx"
    write_docx(policy, path, ExportOptions(langs, layout))
    return docx.Document(str(path))


def test_a_section_without_title_is_not_a_bare_number(layout_policy: Policy, tmp_path: Path):
    doc = build(layout_policy, ExportOptions(["en"]))
    labels = [s.label for s in doc.parts[0].sections]
    assert labels == ["1.", "2.", "", "3."]  # the untitled one is unnumbered, the rest follow
    root, _ = html_root(layout_policy, ["en"])
    headings = [h.text_content() for h in root.iter("h2")]
    assert "3. Changes" in headings and not any(h.strip() in ("3.", "4.") for h in headings)
    texts = [p.text.strip() for p in docx_of(layout_policy, tmp_path, ["en"]).paragraphs]
    assert "3." not in texts and "4." not in texts and "3. Changes" in texts


def test_arabic_cover_is_arabic_and_never_borrows_english_silently(layout_policy: Policy):
    root, _ = html_root(layout_policy, ["ar"])
    header = root.find(".//header")
    assert header.find("h1").text_content() == "إشعار الخصوصية"
    assert header.find("p[@class='organization']").text_content() == "أكمي المحدودة"
    # A new policy with no Arabic title yet: the marker, not the English title, and a warning.
    del layout_policy.title["ar"]
    layout_policy.meta.clear()
    root, warnings = html_root(layout_policy, ["ar"])
    assert root.find(".//header/h1").text_content() == "[غير مترجم]"
    assert "Privacy notice" not in root.find(".//header").text_content().replace("Acme", "")
    assert any("no Arabic title" in w for w in warnings)
    assert any("no Arabic organisation name" in w for w in warnings)


def test_contents_are_per_language_in_html_and_docx(layout_policy: Policy, tmp_path: Path):
    root, _ = html_root(layout_policy, ["en", "ar"], Layout.COLUMNS)
    parts = root.findall(".//nav/div[@class='toc-part']")
    assert [p.get("lang") for p in parts] == ["en", "ar"]
    assert [a.text_content() for a in parts[1].iter("a")] == [
        "١. ما نجمعه",
        "٢. حقوقك",
        "٣. التغييرات",
    ]
    document = docx_of(layout_policy, tmp_path, ["en", "ar"], Layout.COLUMNS)
    instructions = [i.text for i in document.element.body.iter(f"{W}instrText")]
    # One TOC field per language, each over its own heading style: no interleaved lines, and
    # Word fills in the page numbers (the fields are dirty, updateFields is set).
    assert instructions == [' TOC \\t "Heading 1,1" \\h \\z ', ' TOC \\t "Heading 1 AR,1" \\h \\z ']


def test_arabic_styles_are_not_slanted_or_spaced_wider(tmp_path: Path, export_policy: Policy):
    document = docx_of(export_policy, tmp_path, ["ar"])
    styles = document.styles.element

    def style(style_id: str) -> etree._Element:
        return styles.find(f"{W}style[@{W}styleId='{style_id}']")

    # Word's Subtitle is italic; the Arabic twin switches the complex-script slant off.
    assert style("Subtitle").find(f"{W}rPr/{W}iCs") is not None
    assert style("SubtitleAR").find(f"{W}rPr/{W}iCs").get(f"{W}val") == "0"
    # Word's letter spacing pulled the Arabic title's letters apart; the twins have none, and
    # the shipped Title/Subtitle name their fonts (a theme font would override Naskh).
    assert style("SubtitleAR").find(f"{W}rPr/{W}spacing").get(f"{W}val") == "0"
    fonts = style("Subtitle").find(f"{W}rPr/{W}rFonts")
    assert not [k for k in fonts.attrib if k.lower().endswith("theme")]
    # Single spacing of the Naskh face: the 1.15 of the Latin body measured on Naskh's taller
    # line spaced Arabic ~1.4x English; headings keep less space above.
    assert style("BodyAR").find(f"{W}pPr/{W}spacing").get(f"{W}line") == "240"
    assert int(style("Heading1AR").find(f"{W}pPr/{W}spacing").get(f"{W}before")) < int(
        style("Heading1").find(f"{W}pPr/{W}spacing").get(f"{W}before")
    )


def test_the_final_full_stop_stays_outside_the_latin_isolate(layout_policy: Policy):
    assert latin_pieces("انظر الموقع acme.example.") == [
        ("انظر الموقع ", False),
        ("acme.example", True),
        (".", False),
    ]
    root, _ = html_root(layout_policy, ["ar"])
    paragraph = next(p for p in root.iter("p") if "انظر الموقع" in p.text_content())
    assert (
        lxml.html.tostring(paragraph, encoding="unicode")
        .strip()
        .endswith('<bdi dir="ltr">acme.example</bdi>.</p>')
    )


def test_an_unsaved_version_is_marked_draft(export_policy: Policy):
    export_policy.version_label = "1.0"
    facts = build(export_policy, ExportOptions(["en"])).parts[0].cover.facts
    assert facts[0] == "Version: 1.0 (draft)"
    saved = build(export_policy, ExportOptions(["en"], version_label="1.0")).parts[0].cover
    assert saved.facts[0] == "Version: 1.0"
    arabic = build(export_policy, ExportOptions(["ar"])).parts[0].cover.facts
    assert arabic[0] == "الإصدار: 1.0 (مسودة)"


def test_single_layout_with_two_languages_is_an_error(export_policy: Policy):
    with pytest.raises(PolicyStudioError, match="single layout takes one language"):
        build(export_policy, ExportOptions(["en", "ar"], Layout.SINGLE))


def test_the_arabic_half_has_an_arabic_footer(export_policy: Policy, tmp_path: Path):
    document = docx_of(export_policy, tmp_path, ["en", "ar"], Layout.SEQUENTIAL)
    sections = document.sections
    assert len(sections) == 2
    english = sections[0].footer.paragraphs[0].text
    arabic = sections[1].footer.paragraphs[0].text
    assert english.startswith("Page ") and arabic.startswith("صفحة ")
    assert sections[1].header.paragraphs[0].text == "إشعار الخصوصية"
    root, _ = html_root(export_policy, ["en", "ar"], Layout.SEQUENTIAL)
    style = root.find(".//style").text
    assert '@page lang-ar { @top-right { content: "إشعار الخصوصية"' in style
    assert 'content: "صفحة " counter(page, decimal) " من " counter(pages, decimal)' in style


def test_two_column_rows_may_break_across_pages(export_policy: Policy, tmp_path: Path):
    document = docx_of(export_policy, tmp_path, ["en", "ar"], Layout.COLUMNS)
    rows = document.tables[0]._tbl.findall(f"{W}tr")
    # Only the header row (repeated on each page) is kept whole.
    assert [r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows] == [True] + [False] * (
        len(rows) - 1
    )
    root, _ = html_root(export_policy, ["en", "ar"], Layout.COLUMNS)
    css = root.find(".//style").text
    assert "tr, li { break-inside: avoid; }" not in css
    # One table per section: WeasyPrint's slow path is one huge table.
    assert len(root.findall(".//main/table")) == len(export_policy.sections)


def test_wrapped_plain_text_is_reflowed_but_short_lines_keep_their_breaks():
    wrapped = "We are a small company that collects\nsome data from people who use our\nservice."
    assert reflow(wrapped) == (
        "We are a small company that collects some data from people who use our service."
    )
    assert reflow("1 Main Street\nTown") == "1 Main Street\nTown"
    assert reflow("You can reach us at the address below:\nOffice 4") == (
        "You can reach us at the address below:\nOffice 4"
    )
    policy = Policy(title={"en": "T"})
    policy.sections = [
        Section(
            heading=Block(BlockKind.TITLE, {"en": "Who we are"}),
            blocks=[Block(BlockKind.PARAGRAPH, {"en": wrapped})],
        )
    ]
    root, _ = html_root(policy, ["en"])
    assert "\n" not in root.find(".//main//p").text_content()
    assert policy.sections[0].blocks[0].get("en") == wrapped  # the stored text is untouched


def test_hebrew_persian_and_urdu_are_right_to_left_with_their_own_tags_and_fonts(
    tmp_path: Path,
) -> None:
    for code, tag, font in (
        ("he", "he-IL", "Noto Sans Hebrew"),
        ("fa", "fa-IR", "Noto Naskh Arabic"),
        ("ur", "ur-PK", "Noto Nastaliq Urdu"),
    ):
        policy = Policy(title={"en": "T", code: "ת"}, target_languages=[code])
        policy.sections = [
            Section(
                heading=Block(BlockKind.TITLE, {"en": "One", code: "א"}),
                blocks=[Block(BlockKind.PARAGRAPH, {"en": "Text.", code: "טקסט."})],
            )
        ]
        root, _ = html_root(policy, [code])
        assert (root.get("lang"), root.get("dir")) == (code, "rtl")
        document = docx_of(policy, tmp_path, [code])
        body = [p for p in document.paragraphs if p.text == "טקסט."][0]
        style_id = body._p.pPr.find(f"{W}pStyle").get(f"{W}val")
        assert style_id == f"Body{code.upper()}"
        style = document.styles.element.find(f"{W}style[@{W}styleId='{style_id}']")
        assert style.find(f"{W}rPr/{W}lang").get(f"{W}bidi") == tag
        assert style.find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == font
        assert style.find(f"{W}pPr/{W}bidi") is not None


def test_a_block_with_its_own_direction_is_rendered_in_it(export_policy: Policy, tmp_path: Path):
    """Block.direction (an English address inside the Arabic text) is read by every renderer."""
    block = export_policy.sections[0].blocks[0]
    block.text["ar"] = "1 Main Street, Town"
    block.direction = "ltr"
    doc = build(export_policy, ExportOptions(["ar"]))
    assert doc.parts[0].sections[0].items[0].rtl is False
    root, _ = html_root(export_policy, ["ar"])
    assert root.find(".//main//p").get("dir") == "ltr"
    document = docx_of(export_policy, tmp_path, ["ar"])
    paragraph = next(p for p in document.paragraphs if p.text == "1 Main Street, Town")
    assert paragraph._p.pPr.find(f"{W}pStyle").get(f"{W}val") == "Body"
