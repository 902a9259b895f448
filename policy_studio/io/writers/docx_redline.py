"""Redline as DOCX with real tracked changes: Word's and LibreOffice's Accept/Reject all work.

Each language of the redline is one part of the document. Unchanged text is plain runs, word
changes are w:ins / w:del with author and date, added and removed blocks have their paragraph
mark tracked too, so accepting every change gives exactly the new version's text and rejecting
every change gives exactly the old one. A moved section or block is deleted at its old place and
inserted at its new one; the summary table at the top lists the moves. Text is compared and
written plain (bold and italic are not shown in the redline); a link whose target changed is a
tracked change of the link: the old hyperlink deleted, the new one inserted around the same words.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Cell
from lxml import etree

from ...diff import BlockDiff, Change, Op, Redline, SectionDiff
from ...diff.redline import LinkChange
from ...model import BlockKind, language
from ...oxml.numbering import ListNumbering
from ...oxml.schema import P_PR, get_or_add, w
from ...oxml.tracked_changes import (
    Revisions,
    ScriptStyle,
    deleted,
    enable_track_revisions,
    inserted,
    mark_paragraph,
    run,
    set_bidi,
)
from ..output import docx_bytes, write_bytes_atomic
from .docx_reference import base_document

SUPPORTED = "tracked w:ins/w:del per word change, whole paragraphs for added/removed/moved; RTL"

_LANG_TAGS = {"en": "en-GB", "ar": "ar-SA", "fr": "fr-FR", "sw": "sw-KE", "bn": "bn-BD"}

_STYLE_FOR_KIND = {
    BlockKind.BULLET: "List Bullet",
    BlockKind.NUMBERED: "List Number",
    BlockKind.HEADING: "Heading 3",
    BlockKind.TITLE: "Heading 2",
}


def _style(lang: str) -> ScriptStyle:
    info = language(lang)
    return ScriptStyle(rtl=info.is_rtl, lang=_LANG_TAGS.get(info.code, info.code))


class _Lists:
    """A fresh numbering instance per run of list items, right-to-left where the text is.

    Word and LibreOffice share one counter between lists on the same ``w:num``, and the list
    styles' own numbering is left-to-right (bullets left of Arabic text): each list gets its
    own definition from oxml.numbering, as exports do.
    """

    def __init__(self, document: Document) -> None:
        self.numbering = ListNumbering(document.part.numbering_part.element)
        self.current: tuple[BlockKind, int] | None = None

    def attach(self, p: etree._Element, kind: BlockKind, level: int, rtl: bool) -> None:
        if kind not in (BlockKind.BULLET, BlockKind.NUMBERED):
            self.current = None
            return
        if self.current is None or self.current[0] is not kind:
            fmt = "bullet" if kind is BlockKind.BULLET else "decimal"
            self.current = (kind, self.numbering.new_list(fmt, rtl))
        num_pr = get_or_add(p.get_or_add_pPr(), "numPr", P_PR)
        for child in list(num_pr):
            num_pr.remove(child)
        etree.SubElement(num_pr, w("ilvl")).set(w("val"), str(min(level, 8)))
        etree.SubElement(num_pr, w("numId")).set(w("val"), str(self.current[1]))

    def end(self) -> None:
        self.current = None


def _paragraph(
    document: Document | _Cell,
    entry: BlockDiff,
    lang: str,
    mode: str,
    revisions: Revisions,
    lists: _Lists | None = None,
) -> None:
    """One paragraph for ``entry``: ``mode`` is "diff" (word changes), "insert" or "delete"."""
    style = _style(lang)
    style_name = _STYLE_FOR_KIND.get(entry.kind, "Normal")
    if lists is not None and entry.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
        # The reference document's list paragraph styles carry no numbering of their own; the
        # Arabic one is right-to-left, which puts the bullet on the right.
        style_name = "List Paragraph AR" if style.rtl else "List Paragraph"
    paragraph = document.add_paragraph(style=style_name)
    p = paragraph._p
    if lists is not None:
        lists.attach(p, entry.kind, entry.level, style.rtl)
    if style.rtl:
        set_bidi(p)
    if mode == "insert":
        mark_paragraph(p, "w:ins", revisions)
    elif mode == "delete":
        mark_paragraph(p, "w:del", revisions)
    for seg in _split_at_links(entry, lang):
        op = seg.op
        link = seg.link
        if link is not None and mode == "diff" and op is not Op.DELETE:
            # The same words, another target: the old link deleted, the new one inserted, so
            # Accept All gives the new target and Reject All the old one (issue 12).
            p.append(_linked(document, link.old, deleted(seg.text, style, revisions)))
            p.append(_linked(document, link.new, inserted(seg.text, style, revisions)))
            continue
        if mode == "insert":
            if op is Op.DELETE:
                continue
            op = Op.INSERT
        elif mode == "delete":
            if op is Op.INSERT:
                continue
            op = Op.DELETE
        if op is Op.EQUAL:
            p.append(run(seg.text, style))
        elif op is Op.INSERT:
            p.append(inserted(seg.text, style, revisions))
        else:
            p.append(deleted(seg.text, style, revisions))


def _table(
    document: Document,
    section: SectionDiff,
    entry: BlockDiff,
    lang: str,
    revisions: Revisions,
) -> None:
    """A table of the redline: a real table, one row per row of the merged order. An added or
    removed row is tracked as such (``w:trPr/w:ins`` / ``w:del``) and so is each of its cells'
    paragraphs; a changed cell shows its word changes. A right-to-left part's table is mirrored."""
    rows = entry.rows or []
    columns = max((len(r.cells) for r in rows), default=0)
    if not columns:
        return
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    tbl_pr = table._tbl.tblPr
    if _style(lang).rtl:
        bidi = etree.SubElement(tbl_pr, w("bidiVisual"))
        # CT_TblPr: tblStyle, tblpPr, tblOverlap, bidiVisual, ...
        style = tbl_pr.find(w("tblStyle"))
        if style is not None:
            style.addnext(bidi)
    for index, row_diff in enumerate(rows):
        # A cell whose text is written elsewhere (a moved section's old place) is left out.
        shown = [(c, m) for c in row_diff.cells if (m := _entry_mode(section, c)) is not None]
        if not shown:
            continue
        cells = table.add_row().cells
        tr = cells[0]._tc.getparent()
        for surplus in cells[len(shown) :]:
            tr.remove(surplus._tc)
        tr_pr = tr.get_or_add_trPr()
        if index < entry.header_rows and row_diff.header:
            etree.SubElement(tr_pr, w("tblHeader"))
        modes = [m for _, m in shown]
        tracked = None
        if all(m == "insert" for m in modes):
            tracked = "w:ins"
        elif all(m == "delete" for m in modes):
            tracked = "w:del"
        if tracked is not None:
            if not len(tr_pr):
                # CT_TrPr needs one row property before the tracked change: "may split" is
                # the default, said explicitly.
                etree.SubElement(tr_pr, w("cantSplit")).set(w("val"), "off")
            tr_pr.append(revisions.mark(tracked))
        for cell, (cell_diff, mode) in zip(cells, shown, strict=False):
            blank = cell.paragraphs[0]._p
            _paragraph(cell, cell_diff, lang, mode, revisions)
            blank.getparent().remove(blank)


