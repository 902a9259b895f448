"""The policy outline: numbered sections, reordered by drag and drop or Alt+Up/Down."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QToolBar, QVBoxLayout, QWidget

from ..model import ClauseStatus, Policy
from .models.outline_model import ROLE_ID, OutlineModel
from .outline_delegate import OutlineDelegate


class OutlinePanel(QWidget):
    """Shows the outline and turns the user's gestures into requests; the window applies them."""

    section_selected = Signal(object)
    """Section id, or None when nothing is selected."""
    move_requested = Signal(str, int)
    insert_requested = Signal(str, object, int)
    """(clause key, variant, position) — a clause dropped from the library."""
    remove_requested = Signal(str)
    duplicate_requested = Signal(str)
    rename_requested = Signal(str)
    update_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OutlineModel(self.move_requested.emit, self.insert_requested.emit)
        self.view = QListView()
        self.view.setObjectName("outline")
        self.view.setModel(self.model)
        self.view.setItemDelegate(OutlineDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setUniformItemSizes(True)

        def action(text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                # Alt+Up in the editor should move the caret's paragraph, not the section.
                act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.move_up_action = action(self.tr("Move section up"), "Alt+Up", lambda: self._move(-1))
        self.move_down_action = action(
            self.tr("Move section down"), "Alt+Down", lambda: self._move(1)
        )
        self.duplicate_action = action(
            self.tr("Duplicate section"), "Ctrl+D", self._emit(self.duplicate_requested)
        )
        self.remove_action = action(
            self.tr("Remove section"), QKeySequence.Delete, self._emit(self.remove_requested)
        )
        self.rename_action = action(
            self.tr("Rename section…"), "F2", self._emit(self.rename_requested)
        )
        self.update_action = action(
            self.tr("Update from library…"), None, self._emit(self.update_requested)
        )
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        # Update first after the arrows: at the dock's default width the last buttons go behind
        # the overflow arrow, and Update is the one a badge sends the user to. Everything is
        # also on the right-click menu and in the Section menu.
        for act, label in (
            (self.move_up_action, "↑"),
            (self.move_down_action, "↓"),
            (self.update_action, self.tr("Update…")),
            (self.duplicate_action, self.tr("Duplicate")),
            (self.rename_action, self.tr("Rename")),
            (self.remove_action, self.tr("Delete")),
        ):
            button = bar.addAction(label)
            button.setToolTip(
                f"{act.text()} ({act.shortcut().toString()})"
                if not act.shortcut().isEmpty()
                else act.text()
            )
            button.triggered.connect(act.trigger)
            button.setEnabled(act.isEnabled())
            act.changed.connect(lambda a=act, b=button: b.setEnabled(a.isEnabled()))
        self.toolbar = bar
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for act in (
            self.move_up_action,
            self.move_down_action,
            self.duplicate_action,
            self.rename_action,
            self.remove_action,
            self.update_action,
        ):
            self.view.addAction(act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(bar)
        layout.addWidget(self.view)
        self._selected_id: str | None = None
        """The section the user has selected, by id: rows shift under it when sections move."""
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()

    def _emit(self, signal):
        def run() -> None:
            section_id = self.current_id()
            if section_id:
                signal.emit(section_id)

        return run

    def set_policy(
        self,
        policy: Policy | None,
        library: dict[str, tuple[int, ClauseStatus]],
        outdated: set[str] | None = None,
    ) -> None:
        """Redraw from the policy, keeping the selected section selected.

        When that section is gone (removed, or undo took it away) the one now in its place is
        selected, so the editor never goes blank under the user.
        """
        # By id as last selected, not by reading the current row: the policy has already changed
        # under the model, so the current row now holds whichever section moved into it.
        keep = self._selected_id
        row = self.view.currentIndex().row()
        same_policy = policy is not None and policy is self.model.policy
        self.model.set_policy(policy, library, outdated)
        if keep and not self.select(keep) and same_policy and self.model.rowCount():
            index = self.model.index(min(max(row, 0), self.model.rowCount() - 1))
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self._selection_changed()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ROLE_ID) if index.isValid() else None

    def select(self, section_id: str | None) -> bool:
        """Make ``section_id`` the current section; False when it is not in the outline."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(ROLE_ID) == section_id:
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.ClearAndSelect
                )
                return True
        return False

    def _move(self, step: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        target = index.row() + step
        if 0 <= target < self.model.rowCount():
            self.move_requested.emit(index.data(ROLE_ID), target)

    def refresh_actions(self) -> None:
        """Enable the section actions for the selection as it is now."""
        self._selection_changed()

    def _selection_changed(self) -> None:
        index = self.view.currentIndex()
        has = index.isValid()
        for act in (self.duplicate_action, self.remove_action, self.rename_action):
            act.setEnabled(has)
        self.move_up_action.setEnabled(has and index.row() > 0)
        self.move_down_action.setEnabled(has and index.row() < self.model.rowCount() - 1)
        self.update_action.setEnabled(has and self.model.badge(index.row()) == "update")
        self._selected_id = index.data(ROLE_ID) if has else None
        self.section_selected.emit(self._selected_id)
