"""Spell-check in a QTextEdit: the red wavy underline as you type, suggestions on right-click.

Used by the section editor (the grid's segment editor has its own, combined with its variable
tags, in bilingual_grid.py). The checking itself is policy_studio.text.spelling.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from ..text.spelling import Speller, word_at

SPELL_COLOR = QColor("#d0021b")


def wavy(fmt: QTextCharFormat) -> QTextCharFormat:
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SPELL_COLOR)
    return fmt


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the misspelled words of a document (display only: the text is unchanged)."""

    def __init__(
        self,
        document: QTextDocument,
        speller: Speller | None = None,
        skip: Callable[[QTextCharFormat], bool] | None = None,
    ) -> None:
        super().__init__(document)
        self.speller = speller
        self.skip = skip
        """Text whose character format this accepts is not checked (variable labels)."""
        self._format = wavy(QTextCharFormat())

    def set_speller(self, speller: Speller | None) -> None:
        if speller is not self.speller:
            self.speller = speller
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if self.speller is None:
            return
        skipped: list[tuple[int, int]] = []
        if self.skip is not None:
            it = self.currentBlock().begin()
            base = self.currentBlock().position()
            while not it.atEnd():
                fragment = it.fragment()
                if self.skip(fragment.charFormat()):
                    start = fragment.position() - base
                    skipped.append((start, start + fragment.length()))
                it += 1
        for start, end in self.speller.misspelled(text):
            if not any(a < end and start < b for a, b in skipped):
                self.setFormat(start, end - start, self._format)


def add_spelling_actions(
    menu: QMenu,
    edit: QTextEdit,
    speller: Speller | None,
    position: int,
    on_add: Callable[[str], None],
) -> bool:
    """Put suggestions for the word at ``position`` at the top of ``menu``; True if any."""
    if speller is None or not speller.available:
        return False
    block = edit.document().findBlock(position)
    found = word_at(block.text(), position - block.position())
    if found is None or speller.check(found[2]):
        return False
    start, end, word = found
    start += block.position()
    end += block.position()
    first = menu.actions()[0] if menu.actions() else None
    actions: list[QAction] = []
    for suggestion in speller.suggest(word):
        action = QAction(suggestion, menu)

        def replace(_: bool = False, new: str = suggestion) -> None:
            cursor = QTextCursor(edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new)

        action.triggered.connect(replace)
        actions.append(action)
    if not actions:
        none = QAction(QCoreApplication.translate("Spelling", "(no suggestions)"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(
        QCoreApplication.translate("Spelling", "Add “%1” to the dictionary").replace("%1", word),
        menu,
    )
    add.triggered.connect(lambda: on_add(word))
    actions.append(add)
    if first is None:
        menu.addActions(actions)
    else:
        menu.insertActions(first, actions)
        menu.insertSeparator(first)
    return True
