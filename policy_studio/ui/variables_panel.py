"""The variables panel: each {{variable}} the policy uses, its value per language, gaps flagged."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Policy, Variable, language
from ..ops.base import Changes, Edit
from ..ops.policy_edits import set_variable
from ..text.markup import VARIABLE_PATTERN
from .direction import breakable, isolate_latin, qt_direction
from .language_names import interface_language

UNFILLED = QColor("#fde7e5")
UNFILLED_INK = QColor("#5c0f0a")
"""Text on the unfilled pink: dark whatever the theme."""
ROLE_NAME = Qt.UserRole
ROLE_FALLBACK = Qt.UserRole + 1
"""The value a blank cell's language uses instead (the source language's), shown greyed."""
BORROWED = QColor("#7a7a7a")


def used_variables(policy: Policy) -> list[str]:
    """Names used anywhere in the policy (any language), in order of first use.

    A regular expression over the raw markup, not the markdown parser: this runs after every
    edit, and on a 500-section policy parsing every block each time took half a second.
    """
    seen: dict[str, None] = {}
    for _section, block in policy.iter_blocks():
        for lang in policy.languages:
            text = block.text.get(lang)
            if text and "{{" in text:
                seen.update(dict.fromkeys(VARIABLE_PATTERN.findall(text)))
    return list(seen)


class _DirectionDelegate(QStyledItemDelegate):
    """Paints (and edits) the cells of right-to-left languages right-to-left (RTL-NOTES: Qt)."""

    def __init__(self, rtl_columns: Callable[[], set[int]], parent: QWidget) -> None:
        super().__init__(parent)
        self.rtl_columns = rtl_columns

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        # Both ways: in the mirrored Arabic interface the English columns would otherwise be
        # laid out right-to-left too ("https//:…").
        rtl = index.column() in self.rtl_columns()
        option.direction = qt_direction(rtl)
        option.displayAlignment = Qt.AlignLeft | Qt.AlignVCenter
        fallback = index.data(ROLE_FALLBACK)
        if not option.text and fallback:
            # A blank cell is not an empty value: the text uses the source language's one.
            option.text = str(fallback)
            option.font.setItalic(True)
            option.palette.setColor(option.palette.ColorRole.Text, BORROWED)
        if rtl and option.text:
            # A phone number's groups in the order the export shows them, not reversed.
            option.text = isolate_latin(option.text)
        if option.text:
            # A long web or e-mail address wraps at its separators instead of being cut off
            # (after the isolating: the breaks stay inside an address's left-to-right isolate).
            option.text = breakable(option.text)

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        rtl = index.column() in self.rtl_columns()
        editor.setLayoutDirection(qt_direction(rtl))
        # Opaque: the greyed fallback painted in the cell must not show through the editor.
        editor.setAutoFillBackground(True)
        return editor


class VariablesPanel(QWidget):
    """A table: one row per variable, one column per language; typing a value sets it."""

    def __init__(
        self,
        apply_edit: Callable[[tuple[Changes, Edit]], object],
        variables: Mapping[str, Variable] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.apply_edit = apply_edit
        self.variables = dict(variables or {})
        self.policy: Policy | None = None
        self._filling = False
        self._names: list[str] = []
        self._editing = False
        self.table = QTableWidget()
        self.table.setObjectName("variables")
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(_DirectionDelegate(self._rtl_columns, self.table))
        # Wrapped, not elided: at the dock's default width labels came out as "Data …" twice.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.viewport().installEventFilter(self)
        self.summary = QLabel()
        self.summary.setObjectName("variables_summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.table.itemChanged.connect(self._item_changed)

    def _rtl_columns(self) -> set[int]:
        if self.policy is None:
            return set()
        return {i + 1 for i, code in enumerate(self.policy.languages) if language(code).is_rtl}

    def set_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self.refresh()

    def changes_did_happen(self, changes: Changes) -> None:
        if self._editing:
            # The edit came from a cell of this table, inside its itemChanged signal: rebuilding
            # now would delete the item Qt is still updating. Rebuild once control returns.
            QTimer.singleShot(0, self, self.refresh)
            return
        if changes.variables or changes.metadata:
            self.refresh()
        elif (changes.blocks or changes.structure) and self.policy is not None:
            # Text edits only matter here when they add or drop a variable.
            if used_variables(self.policy) != self._names:
                self.refresh()

    def refresh(self) -> None:
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        policy = self.policy
        self.table.clear()
        if policy is None:
            self.table.setRowCount(0)
            self.summary.clear()
            return
        langs = policy.languages
        names = used_variables(policy)
        self._names = names
        self.table.setColumnCount(1 + len(langs))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Variable"), *(f"{language(c).native_name} ({c})" for c in langs)]
        )
        self.table.setRowCount(len(names))
        unfilled = 0
        borrowed = dict.fromkeys(langs[1:], 0)
        for row, name in enumerate(names):
            known = self.variables.get(name)
            # In the interface language when the catalogue has it (Arabic labels in the Arabic
            # interface), else the policy's source language, else English.
            wording = interface_language()
            if known is not None and wording not in known.label:
                wording = policy.source_language
            label = known.display(wording) if known else name
            head = QTableWidgetItem(label)
            head.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            head.setData(ROLE_NAME, name)
            hint = f"{{{{{name}}}}}" + (f"\n{known.hint}" if known and known.hint else "")
            missing_langs = []
            for col, code in enumerate(langs, start=1):
                explicit = policy.variables.get(name, {}).get(code, "")
                effective = policy.variable_value(name, code)
                item = QTableWidgetItem(explicit)
                item.setData(ROLE_NAME, name)
                if not effective.strip():
                    item.setBackground(UNFILLED)
                    item.setForeground(UNFILLED_INK)
                    item.setToolTip(self.tr("No value: the policy shows [%1]").replace("%1", name))
                    missing_langs.append(code)
                elif not explicit:
                    item.setData(ROLE_FALLBACK, effective)
                    if code in borrowed:
                        borrowed[code] += 1
                    item.setToolTip(
                        self.tr(
                            "Uses “%1” (from the source language or the policy properties)"
                        ).replace("%1", effective)
                    )
                    item.setForeground(QColor("#6a6a6a"))
                self.table.setItem(row, col, item)
            if missing_langs:
                unfilled += 1
                head.setText(f"⚠ {label}")
                head.setBackground(UNFILLED)
                head.setForeground(UNFILLED_INK)
                hint += "\n" + self.tr("Unfilled in: %1").replace("%1", ", ".join(missing_langs))
            head.setToolTip(hint)
            self.table.setItem(row, 0, head)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        self._size_label_column()
        parts = [
            self.tr("%1 variables, %2 unfilled")
            .replace("%1", str(len(names)))
            .replace("%2", str(unfilled))
        ]
        for code, count in borrowed.items():
            if count:
                parts.append(
                    self.tr("%1 blank in %2 (the %3 value is used)")
                    .replace("%1", str(count))
                    .replace("%2", language(code).native_name)
                    .replace("%3", language(policy.source_language).native_name)
                )
        self.summary.setText(" · ".join(parts))
        self.summary.setWordWrap(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_label_column()
        return super().eventFilter(watched, event)

    def _size_label_column(self) -> None:
        """The labels get 40% of the width (wrapped), the languages share the rest."""
        if self.table.columnCount() > 1:
            self.table.setColumnWidth(0, int(self.table.viewport().width() * 0.4))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.policy is None or item.column() == 0:
            return
        name = item.data(ROLE_NAME)
        lang = self.policy.languages[item.column() - 1]
        if item.text().strip() == self.policy.variables.get(name, {}).get(lang, ""):
            return
        self._editing = True
        try:
            self.apply_edit(set_variable(self.policy, name, lang, item.text()))
        finally:
            self._editing = False

    def set_value(self, name: str, lang: str, value: str) -> None:
        """Type ``value`` into the cell of ``name`` in ``lang`` (as the user would)."""
        assert self.policy is not None
        col = self.policy.languages.index(lang) + 1
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ROLE_NAME) == name:
                self.table.item(row, col).setText(value)
                return
        raise KeyError(name)
