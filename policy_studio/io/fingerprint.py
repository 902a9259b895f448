"""The canonical text of a policy per language and its SHA-256 fingerprint, for sign-off.

The canonical text is what an approver reads, laid out exactly as every export lays it out
(policy_studio/layout): variables filled, markup reduced to its visible text, one line per section
title and per block, in order. Section and list numbers are not part of it (they depend on
export options such as Arabic-Indic digits), nor are bidi marks a writer adds, nor runs of
white space. A signed DOCX can then be checked (io/docx_verify.py) by finding these lines in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..layout import Part, Table, build
from ..layout.options import ExportOptions, Layout
from ..model import Policy

_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad]")
_LEADING_NUMBER = re.compile(
    r"^[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.)][0-9\u0660-\u0669\u06f0-\u06f9]+)*[.)]?\s+"
)


def normalize_line(text: str) -> str:
    """A line as the fingerprint sees it: NFC, no bidi marks, single spaces, no leading number."""
    text = _MARKS.sub("", unicodedata.normalize("NFC", text))
    text = " ".join(text.split())
    return _LEADING_NUMBER.sub("", text)


def part_lines(part: Part) -> list[str]:
    lines: list[str] = []
    for section in part.sections:
        lines.append(normalize_line("".join(s.text for s in section.title)))
        for item in section.items:
            if isinstance(item, Table):
                # One line per cell, as the other segments: row by row.
                lines.extend(normalize_line(c.text) for row in item.rows for c in row)
            else:
                lines.append(normalize_line("".join(s.text for s in item.runs)))
    return [line for line in lines if line]


def canonical_lines(policy: Policy, lang: str, known: Iterable[str] = ()) -> list[str]:
    """The policy's canonical text in ``lang``, one normalised line per title and block."""
    options = ExportOptions(languages=[lang], layout=Layout.SINGLE, toc=False)
    return part_lines(build(policy, options, known).parts[0])


def fingerprint_lines(lines: Iterable[str]) -> str:
    import hashlib  # only when a fingerprint is taken (an approved version), not at start

    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def policy_fingerprints(
    policy: Policy, languages: Iterable[str] | None = None, known: Iterable[str] = ()
) -> dict[str, str]:
    """SHA-256 of the canonical text per language (every language of the policy by default)."""
    langs = list(languages) if languages is not None else list(policy.languages)
    known = list(known)
    return {lang: fingerprint_lines(canonical_lines(policy, lang, known)) for lang in langs}
