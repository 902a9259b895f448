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

from ...text.markup import runs_from_tokens, to_markup
from ..build import build
from ..intermediate import Line, ParsedDocument, Role
from ..result import ReadResult
from .safety import decode_text, read_limited
from .structure import finish_roles

_IAL_LINE = re.compile(r"^\s*\{:\s*([^}]*)\}\s*$")
_IAL_INLINE = re.compile(r"\s*\{:\s*[^}]*\}")
_ATTR = re.compile(r"""#([\w-]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")


def _attributes(spec: str) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for m in _ATTR.finditer(spec):
        if m.group(1):
            attrs["id"] = m.group(1)
        else:
            attrs[m.group(2)] = next(g for g in m.group(3, 4, 5) if g is not None)
    return attrs


def inline_markup(token: Any, dropped: list[str]) -> str:
    """Our inline markup for one markdown-it inline token."""

    def other(child: Any) -> None:
        if child.type == "image":
            dropped.append(f"image: {child.content or child.attrs.get('src', '')}")

    runs = runs_from_tokens(token.children or [], softbreak=" ", on_other=other)
    markup = to_markup(runs).strip()
    return _IAL_INLINE.sub("", markup)


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


def parse_markdown(text: str, file: str = "", warnings: list[str] | None = None) -> list[Line]:
    """Markdown source → classified lines (``warnings`` gets what was flattened)."""
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
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse("\n".join(source))
    lines: list[Line] = []
    spans: list[tuple[int, int]] = []
    lists: list[str] = []
    item_open: list[bool] = []
    heading_level = 0
    row: list[str] = []
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
            lines.append(
                Line(
                    Role.DEBRIS,
                    token.content.strip()[:200],
                    line=(token.map or [0])[0] + 1,
                    reason="raw HTML",
                )
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
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and any(cell.strip() for cell in row):
            add(
                Line(
                    Role.PARAGRAPH,
                    " | ".join(row),
                    line=(token.map or [0])[0] + 1,
                    reason="table row",
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
                        reason=f"heading level {heading_level}",
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
    finish_roles(lines)
    for text in dropped:
        lines.append(Line(Role.DEBRIS, text, reason="image"))
    return lines


def parse(path: Path) -> ParsedDocument:
    text, encoding = decode_text(read_limited(path), str(path))
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
