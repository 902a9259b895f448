"""Redline as HTML: <ins>/<del> in context, lang and dir on each language part, print CSS.

The template is Jinja2 with autoescaping on, so no text from a policy can become markup. The
default lives in resources/templates/redline.html.j2; a user's own template can be passed as
``template`` (same variables) and runs sandboxed.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, TemplateError, select_autoescape
from markupsafe import Markup, escape

from ...diff import BlockDiff, Change, Op, Redline, SectionDiff
from ...diff.redline import Piece, Style, one_side
from ...layout import latin_pieces, safe_link
from ...layout.bidi import item_pieces
from ...model import BlockKind, PolicyStudioError, language
from ..redline_format import RedlineOptions
from ..resources import resource_path
from ..template_sandbox import LimitedEnvironment, PlainData

SUPPORTED = "summary, metadata/variables table, sections in context or changed only; ins/del; RTL"

DEFAULT_TEMPLATE = "templates/redline.html.j2"


def _isolate(text: str, rtl: bool) -> Markup:
    """Escaped text; in right-to-left parts, Latin items (addresses, names) in <bdi dir="ltr">."""
    if not rtl:
        return escape(text)
    out = Markup()
    for piece, latin in latin_pieces(text):
        out += Markup('<bdi dir="ltr">{}</bdi>').format(piece) if latin else escape(piece)
    return out


def _links_html(entry: BlockDiff, lang: str, rtl: bool) -> Markup:
    """Each changed link target under the block: words, old target, arrow, new target.

    Targets are isolated left-to-right; the arrow points the way the line reads (← in Arabic).
    """
    out = Markup()
    arrow = " ← " if rtl else " → "
    for link in entry.links.get(lang, []):
        old = Markup('<del><bdi dir="ltr">{}</bdi></del>').format(link.old) if link.old else "—"
        new = Markup('<ins><bdi dir="ltr">{}</bdi></ins>').format(link.new) if link.new else "—"
        out += Markup('<span class="link-change">link “{}”: {}{}{}</span>').format(
            _isolate(link.text, rtl), old, arrow, new
        )
    return out


def _styled(text: str, style: Style | None) -> Markup:
    """``text`` escaped, in <strong>, <em> and a link as the export draws them."""
    body = escape(text).replace("\n", Markup("<br>"))
    if style is None:
        return Markup(body)
    if style.italic:
        body = Markup("<em>{}</em>").format(body)
    if style.bold:
        body = Markup("<strong>{}</strong>").format(body)
    link = safe_link(style.link)
    if link:
        body = Markup('<a href="{}">{}</a>').format(link, body)
    return Markup(body)


def _piece_html(piece: Piece, text: str) -> Markup:
    if piece.op is Op.INSERT:
        return Markup("<ins>{}</ins>").format(_styled(text, piece.new))
    if piece.op is Op.DELETE:
        return Markup("<del>{}</del>").format(_styled(text, piece.old))
    if piece.restyled:
        assert piece.old is not None and piece.new is not None
        # Formatting alone changed: drawn as the new version shows it, marked, and named
        # under the block (the words are the same, so no <del>/<ins>).
        return Markup('<span class="format-change" title="{}">{}</span>').format(
            f"{piece.old.describe()} → {piece.new.describe()}", _styled(text, piece.new)
        )
    return _styled(text, piece.new)


def _segments_html(entry: BlockDiff, lang: str, rtl: bool, whole: Op | None = None) -> Markup:
    """The block's words with their changes and formatting. In right-to-left text each Latin
    item (a phone number, an address) is one left-to-right isolate even where the diff cut it
    into kept, deleted and inserted pieces: the groups keep the export's order."""
    pieces = entry.pieces(lang)
    if whole is not None:
        pieces = one_side(pieces, whole)
    if not rtl:
        return Markup("").join(_piece_html(piece, piece.text) for piece in pieces)
    out = Markup()
    open_item: int | None = None
    sides = [(p.text, p.op is not Op.INSERT, p.op is not Op.DELETE) for p in pieces]
    for piece, cut in zip(pieces, item_pieces(sides), strict=True):
        for text, item in cut:
            if item != open_item:
                if open_item is not None:
                    out += Markup("</bdi>")
                if item is not None:
                    out += Markup('<bdi dir="ltr">')
                open_item = item
            out += _piece_html(piece, text)
    if open_item is not None:
        out += Markup("</bdi>")
    return out


