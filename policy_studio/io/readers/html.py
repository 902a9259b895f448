"""HTML reader: a policy saved from a website (lxml.html, network and entities off).

Supported: h1–h6; p; ul/ol/li with nesting (the item's own text; nested lists are items of their
own); blockquote, div, section, article (their paragraphs; loose text in a div is a paragraph);
<pre> text read with the plain-text rules; table rows as paragraphs with cells joined by " | ";
hr (a new untitled section); strong/b, em/i, a href (http, https and mailto only; other links
keep their text), br; ``lang`` and ``dir`` attributes, inherited, decide a paragraph's language
and direction. Dropped and reported: nav, header/footer outside the main content, script, style,
noscript, template, svg, iframe, form, images; page debris as in structure.py. When the page has
a <main> or <article>, only it is read. A page without h2–h6 gets the plain-text structure rules
of structure.py (numbered, title-like, colon and question headings; typed bullets). The charset
comes from a BOM, then <meta charset>, then a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import lxml.html
from lxml import etree

from ...text.markup import Run, merge_runs, to_markup
from ..build import build
from ..intermediate import Line, ParsedDocument, Role, note_variable
from ..package_safety import MAX_HTML_TAGS, one_line
from ..reasons import said
from ..result import ReadResult
from . import export_marks
from .safety import ImportFileError, decode_text, read_limited
from .structure import classify_text, finish_roles, recover_structure

DROPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "object",
    "embed",
    "canvas",
    "head",
}
NAVIGATION = {"nav", "header", "footer", "aside"}
BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "blockquote",
    "div",
    "section",
    "article",
    "main",
    "hr",
    "dl",
    "dt",
    "dd",
    "pre",
    "address",
    "figure",
    "figcaption",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "body",
    "html",
    "center",
}
_META_CHARSET = re.compile(rb"""<meta[^<>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f\u00a0]+")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if b"<!ENTITY" in data:
        raise ImportFileError(
            f"{name}: the page declares entities, which web pages never need; refusing it as unsafe"
        )
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        encoding = declared.group(1).decode("ascii").lower()
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            canonical = {"windows-1256": "cp1256", "windows-1252": "cp1252"}.get(encoding, encoding)
            return unicodedata.normalize("NFC", text.replace("\r\n", "\n")), canonical
    return decode_text(data, name)


