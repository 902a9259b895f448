"""Markdown reader (CommonMark via markdown-it-py, plus kramdown attribute lists).

Supported: ATX and setext headings; paragraphs; bullet and ordered lists with nesting; thematic
breaks (``---``, a new untitled section); block quotes (their paragraphs); tables (a row per
paragraph, cells joined by " | "); **bold**, *italic*, links, inline code (as text), line
breaks; kramdown attribute lists ``{: #id }`` / ``{: datetime="…" }`` — understood and never
shown as text: ids become alignment anchors, a ``datetime`` marks the effective date. The first
level-1 heading is the title. Images are dropped and reported; raw HTML blocks are dropped and
reported. Not supported: footnotes, definition lists, front matter (read as text).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from ...text.markup import escape, runs_from_tokens, to_markup
from ..build import build
from ..dates import parse_date
from ..intermediate import Line, ParsedDocument, Role, mark_changed
from ..reasons import said
from ..result import ReadResult
from .safety import check_text_file, decode_text, read_limited
from .structure import finish_roles

_IAL_LINE = re.compile(r"^\s*\{:\s*([^}]*)\}\s*$")
# Untrusted text: every pattern here runs in linear time. A match may start only where the
# previous character cannot extend it (the look-behinds), and no unbounded repeat is followed by
# something its own characters could also be, so nothing is rescanned (issue 18 item 9).
_IAL_INLINE = re.compile(r"(?<!\s)\s*\{:[^{}]*\}")
_ATTR = re.compile(r"""#([\w-]+)|(?<![\w-])([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")


