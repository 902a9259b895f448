"""Fast builders for the document body: paragraphs, runs, hyperlinks and tables as plain lxml.

python-docx's object API costs about ten times more per paragraph than building the elements
directly; a 500-section policy has tens of thousands of runs, so the body is built here and
python-docx keeps the package, styles and properties. Children are created in schema order.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Sequence

from lxml import etree

from ..text.markup import Run
from .schema import R_NS, W_NS, XML_NS, w

_P, _PPR, _R, _RPR, _T = w("p"), w("pPr"), w("r"), w("rPr"), w("t")
_VAL = w("val")
_SPACE = f"{{{XML_NS}}}space"
_PRESERVE = {_SPACE: "preserve"}
_PSTYLE, _RSTYLE, _BR = w("pStyle"), w("rStyle"), w("br")
_B, _BCS, _I, _ICS, _RTL = w("b"), w("bCs"), w("i"), w("iCs"), w("rtl")
_RTL_OFF = {_VAL: "0"}
_TR, _TR_PR, _TC, _TC_PR, _TC_W = w("tr"), w("trPr"), w("tc"), w("tcPr"), w("tcW")
_W, _TYPE = w("w"), w("type")
_CANT_SPLIT, _TBL_HEADER = w("cantSplit"), w("tblHeader")
_BOOKMARK_START, _BOOKMARK_END, _ID, _NAME = (
    w("bookmarkStart"),
    w("bookmarkEnd"),
    w("id"),
    w("name"),
)
VARIABLE_BOOKMARK = "_PsV"
"""Start of the hidden bookmark around a variable's text in a DOCX export: ``_PsV12_org``, or
``_PsV12`` alone when the name does not fit Word's 40 characters (the name is then the document's
custom property ``_PsV12``: ``BodyBuilder.long_names``)."""
BOOKMARK_LIMIT = 40
"""Word keeps at most 40 characters of a bookmark's name."""


_XML_SPECIAL = re.compile(r'[&<>"\r\n\t]')
_XML_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\r": "&#13;",
    "\n": "&#10;",
    "\t": "&#9;",
}
_TEXT_SPECIAL = re.compile(r"[&<>\r]")


def _escape(text: str, special: re.Pattern[str] = _XML_SPECIAL) -> str:
    """``text`` as XML character data (or, with the default, an attribute value) that parses
    back to exactly ``text``: ``\\r`` (and in attributes newlines and tabs) would otherwise be
    normalised by the parser."""
    if special.search(text) is None:
        return text
    return special.sub(lambda m: _XML_ESCAPES[m.group()], text)


_TABLE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_T_OPEN = '<w:t xml:space="preserve">'
_B_XML, _I_XML, _LTR_XML = "<w:b/><w:bCs/>", "<w:i/><w:iCs/>", '<w:rtl w:val="0"/>'


class TableXmlError(ValueError):
    """Content the one-string table builder cannot write exactly as the element builder does
    (the caller builds that table element by element)."""


SpanLike = Run
"""Inline text with formatting: the one Run type (its ``ltr`` marks a Latin item inside
right-to-left text, see BodyBuilder.run)."""


def _sub(parent: etree._Element, tag: str, val: str | None = None) -> etree._Element:
    child = etree.SubElement(parent, tag)
    if val is not None:
        child.set(_VAL, val)
    return child


TABLE_GAP_HALF_POINTS = 12
"""The height of the paragraph kept between two adjacent tables: 6 pt."""


def table_gap(style_id: str | None = None) -> etree._Element:
    """An empty paragraph 6 pt high with no spacing of its own, to put between two tables.

    Word and LibreOffice join two tables with nothing between them into one table (the second
    one's rows taken as rows of the first, under its columns); a paragraph whose mark is hidden
    is nothing to Word either. A real, small paragraph keeps each table whole and reads as the
    gap between two tables, not as a blank line."""
    p = etree.Element(_P)
    p_pr = etree.SubElement(p, _PPR)
    if style_id:
        etree.SubElement(p_pr, _PSTYLE, {_VAL: style_id})
    # CT_PPr order: pStyle, spacing, rPr; CT_ParaRPr: sz, szCs.
    etree.SubElement(
        p_pr,
        w("spacing"),
        {w("before"): "0", w("after"): "0", w("line"): "120", w("lineRule"): "exact"},
    )
    r_pr = etree.SubElement(p_pr, w("rPr"))
    _sub(r_pr, w("sz"), str(TABLE_GAP_HALF_POINTS))
    _sub(r_pr, w("szCs"), str(TABLE_GAP_HALF_POINTS))
    return p