def _spacer(p: etree._Element) -> None:
    """Make ``p`` the hidden separator between two adjacent tables (``w:vanish`` mark)."""
    r_pr = etree.SubElement(p.get_or_add_pPr(), w("rPr"))
    etree.SubElement(r_pr, w("vanish"))


class _Piece:
    """A segment, or the part of one that holds a changed link's words."""

    __slots__ = ("link", "op", "text")

    def __init__(self, op: Op, text: str, link: LinkChange | None = None) -> None:
        self.op, self.text, self.link = op, text, link


def _split_at_links(entry: BlockDiff, lang: str) -> list[_Piece]:
    """The block's segments, with each changed link's words (first kept or inserted occurrence)
    cut out as a piece of its own."""
    pieces = [_Piece(seg.op, seg.text) for seg in entry.segments.get(lang, [])]
    for link in entry.links.get(lang, []):
        if not link.text:
            continue
        for index, piece in enumerate(pieces):
            at = piece.text.find(link.text) if piece.op is not Op.DELETE else -1
            if at < 0 or piece.link is not None:
                continue
            before, after = piece.text[:at], piece.text[at + len(link.text) :]
            cut = [_Piece(piece.op, link.text, link)]
            if before:
                cut.insert(0, _Piece(piece.op, before))
            if after:
                cut.append(_Piece(piece.op, after))
            pieces[index : index + 1] = cut
            break
    return pieces


