"""Plain-text reader: a policy pasted from a web page or typed in a text editor.

Supported: UTF-8 with or without BOM, UTF-16 (with or without BOM), Windows-1256 and
Windows-1252 (guessed with charset-normalizer); every heading, bullet, debris and metadata rule
of structure.py; one or two languages in the file (split by script and aligned). Not supported:
tables drawn with characters (read as paragraphs), page headers and footers repeated in the text.
A .txt file that is really Markdown (ATX headings, kramdown attributes, Markdown links — as
policies kept in Git often are) is read by the Markdown reader's parser instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..build import build
from ..intermediate import ParsedDocument
from ..result import ReadResult
from .markdown import front_matter, parse_markdown
from .safety import check_text_file, decode_text, read_limited
from .structure import classify_text

# Linear time on any input: no repeat can run across lines or restart inside a run it
# already scanned ("[[[[…" stops at the next "[", spaces never cross a line).
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),
    re.compile(r"^[ \t]*\{:[^{}\n]*\}[ \t]*$", re.MULTILINE),
    re.compile(r"\[[^\[\]\n]+\]\((?:https?://|mailto:|/|#)[^()\s]*\)"),
    re.compile(r"^[ \t]*[-*_]{3,}[ \t]*$", re.MULTILINE),
)


def looks_like_markdown(text: str) -> bool:
    """Markdown syntax in at least two kinds, one of them structural (a heading or attributes)."""
    if text.startswith("---\n") and front_matter(text)[2]:
        return True  # a Jekyll or Hugo page: YAML front matter, then Markdown
    hits = [len(sign.findall(text)) for sign in _MARKDOWN_SIGNS]
    return (hits[0] > 0 or hits[1] > 0) and sum(1 for h in hits if h) >= 2


def parse(path: Path) -> ParsedDocument:
    """Stage one: bytes → decoded text → classified lines."""
    text, encoding = decode_text(read_limited(path), str(path))
    check_text_file(text, str(path))
    if looks_like_markdown(text):
        doc = ParsedDocument(parse_markdown(text), file=str(path), encoding=encoding)
        doc.warnings.append(f"{path}: the text is Markdown; read as Markdown")
        return doc
    doc = ParsedDocument(classify_text(text), file=str(path), encoding=encoding)
    if "invalid" in encoding:
        doc.warnings.append(f"{path}: {encoding.removeprefix('utf-8 (').rstrip(')')}")
    return doc


def read(path: Path, *, lang: str | None = None) -> ReadResult:
    return build(parse(path), lang=lang)


def read_text(text: str, *, lang: str | None = None, name: str = "pasted text") -> ReadResult:
    """Text the user pasted (already a str): the same structure recovery as a file."""
    return build(ParsedDocument(classify_text(text), file=name, encoding="unicode"), lang=lang)
