"""The bilingual grid: source | target per block, statuses, filters, TM suggestions and findings.

Model/view (SegmentModel + QTableView + a delegate) so a 500-section policy opens fast: cells
are painted from a QTextDocument only when visible, row heights are computed for the rows on
screen (lazily, as they scroll into view), and a QTextEdit editor exists only on the row being
edited. Right-to-left columns follow RTL-NOTES: the delegate paints with direction RightToLeft
and AlignLeft (= start), the editor's document has a RightToLeft default text option.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from enum import Enum

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..app.signoff import current_user
from ..checks import Finding, Reference
from ..library.concordance import Concordance, build_concordance
from ..library.memory import StoredMemory, Suggestion, TranslationMemory
from ..model import Clause, GlossaryEntry, Policy, Status, language
from ..ops import translator
from ..ops.base import Changes, OperationError
from ..storage import WorkspaceStore
from ..text.markup import VARIABLE_PATTERN
from ..text.spelling import Speller, word_at
from . import variable_tokens
from .findings_panel import FindingsPanel
from .glossary_dialog import GlossaryDialog
from .models.segment_model import SPELL_CSS, Column, Role, SegmentModel
from .models.segment_text import TAG_PATTERN, VARIABLE_TINT
from .store_reader import Reader, Writer, read_at_once, why_not
from .translator_dialogs import (
    ConcordanceDialog,
    FindReplaceDialog,
    PretranslateDialog,
    PretranslationReportDialog,
)

_SPELLER_LOADER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speller")
"""Loads spell-check dictionaries off the UI thread (one at a time: each is cached for the
process, text/spelling.py)."""

RETRY_MS = 3000
"""A read of the workspace that failed (the server away) is asked again after this long."""
CELL_MARGIN = 4
DOCUMENT_CACHE_SIZE = 400
"""Laid-out cell documents kept: a full screen of rows in both columns, with room to scroll."""


def _text_option(rtl: bool) -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    # AlignLeft means "start" once the direction is right-to-left (it is flipped, not absolute).
    option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return option


TAG_FILL = QColor(VARIABLE_TINT)
TAG_BORDER = QColor("#9fb0e3")
SPELL_MARK = QColor(SPELL_CSS.split(":")[1].rstrip(";"))
SPELL_COLOR = QColor("#d0021b")


def spelling_format(fmt: QTextCharFormat) -> QTextCharFormat:
    """A red wavy underline, the convention of every word processor for a misspelled word."""
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SPELL_COLOR)
    return fmt


def _spell_underlines(doc: QTextDocument) -> None:
    """Turn the cell HTML's misspelling marks (a sentinel background) into wavy underlines."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.background().color() == SPELL_MARK:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                fmt.clearBackground()
                cursor.setCharFormat(spelling_format(fmt))
            it += 1
        block = block.next()


def _tag_boxes(doc: QTextDocument) -> list[QRectF]:
    """Rounded boxes to draw behind the variable tags of a laid-out cell (like a CAT tool's tags).

    Rich text can only paint a square background; each tag that fits on one line gets its
    background removed here and a rounded box drawn by the delegate instead.
    """
    boxes: list[QRectF] = []
    doc.size()  # lays the document out: lines exist only after that
    raw = doc.toRawText()  # toPlainText would turn the tag's no-break spaces into spaces
    cursor = QTextCursor(doc)
    for match in TAG_PATTERN.finditer(raw):
        start, end = match.span()
        cursor.setPosition(start + 1)
        fmt = cursor.charFormat()
        if fmt.background().color() != TAG_FILL:
            continue  # plain text that looks like a tag, or a tag under a finding highlight
        block = doc.findBlock(start)
        layout = block.layout()
        first, last = start - block.position(), end - block.position()
        line = layout.lineForTextPosition(first)
        if not line.isValid() or layout.lineForTextPosition(last).lineNumber() != line.lineNumber():
            continue  # wrapped across lines: keep the square background
        x1, x2 = line.cursorToX(first)[0], line.cursorToX(last)[0]
        origin = layout.position()
        boxes.append(
            QRectF(
                origin.x() + min(x1, x2), origin.y() + line.y() + 1, abs(x2 - x1), line.height() - 2
            )
        )
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt.clearBackground()
        cursor.setCharFormat(fmt)
    return boxes


class MarkupHighlighter(QSyntaxHighlighter):
    """Tints the ``{{variables}}`` of the markup being typed, like the tags in the cells, and
    underlines misspelled words with a red wavy line when a speller is set."""

    def __init__(self, document: QTextDocument, speller: Speller | None = None) -> None:
        super().__init__(document)
        self.speller = speller
        self._variable = QTextCharFormat()
        self._variable.setBackground(TAG_FILL)
        self._variable.setForeground(QColor("#23408e"))
        self._misspelled = spelling_format(QTextCharFormat())

    def highlightBlock(self, text: str) -> None:
        for match in VARIABLE_PATTERN.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._variable)
        if self.speller is not None:
            for start, end in self.speller.misspelled(text):
                self.setFormat(start, end - start, self._misspelled)


_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier


