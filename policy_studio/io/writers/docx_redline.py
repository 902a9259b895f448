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
from ...diff.redline import PLAIN, Piece, Style, one_side
from ...layout import LRM, safe_link
from ...layout.bidi import item_pieces, number_anchors
from ...model import BlockKind, language
from ...oxml.body import table_gap
from ...oxml.numbering import ListNumbering
from ...oxml.schema import P_PR, get_or_add, w
from ...oxml.styles import ensure_policy_styles
from ...oxml.tracked_changes import (
    Revisions,
    RunFormat,
    ScriptStyle,
    deleted,
    enable_track_revisions,
    inserted,
    mark_paragraph,
    run,
    set_bidi,
    track_paragraph_properties,
)
from ..output import docx_bytes, write_bytes_atomic
from ..redline_format import RedlineOptions
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

    def attach_apart(self, p: etree._Element, kind: BlockKind, level: int, rtl: bool) -> None:
        """Numbering of a list of its own for ``p`` (a paragraph's old side), leaving the
        list being written untouched."""
        current = self.current
        self.current = None
        self.attach(p, kind, level, rtl)
        self.current = current


class _Context:
    """What every paragraph of one redline shares: revisions, link relationships, styles."""

    def __init__(self, document: Document, revisions: Revisions, native_digits: bool) -> None:
        self.document = document
        self.revisions = revisions
        self.native_digits = native_digits
        self.ids = ensure_policy_styles(document.styles.element)
        self._rids: dict[str, str] = {}
        self._style_ids: dict[str, str | None] = {}

    def add_paragraph(self, container: Document | _Cell, style_name: str) -> etree._Element:
        """A new paragraph of ``container`` in the paragraph style ``style_name``, as
        ``container.add_paragraph(style=style_name)`` makes it. python-docx looks the name up
        among every style on each call (~3 ms each): a redline of 100 tables of 40 cells spent
        12 of its 15 s there; the id is looked up once per name here."""
        if style_name not in self._style_ids:
            style = self.document.styles[style_name]
            self._style_ids[style_name] = self.document.part.get_style_id(style, style.type)
        p = container.add_paragraph()._p
        p.style = self._style_ids[style_name]  # None (the default style): an empty w:pPr
        return p

    def rid(self, target: str) -> str:
        if target not in self._rids:
            self._rids[target] = self.document.part.relate_to(target, RT.HYPERLINK, True)
        return self._rids[target]

    def fmt(self, style: Style | None, ltr: bool) -> RunFormat:
        style = style or PLAIN
        char_style = self.ids.get("hyperlink") if style.link else None
        return RunFormat(style.bold, style.italic, char_style, ltr)

    def linked(self, target: str | None, element: etree._Element) -> etree._Element:
        """``element`` (a run, w:ins or w:del) inside a w:hyperlink to ``target``, if any.

        Only http(s) and mailto targets become links, as in the export (layout.safe_link); a
        changed javascript: or file: target still shows as deleted and inserted words.
        """
        target = safe_link(target)
        if not target:
            return element
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), self.rid(target))
        hyperlink.set(qn("w:history"), "1")
        hyperlink.append(element)
        return hyperlink

    def label(self, number: int, lang: str) -> str:
        """A section number as the export prints it ("3. ", or "٣. " with native digits)."""
        if not number:
            return ""
        text = f"{number}."
        if self.native_digits:
            text = language(lang).localise_digits(text)
        return text + " "


