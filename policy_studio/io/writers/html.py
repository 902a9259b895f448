"""HTML writer: a single self-contained page, one language or bilingual columns, via Jinja2.

The template (resources/templates/policy.html.j2, replaceable with ``--template``; a user's
template runs in Jinja2's sandbox) has autoescaping always on, so every piece of policy text is
escaped; only
http(s) and mailto links reach it (io.export_flow), and a Content-Security-Policy forbids
scripts. ``lang`` and ``dir`` are set on every element whose language differs from its
parent's, and Latin items (e-mails, URLs, numbers) inside right-to-left text sit in ``<bdi>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape as _esc
from pathlib import Path

import jinja2
from markupsafe import Markup

from ...model import BlockKind, Policy, PolicyStudioError
from ..export_flow import ExportDocument, ExportReport, Item, Span, build, latin_pieces
from ..options import ExportOptions
from ..output import write_text_atomic
from ..resources import resource_path
from ..template_sandbox import LimitedEnvironment, PlainData

SUPPORTED = (
    "layouts single/sequential (one article per language) and columns (one table row per "
    "block); TOC; paragraphs, body headings, nested bullet/numbered lists; bold, italic, "
    "http(s)/mailto links; sign-off table; print CSS"
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

    @property
    def untranslated(self) -> bool:
        return any(item.untranslated for item in self.items)


def groups(items: Iterable[Item]) -> list[Group]:
    """Items grouped into lists: a new list whenever the list or its level changes."""
    out: list[Group] = []
    previous: tuple[int | None, int] | None = None
    for item in items:
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


def _plain(text: str, rtl: bool) -> str:
    if not rtl:
        return _esc(text)
    return "".join(
        # dir="ltr", not the default auto: a phone number has no strong letter, and Chromium
        # then lays "+000 20 123 4567" out right-to-left, groups reversed.
        f'<bdi dir="ltr">{_esc(piece)}</bdi>' if latin else _esc(piece)
        for piece, latin in latin_pieces(text)
    )


def _inline(spans: Iterable[Span], rtl: bool) -> str:
    out = []
    for span in spans:
        html = _plain(span.text, rtl)
        if span.italic:
            html = f"<em>{html}</em>"
        if span.bold:
            html = f"<strong>{html}</strong>"
        if span.link:
            html = f'<a href="{_esc(span.link)}" rel="noopener noreferrer">{html}</a>'
        out.append(html)
    return "".join(out)


# These three build strings with html.escape (quotes included) and mark only the finished
# result safe: markupsafe's per-piece Markup objects cost more than the rest of the export.


def plain(text: str, rtl: bool) -> Markup:
    """Escaped ``text``; inside right-to-left text each Latin item sits in ``<bdi>``."""
    return Markup(_plain(text, rtl))


def inline(spans: Iterable[Span], rtl: bool) -> Markup:
    """Runs as escaped HTML: <strong>, <em>, and <a> for the (already filtered) safe links."""
    return Markup(_inline(spans, rtl))


def group(g: Group, rtl: bool) -> Markup:
    """One paragraph, heading or list."""
    if g.tag in ("ol", "ul"):
        start = f' start="{g.start}"' if g.tag == "ol" else ""
        items = "".join(f"<li>{_inline(i.spans, rtl)}</li>" for i in g.items)
        return Markup(f'<{g.tag} class="level-{g.level}"{start}>{items}</{g.tag}>')
    css = ' class="untranslated"' if g.untranslated else ""
    return Markup(f"<{g.tag}{css}>{_inline(g.items[0].spans, rtl)}</{g.tag}>")


def cell(item: Item, rtl: bool) -> Markup:
    """One item on its own, as in a cell of the columns layout (a list item keeps its number)."""
    return group(groups([item])[0], rtl)


def _environment(loader: jinja2.BaseLoader, *, trusted: bool) -> jinja2.Environment:
    # A user's template may come from anyone: it runs sandboxed. Ours is trusted, and the
    # sandbox's per-attribute checks would cost ~40% of the export time on a long policy.
    kind = jinja2.Environment if trusted else LimitedEnvironment
    env = kind(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=_bytecode_cache() if trusted else None,
    )
    env.globals.update(
        zip=zip,
        groups=groups,
        plain=plain,
        inline=inline,
        group=group,
        cell=cell,
        dir=lambda part: "rtl" if part.rtl else "ltr",
        anchor=lambda section, part: f"{section.anchor}-{part.lang.code}",
    )
    return env


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs: compiling ours costs ~60 ms of every export.

    Jinja's own per-user cache folder (it checks the folder's owner and mode), keyed by template
    name and source checksum, so an edited template is compiled afresh. Only our own (trusted)
    template is cached.
    """
    try:
        return _BestEffortCache()
    except (OSError, RuntimeError):
        return None


class _BestEffortCache(jinja2.FileSystemBytecodeCache):
    """A cache that cannot be written (full disk, read-only folder) only costs time."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _template(path: Path | None) -> jinja2.Template:
    target = path or resource_path(DEFAULT_TEMPLATE)
    env = _environment(jinja2.FileSystemLoader(str(target.parent)), trusted=path is None)
    try:
        return env.get_template(target.name)
    except jinja2.TemplateNotFound as exc:
        raise PolicyStudioError(f"{target}: template not found") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise PolicyStudioError(f"{target}: line {exc.lineno}: {exc.message}") from exc


def render_html(
    policy: Policy, options: ExportOptions, known_variables: Iterable[str] = ()
) -> tuple[str, list[str]]:
    """The HTML page and the warnings for the user."""
    doc = build(policy, options, known_variables)
    template = _template(options.template)
    # Our own stylesheet, inlined so the page is one file; "</" cannot close the style element.
    css = Markup(resource_path(DEFAULT_CSS).read_text(encoding="utf-8").replace("</", "<\\/"))
    try:
        if isinstance(template.environment, LimitedEnvironment):
            html = _render_user_template(template.environment, template, doc, css)
        else:
            html = template.render(doc=doc, parts=doc.parts, layout=doc.layout.value, css=css)
    except jinja2.TemplateError as exc:
        where = options.template or resource_path(DEFAULT_TEMPLATE)
        raise PolicyStudioError(f"{where}: {exc}") from exc
    return html, doc.warnings


def _render_user_template(
    env: LimitedEnvironment, template: jinja2.Template, doc: ExportDocument, css: Markup
) -> str:
    """A user's template sees plain data only (io/template_sandbox.py), within limits."""
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
        "cell": data.helper(cell),
        "dir": lambda part: "rtl" if part["rtl"] else "ltr",
        "anchor": lambda section, part: f"{section['anchor']}-{part['lang']['code']}",
    }
    return env.render(template, context)


def write_html(
    policy: Policy, path: Path, options: ExportOptions, known_variables: Iterable[str] = ()
) -> ExportReport:
    """Write ``policy`` to ``path`` as one self-contained HTML file."""
    html, warnings = render_html(policy, options, known_variables)
    write_text_atomic(path, html, "the page")
    return ExportReport(str(path), warnings)


__all__ = ["Group", "group", "groups", "inline", "plain", "render_html", "write_html"]
