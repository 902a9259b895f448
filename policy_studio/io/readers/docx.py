"""DOCX reader: WordprocessingML read with lxml straight from the package (safely).

Supported: paragraph styles (Title, Heading 1–9, and any style or paragraph with an outline
level; custom styles followed through basedOn); numbered and bulleted paragraphs from
numbering.xml (bullet vs number from the level's numFmt, nesting from ilvl, list styles); bold
and italic (w:b/w:bCs, w:i/w:iCs, also from character styles), hyperlinks (relationship targets,
http/https/mailto only, and HYPERLINK fields); RTL paragraphs (w:bidi); a body paragraph's
tracked changes and comments as proposals and review notes on its block, its text read with
every change rejected (docx_review.py), table cells, footnotes and endnotes likewise; tables
read row by row as text blocks (cells joined by " | "); content controls (w:sdt); line breaks
and tabs; footnotes and endnotes (paragraphs "[1] …" after the citing paragraph) and text
boxes (paragraphs after their anchor). The core properties' title is used when no paragraph is
styled Title. A document with no styled headings at all (typed, or pasted from a web page) gets
the plain-text structure rules of structure.py.
Dropped and reported: images and other drawings, comments anchored nowhere, headers and
footers. docs/import.md has the decisions.

The package is opened through safety.py: size and zip-bomb limits, encrypted (OLE) files and
truncated zips refused, every XML part parsed with entities and network off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ...model.language import KNOWN_LANGUAGES
from ...text.markup import Run, merge_runs, plain_text, to_markup
from .. import review_import
from ..build import UNTRANSLATED_MARKERS, build
from ..intermediate import Line, ParsedDocument, Role, note_variable
from ..reasons import said
from ..result import ReadResult
from . import docx_review, export_marks
from .safety import (
    ImportFileError,
    check_text_size,
    open_zip,
    parse_xml,
    read_limited,
    read_member,
)
from .structure import finish_roles, recover_structure

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
DC = "http://purl.org/dc/elements/1.1/"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Tag names compared on every run (built once, not per element).
_W_bookmarkEnd = w("bookmarkEnd")
_W_bookmarkStart = w("bookmarkStart")
_W_br = w("br")
_W_commentReference = w("commentReference")
_W_cr = w("cr")
_W_del = w("del")
_W_endnoteReference = w("endnoteReference")
_W_fldChar = w("fldChar")
_W_fldCharType = w("fldCharType")
_W_footnoteReference = w("footnoteReference")
_W_hyperlink = w("hyperlink")
_W_id = w("id")
_W_ins = w("ins")
_W_instr = w("instr")
_W_instrText = w("instrText")
_W_moveFrom = w("moveFrom")
_W_moveTo = w("moveTo")
_W_name = w("name")
_W_noBreakHyphen = w("noBreakHyphen")
_W_pPr = w("pPr")
_W_ptab = w("ptab")
_W_r = w("r")
_W_rPr = w("rPr")
_W_rStyle = w("rStyle")
_W_t = w("t")
_W_tab = w("tab")
_W_val = w("val")
_BOLD = (w("b"), w("bCs"))
_ITALIC = (w("i"), w("iCs"))
_MC_ALTERNATE = f"{{{MC}}}AlternateContent"
_CONTAINERS = frozenset(
    w(tag) for tag in ("ins", "moveTo", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml")
)
"""Elements whose children are read as the paragraph's runs."""
_VARIABLE_MARK = re.compile(r"(_PsV\d+)(?:_([A-Za-z][A-Za-z0-9_]*))?")
"""The hidden bookmark our DOCX export puts around a variable's text (oxml/body.py):
``_PsV12_org``, or ``_PsV12`` with the name in the custom property ``_PsV12``."""
_LONG_VARIABLE = re.compile(r"(_PsV\d+)(?:\.(\d+))?")
_VARIABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_PLACEHOLDER = re.compile(r"\[[A-Za-z][A-Za-z0-9_]*\]")


def _on(element: etree._Element | None) -> bool:
    """A toggle property (w:b, w:bidi…) is on unless its w:val says false."""
    if element is None:
        return False
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


@dataclass(slots=True)
class Style:
    """What the reader needs of one style."""

    name: str = ""
    based_on: str = ""
    outline: int | None = None
    num_id: str = ""
    ilvl: int = 0
    bold: bool | None = None
    italic: bool | None = None
    bidi: bool | None = None


@dataclass(slots=True)
class Package:
    """The parts of the DOCX the reader uses."""

    name: str
    document: etree._Element
    styles: dict[str, Style] = field(default_factory=dict)
    formats: dict[tuple[str, int], str] = field(default_factory=dict)
    """(numId, ilvl) → numFmt ("bullet", "decimal", …)."""
    links: dict[str, str] = field(default_factory=dict)
    """Relationship id → external target."""
    title: str = ""
    creator: str = ""
    """The core properties' author (our exports write the organisation there)."""
    default_style: str = ""
    notes: dict[tuple[str, str], etree._Element] = field(default_factory=dict)
    """("footnote" | "endnote", id) → the note element (separators left out)."""
    comments: dict[str, etree._Element] = field(default_factory=dict)
    """Comment id → w:comment."""
    furniture: list[tuple[str, etree._Element]] = field(default_factory=list)
    """("page header" | "page footer", root of the part), in relationship order."""
    variable_names: dict[str, str] = field(default_factory=dict)
    """Bookmark ``_PsV<n>`` → the name of the variable it marks, when the name was too long
    to be part of the bookmark's (custom document properties)."""