def _attributes(spec: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(spec):
        if m.group(1):
            attrs["id"] = m.group(1)
        else:
            attrs[m.group(2)] = next(g for g in m.group(3, 4, 5) if g is not None)
    return attrs


_INLINE_STARTS = re.compile(r"[\n\\`*_\[\]!<&]")
"""Every character an inline rule of the commonmark preset starts on (newline, escape,
backticks, emphasis, link, image, autolink, raw HTML, entity; ``]`` for safety). Text without
one is a single text token: no inline parse is needed (most paragraphs of a policy)."""


def _inline_when_needed(state: StateCore) -> None:
    """markdown-it's core "inline" rule, skipping the parse of text that has no inline syntax.

    The inline parser costs ~60 µs per paragraph even on plain words; a 150,000-word policy
    has ~4,000 paragraphs, read twice by `compare`. The result is the same token (one "text"
    child), which tests/io/test_markdown_fast_inline.py checks against the full parse.
    """
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if _INLINE_STARTS.search(token.content):
            state.md.inline.parse(token.content, state.md, state.env, token.children)
        elif token.content:
            child = Token("text", "", 0)
            child.content = token.content
            token.children.append(child)


def markdown_parser(*, fast_inline: bool = True) -> MarkdownIt:
    """The reader's markdown-it: CommonMark plus tables (``fast_inline=False``: markdown-it's
    own inline rule, for the tests that check the fast one)."""
    md = MarkdownIt("commonmark").enable("table")
    if fast_inline:
        md.core.ruler.at("inline", _inline_when_needed)
    return md


def inline_markup(token: Any, dropped: list[str]) -> str:
    """Our inline markup for one markdown-it inline token."""
    children = token.children or []
    if len(children) == 1 and children[0].type == "text":
        # Plain text (no inline syntax at all): its markup is the text, escaped.
        markup = escape(children[0].content).strip()
        return _IAL_INLINE.sub("", markup) if "{:" in markup else markup

    def other(child: Any) -> None:
        if child.type == "image":
            dropped.append(f"image: {child.content or child.attrs.get('src', '')}")

    runs = runs_from_tokens(token.children or [], softbreak=" ", on_other=other)
    markup = to_markup(runs).strip()
    return _IAL_INLINE.sub("", markup)


MAX_INLINE_DELIMITERS = 1000
"""A line with more inline syntax characters than this is read as plain text. Real paragraphs
have a few dozen; markdown-it spends ~25 µs on each one (a 200 KB run of "[" took 11 s)."""
_DELIMITER = re.compile(r"[\[\]*_`<!(\\]")
_BLOCK_PREFIX = re.compile(r"^[ \t]{0,3}(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+)*")


def _literal_lines(source: list[str]) -> dict[str, str]:
    """Replace each line too full of syntax characters by a placeholder word; placeholder → text.

    The line's block prefix ("# ", "- ", "1. ", "> ") stays, so it is still a heading or an item.
    """
    literal: dict[str, str] = {}
    for index, raw in enumerate(source):
        if len(raw) <= MAX_INLINE_DELIMITERS:
            continue
        if len(_DELIMITER.findall(raw)) <= MAX_INLINE_DELIMITERS:
            continue
        prefix = _BLOCK_PREFIX.match(raw)
        cut = prefix.end() if prefix else 0
        key = f"PSLITERAL{len(literal)}X{index}"
        literal[key] = raw[cut:].strip()
        source[index] = raw[:cut] + key
    return literal


_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_LIQUID = re.compile(r"\{%[^%]*%\}")
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _yaml_scalar(value: str) -> str:
    """A front-matter value as text: quotes removed, ``\\n`` escapes of double quotes decoded."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[0]), value[1:-1])
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def front_matter(text: str) -> tuple[list[Line], str, int]:
    """YAML front matter (Jekyll, Hugo): its lines, the text after it, and its line count.

    ``title`` becomes the title and ``date`` (or ``last_modified_at``…) the effective date;
    any other key is reported as dropped. A ``content``/``body`` value holding the page itself
    (a page kept as one quoted YAML string with ``\\n`` escapes) is read as the document.
    """
    if not text.startswith("---\n"):
        return [], text, 0
    end = text.find("\n---", 3)
    if end < 0:
        return [], text, 0
    close = text.find("\n", end + 4)
    block = text[4:end].split("\n")
    pairs = [_FRONT_MATTER_KEY.match(row) for row in block if row.strip()]
    if not pairs or not all(pairs):
        return [], text, 0
    rest = text[close + 1 :] if close >= 0 else ""
    lines: list[Line] = []
    for number, row in enumerate(block, start=2):
        m = _FRONT_MATTER_KEY.match(row)
        if m is None:
            continue
        key, value = m[1].lower(), _yaml_scalar(m[2])
        if key == "title" and value:
            lines.append(Line(Role.TITLE, escape(value), line=number, reason="front matter title"))
        elif key in ("date", "last_modified_at", "updated", "lastmod") and parse_date(
            value.split()[0] if value else ""
        ):
            parsed = parse_date(value.split()[0])
            assert parsed is not None
            line = Line(Role.META, escape(value), line=number, reason="front matter date")
            line.attrs["date"] = parsed[0]
            lines.append(line)
        elif key in ("content", "body", "text") and "\n" in value and not rest.strip():
            rest = value
        elif value:
            lines.append(Line(Role.DEBRIS, f"{m[1]}: {value}", line=number, reason="front matter"))
    return lines, rest, len(block) + 2


def parse_markdown(text: str, file: str = "", warnings: list[str] | None = None) -> list[Line]:
    """Markdown source → classified lines (YAML front matter first, if any; ``warnings`` gets
    what was flattened)."""
    head, text, offset = front_matter(text)
    lines = _parse_body(text, file, warnings)
    if offset:
        for line in lines:
            line.line += offset if line.line else 0
        own = next((line for line in lines if line.role is Role.TITLE), None)
        for line in head:
            if line.role is Role.TITLE and own is not None:
                # The page's own first heading is its title; the front matter's is metadata.
                line.role = Role.DEBRIS
                line.reason = (
                    "front-matter title, repeated by the page's heading"
                    if line.text == own.text
                    else "front-matter title (the page's own heading is the title)"
                )
    body: list[Line] = []
    for line in lines:
        if line.role is not Role.DEBRIS and _LIQUID.search(line.text):
            original = line.text
            line.text = _LIQUID.sub("", line.text).strip()
            if not line.text:
                line.role, line.text, line.reason = Role.DEBRIS, original, "template tag"
            else:
                mark_changed(line, original, "template tags ({% … %}) left out")
        body.append(line)
    return head + body


MAX_INDENT = 12
"""Deepest list indentation kept (columns): six levels of two spaces, three of four."""
MAX_QUOTES = 5
"""Deepest block-quote nesting kept."""
_LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]|$)")
_QUOTES = re.compile(r"^((?:[ ]{0,3}>[ ]?){" + str(MAX_QUOTES + 1) + ",})")


def _flatten_deep(source: list[str]) -> list[int]:
    """Cap list indentation and quote nesting in place; the 1-based lines changed.

    markdown-it stops parsing at its nesting limit and silently drops the rest of the
    document (a list nested ten levels deep lost everything after it). Items deeper than
    ``MAX_INDENT`` columns are kept at that depth; their text is never dropped.
    """
    changed = []
    in_fence = False
    for index, raw in enumerate(source):
        stripped = raw.lstrip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence:
            continue
        if (m := _LIST_ITEM.match(raw)) and len(m.group(1).expandtabs(4)) > MAX_INDENT:
            source[index] = " " * MAX_INDENT + raw[len(m.group(1)) :]
            changed.append(index + 1)
        elif m := _QUOTES.match(raw):
            source[index] = "> " * MAX_QUOTES + raw[len(m.group(1)) :]
            changed.append(index + 1)
        elif len(raw) - len(stripped) > MAX_INDENT + 4 and stripped:
            source[index] = " " * (MAX_INDENT + 4) + stripped  # continuation of a deep item
            changed.append(index + 1)
    return changed


def _parse_body(text: str, file: str = "", warnings: list[str] | None = None) -> list[Line]:
    source = text.split("\n")
    flattened = _flatten_deep(source)
    if flattened and warnings is not None:
        warnings.append(
            f"{file or 'the document'}: lists or quotes nested too deeply were flattened "
            f"(from line {flattened[0]}, {len(flattened)} lines); their text is kept"
        )
    ials: list[tuple[int, dict[str, str]]] = []
    for index, raw in enumerate(source):
        if m := _IAL_LINE.match(raw):
            ials.append((index, _attributes(m.group(1))))
            source[index] = ""
    literal = _literal_lines(source)
    tokens = markdown_parser().parse("\n".join(source))
    lines: list[Line] = []
    spans: list[tuple[int, int]] = []
    lists: list[str] = []
    item_open: list[bool] = []
    heading_level = 0
    row: list[str] = []
    row_line = 0
    tables = 0
    in_head = False
    dropped: list[str] = []

    def add(line: Line, token: Any) -> None:
        lines.append(line)
        begin, end = token.map if token.map else (0, 0)
        spans.append((begin, end))

    for index, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_open.append(True)
        elif kind == "list_item_close":
            item_open.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "hr":
            add(
                Line(
                    Role.BREAK,
                    "",
                    line=token.map[0] + 1 if token.map else 0,
                    reason="thematic break",
                ),
                token,
            )
        elif kind == "html_block":
            from .html import fragment_lines  # lxml only for a file that holds raw HTML

            first = (token.map or [0])[0] + 1
            found = fragment_lines(token.content, first)
            before = tables
            for line in found:
                if line.table:  # numbered within the fragment: continue the file's numbering
                    line.table += before
                    tables = max(tables, line.table)
            if any(line.role is not Role.DEBRIS and line.text.strip() for line in found):
                # HTML inside Markdown (a purposes/lawful-basis table, a div): its text is kept.
                for line in found:
                    add(line, token)
            else:
                lines.append(
                    Line(Role.DEBRIS, token.content.strip(), line=first, reason="raw HTML")
                )
                spans.append(tuple(token.map or (0, 0)))  # type: ignore[arg-type]
        elif kind in ("fence", "code_block"):
            add(
                Line(
                    Role.PARAGRAPH,
                    token.content.strip(),
                    line=(token.map or [0])[0] + 1,
                    reason="code block",
                ),
                token,
            )
        elif kind == "table_open":
            tables += 1
        elif kind in ("thead_open", "thead_close"):
            in_head = kind == "thead_open"
        elif kind == "tr_open":
            row = []
            row_line = (token.map or [0])[0] + 1  # closing tokens carry no position
        elif kind == "tr_close" and any(cell.strip() for cell in row):
            add(
                Line(
                    Role.PARAGRAPH,
                    " | ".join(row),
                    line=row_line,
                    reason="table row",
                    cells=list(row),
                    table=tables,
                    header=in_head,
                ),
                token,
            )
        elif kind == "inline":
            parent = tokens[index - 1]
            markup = inline_markup(token, dropped)
            number = (parent.map or [0])[0] + 1
            if parent.type in ("th_open", "td_open"):
                row.append(markup)
            elif parent.type == "heading_open":
                add(
                    Line(
                        Role.HEADING,
                        markup,
                        heading_level,
                        line=number,
                        reason=said("heading-level", heading_level),
                    ),
                    parent,
                )
            elif not markup:
                continue
            elif item_open and item_open[-1]:
                role = Role.BULLET if lists[-1] == "bullet_list_open" else Role.NUMBERED
                add(Line(role, markup, len(lists) - 1, line=number, reason="list item"), parent)
                item_open[-1] = False  # later paragraphs of the item are paragraphs
            else:
                add(Line(Role.PARAGRAPH, markup, line=number, reason="paragraph"), parent)
    for before, attrs in ials:
        owner = None
        for line, (begin, end) in zip(lines, spans, strict=True):
            if begin <= before - 1 < max(end, begin + 1) or (
                end == before and line.role is not Role.BREAK
            ):
                owner = line
        if owner is None:
            continue
        if "id" in attrs:
            owner.anchor = attrs["id"]
        owner.attrs.update({k: v for k, v in attrs.items() if k != "id"})
    if literal:
        _restore_literal(lines, literal)
    _bold_headings(lines)
    finish_roles(lines)
    for text in dropped:
        lines.append(Line(Role.DEBRIS, text, reason="image"))
    return lines


_BOLD_PARAGRAPH = re.compile(r"^\*\*([^*\n]+?)\*\*[:：]?$")


def _bold_headings(lines: list[Line]) -> None:
    """Paragraphs that are one short bold phrase are headings when the document uses them so:
    at least two of them. Under the document's own deepest heading level, or as its sections
    when it has no headings but its title."""
    bold = [
        line
        for line in lines
        if line.role is Role.PARAGRAPH
        and (m := _BOLD_PARAGRAPH.match(line.text)) is not None
        and len(m[1].split()) <= 14
    ]
    if len(bold) < 2:
        return
    levels = sorted({line.level for line in lines if line.role is Role.HEADING})
    level = (levels[-1] + 1 if len(levels) > 1 else 2) if levels else 2
    for line in bold:
        m = _BOLD_PARAGRAPH.match(line.text)
        assert m is not None
        line.role, line.level, line.reason = Role.HEADING, min(level, 6), "bold paragraph"
        line.text = m[1].strip()


def _restore_literal(lines: list[Line], literal: dict[str, str]) -> None:
    """Put back the lines read as plain text, escaped so they stay plain text in the model."""
    for line in lines:
        if "PSLITERAL" not in line.text:
            continue
        for key, original in literal.items():
            if key in line.text:
                line.text = line.text.replace(key, escape(original))
                line.attrs["literal"] = (
                    f"{len(original):,} characters with more than {MAX_INLINE_DELIMITERS:,} "
                    "Markdown syntax characters: read as plain text"
                )


def parse(path: Path) -> ParsedDocument:
    text, encoding = decode_text(read_limited(path), str(path))
    check_text_file(text, str(path))
    warnings: list[str] = []
    doc = ParsedDocument(
        parse_markdown(text, str(path), warnings), file=str(path), encoding=encoding
    )
    doc.warnings.extend(warnings)
    if "invalid" in encoding:
        doc.warnings.append(f"{path}: {encoding.removeprefix('utf-8 (').rstrip(')')}")
    return doc


def read(path: Path, *, lang: str | None = None) -> ReadResult:
    return build(parse(path), lang=lang)