class _Walker:
    def __init__(self) -> None:
        self.tables = 0
        """Tables seen so far (numbering each row's table)."""
        self.lines: list[Line] = []
        self.lists: list[str] = []
        self.count = 0

    def add(self, role: Role, text: str, level: int, element: etree._Element, reason: str) -> None:
        self.count += 1
        if not text.strip() and role is not Role.BREAK:
            marker = _SPACE.sub(" ", element.text_content()).strip()
            if marker and element.find(".//span[@class='missing']") is not None:
                # Our export's "[not translated]" where a block has no text in this language.
                self.lines.append(
                    Line(
                        Role.DEBRIS,
                        marker,
                        line=element.sourceline or 0,
                        reason="not-translated marker of an export",
                    )
                )
            return
        line = Line(role, text.strip(), level, line=element.sourceline or self.count, reason=reason)
        line.attrs["slot"] = str(self.count)
        if "{{" in text:
            _variable_values(element, line)
        lang = _inherited(element, "lang")
        if lang:
            line.attrs["lang"] = lang.split("-")[0].lower()
        direction = _inherited(element, "dir")
        if direction in ("rtl", "ltr"):
            line.direction = direction
        if element.get("id"):
            line.anchor = element.get("id", "")
        self.lines.append(line)

    def debris(self, element: etree._Element, reason: str) -> None:
        text = _SPACE.sub(
            " ", element.text_content() if hasattr(element, "text_content") else ""
        ).strip()
        if text:
            self.lines.append(Line(Role.DEBRIS, text, line=element.sourceline or 0, reason=reason))

    def walk(self, children: Iterable[etree._Element]) -> None:
        for child in children:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if tag in DROPPED:
                continue
            classes = set((child.get("class") or "").split())
            if tag == "header" and "columns-title" in classes:
                self.walk(list(child))  # our two-column export: the title in each language
            elif tag in ("header", "div") and "title-block" in classes:
                self.title_block(child)
            elif tag == "section" and "signoff" in classes:
                self.furniture(child, export_marks.SIGNOFF)
            elif tag == "p" and "draft-notice" in classes:
                self.debris(child, export_marks.DRAFT)
            elif tag == "table" and "columns" in classes:
                # Our two-column export: one row per block, one cell per language (lang=).
                # The row is the pair: its cells' lines share an anchor, which alignment
                # trusts over any guess (a missing translation leaves its cell empty).
                for number, row in enumerate(child.iter("tr")):
                    if row.getparent() is not None and row.getparent().tag == "thead":
                        continue
                    for cell in row:
                        if isinstance(cell.tag, str) and cell.tag.lower() == "td":
                            start = len(self.lines)
                            self.walk(list(cell))
                            for index, line in enumerate(self.lines[start:]):
                                line.anchor = f"columns-row-{number}.{index}"
            elif tag == "section" and (m := _EXPORT_SECTION.fullmatch(child.get("id") or "")):
                # Our sequential export: section n in each language holds the same blocks in
                # the same order (a missing translation keeps its place as a marker), so the
                # position in the section is the pair.
                start = len(self.lines)
                first_slot = self.count
                self.walk(list(child))
                for line in self.lines[start:]:
                    slot = int(line.attrs.get("slot", "0")) - first_slot
                    line.anchor = f"export-{m[1]}.{slot}"
            elif tag in NAVIGATION:
                self.debris(child, "navigation")
            elif tag == "img":
                self.debris_image(child)
            elif re.fullmatch(r"h[1-6]", tag):
                self.add(Role.HEADING, inline(child), int(tag[1]), child, said("heading-tag", tag))
            elif tag == "pre":
                # Preformatted text (a .txt saved as a page) is plain text: recover its structure.
                self.lines.extend(classify_text(child.text_content()))
            elif tag in ("p", "dt", "dd", "address", "figcaption"):
                self.add(
                    Role.PARAGRAPH, inline(child), 0, child, "paragraph" if tag == "p" else tag
                )
            elif tag in ("ul", "ol"):
                self.lists.append(tag)
                self.walk(list(child))
                self.lists.pop()
            elif tag == "li":
                role = Role.NUMBERED if self.lists and self.lists[-1] == "ol" else Role.BULLET
                self.add(
                    role,
                    inline(child, skip_blocks=True),
                    max(0, len(self.lists) - 1),
                    child,
                    "list item",
                )
                self.walk_nested_blocks(child)
            elif tag == "table":
                self.tables += 1
                for row in child.iter("tr"):
                    found = [
                        cell
                        for cell in row
                        if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")
                    ]
                    cells = [inline(cell) for cell in found]
                    self.add(Role.PARAGRAPH, " | ".join(c for c in cells if c), 0, row, "table row")
                    if self.lines and self.lines[-1].reason == "table row" and any(cells):
                        last = self.lines[-1]
                        last.cells, last.table = cells, self.tables
                        parent = row.getparent()
                        last.header = (parent is not None and parent.tag == "thead") or all(
                            cell.tag.lower() == "th" for cell in found
                        )
            elif tag == "hr":
                self.add(Role.BREAK, "", 0, child, "thematic break")
            elif tag in BLOCKS:
                self.loose_text(child)

    def title_block(self, block: etree._Element) -> None:
        """The cover of our export: title, subtitle, organisation, address, facts."""
        for child in block:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            kind = next(
                (k for k in ("subtitle", "organization", "address", "facts") if k in
                 (child.get("class") or "").split()),
                "",
            )  # fmt: skip
            if tag == "h1" and inline(child):
                self.add(Role.TITLE, inline(child), 0, child, "title of an export")
            elif tag == "h1" and child.find(".//span") is not None:
                # "[not translated]": the title is missing in this language, not to be guessed.
                self.debris(child, "not-translated marker of an export")
                if self.lines and self.lines[-1].reason.startswith("not-translated"):
                    self.lines[-1].attrs["title-slot"] = "1"
            elif tag == "p" and kind == "facts":
                start = len(self.lines)
                self.add(Role.PARAGRAPH, inline(child), 0, child, "cover of an export")
                for line in self.lines[start:]:
                    self.lines[start:] = export_marks.fact_lines(line) or [line]
            elif tag == "p" and kind:
                start = len(self.lines)
                self.add(Role.PARAGRAPH, inline(child), 0, child, "cover of an export")
                for line in self.lines[start:]:
                    export_marks.cover_line(line, kind)
            else:
                self.walk([child])

    def furniture(self, element: etree._Element, reason: str) -> None:
        """Every line of text in ``element`` left out, each listed with ``reason``."""
        for child in element.iter():
            if isinstance(child.tag, str) and child.tag.lower() in ("h1", "h2", "h3", "p", "tr"):
                cells = [
                    _SPACE.sub(" ", cell.text_content()).strip()
                    for cell in child
                    if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")
                ]
                text = (
                    " | ".join(c for c in cells if c)
                    if child.tag.lower() == "tr"
                    else _SPACE.sub(" ", child.text_content()).strip()
                )
                if text:
                    self.lines.append(
                        Line(Role.DEBRIS, text, line=child.sourceline or 0, reason=reason)
                    )

    def outside(self, element: etree._Element) -> None:
        """Something beside the page's main content: our export's cover and sign-off are
        recognised; anything else with text is left out and listed (never dropped unseen)."""
        if not isinstance(element.tag, str):
            return
        tag = element.tag.lower()
        classes = set((element.get("class") or "").split())
        if tag in DROPPED:
            return
        if (tag in ("header", "div") and "title-block" in classes) or (
            tag == "header" and "columns-title" in classes
        ):
            self.walk([element])
        elif tag == "section" and "signoff" in classes:
            self.furniture(element, export_marks.SIGNOFF)
        elif tag == "p" and "draft-notice" in classes:
            self.debris(element, export_marks.DRAFT)
        elif tag in NAVIGATION:
            self.debris(element, "navigation")
        else:
            self.debris(element, "outside the page's main content")

    def walk_nested_blocks(self, item: etree._Element) -> None:
        for child in item:
            if isinstance(child.tag, str) and child.tag.lower() in (
                "ul",
                "ol",
                "p",
                "div",
                "table",
            ):
                if child.tag.lower() in ("p", "div") and child is _first_block(item):
                    continue  # already the item's own text
                self.walk([child])

    def loose_text(self, element: etree._Element) -> None:
        """A div's own text and inline children form paragraphs between its block children."""
        pending: list[etree._Element | str] = []
        if element.text and element.text.strip():
            pending.append(element.text)
        for child in element:
            if isinstance(child.tag, str) and child.tag.lower() in BLOCKS | DROPPED | NAVIGATION | {
                "img"
            }:
                self._flush_loose(pending, element)
                pending = []
                self.walk([child])
            else:
                pending.append(child)
            if child.tail and child.tail.strip():
                pending.append(child.tail)
        self._flush_loose(pending, element)

    def _flush_loose(self, pending: list[etree._Element | str], parent: etree._Element) -> None:
        runs: list[Run] = []
        for piece in pending:
            if isinstance(piece, str):
                runs.append(Run(_SPACE.sub(" ", piece)))
            elif isinstance(piece.tag, str):
                runs.extend(_runs(piece, False, False, None, tail=False))
        text = to_markup(merge_runs(runs)).strip()
        if text:
            self.add(Role.PARAGRAPH, text, 0, parent, "text in a block")

    def debris_image(self, element: etree._Element) -> None:
        alt = element.get("alt") or element.get("src") or "image"
        self.lines.append(Line(Role.DEBRIS, alt, line=element.sourceline or 0, reason="image"))


