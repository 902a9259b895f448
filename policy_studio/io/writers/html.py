"""HTML writer: a single self-contained page, one language or bilingual columns.

Our page is written by ``page`` exactly as the template resources/templates/policy.html.j2
renders it (a test compares them byte for byte); a user's ``--template`` runs in Jinja2's
sandbox. Every piece of policy text is escaped (``page`` and the helpers escape as the
template's autoescaping does); only http(s) and mailto links reach the page
(policy_studio.layout), and a Content-Security-Policy forbids scripts. ``lang`` and ``dir``
are set on every element whose language differs from its parent's, and Latin items (e-mails,
URLs, numbers) inside right-to-left text sit in ``<bdi>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup
from markupsafe import escape as _escape

from ...layout import (
    Block,
    Cell,
    ExportDocument,
    FlowSection,
    Item,
    Part,
    Table,
    build,
    latin_pieces,
)
from ...layout.options import ExportOptions, Layout
from ...model import BlockKind, Policy, PolicyStudioError
from ...text.markup import Run
from ..output import ExportReport, write_output
from ..resources import resource_path

if TYPE_CHECKING:
    # Jinja2 (~17 ms to import) is loaded only for a template given with --template: our own
    # page is written by page() below (docs/export.md, "HTML speed").
    import jinja2

SUPPORTED = (
    "layouts single/sequential (one article per language) and columns (one table per section, "
    "one row per block); TOC per language (page numbers in print); paragraphs, body headings, "
    "nested bullet/numbered lists; tables (<table dir>, <th>, thead repeated in print); bold, "
    "italic, http(s)/mailto links; sign-off table; print "
    "CSS with running header and footer per language (the PDF is printed from this page)"
)

DEFAULT_TEMPLATE = "templates/policy.html.j2"
DEFAULT_CSS = "templates/policy.css"


@dataclass(slots=True)
class Group:
    """Consecutive items rendered as one element: a paragraph, a heading, or one list."""

    tag: str
    level: int = 0
    start: int = 1
    items: list[Item] = field(default_factory=list)
    table: Table | None = None

    @property
    def untranslated(self) -> bool:
        return any(item.untranslated for item in self.items)


def _esc(text: str) -> str:
    """``html.escape(text)``: five substring searches first, as most policy text has none of
    the five characters and html.escape makes a pass over the text for each (a fifth of the
    page's writing time on a long policy)."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        # html.escape's own five replacements, in its order (the ``html`` package would
        # also load its entity table, ~1 ms of every export, for unescape).
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def groups(items: Iterable[Block]) -> list[Group]:
    """Items grouped into lists: a new list whenever the list or its level changes."""
    out: list[Group] = []
    previous: tuple[int | None, int] | None = None
    for item in items:
        if isinstance(item, Table):
            out.append(Group("table", table=item))
            previous = None
            continue
        if item.list_id is None:
            tag = "h3" if item.kind in (BlockKind.HEADING, BlockKind.TITLE) else "p"
            out.append(Group(tag, items=[item]))
            previous = None
            continue
        key = (item.list_id, item.level)
        if key != previous:
            tag = "ol" if item.kind is BlockKind.NUMBERED else "ul"
            out.append(Group(tag, min(item.level, 2), item.ordinal))
            previous = key
        out[-1].items.append(item)
    return out


def _inline(runs: Iterable[Run]) -> str:
    out = []
    for run in runs:
        html = _esc(run.text)
        if "\n" in html:
            # A line break the author meant (the layout reflowed wrapped text): <br>, not
            # white-space: pre-line, which costs WeasyPrint ~20% of the PDF's layout time.
            html = html.replace("\n", "<br>")
        if run.variable is not None:
            # Which variable this text is (filled or a placeholder), for an import of this page
            # to read back ``{{name}}``: an attribute only, nothing a reader of the page sees.
            more = ' data-variable-part="more"' if run.continued else ""
            html = f'<span data-variable="{_esc(run.variable)}"{more}>{html}</span>'
        if run.ltr:
            # dir="ltr", not the default auto: a phone number has no strong letter, and Chromium
            # then lays "+000 20 123 4567" out right-to-left, groups reversed.
            html = f'<bdi dir="ltr">{html}</bdi>'
        if run.italic:
            html = f"<em>{html}</em>"
        if run.bold:
            html = f"<strong>{html}</strong>"
        if run.missing:
            html = f'<span class="missing">{html}</span>'
        if run.link:
            html = f'<a href="{_esc(run.link)}" rel="noopener noreferrer">{html}</a>'
        out.append(html)
    return "".join(out)


_HTML_SPECIAL = re.compile("[&<>\"'\n]")
"""What html.escape changes, and the line break _inline turns into <br>: text without any is
written as it is."""


def _plain(text: str, part: Part | None = None) -> str:
    """Escaped text of the title block; inside RTL text each Latin item is isolated."""
    if part is None or not part.rtl:
        return _esc(text).replace("\n", "<br>")
    return "".join(
        f'<bdi dir="ltr">{_esc(piece)}</bdi>' if latin else _esc(piece)
        for piece, latin in latin_pieces(text)
    ).replace("\n", "<br>")


# These three build strings with html.escape (quotes included) and mark only the finished
# result safe: markupsafe's per-piece Markup objects cost more than the rest of the export.


def plain(text: str, part: Part | None = None) -> Markup:
    """Escaped ``text``; inside right-to-left text each Latin item sits in ``<bdi>``."""
    return Markup(_plain(text, part))


def inline(runs: Iterable[Run], rtl: bool = False) -> Markup:
    """Runs as escaped HTML: <strong>, <em>, <bdi> for the Latin items the layout marked, and
    <a> for the (already filtered) safe links. ``rtl`` is unused: the runs carry direction."""
    return Markup(_inline(runs))


def _table(table: Table, part: Part) -> str:
    """``<table dir>`` with ``<th scope="col">`` header cells in ``<thead>`` (repeated on every
    printed page) and column widths from the model's relative widths."""
    cols = "".join(f'<col style="width:{w * 100:.2f}%">' for w in table.widths)
    head, body = table.rows[: table.header_rows], table.rows[table.header_rows :]

    def row(cells: list[Cell], tag: str) -> str:
        out = []
        scope = ' scope="col"' if tag == "th" else ""
        for c in cells:
            css = ' class="untranslated"' if c.untranslated else ""
            plain = c.plain
            if plain is not None and not _HTML_SPECIAL.search(plain):
                html = plain  # most cells: what _inline makes of their one plain run
            else:
                html = _inline(c.runs)
            out.append(f"<{tag}{scope}{css}>{html}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    html = f'<table class="content" dir="{part.dir}"><colgroup>{cols}</colgroup>'
    if head:
        html += "<thead>" + "".join(row(r, "th") for r in head) + "</thead>"
    return html + "<tbody>" + "".join(row(r, "td") for r in body) + "</tbody></table>"


def _group(g: Group, part: Part) -> str:
    if g.table is not None:
        return _table(g.table, part)
    if g.tag in ("ol", "ul"):
        start = f' start="{g.start}"' if g.tag == "ol" else ""
        if g.tag == "ol" and g.start != 1:
            # WeasyPrint (the PDF) ignores start=: without the counter every list that
            # continues after a paragraph or a columns row printed "1." again.
            start += f' style="counter-reset: list-item {g.start - 1}"'
        digits = ""
        if g.tag == "ol" and part.native_digits and part.lang.css_list_style != "decimal":
            digits = f" digits-{part.lang.css_list_style}"
        items = "".join(f"<li{_dir(i)}>{_inline(i.runs)}</li>" for i in g.items)
        return f'<{g.tag} class="level-{g.level}{digits}"{start}>{items}</{g.tag}>'
    css = ' class="untranslated"' if g.untranslated else ""
    return f"<{g.tag}{css}{_dir(g.items[0])}>{_inline(g.items[0].runs)}</{g.tag}>"


def _dir(item: Block) -> str:
    """``dir`` for a block whose direction differs from its language's (Block.direction)."""
    if item.rtl is None:
        return ""
    return ' dir="rtl"' if item.rtl else ' dir="ltr"'


def group(g: Group, part: Part) -> Markup:
    """One paragraph, heading or list."""
    return Markup(_group(g, part))


def body(items: Iterable[Block], part: Part) -> Markup:
    """A section's body: its items grouped into paragraphs, headings and lists."""
    return Markup("\n".join(_group(g, part) for g in groups(items)))


def cell(item: Block, part: Part) -> Markup:
    """One item on its own, as in a cell of the columns layout (a list item keeps its number)."""
    return Markup(_cell(item, part))


def _printed(value: object) -> str:
    """``value`` as the template prints it: escaped by markupsafe, as Jinja's autoescaping
    does (``"`` becomes ``&#34;``, where html.escape would write ``&quot;``)."""
    return str(_escape(value))


# The loops over a part's sections are helpers too (issue 14: HTML ≤ 0.1 × pandoc): a
# Jinja loop over 500 sections made ~2,000 template calls, and the columns loop one per cell
# (8,000); each helper writes exactly what those loops wrote.


def _heading(section: FlowSection) -> str:
    return f"{_printed(section.label)} {_inline(section.title)}"


def toc_entries(part: Part) -> Markup:
    """The entries of a part's contents list: a link to each section with a heading."""
    code = _printed(part.lang.code)
    return Markup(
        "".join(
            f'\n<li><a href="#{_printed(s.anchor)}-{code}">{_heading(s)}</a></li>'
            for s in part.sections
            if s.has_heading
        )
    )


def sections(part: Part) -> Markup:
    """A part's sections (single and sequential layouts): a ``<section>`` each, its heading
    and its body."""
    code = _printed(part.lang.code)
    out = []
    for s in part.sections:
        heading = f"\n<h2>{_heading(s)}</h2>" if s.has_heading else ""
        items = "\n".join(_group(g, part) for g in groups(s.items))
        out.append(f'\n<section id="{_printed(s.anchor)}-{code}">{heading}\n{items}\n</section>')
    return Markup("".join(out))


def columns(left: Part, right: Part) -> Markup:
    """The columns layout's body: one two-column table per section (not one for the whole
    policy: the same look in a browser, and WeasyPrint lays out many small tables far faster
    than one huge one), the first with the languages' names as its header; a row for the
    section's heading and one per block."""
    lattr = f'lang="{_printed(left.lang.code)}" dir="{_printed(left.dir)}"'
    rattr = f'lang="{_printed(right.lang.code)}" dir="{_printed(right.dir)}"'
    lcode, rcode = _printed(left.lang.code), _printed(right.lang.code)
    out = []
    for index, (a, b) in enumerate(zip(left.sections, right.sections, strict=False)):
        out.append('\n<table class="columns">')
        if index == 0:
            out.append(
                f"\n<thead><tr><th {lattr}>{_printed(left.lang.native_name)}</th>"
                f"<th {rattr}>{_printed(right.lang.native_name)}</th></tr></thead>"
            )
        out.append("\n<tbody>")
        if a.has_heading:
            out.append(
                f'\n<tr class="section-title"><td {lattr}><h2 id="{_printed(a.anchor)}-{lcode}">'
                f"{_heading(a)}</h2></td><td {rattr}>"
                f'<h2 id="{_printed(b.anchor)}-{rcode}">{_heading(b)}</h2></td></tr>'
            )
        out.extend(
            f"\n<tr><td {lattr}>{_cell(x, left)}</td><td {rattr}>{_cell(y, right)}</td></tr>"
            for x, y in zip(a.items, b.items, strict=False)
        )
        out.append("\n</tbody>\n</table>")
    return Markup("".join(out))


def _cell(item: Block, part: Part) -> str:
    return _group(groups([item])[0], part)


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal (for the running header and footer)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + escaped.replace("<", "\\3c ") + '"'


def page_css(doc: ExportDocument) -> Markup:
    """@page rules: a running header (the title) and footer ("Page X of Y") per language.

    Sequential and single parts each get a named page in their own language; the columns
    layout has one page with the left language's header and footer on the left, the right
    language's on the right. Read by WeasyPrint for the PDF (browsers ignore margin boxes).
    """
    rules = []

    def footer(part: Part) -> str:
        style = part.lang.css_list_style if part.native_digits else "decimal"
        before, _, rest = part.labels["page"].partition("{page}")
        middle, _, after = rest.partition("{pages}")
        pieces = [
            _css_string(before),
            f"counter(page, {style})",
            _css_string(middle),
            f"counter(pages, {style})",
            _css_string(after),
        ]
        return " ".join(pieces)

    def box(where: str, content: str, part: Part, align: str) -> str:
        return (
            f"@{where} {{ content: {content}; direction: {part.dir}; "
            f"text-align: {align}; font-family: {_font_stack(part)}; }}"
        )

    if doc.layout is Layout.COLUMNS:
        left, right = doc.parts
        rules.append(
            "@page { "
            + box("top-left", _css_string(left.title), left, "left")
            + box("top-right", _css_string(right.title), right, "right")
            + box("bottom-left", footer(left), left, "left")
            + box("bottom-right", footer(right), right, "right")
            + " }"
        )
    else:
        for part in doc.parts:
            side = "right" if part.rtl else "left"
            rules.append(
                f"@page lang-{part.lang.code} {{ "
                + box(f"top-{side}", _css_string(part.title), part, side)
                + box("bottom-center", footer(part), part, "center")
                + " }"
            )
            rules.append(f'article[lang="{part.lang.code}"] {{ page: lang-{part.lang.code}; }}')
        first = doc.parts[0]
        # The draft notice between them too: a browser breaks the page wherever the named page
        # changes, which printed "Draft — not approved" alone on a page of its own.
        rules.append(
            f"body > header, body > .draft-notice, nav.toc {{ page: lang-{first.lang.code}; }}"
        )
    return Markup("\n".join(rules))


def _font_stack(part: Part) -> str:
    fonts = ["Noto Sans", *part.lang.fonts, "sans-serif"] if part.rtl else ["Noto Sans"]
    quoted = [f'"{f}"' if f != "sans-serif" else f for f in dict.fromkeys(fonts)]
    return ", ".join(quoted) + ("" if part.rtl else ", sans-serif")


def _environment(loader: jinja2.BaseLoader, *, trusted: bool) -> jinja2.Environment:
    import jinja2

    from ..template_sandbox import LimitedEnvironment

    # A user's template may come from anyone: it runs sandboxed. Ours is trusted (the tests
    # render it with Jinja to check page() against it), and the sandbox's per-attribute checks
    # would cost ~40% of the export time on a long policy.
    kind = jinja2.Environment if trusted else LimitedEnvironment
    env = kind(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(
        zip=zip,
        groups=groups,
        plain=plain,
        inline=inline,
        group=group,
        body=body,
        cell=cell,
        toc_entries=toc_entries,
        sections=sections,
        columns=columns,
        page_css=page_css,
        fonts=_font_stack,
        dir=lambda part: part.dir,
        anchor=lambda section, part: f"{section.anchor}-{part.lang.code}",
    )
    return env


def _template(path: Path | None, *, trusted: bool = False) -> jinja2.Template:
    """The Jinja template at ``path`` (ours when None), sandboxed unless ``trusted``."""
    import jinja2

    target = path or resource_path(DEFAULT_TEMPLATE)
    env = _environment(jinja2.FileSystemLoader(str(target.parent)), trusted=trusted)
    try:
        return env.get_template(target.name)
    except jinja2.TemplateNotFound as exc:
        raise PolicyStudioError(f"{target}: template not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise PolicyStudioError(f"{target}: line {exc.lineno}: {exc.message}") from exc


def _stylesheet() -> Markup:
    # Our own stylesheet, inlined so the page is one file; "</" cannot close the style element.
    return Markup(resource_path(DEFAULT_CSS).read_text(encoding="utf-8").replace("</", "<\\/"))


def _title_block(part: Part, tag: str = "header") -> str:
    cover = part.cover
    out = [
        f'<{tag} class="title-block" lang="{_printed(part.lang.code)}" '
        f'dir="{_printed(part.dir)}">\n<h1>{_inline(cover.title)}</h1>'
    ]
    if cover.subtitle:
        out.append(f'\n<p class="subtitle">{_plain(cover.subtitle, part)}</p>')
    if cover.organization:
        out.append(f'\n<p class="organization">{_plain(cover.organization, part)}</p>')
    if cover.address:
        out.append(f'\n<p class="address">{_plain(cover.address, part)}</p>')
    if cover.facts:
        facts = " · ".join(_plain(fact, part) for fact in cover.facts)
        out.append(f'\n<p class="facts">{facts}</p>')
    out.append(f"\n</{tag}>")
    return "".join(out)


def _toc(part: Part) -> str:
    style = part.lang.css_list_style if part.native_digits else "decimal"
    return (
        f'<div class="toc-part" lang="{_printed(part.lang.code)}" dir="{_printed(part.dir)}">'
        f"\n<h2>{_printed(part.labels['contents'])}</h2>"
        f'\n<ol class="toc-{_printed(style)}">{toc_entries(part)}\n</ol>\n</div>'
    )


def _in_each(parts: list[Part], key: str) -> str:
    """A label in every part's language: ``<span lang dir>…</span> / <span …>…</span>``."""
    return " / ".join(
        f'<span lang="{_printed(p.lang.code)}" dir="{_printed(p.dir)}">'
        f"{_printed(p.labels[key])}</span>"
        for p in parts
    )


def page(doc: ExportDocument, css: Markup | None = None) -> str:
    """The HTML page of a laid-out document, exactly as resources/templates/policy.html.j2
    renders it (tests/io/writers/test_html_page.py compares the two byte for byte on
    documents of every layout and option: change them together). Written in Python so that
    an export does not load Jinja2 (~17 ms of every HTML and PDF export, issue 14); a
    ``--template`` still runs in Jinja's sandbox."""
    css = _stylesheet() if css is None else css
    parts, layout = doc.parts, doc.layout.value
    first = parts[0]
    out = [
        f'<!DOCTYPE html>\n<html lang="{_printed(first.lang.code)}" dir="{_printed(first.dir)}">'
        '\n<head>\n<meta charset="utf-8">'
        '\n<meta name="viewport" content="width=device-width, initial-scale=1">'
        '\n<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"\n<title>{_printed(doc.title)}</title>"
    ]
    author = doc.options.author or doc.organization
    if author:
        out.append(f'\n<meta name="author" content="{_printed(author)}">')
    out.append(
        f"\n<style>\n{css}\n@media print {{\n{page_css(doc)}\n}}\n</style>\n</head>"
        f'\n<body class="layout-{_printed(layout)}">'
    )
    if layout == "columns":
        blocks = "".join(_title_block(part, "div") for part in parts)
        out.append(f'\n<header class="columns-title">{blocks}</header>')
    else:
        out.append("\n" + _title_block(first))
    if doc.draft_line:
        out.append(
            f'\n<p class="draft-notice" role="note"><strong>{_printed(doc.draft_line)}</strong></p>'
        )
    if doc.options.toc:
        extra = " toc-columns" if layout == "columns" else ""
        out.append(
            f'\n<nav class="toc{extra}" aria-label="{_printed(first.labels["contents"])}">'
            + "".join("\n" + _toc(part) for part in parts)
            + "\n</nav>"
        )
    out.append("\n<main>")
    if layout == "columns":
        out.append(columns(parts[0], parts[1]))
    else:
        for index, part in enumerate(parts):
            out.append(f'\n<article lang="{_printed(part.lang.code)}" dir="{_printed(part.dir)}">')
            if index:
                out.append("\n" + _title_block(part))
            out.append(f"{sections(part)}\n</article>")
    out.append("\n</main>")
    approval_lines = doc.approval_lines
    if doc.signers or approval_lines:
        out.append(f'\n<section class="signoff">\n<h2>{_in_each(parts, "signoff")}</h2>')
        out.extend(
            f'\n<p class="approval-record" dir="ltr" lang="en">{_printed(line)}</p>'
            for line in approval_lines
        )
        if doc.signers:
            heads = "".join(
                f"<th>{_in_each(parts, key)}</th>" for key in ("name", "role", "signature", "date")
            )
            out.append(f"\n<table>\n<thead><tr>{heads}</tr></thead>\n<tbody>")
            out.extend(
                f'\n<tr><td dir="auto">{_printed(signer.name)}</td><td dir="auto">'
                f'{_printed(signer.role)}</td><td class="line"></td><td class="line"></td></tr>'
                for signer in doc.signers
            )
            out.append("\n</tbody>\n</table>")
        out.append("\n</section>")
    out.append("\n</body>\n</html>\n")
    return "".join(out)


def render_document(doc: ExportDocument, template_path: Path | None = None) -> str:
    """The HTML page of a laid-out document: ours (``page``), or a user's template's."""
    if template_path is None:
        return page(doc)
    return render_with_template(doc, template_path)


def render_with_template(doc: ExportDocument, path: Path, *, trusted: bool = False) -> str:
    """``doc`` through the Jinja template at ``path``: sandboxed, fed plain data (a user's
    template), or ``trusted`` with our own objects (the tests, for resources/templates)."""
    import jinja2

    template = _template(path, trusted=trusted)
    css = _stylesheet()
    try:
        if not trusted:
            return _render_user_template(template, doc, css)
        return template.render(doc=doc, parts=doc.parts, layout=doc.layout.value, css=css)
    except jinja2.TemplateError as exc:
        raise PolicyStudioError(f"{path}: {exc}") from exc


def render_html(
    policy: Policy, options: ExportOptions, known_variables: Iterable[str] = ()
) -> tuple[str, list[str]]:
    """The HTML page and the warnings for the user."""
    doc = build(policy, options, known_variables)
    return render_document(doc, options.template), doc.warnings


def _render_user_template(template: jinja2.Template, doc: ExportDocument, css: Markup) -> str:
    """A user's template sees plain data only (io/template_sandbox.py), within limits."""
    from ..template_sandbox import LimitedEnvironment, PlainData

    env = template.environment
    assert isinstance(env, LimitedEnvironment)
    data = PlainData()
    document = data(doc)
    context = {
        "doc": document,
        "parts": document["parts"],
        "layout": doc.layout.value,
        "css": css,
        "zip": zip,
        "groups": data.helper(groups),
        "plain": data.helper(plain),
        "inline": data.helper(inline),
        "group": data.helper(group),
        "body": data.helper(body),
        "cell": data.helper(cell),
        "toc_entries": data.helper(toc_entries),
        "sections": data.helper(sections),
        "columns": data.helper(columns),
        "page_css": data.helper(page_css),
        "fonts": data.helper(_font_stack),
        "dir": lambda part: "rtl" if part["rtl"] else "ltr",
        "anchor": lambda section, part: f"{section['anchor']}-{part['lang']['code']}",
    }
    return env.render(template, context)


def write_html(
    policy: Policy, path: Path, options: ExportOptions, known_variables: Iterable[str] = ()
) -> ExportReport:
    """Write ``policy`` to ``path`` as one self-contained HTML file."""
    html, warnings = render_html(policy, options, known_variables)
    write_output(path, html, "the page")
    return ExportReport(str(path), warnings)


__all__ = [
    "Group",
    "body",
    "page",
    "render_with_template",
    "columns",
    "sections",
    "toc_entries",
    "group",
    "groups",
    "inline",
    "page_css",
    "plain",
    "render_document",
    "render_html",
    "write_html",
]