def _formats_html(entry: BlockDiff, lang: str, rtl: bool) -> Markup:
    """Each change of formatting alone under the block: words, old style, arrow, new style;
    a list item that became a paragraph (or the reverse)."""
    out = Markup()
    arrow = " ← " if rtl else " → "
    for words, old, new in entry.format_changes(lang):
        if old.link != new.link and old.link and new.link:
            continue  # a changed link target is listed with the links
        # Each side its own isolate: in Arabic "plain ← bold" would otherwise read as one
        # left-to-right phrase, the arrow pointing from new to old.
        out += Markup(
            '<span class="format-note">✎ “{}”: <bdi>{}</bdi>{}<bdi>{}</bdi></span>'
        ).format(_isolate(words, rtl), old.describe(), arrow, new.describe())
    if entry.kind_changed and entry.old_kind is not None:
        out += Markup('<span class="format-note">✎ <bdi>{}</bdi>{}<bdi>{}</bdi></span>').format(
            _kind_name(entry.old_kind, entry.old_level),
            arrow,
            _kind_name(entry.kind, entry.level),
        )
    return out


def _kind_name(kind: BlockKind, level: int) -> str:
    name = {
        BlockKind.BULLET: "bullet item",
        BlockKind.NUMBERED: "numbered item",
        BlockKind.HEADING: "heading",
        BlockKind.TITLE: "title",
    }.get(kind, "paragraph")
    return (
        f"{name} (level {level + 1})"
        if level and kind in (BlockKind.BULLET, BlockKind.NUMBERED)
        else name
    )


_TAGS = {
    Change.ADDED: "added",
    Change.REMOVED: "removed",
    Change.MOVED: "moved",
    Change.MOVED_CHANGED: "moved and changed",
    Change.MOVED_AWAY: "moved",
}


def _table_html(entry: BlockDiff, lang: str, rtl: bool) -> Markup:
    """A table of the redline: rows in merged order, each marked added, removed or moved
    (``class`` and a tag), each cell with its word changes."""
    direction = "rtl" if rtl else "ltr"
    out = Markup('<table class="redline-table" dir="{}">').format(direction)
    for row in entry.rows or []:
        css = row.change.value.replace(" ", "-")
        out += Markup('<tr class="row-{}">').format(css)
        tag = "th" if row.header else "td"
        for cell in row.cells:
            whole = {
                Change.ADDED: Op.INSERT,
                Change.REMOVED: Op.DELETE,
                Change.MOVED_AWAY: Op.DELETE,
            }.get(cell.change)
            out += Markup("<{}>").format(tag) + _segments_html(cell, lang, rtl, whole)
            out += Markup("</{}>").format(tag)
        if row.change is not Change.EQUAL and row.change is not Change.CHANGED:
            label = "moved away" if row.change is Change.MOVED_AWAY else _TAGS[row.change]
            out += Markup('<td class="row-tag"><bdi class="tag">{}</bdi></td>').format(label)
        out += Markup("</tr>")
    return out + Markup("</table>")


def _number(redline: Redline, section: SectionDiff, lang: str) -> Markup:
    """The section's number as the exports print it (titled sections are counted, in the
    policy's digits); a number that changed shows both; a section no longer there, its old
    number in brackets."""
    info = language(lang)

    def shown(number: int) -> str:
        return info.localise_digits(str(number)) if redline.native_digits else str(number)

    old, new = section.old_heading_number, section.new_heading_number
    if section.new_number is None:
        return Markup("({})").format(shown(old or section.old_number or 0))
    if not new:
        return Markup(shown(section.new_number))
    if old and old != new and section.change not in (Change.ADDED,) and not section.change.is_move:
        return Markup("<del>{}</del><ins>{}</ins>").format(shown(old), shown(new))
    return Markup(shown(new))