def _atoms(entry: BlockDiff, lang: str, mode: str, rtl: bool) -> list[Piece]:
    """The pieces to write: ``mode`` "insert" keeps the new side, "delete" the old one.

    In right-to-left text a left-to-right mark goes before each number-led Latin item of each
    side, exactly where the export's ``anchor_numbers`` puts it, so a phone number's groups
    show in the export's order and Accept All / Reject All give the export's text.
    """
    pieces = entry.pieces(lang)
    if mode in ("insert", "delete"):
        pieces = one_side(pieces, Op.INSERT if mode == "insert" else Op.DELETE)
    if not rtl:
        return pieces
    old_text = "".join(p.text for p in pieces if p.op is not Op.INSERT)
    new_text = "".join(p.text for p in pieces if p.op is not Op.DELETE)
    old_marks, new_marks = number_anchors(old_text), number_anchors(new_text)
    if not old_marks and not new_marks:
        return pieces
    out: list[Piece] = []
    old_pos = new_pos = 0
    for piece in pieces:
        start = 0
        for i in range(len(piece.text)):
            in_old = piece.op is not Op.INSERT and old_pos + i in old_marks
            in_new = piece.op is not Op.DELETE and new_pos + i in new_marks
            if not (in_old or in_new):
                continue
            if i > start:
                out.append(Piece(piece.op, piece.text[start:i], piece.old, piece.new))
            start = i
            if piece.op is Op.EQUAL and in_old != in_new:
                # The mark is needed on one side only: a tracked mark of its own.
                op = Op.DELETE if in_old else Op.INSERT
                out.append(
                    Piece(op, LRM, piece.old if in_old else None, piece.new if in_new else None)
                )
            else:
                out.append(Piece(piece.op, LRM, piece.old, piece.new))
        out.append(Piece(piece.op, piece.text[start:], piece.old, piece.new))
        if piece.op is not Op.INSERT:
            old_pos += len(piece.text)
        if piece.op is not Op.DELETE:
            new_pos += len(piece.text)
    return [p for p in out if p.text]


def _write_pieces(
    p: etree._Element, pieces: list[Piece], style: ScriptStyle, ctx: _Context
) -> None:
    """Each piece as a run: kept, w:del, w:ins, or a formatting change (w:rPrChange; a
    changed link target as the old hyperlink deleted and the new one inserted)."""
    revisions = ctx.revisions
    sides = [(p.text, p.op is not Op.INSERT, p.op is not Op.DELETE) for p in pieces]
    latin = item_pieces(sides) if style.rtl else [[(t, None)] for t, _, _ in sides]
    for piece, cut in zip(pieces, latin, strict=True):
        for text, item in cut:
            ltr = item is not None
            old, new = piece.old, piece.new
            if piece.op is Op.DELETE:
                assert old is not None
                p.append(ctx.linked(old.link, deleted(text, style, revisions, ctx.fmt(old, ltr))))
            elif piece.op is Op.INSERT:
                assert new is not None
                p.append(ctx.linked(new.link, inserted(text, style, revisions, ctx.fmt(new, ltr))))
            elif not piece.restyled:
                p.append(
                    ctx.linked(new.link if new else None, run(text, style, fmt=ctx.fmt(new, ltr)))
                )
            else:
                assert old is not None and new is not None
                if old.link != new.link:
                    # The same words, another target: the old link deleted, the new one
                    # inserted, so Accept All gives the new target and Reject All the old.
                    p.append(
                        ctx.linked(old.link, deleted(text, style, revisions, ctx.fmt(old, ltr)))
                    )
                    p.append(
                        ctx.linked(new.link, inserted(text, style, revisions, ctx.fmt(new, ltr)))
                    )
                else:
                    p.append(
                        ctx.linked(
                            new.link,
                            run(
                                text,
                                style,
                                fmt=ctx.fmt(new, ltr),
                                was=ctx.fmt(old, ltr),
                                revisions=revisions,
                            ),
                        )
                    )