class SegmentEditor(QTextEdit):
    """The target editor: plain markup text, right-to-left for RTL languages, CAT-tool keys."""

    confirm_requested = Signal()
    """Ctrl+Enter: keep the text, confirm the segment, go to the next one needing work."""
    commit_requested = Signal()
    """Enter: keep the text and close the editor (Shift+Enter types a line break)."""
    copy_source_requested = Signal()
    suggestion_requested = Signal(int)
    """Ctrl+1…9: insert that translation memory suggestion."""
    tool_requested = Signal(str)
    """Ctrl+K (concordance) or Ctrl+H (replace): claimed before QTextEdit's own bindings
    (on X11 and macOS Ctrl+K deletes to the end of the line)."""

    word_added = Signal(str)
    """"Add to dictionary" on a misspelled word: the grid stores it in the workspace."""

    def __init__(
        self, rtl: bool, parent: QWidget | None = None, speller: Speller | None = None
    ) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.rtl = rtl
        self.speller = speller
        self.document().setDefaultTextOption(_text_option(rtl))
        # The editor keeps editing markup; the highlighter only colours it (text unchanged).
        self.highlighter = MarkupHighlighter(self.document(), speller)
        # Variables are atomic tokens (ui/variable_tokens.py): toPlainText gives the markup.
        self._tokens = variable_tokens.install(self.document())
        self._tokenizing = False
        self.textChanged.connect(self._tokenize_typed)

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """The segment's markup, variables written ``{{name}}`` as they came."""
        return variable_tokens.markup(self.document())

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._tokenizing = True
        try:
            variable_tokens.set_markup(self.document(), text)
        finally:
            self._tokenizing = False

    def _tokenize_typed(self) -> None:
        """A ``{{name}}`` typed or pasted becomes a token as its last brace is typed."""
        if self._tokenizing:
            return
        self._tokenizing = True
        try:
            variable_tokens.tokenize(self.document())
        finally:
            self._tokenizing = False

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        """Copy and drag carry the markup, so a pasted token is a variable again."""
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(
            variable_tokens.markup(self.document(), cursor.selectionStart(), cursor.selectionEnd())
        )
        return data

    def spelling_menu(self, position: int) -> QMenu:
        """The context menu at a text position: suggestions first when the word is misspelled."""
        menu = self.createStandardContextMenu()
        text = super().toPlainText()  # document positions: a token is one character
        found = word_at(text, position) if self.speller is not None else None
        if found is None or self.speller is None or self.speller.check(found[2]):
            return menu
        start, end, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.speller.suggest(word)
        actions: list[QAction] = []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _=False, s=suggestion: self._replace_word(start, end, s)
            )
            actions.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Add “%1” to the dictionary").replace("%1", word), menu)
        add.triggered.connect(lambda: self._add_word(word))
        actions.append(add)
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        position = self.cursorForPosition(event.pos()).position()
        self.spelling_menu(position).exec(event.globalPos())

    def _replace_word(self, start: int, end: int, new: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)

    def _add_word(self, word: str) -> None:
        if self.speller is not None:
            self.speller.add_word(word)
        self.word_added.emit(word)
        self.highlighter.rehighlight()

    def _ours(self, event: QKeyEvent) -> bool:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        return ctrl and (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert)
            or Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            or (key in (Qt.Key.Key_K, Qt.Key.Key_H) and not event.modifiers() & ~_CTRL)
        )

    def event(self, event: QEvent) -> bool:
        # Claim our shortcuts before any window shortcut does, so they work inside the editor.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._ours(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if self._ours(event):
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_requested.emit()
            elif key == Qt.Key.Key_K:
                self.tool_requested.emit("concordance")
            elif key == Qt.Key.Key_H:
                self.tool_requested.emit("replace")
            elif key == Qt.Key.Key_Insert:
                self.copy_source_requested.emit()
            else:
                self.suggestion_requested.emit(key - Qt.Key.Key_1)
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        if event.text() and variable_tokens.is_token(self.currentCharFormat()):
            # Typed next to a token: plain text, not more of the token's format.
            self.setCurrentCharFormat(QTextCharFormat())
        super().keyPressEvent(event)


