"""The typed intermediate every reader produces: a flat list of classified lines.

Each reader turns its format into ``ParsedDocument`` (stage one); ``build.py`` turns that into
the model (stage two). The import preview shows exactly these lines and lets the user change a
line's role before the policy is built, so nothing here depends on the file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a line is in the document."""

    TITLE = "title"
    """The document's own title (becomes the policy title)."""
    META = "meta"
    """A metadata line such as "Effective Date: 2 April 2025" (kept in the report and metadata)."""
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBERED = "numbered"
    BREAK = "break"
    """A thematic break (Markdown ``---``, HTML ``<hr>``): starts a new, untitled section."""
    DEBRIS = "debris"
    """Page furniture to drop ("Skip to main content", "image missing", a stray "|")."""


EDITABLE_ROLES = (Role.HEADING, Role.PARAGRAPH, Role.BULLET, Role.NUMBERED, Role.DEBRIS)
"""Roles a user may give a line in the import preview."""

USER_LANG = "user_lang"
"""``Line.attrs`` key for a language the user gave the line in the import preview: language
detection and the bilingual split keep it (the user knows better than the statistics)."""


@dataclass(slots=True)
class Line:
    """One unit of the source: a heading, a paragraph, a list item, debris…"""

    role: Role
    text: str
    """Inline markup (``**bold**``, ``*italic*``, ``[label](url)``), NFC."""
    level: int = 0
    """Heading level (1 = top) or list nesting depth (0 = top)."""
    lang: str = ""
    """Detected language code; empty until detection ran."""
    line: int = 0
    """1-based position in the source (line number for text, paragraph number otherwise)."""
    anchor: str = ""
    """An id the source gave this line (kramdown ``{: #id }``, HTML ``id``): an alignment anchor."""
    reason: str = ""
    """Why the line got its role (shown in the preview, e.g. ``"numbered heading"``)."""
    number: str = ""
    """A heading's own number as written ("5", "2.1"), removed from ``text``."""
    direction: str = ""
    """``"rtl"``/``"ltr"`` when the source said so (HTML dir, DOCX w:bidi)."""
    attrs: dict[str, str] = field(default_factory=dict)
    """Other source attributes worth keeping (kramdown ``datetime``)."""
    cells: list[str] = field(default_factory=list)
    """A table row's cells (inline markup each); ``text`` is them joined by " | " for display
    and language detection. Consecutive rows with the same ``table`` build one table block."""
    table: int = 0
    """Which table of the file a row belongs to (1, 2…); 0 for a line that is no table row."""
    header: bool = False
    """A header row (``<th>`` cells, a Markdown table's head, a DOCX repeated header row)."""


@dataclass(slots=True)
class ParsedDocument:
    """Stage one's output for one file."""

    lines: list[Line]
    file: str = ""
    """The file name, for messages and the report."""
    encoding: str = ""
    """How the bytes were decoded (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1256``…)."""
    warnings: list[str] = field(default_factory=list)


VARIABLE_VALUE = "variable:"
"""``Line.attrs`` key prefix: ``attrs["variable:org"] = "Harbour Clinic"`` says the line's
``{{org}}`` was written with that value by one of our exports (io/build.py keeps it as the
policy's value of the variable in the line's language)."""


def note_variable(line: Line, name: str, value: str) -> None:
    """Record on ``line`` the value its variable ``name`` had in the file (the first one)."""
    line.attrs.setdefault(VARIABLE_VALUE + name, value)


def mark_changed(line: Line, original: str, reason: str) -> Line:
    """Note on ``line`` that its text is not the source's ``original`` (for the import report)."""
    if original.strip() != line.text.replace("\\", "").strip():
        line.attrs["original"] = original
        line.attrs["change"] = reason
    return line
