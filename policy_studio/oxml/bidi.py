"""Right-to-left properties python-docx has no API for: paragraph, section and table bidi,
right-to-left runs, the bidi language, and complex-script fonts, size, bold and italic.

Facts behind each choice are in RTL-NOTES.md: ``w:pPr/w:bidi`` is what right-aligns an Arabic
paragraph (``w:rtl`` alone does not), and Arabic text ignores the Latin run properties.
"""

from __future__ import annotations

from lxml import etree

from .schema import P_PR, R_PR, SECT_PR, TBL_PR, get_or_add, set_on, w


def set_paragraph_bidi(p_pr: etree._Element) -> None:
    """Make the paragraph right-to-left (start = right; never add ``w:jc="right"`` to it)."""
    get_or_add(p_pr, "bidi", P_PR)
    jc = p_pr.find(w("jc"))
    if jc is not None and jc.get(w("val")) == "right":
        # In a bidi paragraph "right" means "end", i.e. left-aligned Arabic.
        p_pr.remove(jc)


def set_section_bidi(sect_pr: etree._Element) -> None:
    """Right-to-left section: page numbers, columns and gutters mirror."""
    get_or_add(sect_pr, "bidi", SECT_PR)


def set_table_bidi_visual(tbl_pr: etree._Element) -> None:
    """First column on the right; only for tables whose every column is right-to-left."""
    get_or_add(tbl_pr, "bidiVisual", TBL_PR)


def set_complex_script(
    r_pr: etree._Element,
    *,
    font: str | None = None,
    size_half_points: int | None = None,
    bold: bool = False,
    italic: bool = False,
) -> None:
    """Font, size, bold and italic as Arabic (complex-script) text sees them."""
    if font:
        set_on(r_pr, "rFonts", R_PR, cs=font)
    if bold:
        get_or_add(r_pr, "bCs", R_PR)
    if italic:
        get_or_add(r_pr, "iCs", R_PR)
    if size_half_points:
        set_on(r_pr, "szCs", R_PR, val=str(size_half_points))


def set_run_rtl(r_pr: etree._Element, bidi_lang: str) -> None:
    """Mark runs right-to-left with their bidi language (as LibreOffice's own export does)."""
    get_or_add(r_pr, "rtl", R_PR)
    set_on(r_pr, "lang", R_PR, bidi=bidi_lang)


def set_run_lang(r_pr: etree._Element, lang: str) -> None:
    set_on(r_pr, "lang", R_PR, val=lang)