def _first_block(item: etree._Element) -> etree._Element | None:
    for child in item:
        if isinstance(child.tag, str):
            return (
                child
                if child.tag.lower() in ("p", "div") and not (item.text or "").strip()
                else None
            )
    return None


def _inherited(element: etree._Element, attribute: str) -> str:
    node: etree._Element | None = element
    while node is not None:
        value = node.get(attribute)
        if value:
            return str(value).strip()
        node = node.getparent()
    return ""


def _safe_href(href: str | None) -> str | None:
    if href and re.match(r"(?i)^(https?:|mailto:)", href.strip()):
        return href.strip()
    return None


_EXPORT_SECTION = re.compile(r"(s\d+)-[a-z]{2,3}")
_PLACEHOLDER = re.compile(r"\[([A-Za-z][A-Za-z0-9_]*)\]")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _variable_values(element: etree._Element, line: Line) -> None:
    """The values our export wrote for the variables in ``element`` (``span[data-variable]``,
    a value cut into pieces continued by ``data-variable-part``), noted on ``line``."""
    name, value = "", ""
    for span in element.iter("span"):
        found = span.get("data-variable")
        if not found:
            continue
        if span.get("data-variable-part") and found == name:
            value += span.text_content()
            continue
        if name and _PLACEHOLDER.fullmatch(value) is None:
            note_variable(line, name, value)
        name, value = found, span.text_content()
    if name and _PLACEHOLDER.fullmatch(value) is None:
        note_variable(line, name, value)


