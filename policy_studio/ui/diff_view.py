"""The diff view: a Redline shown inline or side by side, per language or both, with navigation.

A standalone widget: give it a Redline (``set_redline``); it never edits anything. Right-to-left
languages get dir="rtl" blocks and, when shown alone, a right-to-left document default
(RTL-NOTES: Qt's block direction is otherwise guessed from the first strong character).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..diff import BlockDiff, Change, Op, Redline, SectionDiff
from ..diff.redline import Piece, Style
from ..layout import safe_link
from ..layout.bidi import item_pieces
from ..model import BlockKind, language
from .language_names import language_name
from .preview import on_paper

INSERT_STYLE = "color:#0a5a0a; background-color:#e3f6e3; text-decoration:underline;"
DELETE_STYLE = "color:#8a1010; background-color:#fbe4e4; text-decoration:line-through;"
_TAGS = {  # marked for lupdate here, translated in _tag()
    Change.ADDED: QT_TRANSLATE_NOOP("DiffView", "added"),
    Change.REMOVED: QT_TRANSLATE_NOOP("DiffView", "removed"),
    Change.MOVED: QT_TRANSLATE_NOOP("DiffView", "moved"),
    Change.MOVED_CHANGED: QT_TRANSLATE_NOOP("DiffView", "moved and changed"),
    Change.MOVED_AWAY: QT_TRANSLATE_NOOP("DiffView", "moved away"),
    Change.CHANGED: QT_TRANSLATE_NOOP("DiffView", "changed"),
}


def _tag(change: Change) -> str:
    tag = _TAGS.get(change, "")
    return QCoreApplication.translate("DiffView", tag) if tag else ""


INLINE, SIDE_BY_SIDE = "inline", "side by side"
BOTH = "both"


@dataclass(frozen=True, slots=True)
class Options:
    """What the view draws: the languages shown, side by side or inline, changed only."""

    languages: tuple[str, ...]
    side_by_side: bool
    changed_only: bool


FORMAT_STYLE = "background-color:#fff0c2; text-decoration:overline;"
"""Kept words whose formatting changed (bold added, a link's target changed)."""
LRI, PDI = "\u2066", "\u2069"
_NAMES: dict[object, str] = {  # marked for lupdate here, translated in _name()
    "bold": QT_TRANSLATE_NOOP("DiffView", "bold"),
    "italic": QT_TRANSLATE_NOOP("DiffView", "italic"),
    "plain": QT_TRANSLATE_NOOP("DiffView", "plain"),
    "link": QT_TRANSLATE_NOOP("DiffView", "link %1"),
    BlockKind.BULLET: QT_TRANSLATE_NOOP("DiffView", "bullet item"),
    BlockKind.NUMBERED: QT_TRANSLATE_NOOP("DiffView", "numbered item"),
    BlockKind.PARAGRAPH: QT_TRANSLATE_NOOP("DiffView", "paragraph"),
    BlockKind.HEADING: QT_TRANSLATE_NOOP("DiffView", "heading"),
}


def _name(key: object) -> str:
    return QCoreApplication.translate("DiffView", _NAMES.get(key, _NAMES[BlockKind.PARAGRAPH]))


def _describe(style: Style) -> str:
    """A style in the interface language: "bold, link https://…", "plain"."""
    parts = [_name(key) for key, on in (("bold", style.bold), ("italic", style.italic)) if on]
    if style.link:
        parts.append(_name("link").replace("%1", style.link))
    return ", ".join(parts) or _name("plain")


def _styled(text: str, style: Style | None) -> str:
    """``text`` as the export draws it: bold, italic, a link."""
    body = escape(text).replace("\n", "<br>")
    if style is None:
        return body
    if style.italic:
        body = f"<i>{body}</i>"
    if style.bold:
        body = f"<b>{body}</b>"
    link = safe_link(style.link)
    if link:
        body = f'<a href="{escape(link)}">{body}</a>'
    return body


def _span(piece: Piece, text: str, old_column: bool = False) -> str:
    if piece.op is Op.INSERT:
        return f'<span style="{INSERT_STYLE}">{_styled(text, piece.new)}</span>'
    if piece.op is Op.DELETE:
        return f'<span style="{DELETE_STYLE}">{_styled(text, piece.old)}</span>'
    if piece.restyled:
        assert piece.old is not None and piece.new is not None
        was = f"{_describe(piece.old)} → {_describe(piece.new)}"
        body = _styled(text, piece.old if old_column else piece.new)
        return f'<span style="{FORMAT_STYLE}" title="{escape(was)}">{body}</span>'
    return _styled(text, piece.old if old_column else piece.new)


def _pieces_html(pieces: list[Piece], rtl: bool, old_column: bool = False) -> str:
    """The pieces with their changes and formatting; in right-to-left text each Latin item
    (a phone number, an address) in one left-to-right isolate even where the diff cut it, as
    the preview isolates it (LRI…PDI), so its groups show in the export's order."""
    if not rtl:
        return "".join(_span(piece, piece.text, old_column) for piece in pieces)
    out: list[str] = []
    open_item: int | None = None
    sides = [(p.text, p.op is not Op.INSERT, p.op is not Op.DELETE) for p in pieces]
    for piece, cut in zip(pieces, item_pieces(sides), strict=True):
        for text, item in cut:
            if item != open_item:
                if open_item is not None:
                    out.append(PDI)
                if item is not None:
                    out.append(LRI)
                open_item = item
            out.append(_span(piece, text, old_column))
    if open_item is not None:
        out.append(PDI)
    return "".join(out)


def _inline(entry: BlockDiff, lang: str, rtl: bool) -> str:
    return _pieces_html(entry.pieces(lang), rtl) + _format_notes(entry, lang, rtl)


def _side(entry: BlockDiff, lang: str, old: bool, rtl: bool) -> str:
    """One column of side by side: the old words in their old formatting, or the new."""
    skip = Op.INSERT if old else Op.DELETE
    pieces = [p for p in entry.pieces(lang) if p.op is not skip]
    return _pieces_html(pieces, rtl, old_column=old)


def _format_notes(entry: BlockDiff, lang: str, rtl: bool) -> str:
    """Under a block: each change of formatting alone, and a change of kind (a list item
    that became a paragraph), old → new (← in right-to-left text)."""
    arrow = " ← " if rtl else " → "
    start, end = (LRI, PDI) if rtl else ("", "")
    notes = []
    for words, old, new in entry.format_changes(lang):
        notes.append(
            f"✎ “{escape(words)}”: {start}{escape(_describe(old))}{end}"
            f"{arrow}{start}{escape(_describe(new))}{end}"
        )
    if entry.kind_changed and entry.old_kind is not None:
        notes.append(
            f"✎ {start}{escape(_name(entry.old_kind))}{end}{arrow}"
            f"{start}{escape(_name(entry.kind))}{end}"
        )
    return "".join(f'<br><small style="color:#6b4a00">{note}</small>' for note in notes)


def _title(redline: Redline, section: SectionDiff, lang: str) -> str:
    """The section's number as exports print it (a changed number shows both) and title."""
    text = section.display_title(lang)
    info = language(lang)

    def shown(number: int) -> str:
        return info.localise_digits(str(number)) if redline.native_digits else str(number)

    old, new = section.old_heading_number, section.new_heading_number
    if section.new_number is None:
        number = f"({shown(old or section.old_number or 0)})"
    elif not new:
        number = shown(section.new_number)
    elif old and old != new and section.change is not Change.ADDED and not section.change.is_move:
        number = (
            f'<span style="{DELETE_STYLE}">{shown(old)}</span>'
            f'<span style="{INSERT_STYLE}">{shown(new)}</span>'
        )
    else:
        number = shown(new)
    tag = _tag(section.change)
    if section.change.is_move:
        tag += QCoreApplication.translate("DiffView", " — from section %1").replace(
            "%1", str(section.old_number)
        )
    return f"{number}. {escape(text)}" + (f" {_note(tag)}" if tag else "")


def _as_list_item(kind: BlockKind, body: str, direction: str, number: int) -> str:
    """A bullet or numbered item as a list item (the redline showed them as plain paragraphs)."""
    if kind is BlockKind.BULLET:
        return f"<ul{direction}><li{direction}>{body}</li></ul>"
    if kind is BlockKind.NUMBERED:
        return f'<ol{direction} start="{number}"><li{direction}>{body}</li></ol>'
    return f"<p{direction}>{body}</p>"


def _note(tag: str) -> str:
    """A small "[moved …]" note between left-to-right marks, so that inside an Arabic paragraph
    its brackets and section number stay with the note (Qt ignored FSI/PDI isolates here)."""
    return f"<small>\u200e[{escape(tag)}]\u200e</small>"


class DiffView(QWidget):
    """Inline or side-by-side redline with previous/next change and a changed-only filter."""

    current_change_did_change = Signal(int)
    """Index of the change now shown (0-based), after next/previous."""

    def __init__(self, redline: Redline | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._redline: Redline | None = None
        self._changes: list[int] = []
        self._current = -1
        self._prepared: tuple[Options, QTextDocument] | None = None

        self.mode = QComboBox()
        self.mode.addItem(self.tr("inline"), INLINE)
        self.mode.addItem(self.tr("side by side"), SIDE_BY_SIDE)
        self.language = QComboBox()
        self.changed_only = QCheckBox(self.tr("Changed sections only"))
        self.previous_button = QPushButton(self.tr("Previous change"))
        self.next_button = QPushButton(self.tr("Next change"))
        self.position = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.browser = QTextBrowser()
        # The redline's colours are an export's: on the page, whatever the theme.
        on_paper(self.browser)
        self.browser.setOpenLinks(False)

        bar = QHBoxLayout()
        for widget in (self.mode, self.language, self.changed_only):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.previous_button, self.position, self.next_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)

        self.mode.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.changed_only.toggled.connect(self.refresh)
        self.next_button.clicked.connect(self.next_change)
        self.previous_button.clicked.connect(self.previous_change)
        if redline is not None:
            self.set_redline(redline)
        else:
            self.refresh()

    # -- public ------------------------------------------------------------------------------
    def options(self) -> Options:
        """What the view draws now: languages, side by side, changed sections only."""
        code = self.language.currentData()
        chosen = (code,) if code is not None else ()
        options = Options(
            chosen, self.mode.currentData() == SIDE_BY_SIDE, self.changed_only.isChecked()
        )
        return self.options_for(self._redline, options) if self._redline else options

    @staticmethod
    def options_for(redline: Redline, options: Options) -> Options:
        """``options`` for ``redline``: the language chosen when it has it (both when "both"
        was chosen and it has two), else its first; no widget read (worker thread)."""
        code = options.languages[0] if options.languages else None
        if code == BOTH and len(redline.languages) > 1:
            langs: tuple[str, ...] = tuple(redline.languages)
        elif code in redline.languages:
            langs = (code,) if code is not None else ()
        else:
            langs = tuple(redline.languages[:1])
        return Options(langs, options.side_by_side, options.changed_only)

    def set_redline(
        self, redline: Redline, prepared: tuple[Options, QTextDocument] | None = None
    ) -> None:
        """Show ``redline``; ``prepared`` is its page already drawn for some options (by
        ``render_html`` on a worker thread), used when they are still the view's."""
        self._redline = redline
        keep = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for code in redline.languages:
            self.language.addItem(language_name(code), code)
        if len(redline.languages) > 1:
            self.language.addItem(self.tr("Both languages"), BOTH)
        # The language the reviewer chose stays chosen when the comparison is recomputed.
        index = self.language.findData(keep) if keep is not None else -1
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self._prepared = prepared
        self._changes = []
        offset = 0  # the entry's index in redline.entries(), as the page's anchors count
        for section in redline.sections:
            self._changes += [offset + index for index, _ in section.indexed_changes()]
            offset += section.entry_count()
        self._current = -1
        self.refresh()

    def redline(self) -> Redline | None:
        """The comparison on screen (for printing and exporting it)."""
        return self._redline

    def change_count(self) -> int:
        return len(self._changes)

    def current_change(self) -> int:
        return self._current

    def languages_shown(self) -> list[str]:
        if self._redline is None:
            return []
        return list(self.options().languages)

    def next_change(self) -> None:
        if self._changes:
            self._go(min(self._current + 1, len(self._changes) - 1))

    def previous_change(self) -> None:
        if self._changes:
            self._go(max(self._current - 1, 0))

    # -- rendering ---------------------------------------------------------------------------
    def _go(self, index: int) -> None:
        self._current = index
        self.browser.scrollToAnchor(f"c{self._changes[index]}")
        self._update_position()
        self.current_change_did_change.emit(index)

    def _update_position(self) -> None:
        total = len(self._changes)
        shown = self._current + 1 if self._current >= 0 else 0
        self.position.setText(
            self.tr("Change %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(total > 0 and self._current < total - 1)

    def refresh(self) -> None:
        redline = self._redline
        if redline is None:
            self.browser.clear()
            self.summary.setText(self.tr("No comparison yet."))
            self._update_position()
            return
        s = redline.summary
        self.summary.setText(
            self.tr("%1 added, %2 removed, %3 moved, %4 changed sections")
            .replace("%1", str(s.sections_added))
            .replace("%2", str(s.sections_removed))
            .replace("%3", str(s.sections_moved))
            .replace("%4", str(s.sections_changed))
        )
        options = self.options()
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared[0] == options:
            document = prepared[1]
        else:
            document = render_document(redline, options)
        previous = self.browser.document()
        # A page this view made earlier is its child: let it go. (The browser's own first
        # document belongs to its text control, which deletes it in setDocument.)
        ours = previous is not document and previous.parent() is self.browser
        document.setParent(self.browser)
        self.browser.setDocument(document)
        if ours:
            previous.deleteLater()
        self._update_position()


def _ordered(cells: list[str], rtl: bool) -> str:
    """Before | after, mirrored for right-to-left languages: Qt does not mirror table
    columns for dir="rtl", and a right-to-left reader starts with the right column."""
    return "".join(reversed(cells) if rtl else cells)


def _language_html(redline: Redline, lang: str, side: bool, anchors: bool, options: Options) -> str:
    rtl = language(lang).is_rtl
    direction = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = []
    if len(options.languages) > 1:
        out.append(f"<h2{direction}>{escape(language_name(lang))}</h2>")
    index = 0
    for section in redline.sections:
        if options.changed_only and not section.is_changed:
            index += section.entry_count()  # its unchanged table rows stay unbuilt
            continue
        entries = section.entries()
        out.append(f"<h3{direction}>{_title(redline, section, lang)}</h3>")
        if side:
            out.append(
                f'<table width="100%" cellspacing="0" cellpadding="4" border="1"{direction}>'
            )
            before_head = redline.old_label or _tr(QT_TRANSLATE_NOOP("DiffView", "Before"))
            after_head = redline.new_label or _tr(QT_TRANSLATE_NOOP("DiffView", "After"))
            heads = [
                f"<th{direction}>{escape(before_head)}</th>",
                f"<th{direction}>{escape(after_head)}</th>",
            ]
            out.append(f"<tr>{_ordered(heads, rtl)}</tr>")
        number = 0
        for offset, entry in enumerate(entries):
            number = number + 1 if entry.kind is BlockKind.NUMBERED else 0
            anchor = (
                f'<a name="c{index + offset}"></a>'
                if anchors and entry.change is not Change.EQUAL
                else ""
            )
            if offset == 0 and entry.change is Change.EQUAL:
                continue  # the unchanged title is already the heading
            tag = _tag(entry.change) if entry.change is not Change.CHANGED else ""
            note = f"{_note(tag)} " if tag else ""
            if side:
                before = (
                    _side(entry, lang, True, rtl) if entry.has_old() or entry.change.is_move else ""
                )
                after = _side(entry, lang, False, rtl) if entry.has_new() else ""
                after += _format_notes(entry, lang, rtl)
                cells = [
                    f'<td width="50%"{direction}>{anchor}{before}</td>',
                    f'<td width="50%"{direction}>{note}{after}</td>',
                ]
                out.append(f"<tr>{_ordered(cells, rtl)}</tr>")
            else:
                body = f"{anchor}{note}{_inline(entry, lang, rtl)}"
                out.append(_as_list_item(entry.kind, body, direction, number))
        if side:
            out.append("</table>")
        index += len(entries)
    return "".join(out)


def render_html(redline: Redline, options: Options) -> str:
    """The page the view shows for ``options``; no widget is touched, so a worker thread can
    draw it while the window stays live (QCoreApplication.translate is thread-safe)."""
    return "".join(
        _language_html(redline, lang, options.side_by_side, i == 0, options)
        for i, lang in enumerate(options.languages)
    )


def render_document(redline: Redline, options: Options) -> QTextDocument:
    """The page as a QTextDocument, built on whichever thread calls it (a worker: setting a
    1.6 MB page takes ~0.5 s) and handed to the view's thread; Arabic alone is right to left
    (RTL-NOTES: Qt otherwise guesses each block's direction)."""
    document = QTextDocument()
    option = QTextOption(document.defaultTextOption())
    rtl_only = len(options.languages) == 1 and language(options.languages[0]).is_rtl
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl_only else Qt.LayoutDirection.LeftToRight
    )
    document.setDefaultTextOption(option)
    document.setHtml(render_html(redline, options))
    app = QCoreApplication.instance()
    if app is not None and document.thread() is not app.thread():
        document.moveToThread(app.thread())
    return document


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiffView", text)
