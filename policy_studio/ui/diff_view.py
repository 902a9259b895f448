"""The diff view: a Redline shown inline or side by side, per language or both, with navigation.

A standalone widget: give it a Redline (``set_redline``); it never edits anything. Right-to-left
languages get dir="rtl" blocks and, when shown alone, a right-to-left document default
(RTL-NOTES: Qt's block direction is otherwise guessed from the first strong character).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextOption
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
from ..model import BlockKind, language
from .language_names import language_name

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


def _span(text: str, op: Op) -> str:
    body = escape(text).replace("\n", "<br>")
    if op is Op.INSERT:
        return f'<span style="{INSERT_STYLE}">{body}</span>'
    if op is Op.DELETE:
        return f'<span style="{DELETE_STYLE}">{body}</span>'
    return body


def _inline(entry: BlockDiff, lang: str) -> str:
    return "".join(_span(s.text, s.op) for s in entry.segments.get(lang, []))


def _side(entry: BlockDiff, lang: str, old: bool) -> str:
    skip = Op.INSERT if old else Op.DELETE
    return "".join(_span(s.text, s.op) for s in entry.segments.get(lang, []) if s.op is not skip)


def _title(section: SectionDiff, lang: str) -> str:
    text = section.display_title(lang)
    number = section.new_number or f"({section.old_number})"
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
    def set_redline(self, redline: Redline) -> None:
        self._redline = redline
        self.language.blockSignals(True)
        self.language.clear()
        for code in redline.languages:
            self.language.addItem(language_name(code), code)
        if len(redline.languages) > 1:
            self.language.addItem(self.tr("Both languages"), BOTH)
        self.language.blockSignals(False)
        self._changes = [
            index
            for index, (_, entry) in enumerate(redline.entries())
            if entry.change is not Change.EQUAL
        ]
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
        code = self.language.currentData()
        return list(self._redline.languages) if code == BOTH else [code]

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
        langs = self.languages_shown()
        side = self.mode.currentData() == SIDE_BY_SIDE
        parts = [
            self._language_html(redline, lang, side, anchors=i == 0) for i, lang in enumerate(langs)
        ]
        option = QTextOption(self.browser.document().defaultTextOption())
        rtl_only = len(langs) == 1 and language(langs[0]).is_rtl
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl_only else Qt.LayoutDirection.LeftToRight
        )
        self.browser.document().setDefaultTextOption(option)
        self.browser.setHtml("".join(parts))
        self._update_position()

    @staticmethod
    def _ordered(cells: list[str], rtl: bool) -> str:
        """Before | after, mirrored for right-to-left languages: Qt does not mirror table
        columns for dir="rtl", and a right-to-left reader starts with the right column."""
        return "".join(reversed(cells) if rtl else cells)

    def _language_html(self, redline: Redline, lang: str, side: bool, anchors: bool) -> str:
        rtl = language(lang).is_rtl
        direction = ' dir="rtl"' if rtl else ' dir="ltr"'
        out = []
        if len(self.languages_shown()) > 1:
            out.append(f"<h2{direction}>{escape(language_name(lang))}</h2>")
        index = 0
        for section in redline.sections:
            entries = section.entries()
            if self.changed_only.isChecked() and not section.is_changed:
                index += len(entries)
                continue
            out.append(f"<h3{direction}>{_title(section, lang)}</h3>")
            if side:
                out.append(
                    f'<table width="100%" cellspacing="0" cellpadding="4" border="1"{direction}>'
                )
                heads = [
                    f"<th{direction}>{escape(redline.old_label or self.tr('Before'))}</th>",
                    f"<th{direction}>{escape(redline.new_label or self.tr('After'))}</th>",
                ]
                out.append(f"<tr>{self._ordered(heads, rtl)}</tr>")
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
                        _side(entry, lang, old=True)
                        if entry.has_old() or entry.change.is_move
                        else ""
                    )
                    after = _side(entry, lang, old=False) if entry.has_new() else ""
                    cells = [
                        f'<td width="50%"{direction}>{anchor}{before}</td>',
                        f'<td width="50%"{direction}>{note}{after}</td>',
                    ]
                    out.append(f"<tr>{self._ordered(cells, rtl)}</tr>")
                else:
                    body = f"{anchor}{note}{_inline(entry, lang)}"
                    out.append(_as_list_item(entry.kind, body, direction, number))
            if side:
                out.append("</table>")
            index += len(entries)
        return "".join(out)