def _runs(
    element: etree._Element,
    bold: bool,
    italic: bool,
    link: str | None,
    *,
    tail: bool = True,
    skip_blocks: bool = False,
) -> list[Run]:
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    runs: list[Run] = []
    if tag in DROPPED or tag == "img" or (skip_blocks and tag in ("ul", "ol", "table")):
        pass
    elif tag == "span" and _NAME.fullmatch(element.get("data-variable") or ""):
        # Our own export's variable (its value or its placeholder): {{name}} again. A later
        # piece of the same value (data-variable-part) is part of that one variable.
        if not element.get("data-variable-part"):
            runs.append(
                Run(element.text_content(), bold, italic, link, element.get("data-variable"))
            )
    elif tag == "span" and "missing" in (element.get("class") or "").split():
        # Our own export's placeholder: "[name]" stands for the variable {{name}}; any other
        # ("[not translated]") for text that was not there: it is not read back as text.
        label = element.text_content().strip()
        if m := _PLACEHOLDER.fullmatch(label):
            runs.append(
                Run(
                    "",
                    bold or element.find(".//strong") is not None,
                    italic or element.find(".//em") is not None,
                    link,
                    m[1],
                )
            )
    else:
        bold = bold or tag in ("strong", "b")
        italic = italic or tag in ("em", "i")
        if tag == "a":
            link = _safe_href(element.get("href")) or link
        if tag == "br":
            runs.append(Run("\n", bold, italic, link))
        if element.text:
            runs.append(Run(_SPACE.sub(" ", element.text), bold, italic, link))
        for child in element:
            if isinstance(child.tag, str):
                runs.extend(_runs(child, bold, italic, link, skip_blocks=skip_blocks))
            elif child.tail:
                runs.append(Run(_SPACE.sub(" ", child.tail), bold, italic, link))
    if tail and element.tail:
        outer_bold = bold and tag not in ("strong", "b")
        outer_italic = italic and tag not in ("em", "i")
        runs.append(
            Run(
                _SPACE.sub(" ", element.tail),
                outer_bold,
                outer_italic,
                link if tag != "a" else None,
            )
        )
    return runs


def inline(element: etree._Element, *, skip_blocks: bool = False) -> str:
    """Inline markup for an element's content (its tail excluded)."""
    runs = _runs(element, False, False, None, tail=False, skip_blocks=skip_blocks)
    text = to_markup(merge_runs(runs))
    return "\n".join(part.strip() for part in text.split("\n")).strip()


def fragment_lines(fragment: str, first_line: int = 0) -> list[Line]:
    """Lines of an HTML fragment inside another format (a table or a div in Markdown).

    Tables give a row per line, cells joined by " | " (kept as text until the model has tables).
    """
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        root = lxml.html.document_fromstring(f"<html><body>{fragment}</body></html>", parser=parser)
    except (etree.ParserError, ValueError):
        return []
    body = root.find("body")
    walker = _Walker()
    walker.loose_text(body if body is not None else root)
    for line in walker.lines:
        line.line = first_line + max(0, (line.line or 1) - 1)
    return walker.lines


