"""Reading a signed DOCX back for `verify`: its text streams and the approval record it prints.

A DOCX written by Policy Studio holds each language either as a run of body paragraphs (single
and sequential layouts) or as one column of a table (two-column layout). Every stream is read in
document order, normalised as the fingerprint normalises its lines (io/fingerprint.py), so the
canonical text of a version can be looked for in it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..model import PolicyStudioError
from .fingerprint import normalize_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RECORD = re.compile(r"SHA-256\s*\(([A-Za-z-]+)\)\s*:?\s*([0-9a-f]{64})")


@dataclass(slots=True)
class DocxText:
    """The text of a DOCX as streams of normalised paragraphs, plus the fingerprints it prints."""

    streams: list[list[str]] = field(default_factory=list)
    printed: dict[str, str] = field(default_factory=dict)
    """Language → SHA-256 printed in the sign-off block (empty when it prints none)."""
    draft: bool = False
    """The document carries the "Draft — not approved" line."""


def _text(p: etree._Element) -> str:
    parts = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        parts.append(node.text or "" if node.tag == f"{_W}t" else " ")
    return "".join(parts)


def read_docx_text(path: Path) -> DocxText:
    """The streams of ``path``; a file that is not a DOCX is refused with a message naming it."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise PolicyStudioError(f"{path}: not a readable .docx document ({exc})") from exc
    out = DocxText()
    body_stream: list[str] = []
    raw: list[str] = []
    for child in document.element.body:
        if child.tag == f"{_W}p":
            text = _text(child)
            raw.append(text)
            body_stream.append(normalize_line(text))
        elif child.tag == f"{_W}tbl":
            # A table of the policy reads row by row, cell by cell, in the body's stream; the
            # two-column layout's table also gives one stream per column (one language each).
            columns: dict[int, list[str]] = {}
            for tr in child.findall(f"{_W}tr"):
                for index, tc in enumerate(tr.findall(f"{_W}tc")):
                    for p in tc.iter(f"{_W}p"):
                        text = _text(p)
                        raw.append(text)
                        line = normalize_line(text)
                        body_stream.append(line)
                        if line:  # a cell ends in an empty paragraph after a nested table
                            columns.setdefault(index, []).append(line)
            out.streams.extend(columns[i] for i in sorted(columns))
    out.streams.insert(0, body_stream)
    for text in raw:
        for lang, digest in _RECORD.findall(text):
            out.printed[lang] = digest
        if "Draft — not approved" in text:
            out.draft = True
    return out


def find_lines(streams: list[list[str]], lines: list[str], stops: set[str]) -> bool:
    """True when ``lines`` stand in one stream as an unbroken run, followed by nothing, an empty
    paragraph or a line of ``stops`` (a sign-off heading): text added, removed or changed inside
    or right after the run is not accepted."""
    if not lines:
        return False
    n = len(lines)
    for stream in streams:
        for start in range(len(stream) - n + 1):
            if stream[start] != lines[0] or stream[start : start + n] != lines:
                continue
            after = stream[start + n] if start + n < len(stream) else ""
            if not after or any(after.startswith(stop) for stop in stops):
                return True
    return False
