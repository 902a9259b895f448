"""The library update dialog: what changed between the section's clause version and the new one.

Rows the merge settles on its own are listed for information; each conflict offers "Keep mine"
and "Take the library's", and the dialog cannot be accepted until every conflict has a choice.
A table both sides changed lists its changed cells by row and column, each conflicting cell
with its own choice (library/update.py merges tables cell by cell).
"""

from __future__ import annotations

import difflib
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..library.update import BlockMerge, CellMerge, Choice, Outcome, SectionMerge
from ..model import Block, language
from ..text.markup import plain_text

SUMMARY = {  # marked for lupdate here, translated where shown
    Outcome.TAKE_THEIRS: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Library changed this; the new wording comes in."
    ),
    Outcome.KEEP_LOCAL: QT_TRANSLATE_NOOP("UpdateDialog", "You changed this; your wording stays."),
    Outcome.SAME: QT_TRANSLATE_NOOP("UpdateDialog", "You and the library made the same change."),
    Outcome.DROP: QT_TRANSLATE_NOOP("UpdateDialog", "Removed (unchanged on the other side)."),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Conflict: you and the library both changed this."
    ),
    Outcome.MERGED: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Table: you and the library changed different cells; both changes are kept."
    ),
}
CELL_SUMMARY = {
    Outcome.TAKE_THEIRS: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Row %1, column %2: the library changed this cell; its wording comes in."
    ),
    Outcome.KEEP_LOCAL: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Row %1, column %2: you changed this cell; your wording stays."
    ),
    Outcome.SAME: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Row %1, column %2: you and the library made the same change."
    ),
    Outcome.DROP: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Row %1, column %2: removed (unchanged on the other side)."
    ),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP(
        "UpdateDialog", "Row %1, column %2: conflict, you and the library both changed this cell."
    ),
}


_VAR_OPEN, _VAR_CLOSE = "\x01", "\x02"


def _shown(markup: str) -> str:
    """Plain text with each variable as its bare name between two markers (made a chip later).

    Raw ``{{name}}`` braces get mirrored and split in right-to-left lines; a chip does not.
    """
    return plain_text(markup, lambda name: f"{_VAR_OPEN}{name}{_VAR_CLOSE}")


def _chips(html: str) -> str:
    return html.replace(_VAR_OPEN, '<span style="background:#fff1b8">').replace(
        _VAR_CLOSE, "</span>"
    )


def marked_html(before: str, after: str) -> str:
    """``after`` as HTML with the words that differ from ``before`` struck out or underlined."""
    old = before.split(" ") if before else []
    new = after.split(" ") if after else []
    out: list[str] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            gone = escape(" ".join(old[a1:a2]))
            out.append(f'<s style="color:#b3261e">{gone}</s>')
        if op in ("insert", "replace"):
            added = escape(" ".join(new[b1:b2]))
            out.append(f'<u style="color:#1a7f37">{added}</u>')
        if op == "equal":
            out.append(escape(" ".join(new[b1:b2])))
    return _chips(" ".join(out))


def _changes(before: Block | None, after: Block | None, langs: list[str]) -> str:
    """What changed from ``before`` to ``after``, per language, words marked."""
    parts = []
    for lang in langs:
        direction = "rtl" if language(lang).is_rtl else "ltr"
        old = _shown(before.get(lang)) if before is not None else ""
        new = _shown(after.get(lang)) if after is not None else ""
        parts.append(f'<div dir="{direction}">{marked_html(old, new)}</div>')
    return "".join(parts)


def _text(block: Block | None, langs: list[str]) -> str:
    if block is None:
        return "<i>(none)</i>"
    parts = []
    for lang in langs:
        direction = "rtl" if language(lang).is_rtl else "ltr"
        parts.append(f'<div dir="{direction}">{_chips(escape(_shown(block.get(lang))))}</div>')
    return "".join(parts)


def _label(html: str) -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.RichText)
    label.setWordWrap(True)
    return label


