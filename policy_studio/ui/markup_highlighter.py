"""Makes the line markup of a clause body readable: bold shown bold, markers and braces dimmed.

The clause dialog edits wording as lines ("- " bullet, "1. " numbered, "## " heading,
**bold**, *italic*, [link](url), {{variable}}). Shown raw in narrow columns it read as code.
The text stays exactly what is stored; only its look changes.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

MARKER = QColor("#8a8a8a")
VARIABLE_BACKGROUND = QColor("#e8eefc")
LINK = QColor("#1a5fb4")

_PREFIX = re.compile(r"^(\s*(?:[-*•]\s+|\d+[.)]\s+|#{1,6}\s+))")
_BOLD = re.compile(r"(\*\*)(.+?)(\*\*)")
_ITALIC = re.compile(r"(?<!\*)(\*)([^*]+?)(\*)(?!\*)")
_VARIABLE = re.compile(r"(\{\{)\s*([\w.-]+)\s*(\}\})")
_LINK = re.compile(r"(\[)([^\]]+)(\]\([^)]*\))")


def _format(color: QColor | None = None, *, bold: bool = False, italic: bool = False):
    fmt = QTextCharFormat()
    if color is not None:
        fmt.setForeground(color)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


class MarkupHighlighter(QSyntaxHighlighter):
    """Highlights one clause body's markup in place."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marker = _format(MARKER)
        self.bold = _format(bold=True)
        self.italic = _format(italic=True)
        self.link = _format(LINK)
        self.variable = _format(QColor("#1c3d7a"))
        self.variable.setBackground(VARIABLE_BACKGROUND)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        prefix = _PREFIX.match(text)
        if prefix:
            self.setFormat(0, len(prefix.group(1)), self.marker)
            if prefix.group(1).lstrip().startswith("#"):
                self.setFormat(len(prefix.group(1)), len(text), self.bold)
        for pattern, inner in (
            (_BOLD, self.bold),
            (_ITALIC, self.italic),
            (_LINK, self.link),
            (_VARIABLE, self.variable),
        ):
            for match in pattern.finditer(text):
                for group, fmt in ((1, self.marker), (2, inner), (3, self.marker)):
                    self._merge(match.start(group), len(match.group(group)), fmt)

    def _merge(self, start: int, length: int, fmt: QTextCharFormat) -> None:
        """Add ``fmt`` to what is there ({{variable}} inside **bold** stays bold)."""
        for position in range(start, start + length):
            merged = QTextCharFormat(self.format(position))
            merged.merge(fmt)
            self.setFormat(position, 1, merged)