def _linked(document: Document, target: str, change: etree._Element) -> etree._Element:
    """``change`` (a w:ins or w:del) inside a w:hyperlink to ``target``; bare when no target."""
    if not target:
        return change
    rel = document.part.relate_to(target, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rel)
    hyperlink.append(change)
    return hyperlink


def _entry_mode(section: SectionDiff, entry: BlockDiff) -> str | None:
    """How an entry is written: word diff, all inserted, all deleted, or not at all."""
    if section.change is Change.MOVED_AWAY:
        return "delete"
    in_moved_section = section.change.is_move
    change = entry.change
    if change is Change.ADDED or change.is_move:
        return "insert"
    if change in (Change.REMOVED, Change.MOVED_AWAY):
        # A moved section's old text is deleted at its old place, not again here.
        return None if in_moved_section else "delete"
    return "insert" if in_moved_section else "diff"


def _summary(document: Document, redline: Redline) -> None:
    s = redline.summary
    rows = [
        (
            "Sections",
            f"{s.sections_added} added, {s.sections_removed} removed, "
            f"{s.sections_moved} moved, {s.sections_changed} changed",
        ),
        (
            "Blocks",
            f"{s.blocks_added} added, {s.blocks_removed} removed, "
            f"{s.blocks_moved} moved, {s.blocks_changed} changed",
        ),
        (
            "Words",
            "; ".join(
                f"{lang}: +{s.words_inserted.get(lang, 0)} / −{s.words_deleted.get(lang, 0)}"
                for lang in redline.languages
            ),
        ),
    ]
    for section in redline.sections:
        if section.change.is_move:
            title = next(iter(section.title.segments.values()), [])
            name = "".join(seg.text for seg in title if seg.op is not Op.DELETE)
            rows.append(
                (
                    "Moved",
                    f"“{name}” from section {section.old_number} to "
                    f"{section.new_number} (deleted there, inserted here)",
                )
            )
    for change in [*redline.metadata, *redline.variables]:
        where = f" ({change.lang})" if change.lang else ""
        rows.append((f"{change.name}{where}", f"{change.old} → {change.new}"))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value


def write_docx_redline(
    redline: Redline,
    path: Path,
    *,
    lang: str | None = None,
    author: str = "Policy Studio",
    date: str | None = None,
    title: str = "",
) -> Path:
    """Write the redline to ``path`` (every language of the redline unless ``lang``)."""
    langs = [lang] if lang else redline.languages
    when = date or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    revisions = Revisions(author, when)
    # The shipped reference document gives the redline the same fonts and styles as exports.
    document = base_document(None)  # our reference.docx, as the export starts from
    heading = title or "Changes"
    if redline.old_label or redline.new_label:
        heading += f": {redline.old_label or '?'} → {redline.new_label or '?'}"
    document.add_paragraph(heading, style="Title")
    _summary(document, redline)
    for code in langs:
        info = language(code)
        part = document.add_paragraph(
            f"{info.name} — {info.native_name}" if info.native_name != info.name else info.name,
            style="Heading 1",
        )
        if info.is_rtl:
            set_bidi(part._p)
        lists = _Lists(document)
        for section in redline.sections:
            lists.end()
            entries = [section.title, *section.blocks]
            for index, entry in enumerate(entries):
                if entry.rows is not None:
                    lists.end()
                    _table(document, section, entry, code, revisions)
                    if index + 1 < len(entries) and entries[index + 1].rows is not None:
                        # Two tables in a row would merge into one in Word: an empty
                        # paragraph between them, its mark hidden (no line of either text).
                        _spacer(document.add_paragraph()._p)
                    continue
                mode = _entry_mode(section, entry)
                if mode is not None:
                    _paragraph(document, entry, code, mode, revisions, lists)
    for style_name in ("Normal", "List Bullet", "List Number"):
        document.styles[style_name].font.size = Pt(11)
    enable_track_revisions(document.settings.element)
    core = document.core_properties
    core.title = heading
    core.author = author
    core.comments = "Redline written by Policy Studio"
    core.modified = core.created = datetime.now(UTC).replace(tzinfo=None)
    core.last_modified_by = author
    write_bytes_atomic(path, docx_bytes(document), "the redline")
    return path
