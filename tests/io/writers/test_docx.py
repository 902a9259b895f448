"""DOCX export read back by python-docx, and golden body XML for every layout and language."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from lxml import etree

from policy_studio.io.writers.docx import write_docx
from policy_studio.layout.options import ExportOptions, Layout, Signer
from policy_studio.model import Policy

GOLDEN = Path(__file__).parent / "golden"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PREFIXES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
}


def compact(element: etree._Element) -> str:
    """One line per element, python-docx cxml style: ``w:p/(w:pPr/w:bidi,w:r/w:t"x")``."""
    qname = etree.QName(element)
    out = f"{PREFIXES.get(qname.namespace or '', '?')}:{qname.localname}"
    attrs = []
    for key, value in sorted(element.attrib.items()):
        k = etree.QName(key)
        if k.localname == "space":
            continue
        attrs.append(f"{PREFIXES.get(k.namespace or '', '')}:{k.localname}={value}")
    if attrs:
        out += "{" + ",".join(attrs) + "}"
    if element.text and qname.localname in ("t", "instrText"):
        out += f'"{element.text}"'
    children = [compact(child) for child in element if isinstance(child.tag, str)]
    if len(children) == 1:
        out += "/" + children[0]
    elif children:
        out += "/(" + ",".join(children) + ")"
    return out


def export(
    export_policy: Policy, tmp_path: Path, langs: list[str], layout: Layout, **kw: object
) -> Path:
    path = tmp_path / f"{layout.value}-{'-'.join(langs)}.docx"
    write_docx(export_policy, path, ExportOptions(langs, layout, **kw))  # type: ignore[arg-type]
    return path


def paragraph_is_bidi(paragraph: docx.text.paragraph.Paragraph) -> bool:
    """Bidi directly or through the paragraph's style chain."""
    if paragraph._p.find(f"{W}pPr/{W}bidi") is not None:
        return True
    style = paragraph.style
    while style is not None:
        if style.element.find(f"{W}pPr/{W}bidi") is not None:
            return True
        style = style.base_style
    return False


CASES = [
    (["en"], Layout.SINGLE),
    (["ar"], Layout.SINGLE),
    (["en", "ar"], Layout.COLUMNS),
    (["en", "ar"], Layout.SEQUENTIAL),
    (["ar", "en"], Layout.SEQUENTIAL),
]


@pytest.mark.parametrize(("langs", "layout"), CASES, ids=lambda c: str(c))
def test_body_xml_matches_the_reviewed_golden_file(
    export_policy: Policy, tmp_path: Path, langs: list[str], layout: Layout
) -> None:
    path = export(export_policy, tmp_path, langs, layout, signoff=[Signer("Amina Yusuf", "DPO")])
    body = docx.Document(str(path)).element.body
    got = "\n".join(compact(child) for child in body) + "\n"
    golden = GOLDEN / f"docx_{layout.value}_{'_'.join(langs)}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


def test_arabic_paragraphs_are_bidi_by_style_and_never_right_justified(
    export_policy: Policy, tmp_path: Path
) -> None:
    document = docx.Document(str(export(export_policy, tmp_path, ["ar"], Layout.SINGLE)))
    body_paragraphs = [p for p in document.paragraphs if p.text.strip()]
    assert body_paragraphs and all(paragraph_is_bidi(p) for p in body_paragraphs)
    assert {p.style.name for p in body_paragraphs} >= {"Body AR", "Heading 1 AR", "Title AR"}
    assert document.element.body.find(f".//{W}jc[@{W}val='right']") is None
    style = document.styles["Body AR"].element
    assert style.find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == "Noto Naskh Arabic"
    assert style.find(f"{W}rPr/{W}szCs") is not None
    assert document.sections[0]._sectPr.find(f"{W}bidi") is not None
    bold = next(r for p in body_paragraphs for r in p.runs if r.text == "القليل")
    assert bold._r.find(f"{W}rPr/{W}bCs") is not None
    # Latin items get runs without w:rtl (as Word writes them); Arabic runs inherit it.
    email = next(r for p in body_paragraphs for r in p.runs if r.text == "privacy@acme.example")
    assert email._r.find(f"{W}rPr/{W}rtl").get(f"{W}val") == "0"
    assert style.find(f"{W}rPr/{W}rtl") is not None


def test_english_single_has_no_bidi(export_policy: Policy, tmp_path: Path) -> None:
    document = docx.Document(str(export(export_policy, tmp_path, ["en"], Layout.SINGLE)))
    assert not any(paragraph_is_bidi(p) for p in document.paragraphs)
    texts = [p.text for p in document.paragraphs]
    assert "1. What we collect" in texts
    assert "Write to privacy@acme.example or see our site." in texts
    assert "We keep data for [retention_period]." in texts