class BodyBuilder:
    """Makes body elements; ``relate(url)`` returns the relationship id of an external link."""

    def __init__(self, relate: Callable[[str], str], hyperlink_style: str | None) -> None:
        self.relate = relate
        self.hyperlink_style = hyperlink_style
        self._rids: dict[str, str] = {}
        self._bookmarks = 0
        self.long_names: dict[str, str] = {}
        """Bookmark ``_PsV<n>`` → the name of a variable too long to follow it in the bookmark
        (the writer keeps them as custom document properties)."""

    def paragraph(
        self,
        style_id: str | None,
        spans: Iterable[SpanLike] = (),
        *,
        num: tuple[int, int] | None = None,
        page_break_before: bool = False,
        keep_next: bool = False,
        bidi: bool = False,
    ) -> etree._Element:
        """A ``w:p``; ``num`` is (numId, level).

        Direction normally comes from the style (the AR styles carry ``w:bidi``); ``bidi`` is for
        paragraphs in a style that has no right-to-left twin, such as the TOC entries.
        """
        p = etree.Element(_P)
        if style_id or num or page_break_before or keep_next or bidi:
            p_pr = etree.SubElement(p, _PPR)
            # CT_PPr order: pStyle, keepNext, pageBreakBefore, numPr, bidi.
            if style_id:
                etree.SubElement(p_pr, _PSTYLE, {_VAL: style_id})
            if keep_next:
                _sub(p_pr, w("keepNext"))
            if page_break_before:
                _sub(p_pr, w("pageBreakBefore"))
            if num:
                num_pr = etree.SubElement(p_pr, w("numPr"))
                _sub(num_pr, w("ilvl"), str(num[1]))
                _sub(num_pr, w("numId"), str(num[0]))
            if bidi:
                _sub(p_pr, w("bidi"))
        self.add_spans(p, spans)
        return p

    def add_spans(self, parent: etree._Element, spans: Iterable[SpanLike]) -> None:
        open_mark: str | None = None
        for span in spans:
            if open_mark is not None and not (span.continued and span.variable is not None):
                etree.SubElement(parent, _BOOKMARK_END, {_ID: open_mark})
                open_mark = None
            if span.variable is not None and not span.continued:
                open_mark = self._variable_mark(parent, span.variable)
            if span.link:
                link = etree.SubElement(parent, w("hyperlink"))
                link.set(f"{{{R_NS}}}id", self._rid(span.link))
                link.set(w("history"), "1")
                self.run(link, span.text, span.bold, span.italic, self.hyperlink_style, span.ltr)
            else:
                self.run(parent, span.text, span.bold, span.italic, ltr=span.ltr)
        if open_mark is not None:
            etree.SubElement(parent, _BOOKMARK_END, {_ID: open_mark})

    def _variable_mark(self, parent: etree._Element, name: str) -> str:
        """Open a hidden bookmark ``_PsV<n>_<name>`` before a variable's text; its id.

        A bookmark, not a content control: Word and LibreOffice show nothing for a hidden
        bookmark (name starting with "_"), where a content control gets a frame or shading.
        io/readers/docx.py reads the text between start and end back as ``{{name}}``.
        """
        ident, mark = self._next_mark(name)
        etree.SubElement(parent, _BOOKMARK_START, {_ID: ident, _NAME: mark})
        return ident

    def _next_mark(self, name: str) -> tuple[str, str]:
        """(id, name) of the next variable bookmark: ``_PsV<n>_<name>`` when it fits Word's 40
        characters, else ``_PsV<n>`` with the name kept in ``long_names``."""
        self._bookmarks += 1
        mark = f"{VARIABLE_BOOKMARK}{self._bookmarks}"
        if len(mark) + 1 + len(name) <= BOOKMARK_LIMIT:
            return str(self._bookmarks), f"{mark}_{name}"
        self.long_names[mark] = name
        return str(self._bookmarks), mark

    def _rid(self, url: str) -> str:
        if url not in self._rids:
            self._rids[url] = self.relate(url)
        return self._rids[url]

    def run(
        self,
        parent: etree._Element,
        text: str,
        bold: bool = False,
        italic: bool = False,
        char_style: str | None = None,
        ltr: bool = False,
    ) -> etree._Element:
        """A run; ``ltr`` switches off the ``w:rtl`` an Arabic style gives its runs.

        Word writes Latin words, e-mail addresses and numbers inside Arabic as runs without
        ``w:rtl``; inside an rtl run the neutral characters of ``name@example.org`` would be
        laid out right to left.
        """
        r = etree.SubElement(parent, _R)
        if bold or italic or char_style or ltr:
            r_pr = etree.SubElement(r, _RPR)
            if char_style:
                etree.SubElement(r_pr, _RSTYLE, {_VAL: char_style})
            # Complex-script twins too: Arabic ignores w:b and w:i (RTL-NOTES).
            if bold:
                etree.SubElement(r_pr, _B)
                etree.SubElement(r_pr, _BCS)
            if italic:
                etree.SubElement(r_pr, _I)
                etree.SubElement(r_pr, _ICS)
            if ltr:
                etree.SubElement(r_pr, _RTL, _RTL_OFF)
        if "\n" not in text:
            etree.SubElement(r, _T, _PRESERVE).text = text
            return r
        for index, line in enumerate(text.split("\n")):
            if index:
                etree.SubElement(r, _BR)
            if line:
                etree.SubElement(r, _T, _PRESERVE).text = line
        return r

    def table(
        self,
        widths: Sequence[int],
        rows: Iterable[Sequence[Sequence[etree._Element]]],
        *,
        style_id: str | None = None,
        bidi_visual: bool = False,
        header_rows: int = 0,
        cant_split: bool = True,
    ) -> etree._Element:
        """A fixed-layout table; each row is a list of cells, each cell a list of paragraphs.

        ``bidi_visual`` puts the first column on the right: only for all-RTL tables, never for
        a bilingual table whose English column must stay on the left. ``cant_split=False``
        lets a long row continue on the next page instead of leaving half a page empty.
        """
        tbl = etree.Element(w("tbl"))
        tbl_pr = etree.SubElement(tbl, w("tblPr"))
        # CT_TblPr order: tblStyle, bidiVisual, tblW, tblLayout, tblLook.
        if style_id:
            _sub(tbl_pr, w("tblStyle"), style_id)
        if bidi_visual:
            _sub(tbl_pr, w("bidiVisual"))
        tbl_w = _sub(tbl_pr, w("tblW"))
        tbl_w.set(w("w"), str(sum(widths)))
        tbl_w.set(w("type"), "dxa")
        _sub(tbl_pr, w("tblLayout")).set(w("type"), "fixed")
        look = _sub(tbl_pr, w("tblLook"), "04A0")
        look.set(w("firstRow"), "1" if header_rows else "0")
        look.set(w("noHBand"), "1")
        look.set(w("noVBand"), "1")
        grid = etree.SubElement(tbl, w("tblGrid"))
        for width in widths:
            _sub(grid, w("gridCol")).set(w("w"), str(width))
        # Every row is a copy of one template row (its cells with their widths): copying
        # in C costs a third of building tr/tc/tcPr/tcW element by element, which was most
        # of what a table cost beyond its paragraphs (benchmarks/table_benchmark.py).
        template = etree.Element(_TR)
        etree.SubElement(template, _TR_PR)
        for width in widths:
            tc_pr = etree.SubElement(etree.SubElement(template, _TC), _TC_PR)
            etree.SubElement(tc_pr, _TC_W, {_W: str(width), _TYPE: "dxa"})
        for index, row in enumerate(rows):
            tr = copy.deepcopy(template)
            if cant_split or index < header_rows:
                etree.SubElement(tr[0], _CANT_SPLIT)
            if index < header_rows:
                etree.SubElement(tr[0], _TBL_HEADER)
            tbl.append(tr)
            cells = tr.iterchildren(_TC)
            for tc, paragraphs in zip(cells, row, strict=True):
                if paragraphs:
                    tc.extend(paragraphs)
                else:
                    etree.SubElement(tc, _P)
        return tbl

    # -- tables as one string ------------------------------------------------------------

    def table_xml(
        self,
        widths: Sequence[int],
        rows: Iterable[Sequence[Sequence[SpanLike] | str]],
        *,
        paragraph_style: str | None = None,
        header_style: str | None = None,
        style_id: str | None = None,
        bidi_visual: bool = False,
        header_rows: int = 0,
        cant_split: bool = True,
    ) -> etree._Element:
        """``table()`` of cells that are one paragraph each: ``paragraph(paragraph_style,
        spans)``; in a header row ``paragraph(header_style, spans)`` when a header style is
        given (its bold is the style's), else every span bold; a cell given as a string is one
        plain span of that text (none when empty). The whole table is written as one string
        and parsed once: element by element, 100 tables of 10 × 4 short cells cost twice the
        same words as paragraphs (issue 13, benchmarks/table_benchmark.py). The result is the
        same element, byte for byte (tests/oxml/test_body_table_xml.py).

        Raises TableXmlError for what a parsed string cannot reproduce: a run of empty text
        (lxml writes an element given "" as ``<w:t></w:t>``, a parsed one as ``<w:t/>``), and
        text no XML may hold (a control character, a lone surrogate), on which the element
        builder raises its own error."""
        out = [f'<w:tbl xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:tblPr>']
        if style_id:
            out.append(f'<w:tblStyle w:val="{_escape(style_id)}"/>')
        if bidi_visual:
            out.append("<w:bidiVisual/>")
        out.append(
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblLook w:val="04A0" w:firstRow="{1 if header_rows else 0}" w:noHBand="1"'
            ' w:noVBand="1"/></w:tblPr><w:tblGrid>'
        )
        out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
        out.append("</w:tblGrid>")

        def cell_opens_of(style: str | None) -> list[str]:
            p_open = "<w:p>"
            if style:
                p_open = f'<w:p><w:pPr><w:pStyle w:val="{_escape(style)}"/></w:pPr>'
            return [
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{p_open}'
                for width in widths
            ]

        body_opens = cell_opens_of(paragraph_style)
        header_opens = cell_opens_of(header_style) if header_style else body_opens
        force_bold = header_style is None
        header_tr = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        body_tr = "<w:tr><w:trPr><w:cantSplit/></w:trPr>" if cant_split else "<w:tr><w:trPr/>"
        plain_r, bold_r = f"<w:r>{_T_OPEN}", f"<w:r><w:rPr>{_B_XML}</w:rPr>{_T_OPEN}"
        special = _TEXT_SPECIAL.search
        append = out.append
        for index, row in enumerate(rows):
            header = index < header_rows
            append(header_tr if header else body_tr)
            cell_opens = header_opens if header else body_opens
            header = header and force_bold  # from here on: every span made bold
            for cell_open, spans in zip(cell_opens, row, strict=True):
                append(cell_open)
                if isinstance(spans, str):
                    if spans and "\n" not in spans:
                        # One plain run of one line: the common case, without a Run.
                        append(bold_r if header else plain_r)
                        append(spans if special(spans) is None else _escape(spans, _TEXT_SPECIAL))
                        append("</w:t></w:r></w:p></w:tc>")
                        continue
                    spans = [Run(spans)] if spans else []
                open_mark: str | None = None  # a variable's bookmark, as add_spans writes it
                for span in spans:
                    if open_mark is not None and not (span.continued and span.variable):
                        append(f'<w:bookmarkEnd w:id="{open_mark}"/>')
                        open_mark = None
                    if span.variable is not None and not span.continued:
                        open_mark, mark = self._next_mark(span.variable)
                        append(f'<w:bookmarkStart w:id="{open_mark}" w:name="{mark}"/>')
                    text = span.text
                    if span.link or span.italic or span.ltr or not text or "\n" in text:
                        self._span_xml(out, span, header)
                        continue
                    # The common case: a plain or bold run of one line.
                    append(bold_r if header or span.bold else plain_r)
                    append(text if special(text) is None else _escape(text, _TEXT_SPECIAL))
                    append("</w:t></w:r>")
                if open_mark is not None:
                    append(f'<w:bookmarkEnd w:id="{open_mark}"/>')
                append("</w:p></w:tc>")
            append("</w:tr>")
        append("</w:tbl>")
        try:
            return etree.fromstring("".join(out).encode(), _TABLE_PARSER)
        except (etree.XMLSyntaxError, UnicodeEncodeError) as exc:
            raise TableXmlError(str(exc)) from exc

    def _span_xml(self, out: list[str], span: SpanLike, bold: bool) -> None:
        """What ``add_spans`` makes of one span, as a string (``bold`` forces bold)."""
        bold = bold or span.bold
        if span.link:
            out.append(f'<w:hyperlink r:id="{_escape(self._rid(span.link))}" w:history="1">')
            _run_xml(out, span.text, bold, span.italic, self.hyperlink_style, span.ltr)
            out.append("</w:hyperlink>")
        else:
            _run_xml(out, span.text, bold, span.italic, None, span.ltr)


def _run_xml(
    out: list[str], text: str, bold: bool, italic: bool, char_style: str | None, ltr: bool
) -> None:
    """``BodyBuilder.run()`` as a string, element for element and attribute for attribute."""
    out.append("<w:r>")
    if bold or italic or char_style or ltr:
        out.append("<w:rPr>")
        if char_style:
            out.append(f'<w:rStyle w:val="{_escape(char_style)}"/>')
        if bold:
            out.append(_B_XML)
        if italic:
            out.append(_I_XML)
        if ltr:
            out.append(_LTR_XML)
        out.append("</w:rPr>")
    if "\n" not in text:
        if not text:
            raise TableXmlError("a run of empty text")
        out.append(f"{_T_OPEN}{_escape(text, _TEXT_SPECIAL)}</w:t>")
    else:
        for index, line in enumerate(text.split("\n")):
            if index:
                out.append("<w:br/>")
            if line:
                out.append(f"{_T_OPEN}{_escape(line, _TEXT_SPECIAL)}</w:t>")
    out.append("</w:r>")
