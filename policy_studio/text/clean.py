"""Control and bidi-override characters removed from user text, with a report of where.

One U+0001 in a title makes every XML writer fail ("All strings must be XML compatible"); a
U+202E (RIGHT-TO-LEFT OVERRIDE) in an organisation name shows different text from the stored
one; an ESC in a stored field rewrites the user's terminal. These are never meaningful in a
policy, so they are removed on the way in (import, set-var, properties) and again on the way
out (every export), and each removal is reported as a warning naming the field — never
silently (docs/model.md, "Characters a policy never keeps").

Kept: tab and line feed in body text, and the bidi *marks* (LRM, RLM, ALM), which translators
type on purpose. A form feed or vertical tab (pdftotext writes one per page) becomes a line
break in body text; in one-line fields every line break becomes a space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..model import Policy

_BIDI_EMBEDDING = "\u202a-\u202e\u2066-\u2069"
"""Embeddings, overrides and isolates: they change how the following text is displayed."""

_REMOVED_CHARS = f"\x00-\x08\x0e-\x1f\x7f-\x9f{_BIDI_EMBEDDING}\ufffe\uffff\ud800-\udfff"
"""Removed everywhere: C0 controls except line breaks and tab, DEL, C1 controls, bidi
embeddings/overrides/isolates, non-characters and lone surrogates."""

_BODY_BREAK_CHARS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"

# The patterns are compiled when first used (~1.4 ms at start-up otherwise, and an export of
# a clean policy never uses them: str.isprintable settles it, see _any_needs_work).


@cache
def _removed() -> re.Pattern[str]:
    return re.compile(f"[{_REMOVED_CHARS}]")


@cache
def _body_breaks() -> re.Pattern[str]:
    return re.compile(f"[{_BODY_BREAK_CHARS}]")


@cache
def needs_work_pattern() -> re.Pattern[str]:
    """Anything clean_text changes, in one search (the export scans every segment of a
    policy)."""
    return re.compile(f"[{_REMOVED_CHARS}{_BODY_BREAK_CHARS}\r]")


@cache
def _field_breaks() -> re.Pattern[str]:
    return re.compile(f"[\t\n\r{_BODY_BREAK_CHARS}]+")


def clean_text(text: str) -> str:
    """Body text: page and paragraph separators become line breaks, the rest is removed."""
    if not _needs_work(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _removed().sub("", _body_breaks().sub("\n", text))


def clean_field(text: str) -> str:
    """A one-line field (title, organisation, date, label, name): line breaks become spaces."""
    if not _needs_work(text) and "\n" not in text and "\t" not in text:
        return text
    return _removed().sub("", _field_breaks().sub(" ", text))


def _needs_work(text: str) -> bool:
    return needs_work_pattern().search(text) is not None


def has_unsafe(text: str) -> bool:
    """True when :func:`clean_text` would remove something from ``text``."""
    return bool(_removed().search(text))


def for_display(text: str) -> str:
    """``text`` safe to print on a terminal: no escape sequences, no bidi overrides."""
    return _removed().sub("", text.replace("\r", ""))


def clean_policy(policy: Policy) -> list[str]:
    """Clean every field of ``policy`` in place; one warning per field that changed.

    Fields: titles, organisation, effective date, version label, variable values, section
    headings and block texts. The warnings name the field so the user can check it.
    """
    changed: list[str] = []

    def field(value: str, where: str, body: bool = False) -> str:
        cleaned = clean_text(value) if body else clean_field(value)
        if cleaned != value:
            changed.append(where)
        return cleaned

    for code, title in list(policy.title.items()):
        policy.title[code] = field(title, f"title ({code})")
    policy.organization = field(policy.organization, "organisation")
    policy.effective_date = field(policy.effective_date, "effective date")
    policy.version_label = field(policy.version_label, "version label")
    for key, values in policy.meta.items():  # cover lines per language; an address has lines
        for code, value in list(values.items()):
            values[code] = field(value, f"{key} ({code})", body=key == "address")
    for name, values in policy.variables.items():
        for code, value in list(values.items()):
            values[code] = field(value, f"variable {name} ({code})", body=True)
    for number, section in enumerate(policy.sections, start=1):
        for code, heading in list(section.heading.text.items()):
            section.heading.text[code] = field(heading, f"section {number} heading ({code})")
        for block in section.blocks:
            for code, text in list(block.text.items()):
                block.text[code] = field(text, f"section {number} text ({code})", body=True)
            if block.table is None:
                continue
            # A table's text is in its cells (policy_has_unsafe scans them): left out here,
            # a control character in a cell reached the redline, where lxml refused it.
            for r, row in enumerate(block.table.rows, start=1):
                for c, cell in enumerate(row, start=1):
                    for code, text in list(cell.text.items()):
                        where = f"section {number} table row {r} column {c} ({code})"
                        cell.text[code] = field(text, where, body=True)
    return warnings_for(changed)


def policy_has_unsafe(policy: Policy) -> bool:
    """True when :func:`clean_policy` would change something (a quick scan, no copy)."""
    texts: list[str] = [*policy.title.values(), policy.organization, policy.effective_date]
    texts.append(policy.version_label)
    texts.extend(v for values in policy.variables.values() for v in values.values())
    texts.extend(v for values in policy.meta.values() for v in values.values())
    add = texts.extend  # every segment: titles, blocks and table cells
    for section in policy.sections:
        add(section.heading.text.values())
        for block in section.blocks:
            table = block.table
            if table is None:
                add(block.text.values())
                continue
            for row in table.rows:
                for cell in row:
                    add(cell.text.values())
    one_line = [*policy.title.values(), policy.organization, policy.effective_date]
    one_line.append(policy.version_label)
    one_line.extend(t for s in policy.sections for t in s.heading.text.values())
    one_line.extend(
        v for key, values in policy.meta.items() if key != "address" for v in values.values()
    )
    return _any_needs_work(texts) or any("\n" in t or "\t" in t for t in one_line)


def _any_needs_work(texts: list[str]) -> bool:
    """Whether any of ``texts`` holds a character ``needs_work_pattern()`` matches.

    Every such character is one ``str.isprintable`` refuses (a control, format, separator,
    surrogate or non-character: tests/text/test_clean.py checks all of them), and
    ``isprintable`` is a C loop: most policies are settled by it alone, over the texts joined
    by a space (which neither refuses). Otherwise only the texts it refuses (those with a line
    break, a no-break space, a bidi mark…) are searched."""
    if " ".join(texts).isprintable():
        return False
    needs_work = needs_work_pattern()
    return any(needs_work.search(t) for t in texts if not t.isprintable())


def cleaned(policy: Policy) -> tuple[Policy, list[str]]:
    """``policy`` itself when clean, else a cleaned copy and the warnings (for writers)."""
    if not policy_has_unsafe(policy):
        return policy, []
    copy = policy.copy()
    return copy, clean_policy(copy)


def warnings_for(fields: Iterable[str]) -> list[str]:
    """The user's warnings for fields that lost bidi override or control characters."""
    names = list(dict.fromkeys(fields))
    if not names:
        return []
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return [f"removed bidi override or control characters from {shown}"]


__all__ = [
    "cleaned",
    "policy_has_unsafe",
    "clean_field",
    "clean_policy",
    "clean_text",
    "for_display",
    "has_unsafe",
    "warnings_for",
]