class SegmentDelegate(QStyledItemDelegate):
    """Paints text cells as rich text in their language's direction; edits targets."""

    confirm_requested = Signal(int)
    copy_source_requested = Signal(int)
    suggestion_requested = Signal(int, int)
    word_added = Signal(str)
    tool_requested = Signal(str)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(Role.IS_RTL):
            option.direction = Qt.LayoutDirection.RightToLeft
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[
            tuple[str, bool, float, str], tuple[QTextDocument, list[QRectF]]
        ] = OrderedDict()

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: float
    ) -> QTextDocument:
        return self._cell(option, index, width)[0]

    def _cell(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: float
    ) -> tuple[QTextDocument, list[QRectF]]:
        """The laid-out document of a cell and the boxes of its variable tags."""
        rtl = bool(index.data(Role.IS_RTL))
        body = index.data(Role.HTML) or ""
        width = max(width, 20.0)
        # Each visible cell is laid out for its size hint and again for every paint: keep the
        # laid-out documents of the cells on screen (keyed by content, so edits never go stale).
        key = (body, rtl, width, option.font.key())
        cell = self._documents.get(key)
        if cell is not None:
            self._documents.move_to_end(key)
            return cell
        doc = QTextDocument()
        doc.setDocumentMargin(CELL_MARGIN)
        doc.setDefaultFont(option.font)
        doc.setDefaultTextOption(_text_option(rtl))
        doc.setHtml(f'<p dir="{"rtl" if rtl else "ltr"}">{body}</p>')
        if SPELL_CSS in body:
            _spell_underlines(doc)
        doc.setTextWidth(width)
        cell = (doc, _tag_boxes(doc))
        self._documents[key] = cell
        if len(self._documents) > DOCUMENT_CACHE_SIZE:
            self._documents.popitem(last=False)
        return cell

    @staticmethod
    def _width(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width a cell's text is laid out at: the same for its size hint and its paint, so
        the laid-out document is reused (the painted rect is a pixel narrower for the grid line)."""
        view = option.widget
        return (
            view.columnWidth(index.column())
            if isinstance(view, QTableView)
            else option.rect.width()
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.column() == Column.STATUS:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        doc, tags = self._cell(opt, index, self._width(opt, index))
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText)
            )
        if tags:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(TAG_BORDER, 1))
            painter.setBrush(TAG_FILL)
            for box in tags:
                painter.drawRoundedRect(box, 4, 4)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() == Column.STATUS:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._width(opt, index)
        doc = self._document(opt, index, width)
        return QSize(int(width), int(doc.size().height()) + 1)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        model = index.model()
        speller = model.spellers.get(model.target_lang) if isinstance(model, SegmentModel) else None
        editor = SegmentEditor(bool(index.data(Role.IS_RTL)), parent, speller)
        editor.word_added.connect(self.word_added)
        editor.tool_requested.connect(self.tool_requested)
        editor.setFont(option.font)
        editor.setObjectName("segment_editor")
        row = index.row()
        editor.confirm_requested.connect(lambda: self._finish(editor, row, confirm=True))
        editor.commit_requested.connect(lambda: self._finish(editor, row, confirm=False))
        editor.copy_source_requested.connect(lambda: self.copy_source_requested.emit(row))
        editor.suggestion_requested.connect(lambda n: self.suggestion_requested.emit(row, n))
        return editor

    def _finish(self, editor: SegmentEditor, row: int, *, confirm: bool) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if confirm:
            self.confirm_requested.emit(row)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        # The view calls this again on every dataChanged: do not reset what is being typed.
        if isinstance(editor, SegmentEditor) and editor.toPlainText() != text:
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, SegmentEditor) and isinstance(model, SegmentModel):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), editor.fontMetrics().height() * 3))
        editor.setGeometry(rect)


class Filter(str, Enum):  # noqa: UP042 - compared with plain strings from settings
    ALL = "all"
    UNTRANSLATED = "untranslated"
    STALE = "stale"
    FINDINGS = "findings"


class BilingualGrid(QWidget):
    """Source | target editing of one policy in one language pair.

    Edits go through policy_studio.ops; each is announced with ``edit_did_happen(Changes,
    Edit)`` for the main window's undo stack. After an undo or another view's edit, call
    ``apply_changes(changes)``.
    """

    edit_did_happen = Signal(object, object)

    def __init__(
        self,
        policy: Policy,
        source_lang: str,
        target_lang: str,
        *,
        workspace: WorkspaceStore | None = None,
        memory: TranslationMemory | None = None,
        glossary: Sequence[GlossaryEntry] | None = None,
        actor: Callable[[], str] | None = None,
        spellers: dict[str, Speller] | None = None,
        deferred_checks: bool = False,
        parent: QWidget | None = None,
        spelling_words: Callable[[str], set[str]] | None = None,
        store_word: Callable[[str, str], None] | None = None,
        reader: Reader | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.workspace = workspace
        if reader is None and workspace is not None:
            reader = read_at_once(lambda: workspace)
        self._reader = reader
        """Where the grid's reads of the workspace run (the window's: ``Session.read``, on its
        database worker; else at once, here). The rows are shown before any answer."""
        self._writer = writer if writer is not None else reader
        """Where a dismissal and its log line are written (the window's ``Session.write``)."""
        self._glossary_known = glossary is not None or reader is None
        """The glossary terms are read (until then: no highlight, no glossary check, and the
        grid says "Reading the glossary…", never "no term")."""
        self._memory_failure = ""
        self._pretranslating = False
        """Pre-translation's memory is being read (a second press meanwhile does nothing)."""
        self._glossary_asked = 0
        """Counts the glossary's reads: an answer older than the last one asked is dropped."""
        self._read_failure = ""
        self._spelling_words = spelling_words
        """The workspace's own words per language as known now (the window's, read on its
        database worker: ``spelling_did_change`` when they come); None: read them here."""
        self._store_word_in = store_word
        """Keeps an added word (the window's: written on its database worker); None: here."""
        self.actor: Callable[[], str] = actor or current_user
        self._concordance: ConcordanceDialog | None = None
        self._find_dialog: FindReplaceDialog | None = None
        self._memory = memory
        """The translation memory of the suggestions: read through the reader when the grid is
        built (on the window's database worker: the rows are shown meanwhile, and the
        suggestions pane says "Reading the translation memory…")."""
        self._memory_known = memory is not None or reader is None

        self.model = SegmentModel(
            policy,
            source_lang,
            target_lang,
            glossary=glossary or [],
            dismissed_known=reader is None,
            # Read with the memory (the same pairs); the consistency check waits for them.
            references=None if reader is not None else [],
            deferred_checks=deferred_checks,
            parent=self,
        )
        self.model.edit_did_happen.connect(self._model_did_edit)
        self._pending_spellers: Future[dict[str, Speller]] | None = None
        if spellers is None:
            own_words = {lang: self._own_words(lang) for lang in (source_lang, target_lang)}
            if deferred_checks:
                # Loading a Hunspell dictionary takes ~0.3 s in C (enchant via ctypes, which
                # lets the UI thread run meanwhile): the rows show at once, underlines after.
                self._pending_spellers = _SPELLER_LOADER.submit(
                    lambda: {lang: Speller(lang, words) for lang, words in own_words.items()}
                )
                spellers = {}
            else:
                spellers = {lang: Speller(lang, words) for lang, words in own_words.items()}
        self.model.spellers = dict(spellers)
        self._sized: set[int] = set()
        self._sized_widths = (-1, -1)
        self._suggestions: list[Suggestion] = []

        self.view = QTableView()
        self.view.setObjectName("segments")
        self.view.setModel(self.model)
        self.delegate = SegmentDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(Column.STATUS, 120)
        # Heights are set row by row as rows come into view (see _size_visible_rows).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() * 2 + 2 * CELL_MARGIN
        )
        self.view.verticalScrollBar().valueChanged.connect(self._size_visible_rows)
        header.sectionResized.connect(self._columns_resized)
        self.view.viewport().installEventFilter(self)
        self.model.dataChanged.connect(self._rows_changed)
        self.model.modelReset.connect(self._model_reset)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.delegate.confirm_requested.connect(self.confirm_and_next)
        self.delegate.copy_source_requested.connect(self._copy_source_in_editor)
        self.delegate.suggestion_requested.connect(self.insert_suggestion)
        self.delegate.word_added.connect(self._store_word)
        self.delegate.tool_requested.connect(
            lambda tool: (
                self.open_concordance() if tool == "concordance" else self.open_find_replace()
            )
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.cell_menu(self.view.indexAt(pos)).exec(
                self.view.viewport().mapToGlobal(pos)
            )
        )

        self.filter_box = QComboBox()
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_box.setObjectName("filter")
        for kind, label in (
            (Filter.ALL, self.tr("All segments")),
            (Filter.UNTRANSLATED, self.tr("Untranslated")),
            (Filter.STALE, self.tr("Stale")),
            (Filter.FINDINGS, self.tr("With findings")),
        ):
            self.filter_box.addItem(label, kind.value)
        self.filter_box.currentIndexChanged.connect(
            lambda _: self.apply_filter(Filter(self.filter_box.currentData()))
        )
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        # Wrapped rather than one long line: its full width was the grid's minimum, which
        # made the window wider than a laptop screen once Translate had been opened.
        self.progress_label.setWordWrap(True)
        copy_button = QPushButton(self.tr("Copy source"))
        copy_button.setToolTip(self.tr("Copy the source text into the target (Ctrl+Insert)"))
        copy_button.clicked.connect(lambda: self.copy_source(self.current_row()))
        confirm_button = QPushButton(self.tr("Confirm"))
        confirm_button.setToolTip(
            self.tr("Mark translated and go to the next segment (Ctrl+Enter)")
        )
        confirm_button.clicked.connect(lambda: self.confirm_and_next(self.current_row()))
        reviewed_button = QPushButton(self.tr("Reviewed"))
        reviewed_button.clicked.connect(
            lambda: self.set_status(self.current_row(), Status.REVIEWED)
        )
        approved_button = QPushButton(self.tr("Approved"))
        approved_button.clicked.connect(
            lambda: self.set_status(self.current_row(), Status.APPROVED)
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter_box)
        bar.addWidget(copy_button)
        bar.addWidget(confirm_button)
        bar.addWidget(reviewed_button)
        bar.addWidget(approved_button)
        self.propagate_box = QCheckBox(self.tr("Propagate"))
        self.propagate_box.setObjectName("propagate")
        self.propagate_box.setToolTip(
            self.tr(
                "Confirming a segment gives its translation to the other segments with the same "
                "source (as translated, in the same undo step)"
            )
        )
        self.propagate_box.setChecked(self.model.propagate)
        self.propagate_box.toggled.connect(lambda on: setattr(self.model, "propagate", on))
        bar.addWidget(self.propagate_box)
        if workspace is not None:
            glossary_button = QPushButton(self.tr("Glossary…"))
            glossary_button.setObjectName("glossary")
            glossary_button.clicked.connect(self.edit_glossary)
            bar.addWidget(glossary_button)
        for name, text, tip, slot in (
            (
                "pretranslate",
                self.tr("Pre-translate…"),
                self.tr("Fill untranslated segments from the library and the memory"),
                self.pretranslate,
            ),
            (
                "concordance",
                self.tr("Concordance…"),
                self.tr(
                    "Where a phrase occurs in the memory, the library and this policy (Ctrl+K)"
                ),
                self.open_concordance,
            ),
            (
                "find_replace",
                self.tr("Replace…"),
                self.tr("Find and replace in the source or the target (Ctrl+H)"),
                self.open_find_replace,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            # Not ``connect(slot)``: clicked's "checked" (False) became pretranslate's
            # min_score, which then asked no threshold and took any fuzzy match.
            button.clicked.connect(lambda _checked=False, act=slot: act())
            bar.addWidget(button)
        bar.addStretch(1)
        self.error_warning = QLabel()
        self.error_warning.setObjectName("error_warning")
        self.error_warning.setWordWrap(True)
        self.error_warning.setStyleSheet("color: #b00020;")
        self.error_warning.hide()
        self._errors_shown: tuple[str, str] | None = None
        """(block id, target text) whose QA errors the last Ctrl+Enter showed instead of
        confirming."""
        self.reading = QLabel()
        self.reading.setObjectName("reading")
        self.reading.setWordWrap(True)
        self.reading.hide()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self._show_speller_notices()
        if self._pending_spellers is not None:
            self._speller_timer = QTimer(self, interval=40)
            self._speller_timer.timeout.connect(self._spellers_loaded)
            self._speller_timer.start()

        self.suggestion_list = QListWidget()
        self.suggestion_list.setObjectName("suggestions")
        self.suggestion_list.setWordWrap(True)
        if language(target_lang).is_rtl:
            self.suggestion_list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.suggestion_list.itemActivated.connect(
            lambda item: self.insert_suggestion(self.current_row(), self.suggestion_list.row(item))
        )
        self.findings_panel = FindingsPanel(self.dismiss_finding)
        self.findings_panel.finding_was_activated.connect(lambda f: self.go_to_block(f.block_id))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Translation memory (Ctrl+1…9 inserts)")))
        side_layout.addWidget(self.suggestion_list, 1)
        side_layout.addWidget(QLabel(self.tr("Findings")))
        side_layout.addWidget(self.findings_panel, 2)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        # Its own line under the buttons: beside them it had only the room they left.
        layout.addWidget(self.progress_label)
        layout.addWidget(self.reading)
        layout.addWidget(self.error_warning)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        for keys, slot in (
            ("Ctrl+Return", lambda: self.confirm_and_next(self.current_row())),
            ("Ctrl+Enter", lambda: self.confirm_and_next(self.current_row())),
            ("Ctrl+Insert", lambda: self.copy_source(self.current_row())),
            ("Ctrl+K", self.open_concordance),
            ("Ctrl+H", self.open_find_replace),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for n in range(9):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self.insert_suggestion(self.current_row(), n))

        self.model.findings_did_change.connect(self._update_findings)
        self.model.checks_did_progress.connect(self._checks_did_progress)
        # Findings and spelling only change how cells are drawn: repaint, never reset an editor.
        self.model.rows_need_repaint.connect(lambda _first, _last: self.view.viewport().update())
        self._update_findings()
        self._update_progress()
        if reader is not None:  # last: a reader that answers at once finds every widget
            self._read_glossary_and_dismissed()
            self._read_memory()

    # -- reading the workspace --------------------------------------------------------------

    def _read_glossary_and_dismissed(self) -> None:
        """Read the findings dismissed in this policy (and the glossary, unless it was given)
        through the reader; the rows are shown meanwhile, no finding is."""
        if self._reader is None:
            return
        source, target, policy_id = self.model.source_lang, self.model.target_lang, self.policy.id
        want_glossary = not self._glossary_known
        self._glossary_asked += 1
        asked = self._glossary_asked

        def job(store: WorkspaceStore) -> tuple[list[GlossaryEntry] | None, set[str]]:
            terms = store.glossary(source, target) if want_glossary else None
            return terms, store.dismissed_findings(policy_id)

        self._show_reading()
        self._reader(
            job,
            lambda result, error: (
                self._did_read_dismissed(asked, result, error) if isValid(self) else None
            ),
        )

    def _did_read_dismissed(self, asked: int, result: object, error: BaseException | None) -> None:
        if error is not None:
            self._read_failure = self.tr(
                "The glossary and the dismissed findings could not be read: %1. Trying again…"
            ).replace("%1", why_not(error))
            self._show_reading()
            QTimer.singleShot(RETRY_MS, self, self._read_glossary_and_dismissed)
            return
        terms, dismissed = result  # type: ignore[misc]
        if asked != self._glossary_asked:
            terms = None  # a newer glossary read is out (the dialog changed it): it decides
        self._read_failure = ""
        self._glossary_known = self._glossary_known or terms is not None
        self.model.take_dismissed(dismissed, terms)
        self._show_reading()
        if self.filter_box.currentData() == Filter.FINDINGS.value:
            self.apply_filter(Filter.FINDINGS)

    def reading_workspace(self) -> bool:
        """A read of the workspace is out (the glossary, the dismissed findings, the
        translation memory): tests wait on it as a person waits for "Reading…" to go."""
        return not (
            self._glossary_known
            and self.model.dismissed_known
            and self._memory_known
            and self.model.references_known
        )

    def _read_memory(self) -> None:
        """Read the translation memory (every approved clause and every other policy: what the
        suggestions and the consistency check compare with) through the reader. The policy
        being translated is added here, as it is on screen, when the answer comes."""
        if self._reader is None:
            return
        source, target, policy_id = self.model.source_lang, self.model.target_lang, self.policy.id
        self._show_reading()
        self._reader(
            lambda store: TranslationMemory.read_stored(store, source, target, policy_id=policy_id),
            lambda result, error: self._did_read_memory(result, error) if isValid(self) else None,
        )

    def _did_read_memory(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            self._memory_failure = self.tr(
                "The translation memory could not be read: %1. Trying again…"
            ).replace("%1", why_not(error))
            self._show_reading()
            self._show_suggestions()
            QTimer.singleShot(RETRY_MS, self, self._read_memory)
            return
        assert isinstance(result, StoredMemory)
        self._memory_failure = ""
        source, target = self.model.source_lang, self.model.target_lang
        if not self.model.references_known:
            self.model.take_references(
                [Reference(source, target, e.source, e.target, e.origin) for e in result.elsewhere]
            )
            if self.filter_box.currentData() == Filter.FINDINGS.value:
                self.apply_filter(Filter.FINDINGS)  # the consistency findings came with it
        if not self._memory_known:
            self._memory = result.with_current(self.policy)
            self._memory_known = True
        self._show_reading()
        self._show_suggestions()

    def reload_glossary(self) -> None:
        """The glossary changed (the dialog): read it again; highlights follow the answer."""
        if self._reader is None:
            return
        source, target = self.model.source_lang, self.model.target_lang
        self._glossary_asked += 1
        asked = self._glossary_asked
        self._reader(
            lambda store: store.glossary(source, target),
            lambda result, error: (
                self._did_read_glossary(asked, result, error) if isValid(self) else None
            ),
        )

    def _did_read_glossary(self, asked: int, result: object, error: BaseException | None) -> None:
        if asked != self._glossary_asked:
            return  # a later read answers for the glossary as it is now
        if error is not None:
            self.say(
                self.tr("The changed glossary could not be read: %1").replace("%1", why_not(error))
            )
            return
        self._glossary_known = True
        self.set_glossary(result)  # type: ignore[arg-type]
        self._show_reading()

    def _show_reading(self) -> None:
        """Say what the grid still waits for from the workspace, where a translator looks."""
        lines = []
        if self._read_failure:
            lines.append(self._read_failure)
        elif not self._glossary_known:
            lines.append(self.tr("Reading the glossary…"))
        if self._memory_failure:
            lines.append(self._memory_failure)
        self.reading.setText(" ".join(lines))
        self.reading.setVisible(bool(lines))

    # -- rows and sizes -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            # Filters run before the view re-lays out its stretched columns: measure afterwards.
            QTimer.singleShot(0, self, self._size_visible_rows)
        return super().eventFilter(watched, event)

    def _columns_resized(self, *_: object) -> None:
        self._size_visible_rows()

    def _size_visible_rows(self, *_: object) -> None:
        """Fit the rows on screen to their text; rows never shown are never measured."""
        widths = (self.view.columnWidth(Column.SOURCE), self.view.columnWidth(Column.TARGET))
        if widths != self._sized_widths:
            # Text wraps differently at another width: heights measured before are wrong.
            self._sized_widths = widths
            self._sized.clear()
        viewport = self.view.viewport()
        for _pass in range(4):  # resizing shifts what is visible; a few passes settle it
            first = self.view.rowAt(0)
            if first < 0:
                return
            last = self.view.rowAt(viewport.height() - 1)
            last = self.model.rowCount() - 1 if last < 0 else last
            self.model.check_first(range(first, last + 1))
            todo = [
                r
                for r in range(first, last + 1)
                if r not in self._sized and not self.view.isRowHidden(r)
            ]
            if not todo:
                return
            for row in todo:
                self.view.resizeRowToContents(row)
                self._sized.add(row)

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self._sized.discard(row)
        self._size_visible_rows()
        self._update_progress()

    def _model_reset(self) -> None:
        self._sized.clear()
        self.apply_filter(Filter(self.filter_box.currentData()))

    # -- navigation ---------------------------------------------------------------------

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def go_to_row(self, row: int, *, edit: bool = False) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        if self.view.isRowHidden(row):
            self.view.setRowHidden(row, False)
        index = self.model.index(row, Column.TARGET)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._size_visible_rows()
        if edit:
            self.view.edit(index)

    def go_to_block(self, block_id: str) -> None:
        self.go_to_row(self.model.row_of(block_id))

    def editor(self) -> SegmentEditor | None:
        """The open target editor, if any."""
        index = self.view.currentIndex()
        widget = self.view.indexWidget(index) if index.isValid() else None
        if isinstance(widget, SegmentEditor):
            return widget
        found = self.view.viewport().findChildren(SegmentEditor)
        return next((w for w in found if w.isVisible()), None)

    # -- actions ------------------------------------------------------------------------

    def confirm_and_next(self, row: int) -> None:
        """Confirm ``row`` as translated and open the next untranslated or stale segment."""
        if row < 0:
            return
        editor = self.editor()
        if editor is not None:
            self.delegate._finish(editor, row, confirm=False)
        if self._hold_for_errors(row):
            return
        self.model.confirm(row)
        self._record_status(row, Status.TRANSLATED)
        self._say_propagation()
        nxt = self.model.next_needing_work(row)
        if nxt >= 0:
            self.go_to_row(nxt, edit=True)

    def _hold_for_errors(self, row: int) -> bool:
        """Whether to stop a confirmation because the segment has QA errors not yet shown.

        Ctrl+Enter is typed without looking: the first one on a segment with errors keeps the
        typing, names the errors and leaves the cursor on the segment; a second one on the same
        text confirms it anyway (logged with its error count, as the CLI does).
        """
        block = self.model.block_at(row)
        text = block.get(self.model.target_lang)
        if not text.strip():
            return False  # an empty target is never confirmed
        if self.model.status(row).is_confirmed and not self.model.is_stale(row):
            return False  # already confirmed: Ctrl+Enter only moves on
        errors = self.model.errors_to_confirm(row)
        if not errors or self._errors_shown == (block.id, text):
            self._errors_shown = None
            return False
        self._errors_shown = (block.id, text)
        self.error_warning.setText(
            self.tr(
                "Segment %1 has QA errors (%n): %2. Press Ctrl+Enter again to confirm it anyway.",
                "",
                len(errors),
            )
            .replace("%1", self.model.rows[row].label)
            .replace("%2", "; ".join(f.message for f in errors))
        )
        self.error_warning.show()
        self.go_to_row(row, edit=True)
        return True

    def set_status(self, row: int, status: Status) -> None:
        if row >= 0 and self.model.block_at(row).get(self.model.target_lang).strip():
            self.model.set_row_status(row, status)
            self._record_status(row, status)

    def _record_status(self, row: int, status: Status) -> None:
        """Log who confirmed, reviewed or approved the segment, and warn when it has errors."""
        block = self.model.block_at(row)
        lang = self.model.target_lang
        if block.state(lang).status is not status:
            return  # nothing happened (e.g. an empty target)
        errors = self.model.errors_to_confirm(row)
        if errors:
            self.error_warning.setText(
                self.tr("Segment %1 was marked %2 with QA errors (%n): %3", "", len(errors))
                .replace("%1", self.model.rows[row].label)
                .replace("%2", self.model.status_name(status))
                .replace("%3", "; ".join(f.message for f in errors))
            )
            self.error_warning.show()
        else:
            self.error_warning.hide()
        action = {
            Status.TRANSLATED: "segment.confirm",
            Status.REVIEWED: "segment.review",
            Status.APPROVED: "segment.approve",
        }.get(status)
        if action is None or self._writer is None:
            return
        # Written through the writer (the window's database worker, in order with the saves);
        # the policy's id and title as they are now.
        who, policy_id, block_id = self.actor(), self.policy.id, block.id
        detail = {"language": lang, "errors": len(errors), "policy": self.policy.display_title()}
        self._writer(
            lambda store: store.append_log(
                who, action, policy_id=policy_id, target=block_id, detail=detail
            ),
            lambda _result, error: self._log_written(action, error) if isValid(self) else None,
        )

    def _log_written(self, action: str, error: BaseException | None) -> None:
        if error is not None:
            self.say(
                self.tr("The activity log line “%1” was not written: %2")
                .replace("%1", action)
                .replace("%2", why_not(error))
            )

    def copy_source(self, row: int) -> None:
        if row < 0:
            return
        editor = self.editor()
        if editor is not None:
            self._copy_source_in_editor(row)
        else:
            self.model.copy_source(row)

    def _copy_source_in_editor(self, row: int) -> None:
        editor = self.editor()
        if editor is not None:
            editor.setPlainText(self.model.block_at(row).get(self.model.source_lang))
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def insert_suggestion(self, row: int, number: int) -> None:
        if row < 0 or not 0 <= number < len(self._suggestions):
            return
        text = self._suggestions[number].target
        editor = self.editor()
        if editor is not None:
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            self.model.set_target(row, text)

    def apply_filter(self, kind: Filter) -> None:
        idx = self.filter_box.findData(kind.value)
        if idx != self.filter_box.currentIndex():
            self.filter_box.setCurrentIndex(idx)  # calls back here
            return
        model = self.model
        if kind is Filter.FINDINGS:
            model.finish_checks()  # every row's findings, the whole-policy ones included
        for row in range(model.rowCount()):
            if kind is Filter.ALL:
                show = True
            elif kind is Filter.UNTRANSLATED:
                show = model.needs_work(row) and not model.is_stale(row)
            elif kind is Filter.STALE:
                show = model.is_stale(row)
            else:
                show = bool(model.findings(row))
            self.view.setRowHidden(row, not show)
        self._size_visible_rows()

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.view.isRowHidden(r)]

    def dismiss_finding(self, finding: Finding, reason: str = "") -> None:
        """ "Not an error": the finding goes at once; the dismissal and its activity-log line
        are written through the writer (the window's database worker). A write that fails
        brings the finding back and says why, the reason typed given back to its field."""
        self.model.dismiss(finding)
        if self._writer is None:
            return
        who = self.actor()
        policy_id, title = self.policy.id, self.policy.display_title()
        detail = {
            "key": finding.key,
            "check": finding.check,
            "language": finding.language,
            "reason": reason,
            "policy": title,
        }

        def write(store: WorkspaceStore) -> None:
            store.dismiss_finding(policy_id, finding.key, author=who, reason=reason)
            store.append_log(
                who, "finding.dismiss", policy_id=policy_id, target=finding.block_id, detail=detail
            )

        self._writer(
            write,
            lambda _result, error: (
                self._dismissal_written(finding, reason, error) if isValid(self) else None
            ),
        )

    def _dismissal_written(
        self, finding: Finding, reason: str, error: BaseException | None
    ) -> None:
        if error is None:
            return
        self.model.undismiss(finding)
        if reason and not self.findings_panel.reason_edit.text():
            self.findings_panel.reason_edit.setText(reason)
        self.say(
            self.tr("The finding was not marked “not an error”: %1. It is shown again.").replace(
                "%1", why_not(error)
            )
        )

    def edit_glossary(self) -> GlossaryDialog | None:
        """Open the glossary of this language pair; the grid re-checks when it changes."""
        if self.workspace is None:
            return None
        dialog = GlossaryDialog(
            self.workspace,
            self.model.source_lang,
            self.model.target_lang,
            self,
            reader=self._reader,
            writer=self._writer,
        )
        dialog.glossary_did_change.connect(self.reload_glossary)
        dialog.open()
        return dialog

    def set_glossary(self, glossary: Sequence[GlossaryEntry]) -> None:
        """Use new glossary terms: highlights and the glossary check follow at once."""
        self.model.set_glossary(glossary)

    def apply_changes(self, changes: Changes) -> None:
        """Redraw after an undo/redo or an edit made elsewhere."""
        self.model.apply_changes(changes)
        self._update_progress()

    # -- the translator's toolkit -------------------------------------------------------

    def say(self, text: str) -> None:
        """A one-line notice above the grid (propagation, replacements, spell-check)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _say_propagation(self) -> None:
        report = self.model.last_propagation
        if report is None:
            return
        text = self.tr(
            "The same translation was given to %n other segment(s) with this source.",
            "",
            len(report.filled),
        )
        if report.differing:
            text += " " + self.tr(
                "%n confirmed segment(s) with this source keep another translation.",
                "",
                len(report.differing),
            )
        self.say(text)

    def _own_words(self, lang: str) -> set[str]:
        if self._spelling_words is not None:
            return self._spelling_words(lang)
        return self.workspace.spelling_words(lang) if self.workspace is not None else set()

    def _keep_word(self, lang: str, word: str) -> None:
        if self._store_word_in is not None:
            self._store_word_in(lang, word)
        elif self.workspace is not None:
            self.workspace.add_spelling_word(lang, word)

    def spelling_did_change(self, lang: str) -> None:
        """The workspace's words of ``lang`` were read: accept them from now on."""
        speller = self.model.spellers.get(lang)
        if speller is None:
            return  # still loading: it takes the words when it is ready
        for word in self._own_words(lang):
            speller.add_word(word)
        self.model.redraw_all()

    def _store_word(self, word: str) -> None:
        self._keep_word(self.model.target_lang, word)
        self.model.redraw_all()

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """Right-click on a cell: spelling suggestions for each misspelled word in it."""
        menu = QMenu(self)
        if not index.isValid() or index.column() not in (Column.SOURCE, Column.TARGET):
            return menu
        column = Column(index.column())
        row = index.row()
        lang = self.model.source_lang if column == Column.SOURCE else self.model.target_lang
        speller = self.model.spellers.get(lang)
        if speller is None:
            return menu
        for start, end, word in self.model.misspelled_words(row, column)[:10]:
            sub = menu.addMenu(word)
            sub.setObjectName(f"spelling:{word}")
            suggestions = speller.suggest(word)
            for suggestion in suggestions:
                action = sub.addAction(suggestion)
                action.triggered.connect(
                    lambda _=False, r=row, c=column, a=start, b=end, t=suggestion: (
                        self.model.replace_span(r, c, a, b, t)
                    )
                )
            if not suggestions:
                sub.addAction(self.tr("(no suggestions)")).setEnabled(False)
            sub.addSeparator()
            add = sub.addAction(self.tr("Add “%1” to the dictionary").replace("%1", word))
            add.triggered.connect(
                lambda _=False, w=word, sp=speller, lg=lang: self._add_word(sp, lg, w)
            )
        return menu

    def _add_word(self, speller: Speller, lang: str, word: str) -> None:
        speller.add_word(word)
        self._keep_word(lang, word)
        self.model.redraw_all()

    @property
    def memory(self) -> TranslationMemory | None:
        """The suggestions' memory; None until it is read (or without a workspace)."""
        return self._memory

    def _fresh_memory(self) -> TranslationMemory | None:
        if self.workspace is None:
            return self.memory
        return TranslationMemory.from_workspace(
            self.workspace, self.model.source_lang, self.model.target_lang, current=self.policy
        )

    def concordance_index(self) -> Concordance:
        return build_concordance(
            self.workspace,
            self.model.source_lang,
            self.model.target_lang,
            policy=self.policy,
            memory=self._fresh_memory(),
        )

    def _ask_concordance(self, answer: Callable[[Concordance | None, str], None]) -> None:
        """Read what the concordance searches (a fresh memory, the library's clauses) through
        the reader (the window's database worker); the index is built here when it comes,
        with this policy as it is then."""
        if self._reader is None:
            return
        source, target, policy_id = self.model.source_lang, self.model.target_lang, self.policy.id

        def read(store: WorkspaceStore) -> tuple[StoredMemory, list[Clause]]:
            stored = TranslationMemory.read_stored(store, source, target, policy_id=policy_id)
            return stored, store.clauses()

        def built(result: object, error: BaseException | None) -> None:
            if not isValid(self):
                return
            if error is not None:
                answer(None, why_not(error))
                return
            stored, clauses = result  # type: ignore[misc]
            answer(
                build_concordance(
                    None,
                    source,
                    target,
                    policy=self.policy,
                    memory=stored.with_current(self.policy),
                    clauses=clauses,
                ),
                "",
            )

        self._reader(read, built)

    def open_concordance(self) -> ConcordanceDialog:
        """Ctrl+K: the concordance window, searching the editor's selection if there is one."""
        editor = self.editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        if self._concordance is None:
            self._concordance = ConcordanceDialog(
                self.concordance_index,
                self.model.source_lang,
                self.model.target_lang,
                self,
                ask_index=self._ask_concordance if self._reader is not None else None,
            )
            self._concordance.block_was_activated.connect(self.go_to_block)
        else:
            self._concordance.refresh()
        dialog = self._concordance
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if selected.strip():
            dialog.search_for(selected.strip())
        else:
            dialog.search()
        dialog.query.setFocus()
        return dialog

    def open_find_replace(self) -> FindReplaceDialog:
        if self._find_dialog is None:
            self._find_dialog = FindReplaceDialog(
                self.model.source_lang, self.model.target_lang, self
            )
            self._find_dialog.find_requested.connect(self.find_next)
            self._find_dialog.replace_requested.connect(self.replace)
        editor = self.editor()
        if editor is not None and editor.textCursor().hasSelection():
            self._find_dialog.find.setText(editor.textCursor().selectedText())
        self._find_dialog.show()
        self._find_dialog.raise_()
        self._find_dialog.find.setFocus()
        return self._find_dialog

    def _tell_find(self, text: str) -> None:
        if self._find_dialog is not None:
            self._find_dialog.say(text)

    def find_next(self, options: translator.FindOptions, lang: str) -> int:
        """Select the next row (after the current one, wrapping) whose ``lang`` text matches."""
        try:
            pattern = options.compile()
        except OperationError as exc:
            self._tell_find(str(exc))
            return -1
        count = self.model.rowCount()
        start = self.current_row()
        for step in range(1, count + 1):
            row = (start + step) % count
            if translator.find_spans(self.model.block_at(row).get(lang), options, pattern):
                self.go_to_row(row)
                self._tell_find("")
                return row
        self._tell_find(self.tr("Not found."))
        return -1

    def replace(
        self, options: translator.FindOptions, lang: str, replacement: str, everywhere: bool
    ) -> int:
        """Replace in the current row (then find the next) or in every row: one undo step."""
        editor = self.editor()
        if editor is not None:
            self.delegate._finish(editor, self.current_row(), confirm=False)
        row = self.current_row()
        ids = None if everywhere else ([self.model.block_at(row).id] if row >= 0 else [])
        try:
            changes, edit, report = translator.replace_text(
                self.policy, lang, options, replacement, block_ids=ids
            )
        except OperationError as exc:
            self._tell_find(str(exc))
            return 0
        if edit is not None:
            self.model.apply_edit(changes, edit)
        if everywhere or report.count == 0:
            self._tell_find(
                self.tr("%n replacement(s) in %1 segment(s).", "", report.count).replace(
                    "%1", str(len(report.blocks))
                )
            )
        if not everywhere:
            self.find_next(options, lang)
        return report.count

    def pretranslate(self, min_score: float | None = None) -> PretranslationReportDialog | None:
        """Ask for the threshold (unless given), pre-translate, show the report."""
        if min_score is None:
            ask = PretranslateDialog(self.model.target_lang, self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return None
            min_score = float(ask.min_score.value())
        if self.workspace is None or self._reader is None:
            return self._pretranslate_with(self.memory, min_score)
        if self._pretranslating:
            return None  # the memory is being read for the one asked before
        self._pretranslating = True
        self.say(self.tr("Reading the translation memory for pre-translation…"))
        source, target, policy_id = self.model.source_lang, self.model.target_lang, self.policy.id
        shown: list[PretranslationReportDialog | None] = []
        score = min_score
        # A fresh memory (what was confirmed elsewhere since the grid was built), read through
        # the reader (the window's database worker); the policy as it is when the answer comes.
        self._reader(
            lambda store: TranslationMemory.read_stored(store, source, target, policy_id=policy_id),
            lambda result, error: (
                shown.append(self._pretranslate_read(result, error, score))
                if isValid(self)
                else None
            ),
        )
        return shown[0] if shown else None  # a reader that answers at once: its report

    def _pretranslate_read(
        self, result: object, error: BaseException | None, min_score: float
    ) -> PretranslationReportDialog | None:
        self._pretranslating = False
        if error is not None:
            self.say(
                self.tr("Pre-translation could not read the translation memory: %1").replace(
                    "%1", why_not(error)
                )
            )
            return None
        assert isinstance(result, StoredMemory)
        self.say("")
        return self._pretranslate_with(result.with_current(self.policy), min_score)

    def _pretranslate_with(
        self, memory: TranslationMemory | None, min_score: float
    ) -> PretranslationReportDialog | None:
        if memory is None:
            return None
        editor = self.editor()
        if editor is not None:
            self.delegate._finish(editor, self.current_row(), confirm=False)
        changes, edit, report = translator.pretranslate(
            self.policy, self.model.target_lang, memory, min_score=min_score
        )
        if edit is not None:
            self.model.apply_edit(changes, edit)
        dialog = PretranslationReportDialog(report, self.model.source_lang, self)
        dialog.block_was_activated.connect(self.go_to_block)
        dialog.show()
        return dialog

    # -- feedback -----------------------------------------------------------------------

    def _model_did_edit(self, changes: Changes, edit: object) -> None:
        self._update_progress()
        self.edit_did_happen.emit(changes, edit)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        """The memory's suggestions for the current row; until the memory is read, the pane
        says so (never an empty list that would mean "no match")."""
        self.suggestion_list.clear()
        self._suggestions = []
        current = self.view.currentIndex()
        if not current.isValid():
            return
        if not self._memory_known:
            # A sentence of the interface in a pane laid out for the target language: marks of
            # the interface's direction keep its "…" at its end (display only).
            mark = "\u200f" if self.isRightToLeft() else "\u200e"
            waiting = QListWidgetItem(
                mark + (self._memory_failure or self.tr("Reading the translation memory…")) + mark
            )
            waiting.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestion_list.addItem(waiting)
            return
        if self.memory is None:
            return
        block = self.model.block_at(current.row())
        self._suggestions = self.memory.suggest(
            block.get(self.model.source_lang),
            limit=9,
            exclude_target=block.get(self.model.target_lang),
        )
        for n, suggestion in enumerate(self._suggestions, start=1):
            item = QListWidgetItem(
                f"{n}. {suggestion.score:.0f}%  {suggestion.target}\n    — {suggestion.origin}"
            )
            item.setToolTip(suggestion.source)
            self.suggestion_list.addItem(item)

    def _update_progress(self) -> None:
        p = self.model.progress()
        # The label's direction would follow its first strong letter (the language name), and
        # Qt lets a number after an Arabic name join the Arabic run: direction marks around
        # the name keep "العربية: 67% translated" in order (display only, never stored).
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        checking = ""
        done, total = self.model.checks_done()
        if done < total:
            checking = " · " + self.tr("checking %1%…").replace(
                "%1", str(100 * done // max(total, 1))
            )
        self.progress_label.setText(
            mark
            + self.tr("{lang}: {t:.0f}% translated · {r:.0f}% reviewed · {s} stale").format(
                lang=f"\u2068{language(self.model.target_lang).native_name}\u2069{mark}",
                t=p.translated_percent,
                r=p.reviewed_percent,
                s=p.stale,
            )
            + checking
        )

    def _show_speller_notices(self) -> None:
        notices = [sp.notice for sp in self.model.spellers.values() if sp.notice]
        if not notices and self.notice.text():
            # Spell-checkers loaded in the background with nothing to say: what the line says
            # now (a write that failed while they loaded) stays.
            return
        self.notice.setText(" ".join(dict.fromkeys(notices)))
        self.notice.setVisible(bool(notices))

    def _spellers_loaded(self) -> None:
        """The spell-checkers loaded in the background are ready: underline misspellings."""
        pending = self._pending_spellers
        if pending is None or not pending.done():
            return
        self._speller_timer.stop()
        self._pending_spellers = None
        loaded = pending.result()
        for lang, speller in loaded.items():
            for word in self._own_words(lang):  # read (or added) while they loaded
                speller.add_word(word)
        self.model.set_spellers(loaded)
        self._show_speller_notices()

    def _update_findings(self) -> None:
        if not self.model.dismissed_known:
            self.findings_panel.set_waiting(self.tr("Reading the dismissed findings…"))
            return
        done, total = self.model.checks_done()
        if done < total:
            self.findings_panel.set_checking(done, total)
            return
        labels = {row.block.id: row.label for row in self.model.rows}
        note = (
            ""
            if self.model.references_known
            else self.tr("The consistency check waits for the translation memory.")
        )
        self.findings_panel.set_findings(self.model.all_findings(), labels, note=note)

    def _checks_did_progress(self, done: int, total: int) -> None:
        if done < total:
            self.findings_panel.set_checking(done, total)
        self._update_progress()