def _section_view(
    redline: Redline, section: SectionDiff, lang: str, rtl: bool
) -> dict[str, object]:
    title = section.title
    title_text = section.display_title(lang)
    tag = _TAGS.get(section.change, "")
    if section.change.is_move:
        tag += f" (from section {section.old_number})"
    if section.change is Change.MOVED_AWAY:
        new_place = next(
            (
                s.new_number
                for s in redline.sections
                if s.change.is_move and s.old_id == section.old_id
            ),
            None,
        )
        tag = f"moved to section {new_place}"
    blocks: list[dict[str, object]] = []
    entries = section.blocks
    if section.change is Change.MOVED_AWAY:
        entries = []  # its text is shown at the new place; the old place only points there
    if title.change not in (Change.EQUAL,) and section.change in (
        Change.CHANGED,
        Change.MOVED_CHANGED,
    ):
        blocks.append(
            {
                "item": False,
                "table": False,
                "css": "title-change",
                "html": _segments_html(title, lang, rtl),
                "tag": "title",
            }
        )
    ordinal = 0
    for entry in entries:
        if entry.rows is not None:
            ordinal = 0
            blocks.append(
                {
                    "item": False,
                    "table": True,
                    "css": entry.change.value.replace(" ", "-"),
                    "html": _table_html(entry, lang, rtl),
                    "tag": _TAGS.get(entry.change, "")
                    if entry.change is not Change.CHANGED
                    else "",
                }
            )
            continue
        whole = Op.DELETE if entry.change is Change.MOVED_AWAY else None
        tag_b = ""
        if entry.change is Change.MOVED_AWAY:
            tag_b = "moved away"
        elif entry.change.is_move:
            tag_b = "moved"
        kind = entry.old_kind if whole is Op.DELETE and entry.old_kind else entry.kind
        numbered = kind is BlockKind.NUMBERED
        ordinal = ordinal + 1 if numbered else 0
        blocks.append(
            {
                "item": kind in (BlockKind.BULLET, BlockKind.NUMBERED),
                "list": "ol" if numbered else "ul",
                "start": ordinal,
                "table": False,
                "css": entry.change.value.replace(" ", "-"),
                "html": _segments_html(entry, lang, rtl, whole)
                + _links_html(entry, lang, rtl)
                + (_formats_html(entry, lang, rtl) if whole is None else Markup()),
                "tag": tag_b,
            }
        )
    return {
        "css": section.change.value.replace(" ", "-"),
        "number": _number(redline, section, lang),
        "title": _isolate(title_text, rtl),
        "tag": tag,
        "blocks": blocks,
    }


def redline_to_html(
    redline: Redline,
    *,
    lang: str | None = None,
    changed_only: bool = False,
    title: str = "",
    template: Path | None = None,
) -> str:
    """The redline as a standalone HTML page (every language of the redline unless ``lang``)."""
    langs = [lang] if lang else redline.languages
    # A user's template may come from anyone: like the export's, it runs in Jinja's sandbox.
    kind = Environment if template is None else LimitedEnvironment
    env = kind(autoescape=select_autoescape(default=True, default_for_string=True))
    path = template or resource_path(DEFAULT_TEMPLATE)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyStudioError(f"{path}: cannot read the HTML template ({exc})") from exc
    heading = title or "Changes"
    if redline.old_label or redline.new_label:
        heading += f": {redline.old_label or '?'} → {redline.new_label or '?'}"
    first = language(langs[0])
    parts = []
    for code in langs:
        info = language(code)
        parts.append(
            {
                "lang": code,
                "dir": info.direction.value,
                "name": f"{info.name} — {info.native_name}"
                if info.native_name != info.name
                else info.name,
                "sections": [
                    _section_view(redline, s, code, info.is_rtl)
                    for s in redline.sections
                    if s.is_changed or not changed_only
                ],
            }
        )
    fields = [
        {
            "name": f.name,
            "lang": f.lang,
            "old": f.old,
            "new": f.new,
            "attrs": Markup(f' lang="{f.lang}" dir="{language(f.lang).direction.value}"')
            if f.lang
            else "",
        }
        for f in [*redline.metadata, *redline.variables]
    ]
    context = {
        "heading": heading,
        "page_lang": first.code,
        "page_dir": first.direction.value,
        "s": redline.summary,
        "langs": langs,
        "fields": fields,
        "parts": parts,
    }
    try:
        compiled = env.from_string(source)
        if isinstance(env, LimitedEnvironment):
            # A user's template gets plain data only, within limits (io/template_sandbox.py).
            return env.render(compiled, PlainData()(context))
        return compiled.render(context)
    except TemplateError as exc:
        raise PolicyStudioError(f"{path}: {exc}") from exc


def render_redline(redline: Redline, options: RedlineOptions) -> str:
    """The format table's interface (io/redline_format.py)."""
    return redline_to_html(
        redline, lang=options.lang, changed_only=options.changed_only, title=options.title
    )
