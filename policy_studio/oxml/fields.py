"""Fields: the table of contents (marked dirty so Word rebuilds it), PAGE and NUMPAGES."""

from __future__ import annotations

from lxml import etree

from .schema import SETTINGS_AFTER_UPDATE_FIELDS, w


def _run(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    run = etree.SubElement(parent, w("r"))
    child = etree.SubElement(run, w(tag))
    for key, value in attrs.items():
        child.set(w(key), value)
    return child


def begin_toc(paragraph: etree._Element, levels: str = "1-2", styles: str | None = None) -> None:
    """Open a TOC field in ``paragraph``; the cached entries follow, then ``end_field``.

    With ``styles`` (a paragraph style name) the table lists only paragraphs of that style
    (``\\t "Heading 1 AR,1"``): one table of contents per language of a bilingual document.

    ``w:dirty`` asks Word to rebuild the table on open; the cached entries we write let
    readers that do not update fields (LibreOffice when printing, previews) show the contents.
    """
    _run(paragraph, "fldChar", fldCharType="begin", dirty="true")
    instr = _run(paragraph, "instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    if styles:
        instr.text = f' TOC \\t "{styles},1" \\h \\z '
    else:
        instr.text = f' TOC \\o "{levels}" \\h \\z \\u '
    _run(paragraph, "fldChar", fldCharType="separate")


def end_field(paragraph: etree._Element) -> None:
    _run(paragraph, "fldChar", fldCharType="end")


def simple_field(paragraph: etree._Element, instruction: str, cached: str = "1") -> etree._Element:
    """A ``w:fldSimple`` (PAGE, NUMPAGES…) with a cached value, appended to ``paragraph``."""
    field = etree.SubElement(paragraph, w("fldSimple"))
    field.set(w("instr"), f" {instruction} ")
    text = etree.SubElement(etree.SubElement(field, w("r")), w("t"))
    text.text = cached
    return field


def request_field_update(settings: etree._Element) -> None:
    """``w:updateFields``: Word refreshes the TOC and page fields when the file is opened."""
    if settings.find(w("updateFields")) is not None:
        return
    element = etree.Element(w("updateFields"))
    element.set(w("val"), "true")
    successors = {f"{{{settings.nsmap.get('w', '')}}}{n}" for n in SETTINGS_AFTER_UPDATE_FIELDS}
    for child in settings:
        if isinstance(child.tag, str) and (
            child.tag in successors or etree.QName(child).localname == "mathPr"
        ):
            child.addprevious(element)
            return
    settings.append(element)