def test_columns_keep_english_left_and_give_each_column_its_own_list(
    export_policy: Policy, tmp_path: Path
) -> None:
    document = docx.Document(str(export(export_policy, tmp_path, ["en", "ar"], Layout.COLUMNS)))
    table = document.tables[0]
    assert table._tbl.find(f"{W}tblPr/{W}bidiVisual") is None
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["English", "العربية"]
    assert ["Your phone number.", "رقم هاتفك."] in rows
    assert len(rows) == 1 + 2 + 8  # header, two section titles, eight blocks
    left = {p._p.find(f".//{W}numId").get(f"{W}val") for p in _list_paragraphs(table, 0)}
    right = {p._p.find(f".//{W}numId").get(f"{W}val") for p in _list_paragraphs(table, 1)}
    assert left and right and not left & right
    numbering = document.part.numbering_part.element
    for num_id in left | right:
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"
    assert all(paragraph_is_bidi(p) for p in table.columns[1].cells[3].paragraphs)


def _list_paragraphs(table: object, column: int) -> list[docx.text.paragraph.Paragraph]:
    cells = table.columns[column].cells  # type: ignore[attr-defined]
    return [p for cell in cells for p in cell.paragraphs if p._p.find(f".//{W}numPr") is not None]


def test_sequential_puts_each_language_in_its_own_section(
    export_policy: Policy, tmp_path: Path
) -> None:
    document = docx.Document(str(export(export_policy, tmp_path, ["en", "ar"], Layout.SEQUENTIAL)))
    sections = document.sections
    assert len(sections) == 2
    assert sections[0]._sectPr.find(f"{W}bidi") is None
    assert sections[1]._sectPr.find(f"{W}bidi") is not None


def test_title_block_toc_header_footer_and_properties(
    export_policy: Policy, tmp_path: Path
) -> None:
    path = export(
        export_policy, tmp_path, ["en"], Layout.SINGLE, signoff=[Signer("Amina Yusuf", "DPO")]
    )
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    # The working copy's label is the version being drafted, not a saved one: it says so.
    assert texts[:3] == [
        "Privacy notice",
        "Acme Ltd",
        "Version: 2.1 (draft) · Effective date: March 1, 2025",
    ]
    begin = document.element.body.find(f".//{W}fldChar[@{W}fldCharType='begin']")
    assert begin.get(f"{W}dirty") == "true"
    assert document.settings.element.find(f"{W}updateFields") is not None
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Privacy notice"
    footer = document.sections[0].footer.paragraphs[0]._p
    instructions = [f.get(f"{W}instr").strip() for f in footer.iter(f"{W}fldSimple")]
    assert instructions == ["PAGE", "NUMPAGES"]
    props = document.core_properties
    assert (props.title, props.version, props.language, props.author) == (
        "Privacy notice",
        "2.1",
        "en",
        "Acme Ltd",
    )
    assert "python-docx" not in props.comments
    assert props.modified.year >= 2025
    signoff = document.tables[-1]
    assert [c.text for c in signoff.rows[0].cells] == ["Name", "Role", "Signature", "Date"]
    assert [c.text for c in signoff.rows[1].cells] == ["Amina Yusuf", "DPO", "", ""]
    links = [r for r in document.part.rels.values() if r.is_external]
    assert [r.target_ref for r in links] == ["https://acme.example"]


def test_hostile_text_is_plain_text_in_docx(hostile_policy: Policy, tmp_path: Path) -> None:
    path = export(hostile_policy, tmp_path, ["en", "ar"], Layout.COLUMNS)
    document = docx.Document(str(path))
    xml = etree.tostring(document.element, encoding="unicode")
    assert "\u202e" not in xml
    assert "javascript" not in "".join(r.target_ref for r in document.part.rels.values())
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert any(c.startswith("<script>alert(1)</script>") for c in cells)


def test_a_replaced_reference_doc_keeps_its_styles(export_policy: Policy, tmp_path: Path) -> None:
    reference = docx.Document()
    reference.styles["Title"].font.size = docx.shared.Pt(40)
    ref_path = tmp_path / "ref.docx"
    reference.save(str(ref_path))
    path = export(export_policy, tmp_path, ["ar"], Layout.SINGLE, reference_doc=ref_path)
    document = docx.Document(str(path))
    assert document.styles["Title"].font.size == docx.shared.Pt(40)
    assert paragraph_is_bidi(document.paragraphs[0])


def test_a_broken_reference_doc_is_a_clear_error(export_policy: Policy, tmp_path: Path) -> None:
    from policy_studio.model import PolicyStudioError

    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip")
    with pytest.raises(PolicyStudioError, match="bad.docx"):
        export(export_policy, tmp_path, ["en"], Layout.SINGLE, reference_doc=bad)
