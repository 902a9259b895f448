"""DOCX writer: one language, two languages side by side, or one after the other.

python-docx opens the reference document (styles, page setup) and writes the package and core
properties; the body is built with lxml through policy_studio.oxml (ten times faster than the
python-docx object API on a long policy). Right-to-left parts use the "AR" styles, which carry
``w:bidi`` and complex-script fonts; lists get one ``w:num`` each so no two share a counter.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ...model import BlockKind, Policy, PolicyStudioError
from ...oxml.bidi import set_section_bidi
from ...oxml.body import BodyBuilder
from ...oxml.fields import begin_toc, end_field, request_field_update, simple_field
from ...oxml.numbering import ListNumbering
from ...oxml.schema import w
from ...oxml.styles import ensure_policy_styles, rtl_name
from ..export_flow import (
    ExportDocument,
    ExportReport,
    Item,
    Part,
    Span,
    anchor_numbers,
    build,
    latin_pieces,
)
from ..options import ExportOptions, Layout
from ..output import docx_bytes, write_bytes_atomic
from .docx_reference import base_document, default_reference_doc

SUPPORTED = (
    "layouts single/columns/sequential; numbered section headings; paragraphs, body headings, "
    "bullet and numbered lists (restarting per list and column); bold, italic, http(s)/mailto "
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
        self.ids = ensure_policy_styles(document.styles.element)
        self.numbering = ListNumbering(document.part.numbering_part.element)
        self.body = BodyBuilder(self._relate, self.ids.get("hyperlink"))
        self._nums: dict[int, int] = {}
        self._next_rid = 1

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

    def style(self, name: str, part: Part) -> str | None:
        key = (rtl_name(name) if part.rtl else name).lower()
        return self.ids.get(key) or self.ids.get(name.lower())

    def para(self, name: str, part: Part, spans: Iterable[Span], **kw: object) -> etree._Element:
        if part.rtl:
            spans = _rtl_runs(spans)
        return self.body.paragraph(self.style(name, part), spans, **kw)  # type: ignore[arg-type]

    def item(self, item: Item, part: Part) -> etree._Element:
        num = None
        if item.list_id is not None:
            if item.list_id not in self._nums:
                if item.kind is BlockKind.BULLET:
                    fmt = "bullet"
                elif part.rtl and self.doc.options.arabic_digits:
                    fmt = "hindiNumbers"
                else:
                    fmt = "decimal"
                self._nums[item.list_id] = self.numbering.new_list(fmt, part.rtl)
            num = (self._nums[item.list_id], min(item.level, 8))
        return self.para(_ITEM_STYLE.get(item.kind, "Body"), part, item.spans, num=num)

    def heading(self, section_label: str, title: list[Span], part: Part) -> etree._Element:
        return self.para("Heading 1", part, [Span(section_label + " "), *title], keep_next=True)

    # -- blocks of the document -----------------------------------------------------------

    def title_block(self, part: Part) -> list[etree._Element]:
        words = part.labels
        out = [self.para("Title", part, [Span(part.title)])]
        if self.doc.organization:
            out.append(self.para("Subtitle", part, [Span(self.doc.organization)]))
        facts = []
        if self.doc.version_label:
            facts.append(f"{words['version']}: {self.doc.version_label}")
        if self.doc.effective_date:
            facts.append(f"{words['effective']}: {self.doc.effective_date}")
        if facts:
            out.append(self.para("Subtitle", part, [Span(" · ".join(facts))]))
        return out

    def toc(self, parts: list[Part]) -> list[etree._Element]:
        """A TOC field marked dirty, with the section titles cached as its visible result."""
        first = parts[0]
        out = [self.para("TOC Heading", first, [Span(first.labels["contents"])])]
        entries: list[tuple[Part, Span]] = []
        for index in range(len(first.sections)):
            for part in parts:
                section = part.sections[index]
                text = section.label + " " + "".join(s.text for s in section.title)
                entries.append((part, Span(text)))
        paragraphs = []
        for part, span in entries or [(first, Span(""))]:
            style = self.ids.get("toc 1") or self.style("Body", part)
            paragraphs.append((self.body.paragraph(style, bidi=part.rtl), span))
        begin_toc(paragraphs[0][0])
        for p, span in paragraphs:
            self.body.add_spans(p, [span])
        end_field(paragraphs[-1][0])
        return out + [p for p, _ in paragraphs]

    def sections(self, part: Part) -> list[etree._Element]:
        out = []
        for section in part.sections:
            out.append(self.heading(section.label, section.title, part))
            out.extend(self.item(item, part) for item in section.items)
        return out

    def columns(self, left: Part, right: Part) -> list[etree._Element]:
        """One table: a header row with the language names, then one row per block."""
        width = self.text_width() // 2
        rows: list[list[list[etree._Element]]] = []
        names = [
            [self.para("Table Text", p, [Span(p.lang.native_name, bold=True)])]
            for p in (left, right)
        ]
        rows.append(names)
        for a, b in zip(left.sections, right.sections, strict=True):
            rows.append(
                [[self.heading(a.label, a.title, left)], [self.heading(b.label, b.title, right)]]
            )
            for x, y in zip(a.items, b.items, strict=True):
                rows.append([[self.item(x, left)], [self.item(y, right)]])
        table_style = self.ids.get("table grid")
        return [self.body.table([width, width], rows, style_id=table_style, header_rows=1)]

    def signoff(self, parts: list[Part]) -> list[etree._Element]:
        if not self.doc.signers:
            return []
        first = parts[0]
        rtl_only = all(p.rtl for p in parts)

        def label(key: str) -> str:
            return " / ".join(dict.fromkeys(p.labels[key] for p in parts))

        out = [self.para("Heading 1", first, [Span(label("signoff"))], keep_next=True)]
        keys = ("name", "role", "signature", "date")
        width = self.text_width() // 4
        rows = [[[self.para("Table Text", first, [Span(label(k), bold=True)])] for k in keys]]
        for signer in self.doc.signers:
            cells = [signer.name, signer.role, "", ""]
            rows.append([[self.para("Table Text", first, [Span(c)] if c else [])] for c in cells])
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
        sect_pr = self.sect_pr()
        size, margins = sect_pr.find(w("pgSz")), sect_pr.find(w("pgMar"))
        if size is None or margins is None:
            return 9026
        return int(size.get(w("w"))) - int(margins.get(w("left"))) - int(margins.get(w("right")))

    def header_footer(self, parts: list[Part]) -> None:
        first = parts[0]
        section = self.document.sections[0]
        header_text = " / ".join(dict.fromkeys(p.title for p in parts))
        if self.doc.version_label:
            header_text += f" · {first.labels['version']} {self.doc.version_label}"
        header = section.header._element
        footer = section.footer._element
        for element in (header, footer):
            for child in list(element):
                element.remove(child)
        header.append(self.para("Header", first, [Span(header_text)]))
        before, _, rest = first.labels["page"].partition("{page}")
        middle, _, after = rest.partition("{pages}")
        p = self.para("Footer", first, [Span(before)] if before else [])
        simple_field(p, "PAGE")
        self.body.add_spans(p, [Span(middle)])
        simple_field(p, "NUMPAGES")
        if after:
            self.body.add_spans(p, [Span(after)])
        footer.append(p)

    # -- the whole body ---------------------------------------------------------------------

    def write(self) -> None:
        parts = self.doc.parts
        self.header_footer(parts)
        body = self.document.element.body
        final_sect = self.sect_pr()
        for child in list(body):
            if child is not final_sect:
                body.remove(child)
        toc = self.toc(parts) if self.doc.options.toc else []
        elements: list[etree._Element] = []
        if self.doc.layout is Layout.COLUMNS:
            left, right = parts
            elements += self.title_block(left) + self.title_block(right) + toc
            elements += self.columns(left, right)
        else:
            for index, part in enumerate(parts):
                chunk = self.title_block(part) + (toc if index == 0 else []) + self.sections(part)
                if index < len(parts) - 1:
                    # Each language its own section, so an Arabic part gets a bidi section.
                    chunk.append(self.section_break(part))
                elements += chunk
        elements += self.signoff(parts)
        if self.doc.layout is not Layout.COLUMNS and parts[-1].rtl:
            set_section_bidi(final_sect)
        for element in elements:
            final_sect.addprevious(element)

    def section_break(self, part: Part) -> etree._Element:
        p = etree.Element(w("p"))
        p_pr = etree.SubElement(p, w("pPr"))
        sect = copy.deepcopy(self.sect_pr())
        for bidi in sect.findall(w("bidi")):
            sect.remove(bidi)
        if part.rtl:
            set_section_bidi(sect)
        p_pr.append(sect)
        return p


@dataclass(frozen=True, slots=True)
class _Run:
    """A span piece for an RTL paragraph; ``ltr`` marks a Latin item (no ``w:rtl``)."""

    text: str
    bold: bool
    italic: bool
    link: str | None
    ltr: bool


def _rtl_runs(spans: Iterable[Span]) -> list[_Run]:
    """Spans of right-to-left text cut so Latin items get runs of their own, as Word does."""
    out = []
    for span in spans:
        for piece, latin in latin_pieces(span.text):
            text = anchor_numbers(piece) if latin else piece
            out.append(_Run(text, span.bold, span.italic, span.link, latin))
    return out


def _set_properties(document: docx.document.Document, doc: ExportDocument) -> None:
    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    first = doc.parts[0]
    props.title = doc.title
    props.author = doc.options.author or doc.organization
    props.last_modified_by = props.author
    # One tag: "en-ar" would read as English as spoken in Argentina.
    props.language = first.lang.code
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
    write_bytes_atomic(path, docx_bytes(document), "the document")
    return ExportReport(str(path), doc.warnings)
