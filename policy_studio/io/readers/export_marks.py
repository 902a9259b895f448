"""Our own exports' furniture, recognised when one of them is imported back (issue 12).

An export adds words that are not policy text: the sign-off block (its "Approval" heading, the
approval record and the Name / Role / Signature / Date table), the cover's facts line
("Version: 2.1 · Effective date: 31 January 2025"), the draft notice, the "[not translated]"
marker. They are recognised from the fixed words of layout/labels.py — in every language, and
joined with " / " as a two-language export writes them — never from a guess about the text, and
left out of the policy with a line in the report (or, for the effective date and the cover's
organisation, kept as the policy's metadata).
"""

from __future__ import annotations

import re

from ...layout.labels import LABELS
from ...layout.options import DRAFT_NOTICE
from ..dates import parse_date
from ..intermediate import Line, Role
from ..reasons import said

SIGNOFF = "sign-off block of an export"
DRAFT = "draft notice of an export"
VERSION = "version line of an export (a version gets its label when it is saved)"
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _words(key: str) -> frozenset[str]:
    return frozenset(labels[key].casefold() for labels in LABELS.values())


def _is_label(text: str, key: str) -> bool:
    """``text`` is the label ``key`` in one or more languages ("Approval / الاعتماد")."""
    words = _words(key)
    parts = [part.strip().casefold() for part in clean(text).split(" / ")]
    return bool(parts) and all(part in words for part in parts)


def clean(text: str) -> str:
    """Plain text without the direction marks an export puts around numbers and Latin."""
    return " ".join(_BIDI_MARKS.sub("", text.replace("\\", "")).split()).strip("*_ ")


def is_signoff_heading(text: str) -> bool:
    return _is_label(text, "signoff")


def is_signoff_header(cells: list[str]) -> bool:
    """The sign-off table's header row: Name, Role, Signature, Date."""
    keys = ("name", "role", "signature", "date")
    return len(cells) == len(keys) and all(
        _is_label(cell, key) for cell, key in zip(cells, keys, strict=True)
    )


def is_approval_record(text: str) -> bool:
    """A line of the approval record (layout/options.ApprovalStamp.lines)."""
    plain = clean(text)
    return (
        plain.startswith("Approved by ") or re.match(r"SHA-256 \([a-z]{2,3}\): ", plain) is not None
    )


def is_draft_notice(text: str) -> bool:
    notices = {DRAFT_NOTICE.casefold()} | _words("draft")
    parts = [part.strip().casefold() for part in clean(text).split(" / ")]
    return bool(parts) and all(part in notices for part in parts)


def facts(text: str) -> list[tuple[str, str]] | None:
    """The cover's facts line as (kind, text) pairs — ``version`` or ``effective`` — or None
    when ``text`` is not one (every " · " part must start with a known label)."""
    out: list[tuple[str, str]] = []
    for part in clean(text).split(" · "):
        label, colon, _ = part.partition(":")
        if not colon:
            return None
        label = label.strip().casefold()
        if label in _words("version"):
            out.append(("version", part.strip()))
        elif label in _words("effective"):
            out.append(("effective", part.strip()))
        else:
            return None
    return out or None


def fact_lines(line: Line) -> list[Line]:
    """The lines a facts line becomes: the effective date as metadata, the version dropped."""
    out = []
    for kind, text in facts(line.text) or []:
        if kind == "effective":
            value = text.partition(":")[2].strip()
            parsed = parse_date(value)
            if parsed is not None:
                meta = Line(Role.META, text, line=line.line, reason="effective date of an export")
                meta.attrs["date"] = parsed[0]
                if parsed[1]:
                    meta.attrs["ambiguous"] = "day.month assumed"
                out.append(meta)
                continue
            out.append(Line(Role.PARAGRAPH, text, line=line.line, reason="cover of an export"))
        else:
            out.append(Line(Role.DEBRIS, text, line=line.line, reason=VERSION))
    return out


def cover_line(line: Line, key: str) -> Line:
    """A cover line of an export kept as the policy's metadata ``key`` (organisation…)."""
    line.role, line.reason = Role.META, said("cover-line", key)
    line.attrs["meta"] = key
    return line


def mark_signoff(lines: list[Line]) -> None:
    """An "Approval" heading followed by the approval record and/or the Name / Role /
    Signature / Date table: the sign-off block, dropped (each line listed in the report)."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.role is not Role.HEADING or not is_signoff_heading(line.text):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].role is not Role.HEADING:
            following = lines[end]
            if following.table and following.cells:
                table = following.table
                if not is_signoff_header(following.cells):
                    break
                while end < len(lines) and lines[end].table == table:
                    end += 1
                break
            if following.role is Role.DEBRIS or is_approval_record(following.text):
                end += 1
                continue
            break
        if end == index + 1:
            index += 1
            continue  # a heading "Approval" in the policy's own text stays
        for dropped in lines[index:end]:
            if dropped.role is not Role.DEBRIS:
                dropped.role, dropped.reason = Role.DEBRIS, SIGNOFF
        index = end
