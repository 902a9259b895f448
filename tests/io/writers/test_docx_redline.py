"""The DOCX redline: accepting every change gives the new version, rejecting gives the old."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from policy_studio.diff import compare
from policy_studio.io import registry
from policy_studio.oxml.tracked_changes import accepted_text, original_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER_STYLES = {"Title", "Heading1"}


def body_paragraphs(path):
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    out = []
    for p in root.find(f"{W}body").findall(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in HEADER_STYLES:
            continue
        out.append(p)
    return out, archive


@pytest.fixture
def written(tmp_path, policy_pair):
    old, new = policy_pair

    def write(lang):
        redline = compare(old, new, [lang], old_label="1.0", new_label="2.0")
        path = tmp_path / f"redline-{lang}.docx"
        registry.writer("redline-docx")(redline, path, author="Rehema", date="2026-01-31T09:00:00Z")
        return path

    return old, new, write


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_accept_all_gives_the_new_version_and_reject_all_the_old(written, lang, export_lines):
    old, new, write = written
    paragraphs, _ = body_paragraphs(write(lang))
    accepted = [t for t in (accepted_text(p) for p in paragraphs) if t is not None]
    original = [t for t in (original_text(p) for p in paragraphs) if t is not None]
    assert accepted == export_lines(new, lang)
    assert original == export_lines(old, lang)


def test_changes_are_real_tracked_changes_with_author_date_and_unique_ids(written):
    _, _, write = written
    path = write("en")
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
        settings = etree.fromstring(archive.read("word/settings.xml"))
    marks = root.findall(f".//{W}ins") + root.findall(f".//{W}del")
    assert marks
    assert all(
        m.get(f"{W}author") == "Rehema" and m.get(f"{W}date") == "2026-01-31T09:00:00Z"
        for m in marks
    )
    ids = [m.get(f"{W}id") for m in marks]
    assert len(ids) == len(set(ids))
    # Deleted words live in w:delText, never in w:t.
    assert root.findall(f".//{W}del/{W}r/{W}t") == []
    assert [t.text for t in root.findall(f".//{W}del/{W}r/{W}delText")].count("two") == 1
    assert settings.find(f"{W}trackRevisions") is not None


def test_arabic_paragraphs_are_bidi_with_rtl_runs_and_no_jc(written):
    _, _, write = written
    paragraphs, _ = body_paragraphs(write("ar"))
    assert paragraphs
    for p in paragraphs:
        ppr = p.find(f"{W}pPr")
        assert ppr.find(f"{W}bidi") is not None
        assert ppr.find(f"{W}jc") is None
        # w:bidi comes after w:pStyle and before the paragraph mark's w:rPr (schema order).
        tags = [child.tag.removeprefix(W) for child in ppr]
        if "pStyle" in tags:
            assert tags.index("bidi") > tags.index("pStyle")
        if "rPr" in tags:
            assert tags.index("rPr") > tags.index("bidi")
    for r in paragraphs[0].iter(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        assert rpr.find(f"{W}rtl") is not None
        assert rpr.find(f"{W}rFonts").get(f"{W}cs")
        assert rpr.find(f"{W}lang").get(f"{W}bidi") == "ar-SA"


def test_moves_are_listed_in_the_summary_table(written):
    _, _, write = written
    import docx

    document = docx.Document(str(write("en")))
    cells = [row.cells[1].text for row in document.tables[0].rows]
    assert any("from section 4 to 1" in text for text in cells)


def test_arabic_list_items_get_their_own_right_to_left_list(tmp_path, clauses):
    from policy_studio.library.compose import policy_from_clauses

    old = policy_from_clauses("P", [(clauses[1], None)], target_languages=["ar"])
    new = old.copy()
    new.sections[0].blocks[1].set_text("ar", "تُؤرشَف الفواتير والإيصالات.")
    path = tmp_path / "lists.docx"
    registry.writer("redline-docx")(compare(old, new, ["ar"]), path)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    items = [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}numPr") is not None]
    assert len(items) == 1
    assert items[0].find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "ListParagraphAR"
    num_id = items[0].find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
    num = next(n for n in numbering.iter(f"{W}num") if n.get(f"{W}numId") == num_id)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(
        a for a in numbering.iter(f"{W}abstractNum") if a.get(f"{W}abstractNumId") == abstract_id
    )
    assert abstract.find(f"{W}lvl/{W}pPr/{W}bidi") is not None  # bullet on the right