class UpdateDialog(QDialog):
    def __init__(self, merge: SectionMerge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.merge = merge
        self.setWindowTitle(self.tr("Update from the library"))
        self.resize(720, 560)
        ref = merge.section.clause
        assert ref is not None
        intro = QLabel(
            self.tr("“%1”: your version %2 → library version %3.")
            .replace("%1", merge.clause.title.get("en", merge.clause.key))
            .replace("%2", str(ref.version))
            .replace("%3", str(merge.clause.version))
        )
        inner = QWidget()
        rows = QVBoxLayout(inner)
        self.choices: dict[str, QButtonGroup] = {}
        for row in merge.rows:
            if row.outcome is Outcome.UNCHANGED:
                continue
            rows.addWidget(self._row_box(row))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Apply update"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._check()

    def _row_box(self, row: BlockMerge) -> QGroupBox:
        if row.cells is not None:
            return self._table_box(row)
        box = QGroupBox(self.tr(SUMMARY.get(row.outcome, "")))
        layout = QVBoxLayout(box)
        langs = self.merge.languages
        if row.outcome is Outcome.CONFLICT:
            box.setObjectName(f"conflict:{row.key}")
            box.setStyleSheet("QGroupBox { color: #b3261e; font-weight: bold; }")
            self._conflict(layout, row, row.base, row.local, row.theirs)
        else:
            before = row.local if row.outcome is Outcome.TAKE_THEIRS else row.base
            after = row.theirs if row.outcome is Outcome.TAKE_THEIRS else row.local
            if row.outcome is Outcome.DROP:
                after = None
            layout.addWidget(_label(_changes(before, after, langs)))
        return box

    def _table_box(self, row: BlockMerge) -> QGroupBox:
        """A table merged cell by cell: each changed cell by its place, conflicts to choose."""
        conflicts = row.cell_conflicts
        if conflicts:
            title = self.tr(
                "Table: you and the library both changed %n cell(s); choose for each.",
                "",
                len(conflicts),
            )
        else:
            title = self.tr(SUMMARY[Outcome.MERGED])
        box = QGroupBox(title)
        box.setObjectName(f"table:{row.key}")
        layout = QVBoxLayout(box)
        langs = self.merge.languages
        for cell in row.cells or []:
            if cell.outcome is Outcome.UNCHANGED:
                continue
            place = (
                self.tr(CELL_SUMMARY[cell.outcome])
                .replace("%1", str(cell.row + 1))
                .replace("%2", str(cell.column + 1))
            )
            heading = _label(f"<b>{escape(place)}</b>")
            layout.addWidget(heading)
            if cell.outcome is Outcome.CONFLICT:
                heading.setStyleSheet("color: #b3261e;")
                self._conflict(layout, cell, cell.base, cell.local, cell.theirs)
                continue
            before = cell.local if cell.outcome is Outcome.TAKE_THEIRS else cell.base
            after = cell.theirs if cell.outcome is Outcome.TAKE_THEIRS else cell.local
            if cell.outcome is Outcome.DROP:
                after = None
            layout.addWidget(_label(_changes(before, after, langs)))
        return box

    def _conflict(
        self,
        layout: QVBoxLayout,
        item: BlockMerge | CellMerge,
        base: Block | None,
        local: Block | None,
        theirs: Block | None,
    ) -> None:
        """The three texts of a conflict and its two choices (``item.choice`` is set)."""
        langs = self.merge.languages
        layout.addWidget(_label(self.tr("Was (the library version you had):") + _text(base, langs)))
        group = QButtonGroup(layout.parentWidget())
        mine = QRadioButton(self.tr("Keep mine:"))
        other = QRadioButton(self.tr("Take the library's:"))
        mine.setObjectName("keep_mine")
        other.setObjectName("take_theirs")
        group.addButton(mine)
        group.addButton(other)
        layout.addWidget(mine)
        layout.addWidget(_label(_changes(base, local, langs)))
        layout.addWidget(other)
        layout.addWidget(_label(_changes(base, theirs, langs)))

        def chosen() -> None:
            item.choice = Choice.LOCAL if mine.isChecked() else Choice.THEIRS
            self._check()

        mine.toggled.connect(chosen)
        other.toggled.connect(chosen)
        self.choices[item.key] = group

    def choose(self, key: str, choice: Choice) -> None:
        """Pick a side for the conflict ``key`` (as clicking its radio button does)."""
        group = self.choices[key]
        name = "keep_mine" if choice is Choice.LOCAL else "take_theirs"
        next(b for b in group.buttons() if b.objectName() == name).setChecked(True)

    def _check(self) -> None:
        left = [r for r in self.merge.rows if not r.resolved]
        ok = self.buttons.button(QDialogButtonBox.Ok)
        ok.setEnabled(not left)
        ok.setToolTip(self.tr("%n conflict(s) still need a choice", "", len(left)) if left else "")
