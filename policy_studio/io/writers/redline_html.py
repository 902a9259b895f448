"""Redline as HTML: <ins>/<del> in context, lang and dir on each language part, print CSS.

The template is Jinja2 with autoescaping on, so no text from a policy can become markup. It is
embedded here (not under resources/) because it is small and tied to the Redline's shape; a
user's own template can be passed as ``template`` (same variables).
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape

from ...diff import BlockDiff, Change, Op, Redline, SectionDiff
from ...model import BlockKind, PolicyStudioError, language

SUPPORTED = "summary, metadata/variables table, sections in context or changed only; ins/del; RTL"

_LATIN_ITEM = re.compile(
    r"(?:https?://|mailto:|www\.)\S+"  # web addresses
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"  # e-mail addresses
    r"|[A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*)*"  # runs of Latin words (names)
)

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ page_lang }}" dir="{{ page_dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ heading }}</title>
<style>
body { font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif;
       line-height: 1.5; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
.lang-part[dir="rtl"] { font-size: 1.08em; }
ins { background: #e3f6e3; color: #0a5a0a; text-decoration: underline; }
del { background: #fbe4e4; color: #8a1010; text-decoration: line-through; }
.summary { border: 1px solid #bbb; padding: .5rem 1rem; }
.section { border-inline-start: 4px solid transparent; padding-inline-start: .75rem;
           margin: 1rem 0; }
.section.added { border-inline-start-color: #2e8b2e; }
.section.removed, .section.moved-away { border-inline-start-color: #b22222; }
.section.changed, .section.moved,
.section.moved-and-changed { border-inline-start-color: #d08c00; }
.tag { font-size: .75em; font-weight: normal; border: 1px solid #888; border-radius: 3px;
       padding: 0 .3em; margin-inline-start: .5em; white-space: nowrap; }
li.block { margin-inline-start: 1.5em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #bbb; padding: .2em .5em; text-align: start; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  ins { background: none; color: inherit; text-decoration: underline double; }
  del { background: none; color: inherit; }
  .section, .block { break-inside: avoid; }
  h2 { break-before: page; } h2:first-of-type { break-before: auto; }
}
</style>
</head>
<body>
<h1>{{ heading }}</h1>
<div class="summary">
<p>Sections: {{ s.sections_added }} added, {{ s.sections_removed }} removed,
{{ s.sections_moved }} moved, {{ s.sections_changed }} changed.
Blocks: {{ s.blocks_added }} added, {{ s.blocks_removed }} removed,
{{ s.blocks_moved }} moved, {{ s.blocks_changed }} changed.</p>
<p>Words:
{%- for lang in langs %} {{ lang }} +{{ s.words_inserted.get(lang, 0) }}
 / −{{ s.words_deleted.get(lang, 0) }}{% if not loop.last %};{% endif %}
{%- endfor %}</p>
</div>
{% if fields %}
<table class="fields">
<tr><th>Field</th><th>Before</th><th>After</th></tr>
{% for f in fields -%}
<tr><td>{{ f.name }}{% if f.lang %} ({{ f.lang }}){% endif %}</td>
<td{{ f.attrs }}><del>{{ f.old }}</del></td><td{{ f.attrs }}><ins>{{ f.new }}</ins></td></tr>
{% endfor %}</table>
{% endif %}
{% for part in parts %}
<div class="lang-part" lang="{{ part.lang }}"
{%- if part.dir != page_dir %} dir="{{ part.dir }}"{% endif %}>
{% if parts|length > 1 %}<h2>{{ part.name }}</h2>{% endif %}
{% for sec in part.sections %}
<section class="section {{ sec.css }}">
<h3>{{ sec.number }}. {{ sec.title }}
{%- if sec.tag %} <bdi class="tag">{{ sec.tag }}</bdi>{% endif %}</h3>
{% for b in sec.blocks -%}
{% set tag %}{% if b.tag %} <bdi class="tag">{{ b.tag }}</bdi>{% endif %}{% endset -%}
{% if b.item -%}
<ul><li class="block {{ b.css }}">{{ b.html }}{{ tag }}</li></ul>
{% else -%}
<p class="block {{ b.css }}">{{ b.html }}{{ tag }}</p>
{% endif -%}
{% endfor %}
</section>
{% endfor %}
</div>
{% endfor %}
</body>
</html>
"""


def _isolate(text: str, rtl: bool) -> Markup:
    """Escaped text; in right-to-left parts, Latin items (addresses, names) wrapped in <bdi>."""
    if not rtl:
        return escape(text)
    out = Markup()
    last = 0
    for match in _LATIN_ITEM.finditer(text):
        out += (
            escape(text[last : match.start()])
            + Markup('<bdi dir="ltr">')
            + escape(match.group())
            + Markup("</bdi>")
        )
        last = match.end()
    return out + escape(text[last:])


def _segments_html(entry: BlockDiff, lang: str, rtl: bool, whole: Op | None = None) -> Markup:
    out = Markup()
    for seg in entry.segments.get(lang, []):
        op = whole or seg.op
        if whole is Op.INSERT and seg.op is Op.DELETE:
            continue
        if whole is Op.DELETE and seg.op is Op.INSERT:
            continue
        body = _isolate(seg.text, rtl)
        if op is Op.INSERT:
            out += Markup("<ins>") + body + Markup("</ins>")
        elif op is Op.DELETE:
            out += Markup("<del>") + body + Markup("</del>")
        else:
            out += body
    return out


_TAGS = {
    Change.ADDED: "added",
    Change.REMOVED: "removed",
    Change.MOVED: "moved",
    Change.MOVED_CHANGED: "moved and changed",
    Change.MOVED_AWAY: "moved",
}


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
    blocks = []
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
                "css": "title-change",
                "html": _segments_html(title, lang, rtl),
                "tag": "title",
            }
        )
    for entry in entries:
        whole = Op.DELETE if entry.change is Change.MOVED_AWAY else None
        tag_b = ""
        if entry.change is Change.MOVED_AWAY:
            tag_b = "moved away"
        elif entry.change.is_move:
            tag_b = "moved"
        blocks.append(
            {
                "item": entry.kind in (BlockKind.BULLET, BlockKind.NUMBERED),
                "css": entry.change.value.replace(" ", "-"),
                "html": _segments_html(entry, lang, rtl, whole),
                "tag": tag_b,
            }
        )
    number = section.new_number if section.new_number else f"({section.old_number})"
    return {
        "css": section.change.value.replace(" ", "-"),
        "number": number,
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
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    if template is not None:
        try:
            source = template.read_text(encoding="utf-8")
        except OSError as exc:
            raise PolicyStudioError(f"{template}: cannot read the HTML template ({exc})") from exc
    else:
        source = TEMPLATE
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
    return env.from_string(source).render(
        heading=heading,
        page_lang=first.code,
        page_dir=first.direction.value,
        s=redline.summary,
        langs=langs,
        fields=fields,
        parts=parts,
    )