def _part(archive, name: str, member: str, required: bool = False) -> etree._Element | None:  # type: ignore[no-untyped-def]
    data = read_member(archive, member, name)
    if data is None:
        if required:
            raise ImportFileError(f"{name}: not a Word document (it has no {member})")
        return None
    return parse_xml(data, name, member)


def open_package(data: bytes, name: str) -> Package:
    archive = open_zip(data, name)
    main = "word/document.xml"
    rels = _part(archive, name, "_rels/.rels")
    if rels is not None:
        for rel in rels.iter(f"{{{PR}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                main = rel.get("Target", main).lstrip("/")
    document = _part(archive, name, main, required=True)
    assert document is not None
    package = Package(name, document)
    folder = main.rsplit("/", 1)[0] if "/" in main else ""
    prefix = f"{folder}/" if folder else ""
    styles = _part(archive, name, f"{prefix}styles.xml")
    if styles is not None:
        _read_styles(styles, package)
    numbering = _part(archive, name, f"{prefix}numbering.xml")
    if numbering is not None:
        _read_numbering(numbering, package)
    doc_rels = _part(archive, name, f"{prefix}_rels/{main.rsplit('/', 1)[-1]}.rels")
    if doc_rels is not None:
        for rel in doc_rels.iter(f"{{{PR}}}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if rel.get("TargetMode") == "External" or kind == "hyperlink":
                package.links[rel.get("Id", "")] = rel.get("Target", "")
            elif kind in _SIDE_PARTS:
                target = rel.get("Target", "")
                member = target.lstrip("/") if target.startswith("/") else prefix + target
                part = _part(archive, name, member)
                if part is not None:
                    _read_side_part(kind, part, package)
    custom = "docProps/custom.xml"
    for rel in rels.iter(f"{{{PR}}}Relationship") if rels is not None else ():
        if rel.get("Type", "").endswith("/custom-properties"):
            custom = rel.get("Target", custom).lstrip("/")
    properties = _part(archive, name, custom)
    if properties is not None:
        package.variable_names = _variable_names(properties)
    core = _part(archive, name, "docProps/core.xml")
    if core is not None:
        package.title = (core.findtext(f"{{{DC}}}title") or "").strip()
        package.creator = (core.findtext(f"{{{DC}}}creator") or "").strip()
    return package


def _variable_names(root: etree._Element) -> dict[str, str]:
    """Bookmark ``_PsV<n>`` → the variable name our export kept in the custom property of that
    name; a name over 255 characters is cut into ``_PsV<n>``, ``_PsV<n>.2``…
    (oxml/custom_properties.py)."""
    parts: dict[str, list[tuple[int, str]]] = {}
    for prop in root.iter(f"{{{_CUSTOM}}}property"):
        m = _LONG_VARIABLE.fullmatch(prop.get("name", ""))
        if m:
            text = "".join(prop.itertext()).strip()
            parts.setdefault(m[1], []).append((int(m[2] or 1), text))
    names = {mark: "".join(text for _, text in sorted(found)) for mark, found in parts.items()}
    return {mark: name for mark, name in names.items() if _VARIABLE_NAME.fullmatch(name)}


_SIDE_PARTS = ("footnotes", "endnotes", "comments", "header", "footer")
"""Parts beside the body whose text the reader keeps (notes) or lists as left out."""


def _read_side_part(kind: str, root: etree._Element, package: Package) -> None:
    if kind in ("footnotes", "endnotes"):
        for note in root.iter(w(kind[:-1])):
            if note.get(w("type")) in (None, "normal"):
                package.notes[(kind[:-1], note.get(w("id"), ""))] = note
    elif kind == "comments":
        for comment in root.iter(w("comment")):
            package.comments[comment.get(w("id"), "")] = comment
    else:
        package.furniture.append((f"page {kind}", root))


def _read_styles(root: etree._Element, package: Package) -> None:
    for element in root.iter(w("style")):
        style_id = element.get(w("styleId"), "")
        style = Style()
        name = element.find(w("name"))
        style.name = (name.get(w("val"), "") if name is not None else style_id).lower()
        based = element.find(w("basedOn"))
        style.based_on = based.get(w("val"), "") if based is not None else ""
        ppr = element.find(w("pPr"))
        if ppr is not None:
            outline = ppr.find(w("outlineLvl"))
            if outline is not None and outline.get(w("val"), "").isdecimal():
                style.outline = int(outline.get(w("val"), "9"))
            num = ppr.find(w("numPr"))
            if num is not None:
                style.num_id, style.ilvl = _num_pr(num)
            if ppr.find(w("bidi")) is not None:
                style.bidi = _on(ppr.find(w("bidi")))
        rpr = element.find(w("rPr"))
        if rpr is not None:
            for tag in ("b", "bCs"):
                if rpr.find(w(tag)) is not None:
                    style.bold = _on(rpr.find(w(tag)))
            for tag in ("i", "iCs"):
                if rpr.find(w(tag)) is not None:
                    style.italic = _on(rpr.find(w(tag)))
        package.styles[style_id] = style
        if element.get(w("type")) == "paragraph" and element.get(w("default")) in ("1", "true"):
            package.default_style = style_id


def _num_pr(num: etree._Element) -> tuple[str, int]:
    num_id = num.find(w("numId"))
    ilvl = num.find(w("ilvl"))
    level = ilvl.get(w("val"), "0") if ilvl is not None else "0"
    return (num_id.get(w("val"), "") if num_id is not None else ""), int(
        level
    ) if level.isdecimal() else 0


def _read_numbering(root: etree._Element, package: Package) -> None:
    abstract: dict[str, dict[int, str]] = {}
    for element in root.iter(w("abstractNum")):
        levels = {}
        for lvl in element.iter(w("lvl")):
            fmt = lvl.find(w("numFmt"))
            index = lvl.get(w("ilvl"), "0")
            levels[int(index) if index.isdecimal() else 0] = (
                fmt.get(w("val"), "decimal") if fmt is not None else "decimal"
            )
        abstract[element.get(w("abstractNumId"), "")] = levels
    for num in root.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        levels = abstract.get(ref.get(w("val"), "") if ref is not None else "", {})
        for level, fmt in levels.items():
            package.formats[(num.get(w("numId"), ""), level)] = fmt


MAX_STYLE_DEPTH = 32
"""Longest basedOn chain followed (Word's own styles are at most a handful deep)."""


def _style_chain(package: Package, style_id: str, problems: set[str] | None = None) -> list[Style]:
    """The style and those it is based on, nearest first; a cycle or an over-long chain stops
    (and is named in ``problems``)."""
    chain, seen = [], set()
    start = style_id
    while style_id and style_id in package.styles:
        if style_id in seen:
            if problems is not None:
                problems.add(f"styles based on each other in a loop (at {style_id!r})")
            break
        if len(chain) >= MAX_STYLE_DEPTH:
            if problems is not None:
                problems.add(f"style {start!r} is based on more than {MAX_STYLE_DEPTH} styles")
            break
        seen.add(style_id)
        chain.append(package.styles[style_id])
        style_id = package.styles[style_id].based_on
    return chain


class _Paragraphs:
    """Walks the body in order and classifies each paragraph."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.lines: list[Line] = []
        self.count = 0
        self.tables = 0
        """Tables read so far (numbering each row's table)."""
        self.chains: dict[str, list[Style]] = {}
        """Style chains by style id: computed once, not once per paragraph."""
        self.problems: set[str] = set()
        self.pending_notes: list[tuple[str, str, str]] = []
        """(kind, id, label) of notes cited by the paragraph being read: written after it."""
        self.pending_boxes: list[etree._Element] = []
        """Text boxes anchored in the paragraph being read: their paragraphs follow it."""
        self.pending_comments: list[str] = []
        self.pending_deleted: list[Line] = []
        self.cited: dict[str, int] = {"footnote": 0, "endnote": 0}
        self.text_boxes = 0
        self.changes = {"insertion": 0, "deletion": 0, "move": 0}
        self.seen_changes: set[tuple[int | None, str, str]] = set()
        """Tracked changes counted (a table's header row may be read twice)."""
        self.commented: set[str] = set()
        self.noted: set[str] = set()
        """Comments kept as review notes on the paragraph they are anchored in."""
        self.tracked = docx_review.tracked_paragraphs(package.document)
        """Paragraphs of the body with tracked changes of their own (read as proposals)."""
        self.in_copy = 0
        """Above 0 while a copy of a paragraph with changes is read."""
        self.marks: list[tuple[str, str]] = []
        """(inserted|deleted, author) of tracked paragraph marks (the paragraphs stay as read)."""
        self.cited_ids: dict[tuple[str, str], str] = {}
        """(kind, note id) → its label ("1", "i"): a note cited twice is written once."""
        self.found_variables: dict[str, str] = {}
        """Variables of our export in the paragraph (or table row) being read → their value."""
        self.nameless: set[str] = set()
        """Variable bookmarks ``_PsV<n>`` whose name (a custom document property) is gone."""

    def chain(self, style_id: str) -> list[Style]:
        found = self.chains.get(style_id)
        if found is None:
            found = self.chains[style_id] = _style_chain(self.package, style_id, self.problems)
        return found

    def body(self) -> None:
        body = self.package.document.find(w("body"))
        if body is None:
            raise ImportFileError(f"{self.package.name}: the document has no body")
        self.blocks(body)

    def blocks(self, parent: etree._Element) -> None:
        for child in parent:
            if child.tag == w("p"):
                self.paragraph(child)
            elif child.tag == w("tbl"):
                self.table(child)
            elif child.tag in (w("sdt"), w("customXml"), w("ins")):
                content = child.find(w("sdtContent"))
                self.blocks(content if content is not None else child)

    def table(self, table: etree._Element) -> None:
        if self.language_columns(table):
            return
        self.tables += 1
        leading = True
        for row in table.iter(w("tr")):
            self.found_variables = {}
            cells: list[str] = []
            row_items: list[dict[str, Any]] = []
            comment_cells: dict[str, int] = {}
            for column, cell in enumerate(row.iter(w("tc"))):
                before = len(self.pending_comments)
                cells.append(self.cell(cell, column, row_items))
                for comment_id in self.pending_comments[before:]:
                    comment_cells.setdefault(comment_id, column)
            self.count += 1
            text = " | ".join(c for c in cells if c)
            after = len(self.lines)
            row_comments, self.pending_comments = self.pending_comments, []
            self.flush(text)
            # What the row carried (notes, text boxes) follows the row.
            carried, self.lines[after:] = self.lines[after:], []
            # A repeated header row (w:tblHeader) at the top of the table is its header.
            leading = leading and row.find(f"{w('trPr')}/{w('tblHeader')}") is not None
            if text:
                row_line = Line(
                    Role.PARAGRAPH,
                    text,
                    line=self.count,
                    reason="table row",
                    cells=cells,
                    table=self.tables,
                    header=leading,
                )
                for name, value in self.found_variables.items():
                    note_variable(row_line, name, value)
                self.lines.append(row_line)
                for item in row_items:
                    docx_review.add(self.lines[-1], item)
                self.pending_comments = row_comments
                self.attach_comments(self.lines[-1], row, comment_cells)
            else:
                self.pending_comments = row_comments
                self.flush("")
            self.lines.extend(carried)

    def cell(self, cell: etree._Element, column: int, items: list[dict[str, Any]]) -> str:
        """A table cell's text (its paragraphs joined); a paragraph with tracked changes is read
        with all of them rejected, and each change is an item (a proposal of the cell's text
        with that change accepted) for cell ``column``."""
        paragraphs = list(cell.iter(w("p")))
        texts: list[str] = []
        found: list[tuple[int, list[dict[str, Any]]]] = []
        for index, p in enumerate(paragraphs):
            if p in self.tracked:
                text, changes = docx_review.cell_changes(
                    p, lambda el: self.runs_markup(el)[0], self.markup_only
                )
                found.append((index, changes))
            else:
                text = self.runs_markup(p)[0]
            texts.append(text)

        def joined(parts: list[str]) -> str:
            return " ".join(t for t in parts if t)

        base = joined(texts)
        for index, changes in found:
            for item in changes:
                if item["type"] == "proposal":
                    item["text"] = joined([*texts[:index], item["text"], *texts[index + 1 :]])
                    item["base"] = base
                items.append({**item, "cell": column})
        return base

    def markup_only(self, p: etree._Element) -> str:
        """A paragraph's markup, with nothing it cites or anchors added to the document."""
        saved = (
            list(self.pending_notes),
            list(self.pending_boxes),
            list(self.pending_comments),
            dict(self.cited),
            dict(self.cited_ids),
        )
        try:
            return self.runs_markup(p)[0]
        finally:
            self.pending_notes, self.pending_boxes, self.pending_comments = saved[:3]
            self.cited, self.cited_ids = saved[3], saved[4]

    def language_columns(self, table: etree._Element) -> bool:
        """Our two-column export: a repeated header row naming one language per column, then
        one row per block. Each cell is read as the paragraphs it holds, in its column's
        language, and the row is the pair (its cells' lines share an anchor)."""
        rows = table.findall(w("tr"))
        if not rows or rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is None:
            return False
        names = {
            name.casefold(): lang.code
            for lang in KNOWN_LANGUAGES.values()
            for name in (lang.name, lang.native_name)
        }
        header = [
            plain_text(" ".join(self.runs_markup(p)[0] for p in cell.iter(w("p")))).strip()
            for cell in rows[0].findall(w("tc"))
        ]
        codes = [names.get(name.casefold()) for name in header]
        if len(codes) != 2 or None in codes or codes[0] == codes[1]:
            return False
        for number, row in enumerate(rows[1:], 1):
            for cell, code in zip(row.findall(w("tc")), codes, strict=False):
                start = len(self.lines)
                self.blocks(cell)
                for index, line in enumerate(self.lines[start:]):
                    line.attrs["lang"] = str(code)
                    line.anchor = f"columns-row-{number}.{index}"
        return True

    def paragraph(self, p: etree._Element) -> Line | None:
        # A copy made to read a change (its text box's paragraphs) is in no precomputed set.
        if p in self.tracked or (self.in_copy and docx_review.has_review(p)):
            self.in_copy += 1
            try:
                return docx_review.read_tracked(p, self.plain_paragraph, self.probe, self.keep)
            finally:
                self.in_copy -= 1
        return self.plain_paragraph(p)

    def probe(
        self, p: etree._Element, read: Callable[[etree._Element], Line | None] | None = None
    ) -> Line | None:
        """The line ``p`` would give (read by ``read``, a body paragraph's reading unless
        given), with nothing added to the document or counted."""
        saved = (
            len(self.lines),
            self.count,
            list(self.pending_notes),
            list(self.pending_boxes),
            list(self.pending_comments),
            list(self.pending_deleted),
            dict(self.cited),
            dict(self.cited_ids),
            self.text_boxes,
            set(self.commented),
            set(self.noted),
            len(self.marks),
        )
        try:
            return (read or self.plain_paragraph)(p)
        finally:
            del self.lines[saved[0] :]
            self.count = saved[1]
            self.pending_notes, self.pending_boxes = saved[2], saved[3]
            self.pending_comments, self.pending_deleted = saved[4], saved[5]
            self.cited, self.cited_ids, self.text_boxes = saved[6], saved[7], saved[8]
            self.commented, self.noted = saved[9], saved[10]
            del self.marks[saved[11] :]

    def keep(self, line: Line) -> None:
        self.count += 1
        line.line = self.count
        self.lines.append(line)

    def plain_paragraph(self, p: etree._Element) -> Line | None:
        self.count += 1
        self.found_variables = {}
        ppr = p.find(_W_pPr)
        if ppr is not None and ppr.find(_W_rPr) is not None:
            self.marks.extend(docx_review.paragraph_marks(ppr))
        style = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = style.get(w("val"), "") if style is not None else ""
        chain = self.chain(style_id or self.package.default_style)
        text, all_bold, drawings = self.runs_markup(p, chain)
        for _ in range(drawings):
            self.lines.append(Line(Role.DEBRIS, "image", line=self.count, reason="image"))
        if not text:
            self.flush(text)
            return None
        line = Line(Role.PARAGRAPH, text, line=self.count, reason="paragraph")
        for name, value in self.found_variables.items():
            note_variable(line, name, value)
        outline = next((s.outline for s in chain if s.outline is not None), None)
        num_id, ilvl = next(((s.num_id, s.ilvl) for s in chain if s.num_id), ("", 0))
        bidi = next((s.bidi for s in chain if s.bidi is not None), None)
        if ppr is not None:
            level = ppr.find(w("outlineLvl"))
            if level is not None:
                value = level.get(w("val"), "9")
                outline = int(value) if value.isdecimal() else None
            numbering = ppr.find(w("numPr"))
            if numbering is not None:
                num_id, ilvl = _num_pr(numbering)
            if ppr.find(w("bidi")) is not None:
                bidi = _on(ppr.find(w("bidi")))
        if bidi:
            line.direction = "rtl"
        names = [s.name for s in chain]
        heading_name = next((n for n in names if re.fullmatch(r"heading \d", n)), "")
        if any(n == "toc heading" or re.fullmatch(r"toc \d", n) for n in names):
            # Word's own contents-list styles (our exports use them too): not policy text.
            line.role, line.reason = Role.DEBRIS, "contents list"
        elif "title" in names and plain_text(text).strip() in UNTRANSLATED_MARKERS:
            # Our export's "[not translated]" title stands for a title that is not there.
            line.role, line.reason = Role.DEBRIS, "not-translated marker of an export"
            line.attrs["title-slot"] = "1"  # the title is missing, not to be guessed
        elif "title" in names:
            line.role, line.level, line.reason = Role.HEADING, 1, "Title style"
            line.attrs["title"] = "1"
        elif "subtitle" in names:
            line.attrs["subtitle"] = "1"  # a cover line, when it follows the title
        elif outline is not None and outline < 9:
            line.role, line.level, line.reason = Role.HEADING, outline + 1, "outline level"
        elif heading_name:
            line.role, line.level, line.reason = (
                Role.HEADING,
                int(heading_name[-1]),
                "heading style",
            )
        elif num_id and num_id != "0":
            fmt = self.package.formats.get((num_id, ilvl), "decimal")
            line.role = Role.BULLET if fmt in ("bullet", "none") else Role.NUMBERED
            line.level, line.reason = ilvl, said("numbering", fmt)
        elif any("list bullet" in n for n in names):
            line.role, line.reason = Role.BULLET, "list style"
        elif any("list number" in n for n in names):
            line.role, line.reason = Role.NUMBERED, "list style"
        elif all_bold and len(text.split()) <= 12 and text.rstrip("*")[-1:] not in ".;,":
            # Lawyers' drafts often make headings by hand: a short paragraph all in bold.
            line.role, line.level, line.reason = Role.HEADING, 1, "short bold paragraph"
        if line.role is Role.HEADING and all_bold:
            line.text = _unbold(line.text)  # bold is the heading's look, not emphasis
        self.lines.append(line)
        self.attach_comments(line, p)
        self.flush(text)
        return line

    def attach_comments(
        self, line: Line, where: etree._Element, cells: dict[str, int] | None = None
    ) -> None:
        """The comments referenced in the paragraph (or table row) just read become review
        notes on its line, with the words their range covers (``cells``: comment id → the
        row's cell it is in)."""
        ids, self.pending_comments = self.pending_comments, []
        quotes = docx_review.comment_quotes(where) if ids else {}
        for comment_id in ids:
            element = self.package.comments.get(comment_id)
            if element is None or comment_id in self.commented or comment_id in self.noted:
                continue
            text = self.comment_text(element)
            if text:
                self.noted.add(comment_id)
                cell = (cells or {}).get(comment_id)
                docx_review.note(line, element, text, quotes.get(comment_id, ""), cell)

    def flush(self, anchor: str) -> None:
        """What the paragraph just read carried beside its text, in reading order after it:
        the notes it cites, its text boxes' paragraphs; its comments and tracked deletions as
        lines left out (each named in the report)."""
        notes, boxes = self.pending_notes, self.pending_boxes
        comments, deleted = self.pending_comments, self.pending_deleted
        self.pending_notes, self.pending_boxes = [], []
        self.pending_comments, self.pending_deleted = [], []
        self.lines.extend(deleted)
        for comment_id in comments:
            self.comment(comment_id, plain_text(anchor).strip())
        for kind, note_id, label in notes:
            self.note(kind, note_id, label)
        for box in boxes:
            self.text_boxes += 1
            self.blocks(box)

    def note(self, kind: str, note_id: str, label: str) -> None:
        """A footnote or endnote as paragraphs: "[1] text" (its first paragraph marked).

        A note's tracked changes and comments are read as a body paragraph's are: its text is
        the note with every change rejected, each change a proposal, each comment a note."""
        element = self.package.notes.get((kind, note_id))
        if element is None:
            return
        first = True
        for p in element.iter(w("p")):
            mark = f"{to_markup([Run(f'[{label}]')])} " if first else ""

            def read(paragraph: etree._Element, mark: str = mark) -> Line | None:
                return self.note_paragraph(paragraph, mark, kind)

            if docx_review.has_review(p):
                self.in_copy += 1
                try:
                    line = docx_review.read_tracked(
                        p, read, lambda el: self.probe(el, read), self.keep
                    )
                finally:
                    self.in_copy -= 1
            else:
                line = read(p)
            if line is not None:
                first = False
                self.attach_comments(line, p)
        self.flush("")

    def note_paragraph(self, p: etree._Element, mark: str, kind: str) -> Line | None:
        """One paragraph of a note as a line (``mark``: "[1] " on its first), or None when it
        has no text (the first paragraph always has its mark)."""
        # The citing paragraph (or table row) may not have noted its own variables yet.
        citing, self.found_variables = self.found_variables, {}
        try:
            text = self.runs_markup(p)[0]
            found = self.found_variables
        finally:
            self.found_variables = citing
        if not text and not mark:
            return None
        self.count += 1
        line = Line(Role.PARAGRAPH, f"{mark}{text}".strip(), line=self.count, reason=kind)
        for name, value in found.items():
            note_variable(line, name, value)
        self.lines.append(line)
        return line

    def comment(self, comment_id: str, anchor: str) -> None:
        element = self.package.comments.get(comment_id)
        if element is None or comment_id in self.commented or comment_id in self.noted:
            return
        self.commented.add(comment_id)
        text = self.comment_text(element)
        if not text:
            return
        author = element.get(w("author"), "") or "someone"
        if len(anchor) > 60:
            anchor = anchor[:59].rstrip() + "…"
        why = said("comment-on", author, anchor) if anchor else said("comment", author)
        self.lines.append(Line(Role.DEBRIS, text, line=self.count, reason=why))

    def comment_text(self, element: etree._Element) -> str:
        return "\n".join(
            t for t in (plain_text(self.runs_markup(p)[0]) for p in element.iter(w("p"))) if t
        )

    def tracked(self, element: etree._Element, kind: str) -> None:
        """Count a tracked change once; a deletion's text becomes a line left out."""
        text = "".join(t.text or "" for t in element.iter(w("delText"), w("t")))
        key = (element.sourceline, element.get(w("id"), ""), text)
        if key in self.seen_changes:
            return
        self.seen_changes.add(key)
        self.changes[kind] += 1
        if kind == "insertion" or not text.strip():
            return
        author = element.get(w("author"), "") or "someone"
        why = said("tracked-deletion" if kind == "deletion" else "moved-away", author)
        self.pending_deleted.append(
            Line(Role.DEBRIS, " ".join(text.split()), line=self.count, reason=why)
        )

    def finish(self) -> list[str]:
        """Notes nobody cites, comments without an anchor, headers and footers; the report's
        summary of what the document carried besides its body text."""
        for kind, note_id in self.package.notes:
            if self.cited_ids.get((kind, note_id)) is None:
                self.cited[kind] += 1
                label = str(self.cited[kind]) if kind == "footnote" else _roman(self.cited[kind])
                self.cited_ids[(kind, note_id)] = label
                self.note(kind, note_id, label)
        for comment_id in self.package.comments:
            self.comment(comment_id, "")
        seen: set[tuple[str, str]] = set()
        for kind, root in self.package.furniture:
            for p in root.iter(w("p")):
                text = plain_text(self.runs_markup(p)[0]).strip()
                if text and (kind, text) not in seen:
                    seen.add((kind, text))
                    self.lines.append(Line(Role.DEBRIS, text, line=0, reason=kind))
            # Text boxes in a header (a logo's caption) are page furniture too.
            self.pending_boxes.clear()
            self.pending_notes.clear()
        return self.summary()

    def summary(self) -> list[str]:
        name = self.package.name
        out = []
        kept = [
            _count(self.cited["footnote"], "footnote"),
            _count(self.cited["endnote"], "endnote"),
        ]
        kept = [k for k in kept if k]
        if kept:
            out.append(
                f"{name}: {' and '.join(kept)} kept as paragraphs right after the paragraph "
                "citing them, marked “[1] …” (footnotes) and “[i] …” (endnotes)"
            )
        if self.text_boxes:
            out.append(
                f"{name}: {_count(self.text_boxes, 'text box', 'text boxes')} kept as paragraphs "
                "right after the paragraph they are anchored to"
            )
        if self.commented:
            count = len(self.commented)
            out.append(
                f"{name}: {_count(count, 'comment')} {'was' if count == 1 else 'were'} not "
                "imported (each is listed under dropped, with its author)"
            )
        if self.nameless:
            out.append(
                f"{name}: {_count(len(self.nameless), 'variable')} of our export "
                f"lost {'its' if len(self.nameless) == 1 else 'their'} name (the file's custom "
                "properties were removed): the value is kept as text"
            )
        out.extend(self.review_summary())
        changes = sum(self.changes.values())
        if changes:
            parts = [_count(n, kind) for kind, n in self.changes.items() if n]
            out.append(
                f"{name}: {_count(changes, 'tracked change')} ({', '.join(parts)}) imported as "
                "if accepted; deleted text is listed under dropped"
            )
        return out

    def review_summary(self) -> list[str]:
        """What the comments and tracked changes of body paragraphs became."""
        name = self.package.name
        found: dict[str, int] = {}
        formats = 0
        for line in self.lines:
            for item in docx_review.items(line):
                if item.get("type") == "proposal":
                    found[str(item.get("kind"))] = found.get(str(item.get("kind")), 0) + 1
                elif item.get("type") == "format-only":
                    formats += 1
        out = []
        if self.noted:
            out.append(
                f"{name}: {_count(len(self.noted), 'comment')} kept as review notes on the "
                "paragraph they are anchored in"
            )
        if found:
            nouns = {
                "insert": ("insertion", ""),
                "delete": ("deletion", ""),
                "replace": ("replacement", ""),
                "move": ("move", ""),
                "format": ("formatting change", ""),
            }
            parts = ", ".join(
                _count(n, *nouns.get(kind, (kind, ""))) for kind, n in sorted(found.items())
            )
            out.append(
                f"{name}: {_count(sum(found.values()), 'tracked change')} ({parts}) kept as "
                "proposals; the text is the document with none of them accepted"
            )
        if formats:
            out.append(
                f"{name}: {_count(formats, 'formatting-only tracked change')} of formatting "
                "Policy Studio does not keep (font, size, colour, alignment…): the text is "
                "unchanged; each is listed under review › formatting"
            )
        if self.marks:
            kinds = ", ".join(
                _count(n, f"paragraph break {k}")
                for k in ("inserted", "deleted")
                if (n := sum(1 for kind, _ in self.marks if kind == k))
            )
            out.append(
                f"{name}: {kinds} as a tracked change: the paragraphs are kept as the document "
                "shows them"
            )
        return out

    def runs_markup(
        self, p: etree._Element, chain: list[Style] | None = None
    ) -> tuple[str, bool, int]:
        """(markup, every letter bold?, drawings) for a paragraph.

        w:lang is not read: templates leave it at their default (en-US on Swahili text), so the
        script and stop words decide the language instead.
        """
        chain = chain or []
        base_bold = next((s.bold for s in chain if s.bold is not None), False)
        base_italic = next((s.italic for s in chain if s.italic is not None), False)
        runs: list[Run] = []
        drawings = 0
        field_instr: list[str] = []
        field_link: list[str | None] = []
        in_instr = False
        # A variable of our export: (bookmark id, name, its text so far, written yet?).
        variable: list[tuple[str, str, str, bool]] = []

        def add(text: str, bold: bool, italic: bool, link: str | None) -> None:
            if not variable:
                runs.append(Run(text, bold, italic, link))
                return
            ident, name, value, written = variable[0]
            if not written:
                runs.append(Run("", bold, italic, link, name))  # {{name}}, once
            variable[0] = (ident, name, value + text, True)

        def close_variable() -> None:
            ident, name, value, written = variable.pop()
            if not written:
                runs.append(Run("", False, False, None, name))
            if not _PLACEHOLDER.fullmatch(value):
                self.found_variables.setdefault(name, value)

        def visit(node: etree._Element, link: str | None) -> None:
            nonlocal drawings, in_instr
            for child in node:
                tag = child.tag
                if tag == _W_bookmarkStart:
                    m = _VARIABLE_MARK.fullmatch(child.get(_W_name, ""))
                    name = (m[2] or self.package.variable_names.get(m[1], "")) if m else ""
                    if m and not name:
                        self.nameless.add(m[1])
                    if name and not variable:
                        variable.append((child.get(_W_id, ""), name, "", False))
                    continue
                if tag == _W_bookmarkEnd:
                    if variable and child.get(_W_id, "") == variable[0][0]:
                        close_variable()
                    continue
                if tag in (_W_del, _W_moveFrom):
                    # Not part of the accepted document: listed as left out, not dropped.
                    self.tracked(child, "deletion" if tag == _W_del else "move")
                    continue
                if tag in (_W_pPr, _W_rPr):
                    continue
                if tag == _W_hyperlink:
                    rid = child.get(f"{{{R}}}id", "")
                    target = self.package.links.get(rid, "")
                    visit(child, _safe(target) or link)
                elif tag == _W_r:
                    run_link = field_link[-1] if field_link and field_link[-1] else link
                    images, boxes = _graphics(child)
                    drawings += images
                    self.pending_boxes.extend(boxes)
                    rpr = child.find(_W_rPr)
                    bold, italic = base_bold, base_italic
                    if rpr is not None:
                        style = rpr.find(_W_rStyle)
                        if style is not None:
                            for s in self.chain(style.get(_W_val, "")):
                                bold = s.bold if s.bold is not None else bold
                                italic = s.italic if s.italic is not None else italic
                        for prop in rpr:
                            if prop.tag in _BOLD:
                                bold = _on(prop)
                            elif prop.tag in _ITALIC:
                                italic = _on(prop)
                    for item in child:
                        if item.tag == _W_fldChar:
                            kind = item.get(_W_fldCharType)
                            if kind == "begin":
                                in_instr = True
                                field_instr.append("")
                                field_link.append(None)
                            elif kind == "separate" and field_instr:
                                in_instr = False
                                m = re.search(r'HYPERLINK\s+"([^"]+)"', field_instr[-1])
                                field_link[-1] = _safe(m.group(1)) if m else None
                            elif kind == "end" and field_instr:
                                in_instr = False
                                field_instr.pop()
                                field_link.pop()
                        elif item.tag == _W_instrText and field_instr:
                            field_instr[-1] += item.text or ""
                        elif in_instr:
                            continue
                        elif item.tag == _W_t:
                            add(item.text or "", bold, italic, run_link)
                        elif item.tag in (_W_tab, _W_ptab):
                            add(" ", bold, italic, run_link)
                        elif item.tag in (_W_br, _W_cr):
                            add("\n", bold, italic, run_link)
                        elif item.tag == _W_noBreakHyphen:
                            add("-", bold, italic, run_link)
                        elif item.tag in (_W_footnoteReference, _W_endnoteReference):
                            kind = "footnote" if item.tag == _W_footnoteReference else "endnote"
                            note_id = item.get(_W_id, "")
                            label = self.cited_ids.get((kind, note_id))
                            if label is None and (kind, note_id) in self.package.notes:
                                self.cited[kind] += 1
                                number = self.cited[kind]
                                label = str(number) if kind == "footnote" else _roman(number)
                                self.cited_ids[(kind, note_id)] = label
                                self.pending_notes.append((kind, note_id, label))
                            if label is not None:
                                runs.append(Run(f"[{label}]", bold, italic, run_link))
                        elif item.tag == _W_commentReference:
                            self.pending_comments.append(item.get(_W_id, ""))
                elif tag == _MC_ALTERNATE:
                    # Only the first choice: the fallback repeats it for older readers.
                    chosen = child.find(f"{{{MC}}}Choice")
                    if chosen is None:
                        chosen = child.find(f"{{{MC}}}Fallback")
                    if chosen is not None:
                        visit(chosen, link)
                elif tag in _CONTAINERS:
                    if tag in (_W_ins, _W_moveTo):
                        self.tracked(child, "insertion" if tag == _W_ins else "move")
                    instr = child.get(_W_instr, "")
                    m = re.search(r'HYPERLINK\s+"([^"]+)"', instr)
                    visit(child, (_safe(m.group(1)) if m else None) or link)

        visit(p, None)
        if variable:  # a bookmark that ends in a later paragraph: the variable ends here
            close_variable()
        runs = merge_runs(runs)
        letters = [r for r in runs if r.text.strip()]
        all_bold = bool(letters) and all(r.bold for r in letters)
        markup = to_markup(runs)
        markup = "\n".join(" ".join(part.split()) for part in markup.split("\n")).strip()
        return markup, all_bold, drawings


def _graphics(run: etree._Element) -> tuple[int, list[etree._Element]]:
    """(images, text boxes) drawn by a run. Of an ``mc:AlternateContent`` only the first choice
    is read (its fallback is a copy of the same drawing for older readers); a drawing holding
    a text box is that text box, not an image."""
    images = 0
    boxes: list[etree._Element] = []
    nodes = [run]
    while nodes:
        node = nodes.pop(0)
        for child in node:
            if child.tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is not None:
                    nodes.append(chosen)
            elif child.tag in (w("drawing"), w("pict")):
                found = [box for box in child.iter(w("txbxContent")) if not _inside(box, child)]
                if found:
                    boxes.extend(found)
                else:
                    images += 1
    return images, boxes


def _inside(box: etree._Element, top: etree._Element) -> bool:
    """Whether ``box`` lies inside another text box below ``top``."""
    for ancestor in box.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == w("txbxContent"):
            return True
    return False


def _roman(number: int) -> str:
    """Word's endnote numbering: i, ii, iii, iv…"""
    out = ""
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while number >= value:
            out += letters
            number -= value
    return out


def _count(number: int, singular: str, plural: str = "") -> str:
    if not number:
        return ""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _unbold(markup: str) -> str:
    if markup.startswith("**") and markup.endswith("**") and "**" not in markup[2:-2]:
        return markup[2:-2].strip()
    return markup


def _safe(target: str | None) -> str | None:
    if target and re.match(r"(?i)^(https?:|mailto:)", target.strip()):
        return target.strip()
    return None


def parse(path: Path) -> ParsedDocument:
    """Stage one: package → classified paragraphs."""
    name = str(path)
    package = open_package(read_limited(path), name)
    # Refused before the walk (the costly part) when over the limits.
    check_text_size(name, 0, int(package.document.xpath("count(//w:p)", namespaces={"w": W})))
    walker = _Paragraphs(package)
    walker.body()
    summary = walker.finish()
    lines = walker.lines
    reviewed = [line for line in lines if review_import.KEY in line.attrs]
    _export_cover(lines, package)
    export_marks.mark_signoff(lines)
    _titles(lines, package)
    if not any(line.role in (Role.HEADING, Role.TITLE) for line in lines):
        recover_structure(lines)  # typed, not styled: read it like plain text
    finish_roles(lines)
    doc = ParsedDocument(lines, file=name, encoding="docx")
    review_import.keep_orphans(reviewed, lines, doc.warnings)
    doc.warnings.extend(f"{name}: {problem}; read as far as it goes" for problem in walker.problems)
    doc.warnings.extend(summary)
    return doc


def _export_cover(lines: list[Line], package: Package) -> None:
    """Subtitle lines right under a title (the cover of our exports): the facts line gives the
    effective date (the version is dropped), the draft notice is dropped, the organisation
    (the core properties' author, or the only other cover line) is kept as metadata, and any
    other cover line as the subtitle (before the organisation) or address (after it)."""
    out: list[Line] = []
    cover: list[Line] = []

    def finish() -> None:
        others = [
            line
            for line in cover
            if not export_marks.facts(line.text) and not export_marks.is_draft_notice(line.text)
        ]
        creator = export_marks.clean(package.creator)
        organization = next(
            (line for line in others if creator and export_marks.clean(line.text) == creator),
            others[0] if len(others) == 1 else None,
        )
        seen = False
        for line in cover:
            if export_marks.is_draft_notice(line.text):
                line.role, line.reason = Role.DEBRIS, export_marks.DRAFT
            elif export_marks.facts(line.text):
                out.extend(export_marks.fact_lines(line))
                continue
            elif line is organization:
                export_marks.cover_line(line, "organization")
                seen = True
            else:
                export_marks.cover_line(line, "address" if seen else "subtitle")
            out.append(line)
        cover.clear()

    in_cover = False
    for line in lines:
        subtitle = line.attrs.pop("subtitle", None)
        if line.attrs.get("title") or line.attrs.get("title-slot"):
            finish()
            in_cover = True
        elif in_cover and subtitle:
            cover.append(line)
            continue
        elif line.role is not Role.DEBRIS:
            in_cover = False
        finish()
        out.append(line)
    finish()
    lines[:] = out


def _titles(lines: list[Line], package: Package) -> None:
    """A paragraph styled Title is the title; else the core properties' title, if any."""
    titled = [line for line in lines if line.attrs.pop("title", None)]
    for line in titled:
        line.role, line.level, line.reason = Role.TITLE, 0, "Title style"
    if (
        not titled
        and package.title
        and not any(line.role is Role.HEADING and line.level == 1 for line in lines)
    ):
        lines.insert(0, Line(Role.TITLE, package.title, reason="document properties"))


def read(path: Path, *, lang: str | None = None) -> ReadResult:
    return build(parse(path), lang=lang)
