"""The section editor: rich text for one language of one section, written back into its blocks.

Each paragraph of the QTextDocument carries the id of the model block it shows (a block-format
property), so edits are written back with ``ops.blocks.set_section_body`` and block ids stay
stable. Variables are shown as highlighted labels (a char-format property holds the name), never
as raw ``{{braces}}``. Right-to-left languages get a right-to-left document (RTL-NOTES: QTextEdit,
with the document's default text direction forced).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..model import Block, BlockKind, Policy, Section, Variable, language
from ..ops.base import Changes, Edit, OperationError
from ..ops.blocks import BodyItem, set_section_body, set_section_texts, set_table_widths
from ..ops.sections import rename_section
from ..ops.translator import FindOptions, find_spans, replace_text
from ..text.markup import Run, parse, plain_text, to_markup
from ..text.spelling import Speller
from .direction import qt_direction
from .preview import char_format, column_widths
from .review_panel import ReviewPanel
from .role_gate import RoleGate
from .spelling import SpellingHighlighter, add_spelling_actions
from .table_dialogs import ColumnWidthsDialog
from .table_look import shade_header, table_format
from .translator_dialogs import FindReplaceDialog
from .variables_panel import used_variables

BLOCK_ID = QTextFormat.UserProperty + 1
"""Block-format property: the model block id of a paragraph."""
VARIABLE = QTextFormat.UserProperty + 2
"""Char-format property: the variable name a highlighted label stands for."""
VARIABLE_LABEL = QTextFormat.UserProperty + 3
"""Char-format property: the text shown for the variable, to tell it from text typed next to it."""

VARIABLE_BACKGROUND = QColor("#fff1b8")
VARIABLE_INK = QColor("#3d3000")
"""A variable's text on its yellow: dark whatever the theme (a dark theme's light text on
the yellow could not be read)."""
HEADING_POINT_SIZE = 13.0
COMMIT_MS = 200
"""Throttle for writing typing into the model (the session then saves within AUTOSAVE_MS)."""

ApplyEdit = Callable[[tuple[Changes, Edit]], object]


NEW_VARIABLE = "\0new"
"""Item data of the variable box's last entry, which asks for a new variable's name."""
NAME_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_]*")  # as text.markup.VARIABLE_PATTERN reads them


class SectionEditor(QWidget):
    """Edit one section's title and body in one language."""

    language_did_change = Signal(str)
    word_was_added = Signal(str, str)
    """(language, word): "Add to dictionary" in the editor; the window stores it."""

    def __init__(
        self,
        apply_edit: ApplyEdit,
        variables: Mapping[str, Variable] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.apply_edit = apply_edit
        self.variables = dict(variables or {})
        self.policy: Policy | None = None
        self.section_id: str | None = None
        self.lang = "en"
        self._loading = False
        self._generation = 0
        """Part of the undo merge key: typing merges into one step until the section changes."""

        self.title = QLineEdit()
        self.title.setObjectName("section_title")
        self.title.setPlaceholderText(self.tr("Section title"))
        self.text = QTextEdit()
        self.text.setObjectName("section_editor")
        self.text.setAcceptRichText(False)  # pasted HTML would bring styles the model cannot keep
        # One undo history: Ctrl+Z in the editor goes to the window's QUndoStack, which names
        # the step in the Edit menu, instead of to the document's private stack.
        self.text.setUndoRedoEnabled(False)
        self.text.installEventFilter(self)
        self.spelling_words: Callable[[str], set[str]] | None = None
        """The workspace's own words per language (set by the window); None: none."""
        self._spellers: dict[str, Speller] = {}
        self.highlighter = SpellingHighlighter(
            self.text.document(), skip=lambda fmt: fmt.hasProperty(VARIABLE)
        )
        self.text.setContextMenuPolicy(Qt.CustomContextMenu)
        self.text.customContextMenuRequested.connect(
            lambda pos: self.context_menu(pos).exec(self.text.viewport().mapToGlobal(pos))
        )
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("editor_lang")
        self.kind_box = QComboBox()
        for label, kind in (
            (self.tr("Paragraph"), BlockKind.PARAGRAPH),
            (self.tr("Heading"), BlockKind.HEADING),
            (self.tr("Bullet item"), BlockKind.BULLET),
            (self.tr("Numbered item"), BlockKind.NUMBERED),
        ):
            self.kind_box.addItem(label, kind)
        self.variable_box = QComboBox()
        self.variable_box.setObjectName("insert_variable")
        # Variable labels can be long; a wide combo would push itself off the toolbar.
        self.variable_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.variable_box.setMinimumContentsLength(14)
        self.info = QLabel()

        bar = QToolBar()
        self.bold_action = self._format_action(
            bar, self.tr("Bold"), QKeySequence.Bold, self._toggle_bold
        )
        self.italic_action = self._format_action(
            bar, self.tr("Italic"), QKeySequence.Italic, self._toggle_italic
        )
        self.link_action = self._format_action(
            bar, self.tr("Link…"), "Ctrl+K", self.insert_link, checkable=False
        )
        self.replace_action = self._format_action(
            bar, self.tr("Replace…"), "Ctrl+H", self.open_find_replace, checkable=False
        )
        self._find_dialog: FindReplaceDialog | None = None
        bar.addSeparator()
        self.table_action = self._format_action(
            bar, self.tr("Table"), "Ctrl+Alt+T", self.insert_table, checkable=False
        )
        self.table_actions = {
            "row_below": self.tr("Add row"),
            "row_remove": self.tr("Remove row"),
            "column_after": self.tr("Add column"),
            "column_remove": self.tr("Remove column"),
        }
        self._table_buttons: dict[str, QAction] = {}
        for name, label in self.table_actions.items():
            act = QAction(label, self)
            act.triggered.connect(lambda _c=False, n=name: self.edit_table(n))
            act.setEnabled(False)
            bar.addAction(act)
            self._table_buttons[name] = act
        self.widths_action = QAction(self.tr("Column widths…"), self)
        self.widths_action.setToolTip(self.tr("Set the width of each column of this table"))
        self.widths_action.triggered.connect(self.change_column_widths)
        self.widths_action.setEnabled(False)
        bar.addAction(self.widths_action)
        self._table_buttons["widths"] = self.widths_action
        self.ask_widths: Callable[[list[str], list[float]], list[float] | None] = self._ask_widths
        """Asked for new column widths (column names, current percentages in reading order);
        None cancels. Tests answer it without the dialog."""
        bar.addSeparator()
        bar.addWidget(self.kind_box)
        bar.addSeparator()
        bar.addWidget(self.variable_box)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(QLabel(self.tr("Language:")))
        title_row.addWidget(self.lang_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addLayout(title_row)
        layout.addWidget(self.text, 1)
        self.review = ReviewPanel(lambda result: self.apply_edit(result), self.commit)
        self.review.entry_was_chosen.connect(self.show_words)
        layout.addWidget(self.review)
        layout.addWidget(self.info)

        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(COMMIT_MS)
        self._commit_timer.timeout.connect(self.commit)
        self.text.textChanged.connect(self._text_changed)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.title.editingFinished.connect(self._commit_title)
        self.kind_box.activated.connect(lambda _i: self.set_kind(self.kind_box.currentData()))
        self.variable_box.activated.connect(self._variable_chosen)
        self.lang_box.currentIndexChanged.connect(self._language_chosen)
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # QTextEdit claims Ctrl+Z / Ctrl+Shift+Z for itself even with its own undo disabled;
        # leave them unclaimed so the window's Undo and Redo actions receive them.
        if (
            watched is self.text
            and event.type() == QEvent.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)
            and self.policy is not None
            and self.lang != self.policy.source_language
        ):
            # In a translation a paragraph is a segment of the source: Enter breaks the line.
            self.text.textCursor().insertText("\u2028")
            return True
        if (
            watched is self.text
            and event.type() == QEvent.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key_Tab, Qt.Key_Backtab)
            and self.text.textCursor().currentTable() is not None
        ):
            self.move_cell(-1 if event.key() == Qt.Key_Backtab else 1)
            return True
        if (
            watched is self.text
            and event.type() == QEvent.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key_Tab, Qt.Key_Backtab)
            and self.text.textCursor().block().textList() is not None
        ):
            self.change_level(-1 if event.key() == Qt.Key_Backtab else 1)
            return True
        if (
            watched is self.text
            and event.type() == QEvent.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo))
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _format_action(
        self, bar: QToolBar, text: str, key, slot, checkable: bool = True
    ) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.addAction(act)
        bar.addAction(act)
        return act

    # -- loading ---------------------------------------------------------------------------

    def set_section(
        self, policy: Policy | None, section_id: str | None, lang: str | None = None
    ) -> None:
        """Show ``section_id`` of ``policy`` (committing what was typed in the previous one)."""
        self.commit()
        self.policy = policy
        self.section_id = section_id if policy is not None else None
        self._generation += 1
        if policy is not None:
            langs = policy.languages
            wanted = lang or (self.lang if self.lang in langs else policy.source_language)
            self.lang_box.blockSignals(True)
            self.lang_box.clear()
            for code in langs:
                self.lang_box.addItem(language(code).native_name, code)
            self.lang_box.setCurrentIndex(langs.index(wanted) if wanted in langs else 0)
            self.lang_box.blockSignals(False)
            self.lang = self.lang_box.currentData()
        self.reload()

    def set_writable(self, writable: bool, why: str, gate: RoleGate) -> None:
        """Read-only (text and title still readable and selectable) when the connected
        person's role may not change the source text or structure; ``why`` as the tooltip."""
        self.text.setReadOnly(not writable)
        self.title.setReadOnly(not writable)
        self.text.setToolTip(why)
        self.title.setToolTip(why)
        if not writable:
            for target in (
                self.bold_action,
                self.italic_action,
                self.link_action,
                self.replace_action,
                self.table_action,
                *self._table_buttons.values(),
                self.kind_box,
                self.variable_box,
                self.review.accept_button,
                self.review.reject_button,
                self.review.resolve_button,
            ):
                gate.hold(target, why)

    def speller(self, lang: str) -> Speller:
        """The spell-checker of a language (made once; a missing dictionary checks nothing)."""
        found = self._spellers.get(lang)
        if found is None:
            words = self.spelling_words(lang) if self.spelling_words is not None else set()
            found = self._spellers[lang] = Speller(lang, set(words))
        return found

    def reset_spelling(self) -> None:
        """Another workspace: its own words replace the last one's (asked for anew)."""
        self._spellers.clear()
        if self.policy is not None:
            self.highlighter.set_speller(self.speller(self.lang))

    def spelling_did_change(self, lang: str) -> None:
        """The workspace's words of ``lang`` were read: check with them from now on."""
        if self._spellers.pop(lang, None) is None or lang != self.lang:
            return
        self._loading = True  # underlines change, the text does not
        try:
            self.highlighter.speller = self.speller(lang)
            self.highlighter.rehighlight()
        finally:
            self._loading = False

    def context_menu(self, pos: QPoint) -> QMenu:
        """The editor's menu, with spelling suggestions first when the word is misspelled."""
        menu = self.text.createStandardContextMenu(pos)
        position = self.text.cursorForPosition(pos).position()
        add_spelling_actions(menu, self.text, self.speller(self.lang), position, self._add_word)
        return menu

    def _add_word(self, word: str) -> None:
        self.speller(self.lang).add_word(word)
        self.word_was_added.emit(self.lang, word)
        self._loading = True  # underlines change, the text does not
        try:
            self.highlighter.rehighlight()
        finally:
            self._loading = False

    # -- find and replace ------------------------------------------------------------------

    def open_find_replace(self) -> FindReplaceDialog:
        """Ctrl+H: find and replace in this section, in the language being edited."""
        if self._find_dialog is None or self._find_dialog.source_lang != self.lang:
            if self._find_dialog is not None:
                self._find_dialog.deleteLater()
            self._find_dialog = FindReplaceDialog(self.lang, None, self)
            self._find_dialog.find_requested.connect(lambda o, _l: self.find_next(o))
            self._find_dialog.replace_requested.connect(
                lambda o, _l, text, everywhere: self.replace(o, text, everywhere)
            )
        selected = self.text.textCursor().selectedText()
        if selected.strip() and "\u2029" not in selected:
            self._find_dialog.find.setText(selected)
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find.setFocus()
        return self._find_dialog

    def find_next(self, options: FindOptions) -> bool:
        """Select the next match after the cursor (wrapping), in the text as shown."""
        try:
            pattern = options.compile()
        except OperationError as exc:
            self._tell(str(exc))
            return False
        doc = self.text.document()
        start = self.text.textCursor().selectionEnd()
        blocks = []
        block = doc.begin()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        for wrap in (False, True):
            for block in blocks:
                base = block.position()
                if not wrap and base + block.length() <= start:
                    continue
                for a, b, _ in find_spans(block.text(), options, pattern):
                    if not wrap and base + a < start:
                        continue
                    cursor = QTextCursor(doc)
                    cursor.setPosition(base + a)
                    cursor.setPosition(base + b, QTextCursor.KeepAnchor)
                    self.text.setTextCursor(cursor)
                    self._tell("")
                    return True
        self._tell(self.tr("Not found."))
        return False

    def replace(self, options: FindOptions, replacement: str, everywhere: bool) -> int:
        """Replace in the paragraph at the cursor (then find the next), or in the whole
        section: one undo step; variables and link targets are never changed."""
        section = self.section()
        if section is None or self.policy is None:
            return 0
        self.commit()
        if everywhere:
            ids = [section.heading.id, *(b.id for b in section.blocks)]
        else:
            value = self.text.textCursor().block().blockFormat().property(BLOCK_ID)
            ids = [str(value)] if value else []
        try:
            changes, edit, report = replace_text(
                self.policy, self.lang, options, replacement, block_ids=ids
            )
        except OperationError as exc:
            self._tell(str(exc))
            return 0
        if edit is not None:
            self.apply_edit((changes, edit))
        if everywhere or report.count == 0:
            self._tell(
                self.tr("%n replacement(s) in %1 paragraph(s).", "", report.count).replace(
                    "%1", str(len(report.blocks))
                )
            )
        if not everywhere:
            self.find_next(options)
        return report.count

    def _tell(self, text: str) -> None:
        if self._find_dialog is not None:
            self._find_dialog.say(text)

    def section(self) -> Section | None:
        if self.policy is None or self.section_id is None:
            return None
        return self.policy.find_section(self.section_id)

    def reload(self) -> None:
        """Rebuild the document from the model (after undo, redo or another view's edit)."""
        section = self.section()
        self.setEnabled(section is not None)
        self._loading = True
        try:
            position = self.text.textCursor().position()
            self.text.clear()
            self.review.show_section(self.policy, section, self.lang)
            if section is None:
                self.title.clear()
                self.info.clear()
                return
            rtl = language(self.lang).is_rtl
            direction = qt_direction(rtl)
            option = self.text.document().defaultTextOption()
            option.setTextDirection(direction)
            self.text.document().setDefaultTextOption(option)
            self.title.setLayoutDirection(direction)
            self.title.setText(section.title(self.lang))
            self.highlighter.set_speller(self.speller(self.lang))
            assert self.policy is not None
            # Paragraph kinds belong to the source language; a translation follows them.
            self.kind_box.setEnabled(self.lang == self.policy.source_language)
            self._fill(section.blocks, direction)
            self._fill_variables()
            cursor = self.text.textCursor()
            cursor.setPosition(min(position, self.text.document().characterCount() - 1))
            self.text.setTextCursor(cursor)
            self.text.document().setModified(False)
            self._update_info(section)
        finally:
            self._loading = False

    def show_words(self, block_id: str, words: str) -> bool:
        """Put the cursor on the paragraph of ``block_id`` and select ``words`` in it (the
        words a review note covers), when they are still there."""
        block = self.text.document().begin()
        while block.isValid():
            if block.blockFormat().property(BLOCK_ID) == block_id:
                cursor = QTextCursor(block)
                at = block.text().find(words) if words else -1
                if at >= 0:
                    cursor.setPosition(block.position() + at)
                    cursor.setPosition(block.position() + at + len(words), QTextCursor.KeepAnchor)
                self.text.setTextCursor(cursor)
                self.text.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def _update_info(self, section: Section) -> None:
        if section.clause is None:
            self.info.setText(self.tr("Local section"))
        else:
            self.info.setText(
                self.tr(
                    "Linked to library clause %1 (version %2); your edits make it a local variation"
                )
                .replace("%1", section.clause.key)
                .replace("%2", str(section.clause.version))
            )

    def _label(self, name: str) -> str:
        known = self.variables.get(name)
        return known.display(self.lang) if known is not None else name

    def variable_format(self, name: str, base: QTextCharFormat | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
        fmt.setProperty(VARIABLE, name)
        fmt.setProperty(VARIABLE_LABEL, self._label(name))
        fmt.setBackground(VARIABLE_BACKGROUND)
        fmt.setForeground(VARIABLE_INK)
        fmt.setToolTip("{{" + name + "}}")
        return fmt

    def _fill(self, blocks: list[Block], direction: Qt.LayoutDirection) -> None:
        cursor = QTextCursor(self.text.document())
        open_lists: dict[int, tuple[BlockKind, QTextList]] = {}
        after_table = False
        for number, block in enumerate(blocks):
            fmt = QTextBlockFormat()
            fmt.setLayoutDirection(direction)
            fmt.setProperty(BLOCK_ID, block.id)
            fmt.setBottomMargin(6)
            if block.kind is BlockKind.HEADING:
                fmt.setHeadingLevel(3)
            if block.table is not None:
                open_lists.clear()
                if number:
                    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                self._insert_table(cursor, block, direction)
                after_table = True
                continue
            if number == 0 or after_table:
                cursor.setBlockFormat(fmt)
                after_table = False
            else:
                cursor.insertBlock(fmt, QTextCharFormat())
            if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
                # One list per open level, so "1. 2. (a nested item) 3." keeps counting at 3.
                for deeper in [lv for lv in open_lists if lv > block.level]:
                    del open_lists[deeper]
                kept = open_lists.get(block.level)
                if kept is not None and kept[0] is block.kind:
                    kept[1].add(cursor.block())
                else:
                    made = cursor.createList(self._list_format(block.kind, block.level))
                    open_lists[block.level] = (block.kind, made)
            else:
                open_lists.clear()
            base = QTextCharFormat()
            if block.kind is BlockKind.HEADING:
                base.setFontPointSize(HEADING_POINT_SIZE)
            for run in parse(block.get(self.lang)):
                self._insert_run(cursor, run, base)

    def _insert_table(
        self, cursor: QTextCursor, block: Block, direction: Qt.LayoutDirection
    ) -> None:
        """A table block as a QTextTable: the table's id on its format, each cell's id on the
        cell's first paragraph, so reading back keeps every id (and the other languages)."""
        table = block.table
        assert table is not None
        rows, columns = max(len(table.rows), 1), max(table.columns, 1)
        fmt = table_format(self.text.palette(), table.header_rows)
        fmt.setColumnWidthConstraints(self._width_constraints(table.fractions()))
        fmt.setProperty(BLOCK_ID, block.id)
        qt_table = cursor.insertTable(rows, columns, fmt)
        shade_header(qt_table, table.header_rows, self.text.palette())
        for r, row in enumerate(table.rows):
            base = QTextCharFormat()
            if r < table.header_rows:
                base.setFontWeight(QFont.Weight.Bold)
            for c, cell in enumerate(row):
                at = qt_table.cellAt(r, self._shown(c, columns)).firstCursorPosition()
                cell_fmt = QTextBlockFormat()
                cell_fmt.setLayoutDirection(direction)
                cell_fmt.setProperty(BLOCK_ID, cell.id)
                at.setBlockFormat(cell_fmt)
                for run in parse(cell.get(self.lang)):
                    self._insert_run(at, run, base)
        cursor.setPosition(qt_table.lastPosition() + 1)

    def _shown(self, column: int, columns: int) -> int:
        """The visual column of a logical one: Qt lays tables out left to right only, so in a
        right-to-left language the editor mirrors them (first column on the right)."""
        return columns - 1 - column if language(self.lang).is_rtl else column

    def _table_item(self, table: QTextTable) -> BodyItem:
        """A QTextTable read back: rows of (cell id, markup); a cell whose id another cell
        already has (a row Qt copied) is new."""
        rows = []
        seen: set[str] = set()
        for r in range(table.rows()):
            cells = []
            for c in range(table.columns()):
                cell = table.cellAt(r, self._shown(c, table.columns()))
                first = cell.firstCursorPosition().block()
                cell_id = self._id(first)
                if cell_id in seen:
                    cell_id = None
                if cell_id:
                    seen.add(cell_id)
                parts = []
                block = first
                while block.isValid() and block.position() <= cell.lastPosition():
                    parts.append(to_markup(self._runs(block)).strip())
                    block = block.next()
                cells.append((cell_id, "\n".join(p for p in parts if p)))
            rows.append(tuple(cells))
        value = table.format().property(BLOCK_ID)
        return BodyItem(str(value) if value else None, BlockKind.TABLE, "", 0, tuple(rows))

    def _stamp_table(self, table: QTextTable, block: Block) -> None:
        assert block.table is not None
        fmt = table.format()
        if fmt.property(BLOCK_ID) != block.id:
            fmt.setProperty(BLOCK_ID, block.id)
            table.setFormat(fmt)
        for r, row in enumerate(block.table.rows[: table.rows()]):
            for c, cell in enumerate(row[: table.columns()]):
                shown = self._shown(c, table.columns())
                cursor = table.cellAt(r, shown).firstCursorPosition()
                cell_fmt = cursor.blockFormat()
                if cell_fmt.property(BLOCK_ID) != cell.id:
                    cell_fmt.setProperty(BLOCK_ID, cell.id)
                    cursor.setBlockFormat(cell_fmt)

    def current_table(self) -> QTextTable | None:
        return self.text.textCursor().currentTable()

    def insert_table(self) -> None:
        """A new table (a header row and two body rows of two columns) at the cursor."""
        if self.section() is None or self.policy is None:
            return
        if self.lang != self.policy.source_language:
            return  # the source language owns the structure
        cursor = self.text.textCursor()
        if cursor.currentTable() is not None:
            return
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        fmt = table_format(self.text.palette(), 1)
        fmt.setLayoutDirection(qt_direction(language(self.lang).is_rtl))
        table = cursor.insertTable(3, 2, fmt)
        self._restyle(table)
        self.text.setTextCursor(table.cellAt(0, self._shown(0, 2)).firstCursorPosition())
        self._cursor_moved()

    def edit_table(self, what: str) -> None:
        """Add or remove a row or column of the table at the cursor."""
        table = self.current_table()
        if table is None or self.policy is None or self.lang != self.policy.source_language:
            return
        cell = table.cellAt(self.text.textCursor())
        if what == "row_below":
            table.insertRows(cell.row() + 1, 1)
            for c in range(table.columns()):
                self._clear_id(table.cellAt(cell.row() + 1, c))
        elif what == "row_remove" and table.rows() > 1:
            table.removeRows(cell.row(), 1)
        elif what == "column_after":
            # After in reading order: to the left of the cell in a right-to-left table.
            at = cell.column() if language(self.lang).is_rtl else cell.column() + 1
            table.insertColumns(at, 1)
            for r in range(table.rows()):
                self._clear_id(table.cellAt(r, at))
        elif what == "column_remove" and table.columns() > 1:
            table.removeColumns(cell.column(), 1)
        self._restyle(table)
        self.commit()

    def _restyle(self, table: QTextTable) -> None:
        """The header rows shaded again after rows came or went (a new row copies the format
        of the row it was made from)."""
        shade_header(table, table.format().headerRowCount(), self.text.palette())

    def _width_constraints(self, fractions: list[float]) -> list[QTextLength]:
        """Column widths as Qt wants them: visual order (mirrored in a right-to-left table)."""
        shown = list(reversed(fractions)) if language(self.lang).is_rtl else fractions
        return column_widths(shown)

    def change_column_widths(self) -> None:
        """Ask for the widths of the table at the cursor and set them as one undoable edit."""
        table = self.current_table()
        if table is None or self.policy is None or self.lang != self.policy.source_language:
            return
        self.commit()  # a table typed a moment ago gets its block (and id) first
        section = self.section()
        block_id = table.format().property(BLOCK_ID)
        block = next((b for b in section.blocks if b.id == block_id), None) if section else None
        if section is None or block is None or block.table is None:
            return
        names = []
        for c in range(block.table.columns):
            first = block.table.rows[0][c].get(self.lang) if block.table.rows else ""
            names.append(plain_text(first) if first.strip() else "")
        current = [round(100 * f, 1) for f in block.table.fractions()]
        answer = self.ask_widths(names, current)
        if answer is None or [round(w, 1) for w in answer] == current:
            return
        cell = table.cellAt(self.text.textCursor())
        at = (cell.row(), cell.column())
        self.apply_edit(set_table_widths(self.policy, section.id, block.id, answer))
        # The window may have redrawn the section (the old QTextTable is gone): find it again.
        shown = self._find_table(block.id)
        if shown is None:
            return
        fmt = shown.format()
        fmt.setColumnWidthConstraints(self._width_constraints(block.table.fractions()))
        self._loading = True  # the look changes, the text does not
        try:
            shown.setFormat(fmt)
        finally:
            self._loading = False
        if at[0] < shown.rows() and at[1] < shown.columns():
            self.text.setTextCursor(shown.cellAt(*at).firstCursorPosition())

    def _find_table(self, block_id: str) -> QTextTable | None:
        for frame in self.text.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable) and frame.format().property(BLOCK_ID) == block_id:
                return frame
        return None

    def _ask_widths(self, names: list[str], current: list[float]) -> list[float] | None:
        dialog = ColumnWidthsDialog(names, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.widths()

    def _clear_id(self, cell: QTextTableCell) -> None:
        cursor = cell.firstCursorPosition()
        fmt = cursor.blockFormat()
        fmt.clearProperty(BLOCK_ID)
        cursor.setBlockFormat(fmt)

    def move_cell(self, step: int) -> None:
        """Tab: the next cell (a new row after the last, as word processors do); Shift+Tab:
        the previous one."""
        table = self.current_table()
        if table is None:
            return
        cell = table.cellAt(self.text.textCursor())
        columns = table.columns()
        index = cell.row() * columns + self._shown(cell.column(), columns) + step
        if index >= table.rows() * table.columns():
            if self.policy is None or self.lang != self.policy.source_language:
                return
            table.appendRows(1)
            for c in range(table.columns()):
                self._clear_id(table.cellAt(table.rows() - 1, c))
            self._restyle(table)
        index = max(index, 0)
        target = table.cellAt(index // columns, self._shown(index % columns, columns))
        self.text.setTextCursor(target.firstCursorPosition())

    @staticmethod
    def _list_format(kind: BlockKind, level: int) -> QTextListFormat:
        fmt = QTextListFormat()
        fmt.setStyle(
            QTextListFormat.ListDisc if kind is BlockKind.BULLET else QTextListFormat.ListDecimal
        )
        fmt.setIndent(1 + level)
        return fmt

    def _insert_run(self, cursor: QTextCursor, run: Run, base: QTextCharFormat) -> None:
        fmt = char_format(run, base)
        if run.variable is not None:
            cursor.insertText(self._label(run.variable), self.variable_format(run.variable, fmt))
        else:
            # A line break inside a block is a line separator in Qt; "\n" would start a block.
            cursor.insertText(run.text.replace("\n", "\u2028"), fmt)

    def _fill_variables(self) -> None:
        names = dict.fromkeys(sorted(self.variables))
        if self.policy is not None:
            names.update(dict.fromkeys(self.policy.variables))
            names.update(dict.fromkeys(used_variables(self.policy)))
        self.variable_box.clear()
        self.variable_box.addItem(self.tr("Insert variable…"), None)
        for name in sorted(names):
            self.variable_box.addItem(f"{self._label(name)}  ({name})", name)
        self.variable_box.insertSeparator(self.variable_box.count())
        self.variable_box.addItem(self.tr("New variable…"), NEW_VARIABLE)

    # -- reading back ----------------------------------------------------------------------

    def body_items(self) -> list[BodyItem]:
        """The document as body items; empty paragraphs are left out, except a paragraph only
        proposed (a tracked insertion nobody accepted: it is empty until somebody does)."""
        items: list[BodyItem] = []
        section = self.section()
        proposed = {
            b.id
            for b in (section.blocks if section is not None else [])
            if b.proposals and not b.get(self.lang).strip()
        }
        block = self.text.document().begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if table is not None:
                items.append(self._table_item(table))
                block = self.text.document().findBlock(table.lastPosition() + 1)
                continue
            markup = to_markup(self._runs(block)).strip()
            if markup or (proposed and self._id(block) in proposed):
                kind, level = self._kind(block)
                items.append(BodyItem(self._id(block), kind, markup, level))
            block = block.next()
        # An empty paragraph that lost the proposed paragraph's id to its twin (Enter copies
        # the id) is an ordinary empty paragraph again: left out.
        return [
            item
            for item in self._dedupe(items)
            if item.text or item.block_id or item.kind is BlockKind.TABLE
        ]

    @staticmethod
    def _id(block: QTextBlock) -> str | None:
        value = block.blockFormat().property(BLOCK_ID)
        return str(value) if value else None

    @staticmethod
    def _kind(block: QTextBlock) -> tuple[BlockKind, int]:
        text_list = block.textList()
        if text_list is not None:
            fmt = text_list.format()
            kind = (
                BlockKind.BULLET
                if fmt.style()
                in (
                    QTextListFormat.ListDisc,
                    QTextListFormat.ListCircle,
                    QTextListFormat.ListSquare,
                )
                else BlockKind.NUMBERED
            )
            return kind, max(fmt.indent() - 1, 0)
        if block.blockFormat().headingLevel() > 0:
            return BlockKind.HEADING, 0
        return BlockKind.PARAGRAPH, 0

    @staticmethod
    def _runs(block: QTextBlock) -> list[Run]:
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            fmt = fragment.charFormat()
            text = fragment.text().replace("\u2028", "\n")
            bold = fmt.fontWeight() >= QFont.Weight.Bold
            italic = fmt.fontItalic()
            link = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
            name = fmt.property(VARIABLE)
            if name:
                label = str(fmt.property(VARIABLE_LABEL) or name)
                # Text typed right beside a variable can pick up its format: keep it as text.
                start = text.find(label)
                if start >= 0:
                    if start:
                        runs.append(Run(text[:start], bold, italic, link))
                    runs.append(Run("", bold, italic, link, str(name)))
                    rest = text[start + len(label) :]
                    if rest:
                        runs.append(Run(rest, bold, italic, link))
                    continue
            runs.append(Run(text, bold, italic, link))
        return runs

    def _dedupe(self, items: list[BodyItem]) -> list[BodyItem]:
        """Give a block id to one paragraph only: the one closest to the block's old text.

        Pressing Enter copies the paragraph format, id included, into the new paragraph.
        """
        section = self.section()
        old = {b.id: b.get(self.lang) for b in section.blocks} if section else {}
        best: dict[str, tuple[float, int]] = {}
        for index, item in enumerate(items):
            if item.block_id in old:
                score = difflib.SequenceMatcher(None, old[item.block_id], item.text).ratio()
                if item.block_id not in best or score > best[item.block_id][0]:
                    best[item.block_id] = (score, index)
        keep = {index for _score, index in best.values()}
        return [
            item if index in keep else replace(item, block_id=None)
            for index, item in enumerate(items)
        ]

    # -- writing ---------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading or self.section() is None:
            return
        if not self._commit_timer.isActive():
            self._commit_timer.start()

    def commit(self) -> None:
        """Write the document into the section now, if it differs."""
        self._commit_timer.stop()
        section = self.section()
        if section is None or self.policy is None or self._loading:
            return
        key = f"body:{self.section_id}:{self.lang}:{self._generation}"
        if self.lang != self.policy.source_language:
            self._commit_translation(section, key)
            return
        items = self.body_items()
        current = [BodyItem.of(b, self.lang) for b in section.blocks]
        if items == current:
            return
        self._loading = True
        try:
            self.apply_edit(
                set_section_body(self.policy, section.id, self.lang, items, merge_key=key)
            )
        finally:
            self._loading = False
        self._stamp_ids()

    def _commit_translation(self, section: Section, key: str) -> None:
        """A translation changes texts only; the source language owns the paragraphs."""
        assert self.policy is not None
        texts: dict[str, str] = {}
        last: str | None = None
        block = self.text.document().begin()
        while block.isValid():
            block_id = self._id(block)
            markup = to_markup(self._runs(block)).strip()
            if block_id and block_id not in texts:
                texts[block_id] = markup
                last = block_id
            elif markup and last is not None:
                # A pasted extra paragraph belongs to the segment above it, as a line break.
                texts[last] = f"{texts[last]}\n{markup}" if texts[last] else markup
            block = block.next()
        changed = {i: t for i, t in texts.items() if t != self._block_text(section, i)}
        if changed:
            self._loading = True
            try:
                self.apply_edit(
                    set_section_texts(self.policy, section.id, self.lang, changed, merge_key=key)
                )
            finally:
                self._loading = False
        if self.text.document().blockCount() != len(section.blocks) or list(texts) != [
            b.id for b in section.blocks
        ]:
            # Paragraphs were joined in the document: show the real structure again.
            self.reload()

    def _block_text(self, section: Section, block_id: str) -> str:
        segments = (seg for b in section.blocks for seg in b.segments)
        found = next((b for b in segments if b.id == block_id), None)
        return found.get(self.lang) if found is not None else ""

    def _stamp_ids(self) -> None:
        """New paragraphs (and tables and cells) got ids in the model: put them on the
        document's paragraphs and tables too."""
        section = self.section()
        if section is None:
            return
        blocks = iter(section.blocks)
        block = self.text.document().begin()
        self._loading = True
        try:
            while block.isValid():
                table = QTextCursor(block).currentTable()
                if table is not None:
                    model = next(blocks, None)
                    if model is not None and model.table is not None:
                        self._stamp_table(table, model)
                    block = self.text.document().findBlock(table.lastPosition() + 1)
                    continue
                if to_markup(self._runs(block)).strip():
                    found = next(blocks, None)
                    block_id = found.id if found is not None else None
                    if block_id and self._id(block) != block_id:
                        cursor = QTextCursor(block)
                        fmt = block.blockFormat()
                        fmt.setProperty(BLOCK_ID, block_id)
                        cursor.setBlockFormat(fmt)
                block = block.next()
        finally:
            self._loading = False

    def _commit_title(self) -> None:
        section = self.section()
        if section is None or self.policy is None or self.title.text() == section.title(self.lang):
            return
        self._loading = True
        try:
            self.apply_edit(rename_section(self.policy, section.id, self.lang, self.title.text()))
        finally:
            self._loading = False

    def is_busy(self) -> bool:
        """True while this editor is applying its own edit (the window should not reload it)."""
        return self._loading

    def changes_did_happen(self, changes: Changes) -> None:
        """Reload when an edit from elsewhere (undo, redo, another panel) touched this section."""
        if self._loading:
            return
        section = self.section()
        if section is None:
            if self.section_id is not None:
                self.reload()
            return
        touched = {b.id for b in section.all_blocks()}
        if changes.metadata:
            self.set_section(self.policy, self.section_id, self.lang)  # languages may have changed
        elif self.section_id in changes.sections or touched & changes.blocks:
            self.reload()
        elif changes.variables:
            self._fill_variables()

    # -- formatting ------------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.text.mergeCurrentCharFormat(fmt)

    def _toggle_bold(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self._merge(fmt)

    def _toggle_italic(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(checked)
        self._merge(fmt)

    def insert_link(self, url: str | None = None) -> None:
        if not isinstance(url, str):
            url, ok = QInputDialog.getText(
                self, self.tr("Link"), self.tr("Address (https://… or mailto:…):")
            )
            if not ok:
                return
        url = url.strip()
        if not url.startswith(("https://", "http://", "mailto:")):
            self.info.setText(self.tr("Only https://, http:// and mailto: links are allowed"))
            return
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setForeground(QColor("#1a5fb4"))
        fmt.setFontUnderline(True)
        cursor = self.text.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(url, fmt)

    def insert_variable(self, name: str) -> None:
        cursor = self.text.textCursor()
        cursor.insertText(self._label(name), self.variable_format(name, cursor.charFormat()))
        plain = QTextCharFormat(cursor.charFormat())
        self._strip_variable(plain)
        self.text.setCurrentCharFormat(plain)
        self.text.setFocus()

    def _variable_chosen(self, index: int) -> None:
        name = self.variable_box.itemData(index)
        self.variable_box.setCurrentIndex(0)
        if name == NEW_VARIABLE:
            name = self.ask_new_variable()
        if name:
            self.insert_variable(name)

    def ask_new_variable(self) -> str | None:
        """A variable of the user's own ("dpo_phone"): named here, inserted at the caret, then
        filled in the Variables panel like any other (it lists every variable the text uses)."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("New variable"),
            self.tr("Name (letters, digits and _; e.g. dpo_phone):"),
        )
        name = name.strip()
        if not ok or not name:
            return None
        if not NAME_PATTERN.fullmatch(name):
            QMessageBox.warning(
                self,
                self.tr("New variable"),
                self.tr("“%1” cannot be a variable name: use letters, digits and _.").replace(
                    "%1", name
                ),
            )
            return None
        return name

    def set_kind(self, kind: BlockKind) -> None:
        """Make the paragraph under the caret a paragraph, heading, bullet or numbered item."""
        kind = BlockKind(kind)  # a QComboBox hands back the plain string of a str enum
        cursor = self.text.textCursor()
        block = cursor.block()
        cursor.beginEditBlock()
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        fmt = block.blockFormat()
        fmt.setIndent(0)
        fmt.setHeadingLevel(3 if kind is BlockKind.HEADING else 0)
        cursor.setBlockFormat(fmt)
        size = QTextCharFormat()
        size.setFontPointSize(
            HEADING_POINT_SIZE if kind is BlockKind.HEADING else self.text.font().pointSizeF()
        )
        select = QTextCursor(block)
        select.select(QTextCursor.BlockUnderCursor)
        select.mergeCharFormat(size)
        if kind in (BlockKind.BULLET, BlockKind.NUMBERED):
            cursor.createList(self._list_format(kind, 0))
        cursor.endEditBlock()

    def change_level(self, step: int) -> None:
        """Indent (Tab) or outdent (Shift+Tab) the list item under the caret."""
        cursor = self.text.textCursor()
        text_list = cursor.block().textList()
        if text_list is None:
            return
        kind, level = self._kind(cursor.block())
        new_level = max(0, min(level + step, 5))
        if new_level != level:
            cursor.createList(self._list_format(kind, new_level))

    def _cursor_moved(self) -> None:
        cursor = self.text.textCursor()
        fmt = cursor.charFormat()
        if fmt.property(VARIABLE):
            # Typing after a variable must not extend it.
            plain = QTextCharFormat(fmt)
            self._strip_variable(plain)
            self.text.setCurrentCharFormat(plain)
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())
        kind, _level = self._kind(cursor.block())
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        in_table = cursor.currentTable() is not None
        source = self.policy is not None and self.lang == self.policy.source_language
        for act in self._table_buttons.values():
            act.setEnabled(in_table and source)
        self.table_action.setEnabled(not in_table and source)

    @staticmethod
    def _strip_variable(fmt: QTextCharFormat) -> None:
        fmt.clearProperty(VARIABLE)
        fmt.clearProperty(VARIABLE_LABEL)
        fmt.clearBackground()
        if fmt.foreground().color() == VARIABLE_INK:
            fmt.clearForeground()
        fmt.setToolTip("")

    def _language_chosen(self, _index: int) -> None:
        self.commit()
        self.lang = self.lang_box.currentData() or self.lang
        self._generation += 1
        self.reload()
        self.language_did_change.emit(self.lang)
