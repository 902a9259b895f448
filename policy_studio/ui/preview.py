"""Read-only rendering of a policy or section into a QTextDocument, right-to-left where needed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

from ..model import Block, BlockKind, Policy, Section, language
from ..text.markup import Styled
from ..text.variables import VariableResolver

UNFILLED_COLOR = QColor("#b3261e")
FSI, PDI = "\u2068", "\u2069"
MISSING_COLOR = QColor("#8a8a8a")


def char_format(run: Styled, base: QTextCharFormat) -> QTextCharFormat:
    """The Qt character format for a run's bold, italic and link (shared with the editor)."""
    fmt = QTextCharFormat(base)
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic:
        fmt.setFontItalic(True)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setForeground(QColor("#1a5fb4"))
        fmt.setFontUnderline(True)
    return fmt


class PreviewRenderer:
    """Writes sections of one policy in one language into a document."""

    def __init__(self, policy: Policy, lang: str, known_variables: Iterable[str] = ()) -> None:
        self.policy = policy
        self.lang = lang
        self.rtl = language(lang).is_rtl
        self.resolver = VariableResolver(policy, lang, known_variables)

    def _block_format(self, top: float = 0, bottom: float = 6) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)
        # AlignLeading follows the block's direction: right edge for Arabic, left for English.
        fmt.setAlignment(Qt.AlignLeading)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        return fmt

    def _write_runs(self, cursor: QTextCursor, markup: str, base: QTextCharFormat) -> None:
        source = self.policy.source_language
        if not markup.strip() and self.lang != source:
            missing = QTextCharFormat(base)
            missing.setForeground(MISSING_COLOR)
            missing.setFontItalic(True)
            cursor.insertText("(not translated)", missing)
            return
        for run in self.resolver.runs(markup):
            fmt = char_format(run, base)
            if run.variable is not None and run.variable in self.resolver.issues:
                fmt.setForeground(UNFILLED_COLOR)
                fmt.setBackground(QColor("#fde7e5"))
            text = run.text
            if run.variable is not None and self.rtl:
                # A filled-in phone number or e-mail inside Arabic would be reordered group by
                # group ("4567 123 20 000+"); a first-strong isolate keeps it one unit. Display
                # only: the stored text never carries bidi controls.
                text = f"{FSI}{text}{PDI}"
            cursor.insertText(text, fmt)

    def render(self, document: QTextDocument, sections: Iterable[tuple[int, Section]]) -> None:
        document.clear()
        option = document.defaultTextOption()
        option.setTextDirection(Qt.RightToLeft if self.rtl else Qt.LeftToRight)
        document.setDefaultTextOption(option)
        cursor = QTextCursor(document)
        first = True
        for number, section in sections:
            heading_fmt = QTextCharFormat()
            heading_fmt.setFontWeight(QFont.Weight.Bold)
            heading_fmt.setFontPointSize(13)
            fmt = self._block_format(top=0 if first else 14, bottom=6)
            if first:
                cursor.setBlockFormat(fmt)
            else:
                cursor.insertBlock(fmt)
            first = False
            digits = language(self.lang).digits if self.rtl else "0123456789"
            label = "".join(digits[int(d)] for d in str(number))
            cursor.insertText(f"{label}. ", heading_fmt)
            self._write_runs(cursor, section.heading.get(self.lang), heading_fmt)
            self._write_blocks(cursor, section.blocks)

    def _write_blocks(self, cursor: QTextCursor, blocks: list[Block]) -> None:
        current_list = None
        previous: BlockKind | None = None
        for block in blocks:
            cursor.insertBlock(self._block_format())
            if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
                if current_list is None or previous is not block.kind:
                    list_fmt = QTextListFormat()
                    list_fmt.setStyle(
                        QTextListFormat.ListDisc
                        if block.kind is BlockKind.BULLET
                        else QTextListFormat.ListDecimal
                    )
                    list_fmt.setIndent(1 + block.level)
                    current_list = cursor.createList(list_fmt)
                else:
                    current_list.add(cursor.block())
            else:
                current_list = None
            base = QTextCharFormat()
            if block.kind is BlockKind.HEADING:
                base.setFontWeight(QFont.Weight.Bold)
            self._write_runs(cursor, block.get(self.lang), base)
            previous = block.kind


def render_policy(
    document: QTextDocument,
    policy: Policy,
    lang: str,
    section_id: str | None = None,
    known_variables: Iterable[str] = (),
) -> PreviewRenderer:
    """Fill ``document`` with the whole policy, or one section of it, in ``lang``."""
    renderer = PreviewRenderer(policy, lang, known_variables)
    numbered = list(enumerate(policy.sections, start=1))
    if section_id is not None:
        numbered = [(n, s) for n, s in numbered if s.id == section_id]
    renderer.render(document, numbered)
    return renderer