def _paragraph(
    document: Document | _Cell,
    entry: BlockDiff,
    lang: str,
    mode: str,
    ctx: _Context,
    lists: _Lists | None = None,
    numbers: tuple[int, int] = (0, 0),
) -> None:
    """One paragraph for ``entry``: ``mode`` is "diff" (word changes), "insert" or "delete".

    ``numbers`` are a section title's old and new numbers as the exports print them.
    """
    style = _style(lang)
    revisions = ctx.revisions
    kind, level = entry.kind, entry.level
    if mode == "delete" and entry.old_kind is not None:
        kind, level = entry.old_kind, entry.old_level
    style_name = _style_name(kind, style.rtl, lists is not None)
    p = ctx.add_paragraph(document, style_name)
    if mode == "diff" and entry.kind_changed and entry.old_kind is not None:
        # A list item that became a paragraph (or the reverse): the paragraph's old style and
        # numbering are a tracked property change (w:pPrChange).
        old_ppr = OxmlElement("w:pPr")
        old_style = ctx.add_paragraph(
            document, _style_name(entry.old_kind, style.rtl, lists is not None)
        )
        if lists is not None:
            lists.attach_apart(old_style, entry.old_kind, entry.old_level, style.rtl)
        if style.rtl:
            set_bidi(old_style)
        found = old_style.find(qn("w:pPr"))
        if found is not None:
            old_ppr = found
        old_style.getparent().remove(old_style)
        if lists is not None:
            lists.attach(p, kind, level, style.rtl)
        if style.rtl:
            set_bidi(p)
        track_paragraph_properties(p, old_ppr, revisions)
    else:
        if lists is not None:
            lists.attach(p, kind, level, style.rtl)
        if style.rtl:
            set_bidi(p)
    if mode == "insert":
        mark_paragraph(p, "w:ins", revisions)
    elif mode == "delete":
        mark_paragraph(p, "w:del", revisions)
    old_label, new_label = (ctx.label(numbers[0], lang), ctx.label(numbers[1], lang))
    if mode == "insert":
        old_label = ""
    elif mode == "delete":
        new_label = ""
    if old_label and old_label == new_label:
        p.append(run(old_label, style))
    else:
        if old_label and mode != "insert":
            p.append(deleted(old_label, style, revisions))
        if new_label and mode != "delete":
            p.append(inserted(new_label, style, revisions))
    _write_pieces(p, _atoms(entry, lang, mode, style.rtl), style, ctx)


def _style_name(kind: BlockKind, rtl: bool, in_list_flow: bool) -> str:
    if in_list_flow and kind in (BlockKind.BULLET, BlockKind.NUMBERED):
        # The reference document's list paragraph styles carry no numbering of their own; the
        # Arabic one is right-to-left, which puts the bullet on the right.
        return "List Paragraph AR" if rtl else "List Paragraph"
    return _STYLE_FOR_KIND.get(kind, "Normal")


def _table(
    document: Document,
    section: SectionDiff,
    entry: BlockDiff,
    lang: str,
    ctx: _Context,
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
            tr_pr.append(ctx.revisions.mark(tracked))
        for cell, (cell_diff, mode) in zip(cells, shown, strict=False):
            blank = cell.paragraphs[0]._p
            _paragraph(cell, cell_diff, lang, mode, ctx)
            blank.getparent().remove(blank)


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
    data = render_redline(redline, RedlineOptions(lang, title, author, date))
    write_bytes_atomic(path, data, "the redline")
    return path


def render_redline(redline: Redline, options: RedlineOptions) -> bytes:
    """The DOCX bytes (the format table's interface, io/redline_format.py)."""
    lang, author, date, title = options.lang, options.author, options.date, options.title
    langs = [lang] if lang else redline.languages
    when = date or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    revisions = Revisions(author, when)
    # The shipped reference document gives the redline the same fonts and styles as exports.
    document = base_document(None)  # our reference.docx, as the export starts from
    heading = title or "Changes"
    if redline.old_label or redline.new_label:
        heading += f": {redline.old_label or '?'} → {redline.new_label or '?'}"
    document.add_paragraph(heading, style="Title")
    ctx = _Context(document, revisions, redline.native_digits)
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
                    _table(document, section, entry, code, ctx)
                    if index + 1 < len(entries) and entries[index + 1].rows is not None:
                        # Two tables in a row merge into one in Word and LibreOffice: a small
                        # empty paragraph between them, as in the export (a hidden mark was
                        # nothing to LibreOffice: the tables showed joined).
                        document.add_paragraph()._p.append(table_gap()[0])  # its pPr
                    continue
                mode = _entry_mode(section, entry)
                if mode is not None:
                    numbers = (
                        (section.old_heading_number, section.new_heading_number)
                        if index == 0
                        else (0, 0)
                    )
                    _paragraph(document, entry, code, mode, ctx, lists, numbers)
    for style_name in ("Normal", "List Bullet", "List Number"):
        document.styles[style_name].font.size = Pt(11)
    enable_track_revisions(document.settings.element)
    core = document.core_properties
    core.title = heading
    core.author = author
    core.comments = "Redline written by Policy Studio"
    core.modified = core.created = datetime.now(UTC).replace(tzinfo=None)
    core.last_modified_by = author
    return docx_bytes(document)
