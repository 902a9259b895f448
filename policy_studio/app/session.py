"""The editing session: the open workspace, the current policy, and autosave within a second.

Widgets never write to the workspace. Every applied edit reaches ``Session.notify`` (the undo stack
calls it for do, undo and redo alike); the session tells the views through ``policy_did_change``
and saves the policy on a throttle timer, so a crash loses at most ``AUTOSAVE_MS`` of work.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..model import Clause, Policy, PolicyStudioError
from ..ops.base import Changes
from ..storage import Workspace

AUTOSAVE_MS = 400
"""Longest time an edit waits before it is on disk. A throttle, not a debounce: continuous
typing still saves every 0.4 s, where a debounce would wait for a pause that may not come."""


class Session(QObject):
    """Owns the workspace and the policy being edited; saves edits soon after they happen."""

    policy_did_change = Signal(object)
    """Emitted with the Changes of every applied edit (including undo and redo)."""
    policy_did_load = Signal()
    """Another policy (or none) became current."""
    library_did_change = Signal()
    """Clauses were added or changed in the workspace."""
    save_did_fail = Signal(str)
    """Autosave could not write; the message is for the status bar."""
    policy_did_save = Signal()

    def __init__(
        self, workspace: Workspace, parent: QObject | None = None, autosave_ms: int = AUTOSAVE_MS
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.policy: Policy | None = None
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.flush)

    # -- policies --------------------------------------------------------------------------

    def open_policy(self, policy_id: str | None) -> Policy | None:
        """Make ``policy_id`` current (saving the previous one first)."""
        self.flush()
        self.policy = self.workspace.policy(policy_id) if policy_id else None
        self.policy_did_load.emit()
        return self.policy

    def add_policy(self, policy: Policy) -> None:
        """Store a new policy and make it current."""
        self.flush()
        self.workspace.save_policy(policy)
        self.policy = policy
        self.policy_did_load.emit()

    def notify(self, changes: Changes) -> None:
        """An edit was applied to the current policy: tell the views, and schedule a save."""
        if changes.library:
            self.library_did_change.emit()
        if self.policy is not None and not (changes.empty or changes == Changes(library=True)):
            self.dirty = True
            if not self._timer.isActive():
                self._timer.start()
        self.policy_did_change.emit(changes)

    def flush(self) -> bool:
        """Write the current policy now if it has unsaved edits; True when on disk."""
        self._timer.stop()
        if not self.dirty or self.policy is None:
            return True
        if self.workspace.closed:
            return False
        try:
            self.workspace.save_policy(self.policy)
        except PolicyStudioError as exc:
            self.save_did_fail.emit(str(exc))
            self._timer.start()
            return False
        self.dirty = False
        self.policy_did_save.emit()
        return True

    # -- library ---------------------------------------------------------------------------

    def save_clause(self, clause: Clause, note: str = "") -> Clause:
        saved = self.workspace.save_clause(clause, note=note)
        self.library_did_change.emit()
        return saved

    def close(self) -> None:
        self.flush()
        self._timer.stop()
        self.workspace.close()
