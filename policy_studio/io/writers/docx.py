"""DOCX writer: one language, two languages side by side, or one after the other.

python-docx opens the reference document (styles, page setup) and writes the package and core
properties; the body is built with lxml through policy_studio.oxml (ten times faster than the
python-docx object API on a long policy). Right-to-left parts use the "AR" styles, which carry
``w:bidi`` and complex-script fonts; lists get one ``w:num`` each so no two share a counter.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ...layout import LRM, Block, ExportDocument, Part, Table, build, directed
from ...layout.options import DRAFT_NOTICE, ExportOptions, Layout
from ...model import BlockKind, Policy, PolicyStudioError, language
from ...oxml.bidi import set_section_bidi
from ...oxml.body import VARIABLE_BOOKMARK, BodyBuilder, TableXmlError, table_gap
from ...oxml.custom_properties import set_text_properties
from ...oxml.fields import begin_toc, end_field, request_field_update, simple_field
from ...oxml.numbering import ListNumbering
from ...oxml.schema import w
from ...oxml.styles import ensure_policy_styles, rtl_name
from ...text.markup import Run
from ..output import ExportReport, docx_bytes, write_output
from .docx_reference import base_document, default_reference_doc

SUPPORTED = (
    "layouts single/columns/sequential; numbered section headings; paragraphs, body headings, "
    "bullet and numbered lists (restarting per list and column); tables (header row repeated, "
    "bidiVisual in RTL); bold, italic, http(s)/mailto "
    "links; title block, TOC field, header/footer with page X of Y, sign-off table; RTL via "
    "AR styles, section bidi"
)

_ITEM_STYLE = {
    BlockKind.PARAGRAPH: "Body",
    BlockKind.HEADING: "Heading 2",
    BlockKind.TITLE: "Heading 2",
    BlockKind.BULLET: "List Paragraph",
    BlockKind.NUMBERED: "List Paragraph",
}


class _Writer:
    """Builds the body of one export into an opened reference document."""

    def __init__(self, doc: ExportDocument, document: docx.document.Document) -> None:
        self.doc = doc
        self.document = document
        self.ids = ensure_policy_styles(document.styles.element, (p.lang for p in doc.parts))
        self.numbering = ListNumbering(document.part.numbering_part.element)
        self.body = BodyBuilder(self._relate, self.ids.get("hyperlink"))
        self._nums: dict[int, int] = {}
        self._next_rid = 1
        self._text_width: int | None = None

    def _relate(self, url: str) -> str:
        # part.relate_to scans every relationship for a match first: quadratic over a policy's
        # hundreds of links (0.4 s of 1 s). BodyBuilder already reuses the id of a repeated URL.
        rels = self.document.part.rels
        while f"rId{self._next_rid}" in rels:
            self._next_rid += 1
        rid = f"rId{self._next_rid}"
        rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
        return rid

    # -- styles and paragraphs ------------------------------------------------------------

    def style_name(self, name: str, part: Part) -> str:
        return rtl_name(name, part.lang) if part.rtl else name

    def style(self, name: str, part: Part) -> str | None:
        key = self.style_name(name, part).lower()
        return self.ids.get(key) or self.ids.get(name.lower())

    def para(self, name: str, part: Part, runs: Iterable[Run], **kw: object) -> etree._Element:
        if part.rtl:
            runs = _rtl_runs(runs)
        return self.body.paragraph(self.style(name, part), runs, **kw)  # type: ignore[arg-type]

    def text_para(self, name: str, part: Part, text: str) -> etree._Element:
        """A paragraph of plain text (title block, labels), Latin items isolated as in the body."""
        return self.para(name, part, directed([Run(text)], part.rtl))

    def item(self, item: Block, part: Part, width: int | None = None) -> etree._Element:
        if isinstance(item, Table):
            return self.table(item, part, width or self.text_width())
        num = None
        if item.list_id is not None:
            if item.list_id not in self._nums:
                if item.kind is BlockKind.BULLET:
                    fmt = "bullet"
                elif part.native_digits:
                    fmt = part.lang.docx_num_format
                else:
                    fmt = "decimal"
                self._nums[item.list_id] = self.numbering.new_list(fmt, part.rtl)
            num = (self._nums[item.list_id], min(item.level, 8))
        name = _ITEM_STYLE.get(item.kind, "Body")
        if item.rtl is not None and item.rtl != part.rtl:
            # The block's own direction (Block.direction): the other direction's style.
            other = Part(language("ar" if item.rtl else "en"), part.title, [], part.labels)
            return self.para(name, other, item.runs, num=num)
        return self.para(name, part, item.runs, num=num)

    def table(self, table: Table, part: Part, width: int) -> etree._Element:
        """A real ``w:tbl``: header rows repeated on every page, body rows free to break
        across pages; in a right-to-left part the first column on the right
        (``w:bidiVisual``) and every cell paragraph RTL (the "AR" style).

        Written as one XML string parsed once (``BodyBuilder.table_xml``): built element by
        element, 100 tables of 10 × 4 short cells cost twice the same words as one paragraph
        per row (issue 13). Content a parsed string cannot reproduce exactly is built element
        by element, with the same result."""
        widths = [max(1, round(width * f)) for f in table.widths] or [width]
        style = self.style("Table Text", part)  # once per table, not per cell
        header_style = self.style("Table Heading", part)
        table_style = self.ids.get("table grid")
        rtl, header_rows = part.rtl, table.header_rows
        try:
            return self.body.table_xml(
                widths,
                [
                    [
                        c.plain if c.plain is not None else _rtl_runs(c.runs) if rtl else c.runs
                        for c in row
                    ]
                    for row in table.rows
                ],
                paragraph_style=style,
                header_style=header_style,
                style_id=table_style,
                bidi_visual=table.rtl,
                header_rows=header_rows,
                cant_split=False,
            )
        except TableXmlError:
            pass
        paragraph = self.body.paragraph
        rows = []
        for index, row in enumerate(table.rows):
            cell_style = header_style if index < header_rows else style
            cells = []
            for cell in row:
                runs = cell.runs
                cells.append([paragraph(cell_style, _rtl_runs(runs) if rtl else runs)])
            rows.append(cells)
        return self.body.table(
            widths,
            rows,
            style_id=table_style,
            bidi_visual=table.rtl,
            header_rows=header_rows,
            cant_split=False,
        )

    def heading(self, section_label: str, title: list[Run], part: Part) -> etree._Element:
        return self.para("Heading 1", part, [Run(section_label + " "), *title], keep_next=True)

    # -- blocks of the document -----------------------------------------------------------

    def title_block(self, part: Part) -> list[etree._Element]:
        cover = part.cover
        out = [self.para("Title", part, cover.title)]
        for line in (cover.subtitle, cover.organization, cover.address):
            if line:
                out.append(self.text_para("Subtitle", part, line))
        if cover.facts:
            out.append(self.text_para("Subtitle", part, " · ".join(cover.facts)))
        return out

    def toc(self, part: Part) -> list[etree._Element]:
        """The contents of one language: a TOC field over that language's heading style only
        (``\\t``), marked dirty so Word fills in the page numbers, with the titles cached."""
        out = [self.para("TOC Heading", part, [Run(part.labels["contents"])])]
        entries = [
            Run(section.heading_text) for section in part.sections if section.has_heading
        ] or [Run("")]
        style = self.ids.get("toc 1") or self.style("Body", part)
        paragraphs = [self.body.paragraph(style, bidi=part.rtl) for _ in entries]
        begin_toc(paragraphs[0], styles=self.style_name("Heading 1", part))
        for p, run in zip(paragraphs, entries, strict=True):
            self.body.add_spans(p, [run])
        end_field(paragraphs[-1])
        return out + paragraphs

    def sections(self, part: Part) -> list[etree._Element]:
        out = []
        for section in part.sections:
            if section.has_heading:
                out.append(self.heading(section.label, section.title, part))
            out.extend(self.item(item, part) for item in section.items)
        return out

    def columns(self, left: Part, right: Part) -> list[etree._Element]:
        """One table: a header row with the language names, then one row per block."""
        width = self.text_width() // 2
        rows: list[list[list[etree._Element]]] = []
        names = [
            [self.para("Table Text", p, [Run(p.lang.native_name, bold=True)])]
            for p in (left, right)
        ]
        rows.append(names)
        for a, b in zip(left.sections, right.sections, strict=True):
            if a.has_heading:
                rows.append(
                    [
                        [self.heading(a.label, a.title, left)],
                        [self.heading(b.label, b.title, right)],
                    ]
                )
            for x, y in zip(a.items, b.items, strict=True):
                # A table sits in its language's column, as wide as the column (less margins).
                inner = width - 2 * 115
                rows.append(
                    [
                        _cell_content(self.item(x, left, inner)),
                        _cell_content(self.item(y, right, inner)),
                    ]
                )
        table_style = self.ids.get("table grid")
        table = self.body.table(
            [width, width], rows, style_id=table_style, header_rows=1, cant_split=False
        )
        return [table]

    def draft_notice(self, parts: list[Part]) -> list[etree._Element]:
        """ "Draft — not approved" under the title, in every language of the document.

        One line, as in the preview and the HTML, except after a left-to-right first language:
        the Latin Subtitle style slants and letter-spaces its text (Word's own template does),
        which slanted the Arabic words and pulled their letters apart. There each right-to-left
        language's words get a line of their own, in that language's Subtitle style.
        """
        line = self.doc.draft_line
        if not line:
            return []
        first = parts[0]
        if first.rtl or all(not p.rtl for p in parts):
            return [self.para("Subtitle", first, [Run(line, bold=True)])]
        latin = " / ".join(
            dict.fromkeys([DRAFT_NOTICE, *(p.labels["draft"] for p in parts if not p.rtl)])
        )
        out = [self.para("Subtitle", first, [Run(latin, bold=True)])]
        for words, part in {p.labels["draft"]: p for p in parts if p.rtl}.items():
            out.append(self.para("Subtitle", part, [Run(words, bold=True)]))
        return out

    def signoff(self, parts: list[Part]) -> list[etree._Element]:
        record = self.doc.approval_lines
        if not self.doc.signers and not record:
            return []
        first = parts[0]
        rtl_only = all(p.rtl for p in parts)

        def label(key: str) -> str:
            return " / ".join(dict.fromkeys(p.labels[key] for p in parts))

        out = [
            self.para(
                "Heading 1", first, directed([Run(label("signoff"))], first.rtl), keep_next=True
            )
        ]
        # The record is Latin text (names, ISO dates, hex digests): written left to right.
        out += [self.body.paragraph(self.style("Body", parts[0]), [Run(line)]) for line in record]
        if not self.doc.signers:
            return out
        keys = ("name", "role", "signature", "date")
        width = self.text_width() // 4
        rows = [
            [
                [self.para("Table Text", first, directed([Run(label(k), bold=True)], first.rtl))]
                for k in keys
            ]
        ]
        for signer in self.doc.signers:
            cells = [signer.name, signer.role, "", ""]
            rows.append(
                [
                    [self.para("Table Text", first, directed([Run(c)], first.rtl) if c else [])]
                    for c in cells
                ]
            )
        table = self.body.table(
            [width] * 4,
            rows,
            style_id=self.ids.get("table grid"),
            bidi_visual=rtl_only,
            header_rows=1,
        )
        for tr in list(table.iterfind(w("tr")))[1:]:
            # Room to sign by hand.
            height = etree.SubElement(tr.find(w("trPr")), w("trHeight"))
            height.set(w("val"), "720")
        return out + [table]

    # -- page setup ------------------------------------------------------------------------

    def sect_pr(self) -> etree._Element:
        body = self.document.element.body
        sect_pr = body.find(w("sectPr"))
        if sect_pr is None:
            sect_pr = etree.SubElement(body, w("sectPr"))
        return sect_pr

    def text_width(self) -> int:
        """The page's width less its margins, in twips (read once: every table asks)."""
        if self._text_width is None:
            self._text_width = self._read_text_width()
        return self._text_width

    def _read_text_width(self) -> int:
        sect_pr = self.sect_pr()
        size, margins = sect_pr.find(w("pgSz")), sect_pr.find(w("pgMar"))
        if size is None or margins is None:
            return 9026
        return int(size.get(w("w"))) - int(margins.get(w("left"))) - int(margins.get(w("right")))

    def fill_header_footer(self, section: docx.section.Section, parts: list[Part]) -> None:
        """The running header (title) and footer ("Page X of Y") of one section, a paragraph
        per language: each part's own words, direction and digits."""
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        header = section.header._element
        footer = section.footer._element
        for element in (header, footer):
            for child in list(element):
                element.remove(child)
        for part in parts:
            header.append(self.text_para("Header", part, part.title))
            before, _, rest = part.labels["page"].partition("{page}")
            middle, _, after = rest.partition("{pages}")
            p = self.para("Footer", part, [Run(before)] if before else [])
            simple_field(p, "PAGE", part.digits("1"))
            self.body.add_spans(p, [Run(middle)])
            simple_field(p, "NUMPAGES", part.digits("1"))
            if after:
                self.body.add_spans(p, [Run(after)])
            footer.append(p)

    def header_footer(self) -> None:
        """Columns: one section, header and footer in both languages. Otherwise one section per
        language, each with its own header and footer (the Arabic half's footer is Arabic)."""
        parts = self.doc.parts
        sections = list(self.document.sections)
        if self.doc.layout is Layout.COLUMNS or len(sections) != len(parts):
            self.fill_header_footer(sections[0], parts)
            return
        for section, part in zip(sections, parts, strict=True):
            self.fill_header_footer(section, [part])

    # -- the whole body ---------------------------------------------------------------------

    def write(self) -> None:
        parts = self.doc.parts
        body = self.document.element.body
        final_sect = self.sect_pr()
        for child in list(body):
            if child is not final_sect:
                body.remove(child)
        with_toc = self.doc.options.toc
        elements: list[etree._Element] = []
        if self.doc.layout is Layout.COLUMNS:
            left, right = parts
            elements += self.title_block(left) + self.title_block(right)
            elements += self.draft_notice(parts)
            if with_toc:
                elements += self.toc(left) + self.toc(right)
            elements += self.columns(left, right)
        else:
            for index, part in enumerate(parts):
                notice = self.draft_notice(parts) if index == 0 else []
                toc = self.toc(part) if with_toc else []
                chunk = self.title_block(part) + notice + toc + self.sections(part)
                if index < len(parts) - 1:
                    # Each language its own section, so an Arabic part gets a bidi section.
                    chunk.append(self.section_break(part))
                elements += chunk
        elements += self.signoff(parts)
        elements = _tables_kept_apart(elements)
        if self.doc.layout is not Layout.COLUMNS and parts[-1].rtl:
            set_section_bidi(final_sect)
        for element in elements:
            final_sect.addprevious(element)
        self.header_footer()

    def section_break(self, part: Part) -> etree._Element:
        p = etree.Element(w("p"))
        p_pr = etree.SubElement(p, w("pPr"))
        sect = copy.deepcopy(self.sect_pr())
        # Its own header and footer come later (header_footer): no shared references.
        for child in sect.findall(w("bidi")) + sect.findall(w("headerReference")):
            sect.remove(child)
        for child in sect.findall(w("footerReference")):
            sect.remove(child)
        if part.rtl:
            set_section_bidi(sect)
        p_pr.append(sect)
        return p


def _tables_kept_apart(elements: list[etree._Element]) -> list[etree._Element]:
    """``elements`` with a small empty paragraph between any two adjacent tables (two tables
    of a section, or the last one and the sign-off table): with nothing between them, Word and
    LibreOffice show them as one table."""
    out: list[etree._Element] = []
    table = w("tbl")
    for element in elements:
        if element.tag == table and out and out[-1].tag == table:
            out.append(table_gap())
        out.append(element)
    return out


def _cell_content(element: etree._Element) -> list[etree._Element]:
    """A table cell must end with a paragraph (ECMA-376 §17.4.66): a nested table gets one."""
    if element.tag == w("tbl"):
        return [element, etree.Element(w("p"))]
    return [element]


def _rtl_runs(runs: Iterable[Run]) -> list[Run]:
    """Runs of right-to-left text, number-led Latin items anchored with an LRM (DOCX has no
    isolation element; the layout already cut the Latin items into runs of their own)."""
    return [
        replace(run, text=LRM + run.text) if run.ltr and run.text[:1] in _NUMBER_START else run
        for run in runs
    ]


_NUMBER_START = frozenset("0123456789+")


def _set_properties(document: docx.document.Document, doc: ExportDocument) -> None:
    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    first = doc.parts[0]
    props.title = doc.title
    props.author = doc.options.author or doc.organization
    props.last_modified_by = props.author
    # One tag: "en-ar" would read as English as spoken in Argentina.
    props.language = first.lang.bcp47
    props.version = doc.version_label
    props.subject = doc.organization
    description = f"{first.title}"
    if doc.version_label:
        description += f", {first.labels['version'].lower()} {doc.version_label}"
    props.comments = description
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = now
    props.modified = now


def write_docx(
    policy: Policy, path: Path, options: ExportOptions, known_variables: Iterable[str] = ()
) -> ExportReport:
    """Write ``policy`` to ``path`` as a DOCX laid out as ``options`` ask."""
    doc = build(policy, options, known_variables)
    reference = options.reference_doc
    if reference is not None and not reference.exists():
        raise PolicyStudioError(f"{reference}: reference document not found")
    try:
        document = base_document(reference)
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        where = reference or default_reference_doc()
        raise PolicyStudioError(f"{where}: not a usable reference .docx ({exc})") from exc
    writer = _Writer(doc, document)
    writer.write()
    request_field_update(document.settings.element)
    _set_properties(document, doc)
    if writer.body.long_names:
        set_text_properties(document.part.package, writer.body.long_names, VARIABLE_BOOKMARK)
    write_output(path, docx_bytes(document), "the document")
    return ExportReport(str(path), doc.warnings)