MAX_DEPTH = 120
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_STRUCTURE_ONLY = re.compile(
    r"</?(?!(?:h[1-6]|p|li|br|a|title|html|head|body|meta|main|nav)\b)[A-Za-z][^>]*>"
)
"""Deepest element nesting kept; deeper elements are unwrapped (their text stays)."""


def _flatten_deep(root: etree._Element) -> int:
    """Unwrap every element nested deeper than ``MAX_DEPTH``; how many were unwrapped.

    libxml2 stops at 256 levels (and at a 10 MB text node) without its "huge" option, and
    the page came out as 0 sections, silently. The parser now runs with that option — the
    50 MB file limit still bounds it — and this keeps the walk below Python's recursion limit.
    """
    deep: list[etree._Element] = []
    stack: list[tuple[etree._Element, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth > MAX_DEPTH and isinstance(element.tag, str):
            deep.append(element)
        stack.extend((child, depth + 1) for child in element)
    if deep:
        # lxml keeps control characters it parsed but refuses them when text is set again, as
        # unwrapping does; they would be removed from the policy anyway (text/clean.py).
        for element in root.iter():
            if element.text and _CONTROLS.search(element.text):
                element.text = _CONTROLS.sub("", element.text)
            if element.tail and _CONTROLS.search(element.tail):
                element.tail = _CONTROLS.sub("", element.tail)
    for element in reversed(deep):
        if element.getparent() is not None:
            element.drop_tag()
    return len(deep)


def parse_html(text: str, name: str = "", warnings: list[str] | None = None) -> list[Line]:
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
        if any("depth" in str(e.message).lower() for e in parser.error_log):
            # Past libxml2's hard limit (2,048 levels) the rest of the page is cut off: read
            # the page again with only the tags that carry structure, so its text is kept.
            root = lxml.html.document_fromstring(_STRUCTURE_ONLY.sub(" ", text), parser=parser)
            if warnings is not None:
                warnings.append(
                    f"{name or 'the page'}: nested too deeply for an HTML parser; read with "
                    "headings, paragraphs and list items only"
                )
    except (etree.ParserError, ValueError) as exc:
        raise ImportFileError(f"{name}: cannot read the page ({one_line(str(exc))})") from None
    flattened = _flatten_deep(root)
    if flattened and warnings is not None:
        warnings.append(
            f"{name or 'the page'}: {flattened} elements nested deeper than {MAX_DEPTH} levels "
            "were flattened; their text is kept"
        )
    walker = _Walker()
    content = root.find(".//main")
    if content is None:
        content = root.find(".//article")
    if content is None:
        body = root.find("body")
        content = body if body is not None else root
    if content.tag in ("main", "article"):
        # Only the main content is read; what is beside it is listed, in page order.
        path = {*content.iterancestors()}

        def beside(node: etree._Element) -> None:
            for child in node:
                if child is content:
                    walker.walk([content])
                elif child in path:
                    beside(child)
                else:
                    walker.outside(child)

        beside(root)
    else:
        walker.walk([content])  # body too: its own text and inline children are paragraphs
    lines = walker.lines
    if not any(
        (line.role is Role.HEADING and line.level == 1)
        or line.role is Role.TITLE
        or "title-slot" in line.attrs
        for line in lines
    ):
        title = root.findtext(".//title")
        if title and title.strip():
            lines.insert(
                0, Line(Role.HEADING, _SPACE.sub(" ", title).strip(), 1, reason="page title")
            )
    if not any(line.role is Role.HEADING and line.level > 1 for line in lines):
        recover_structure(lines)  # a page of bare paragraphs: read it like plain text
    finish_roles(lines)
    return lines


def parse(path: Path) -> ParsedDocument:
    text, encoding = _decode(read_limited(path), str(path))
    tags = text.count("<")
    if tags > MAX_HTML_TAGS:
        raise ImportFileError(
            f"{path}: the page has {tags:,} tags; the import limit is {MAX_HTML_TAGS:,}: "
            "split it into parts"
        )
    warnings: list[str] = []
    doc = ParsedDocument(parse_html(text, str(path), warnings), file=str(path), encoding=encoding)
    doc.warnings.extend(warnings)
    return doc


def read(path: Path, *, lang: str | None = None) -> ReadResult:
    return build(parse(path), lang=lang)
