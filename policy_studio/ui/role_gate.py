"""Grey out what the connected person's team role may not do, with a tooltip saying why.

The server refuses these changes regardless (storage/team.py); the window only stops offering
them, so a translator is not invited to edit the source and then told "refused". A held action
or widget stays disabled even when its own panel enables it again (a selection changes): the
gate remembers what the panel wanted and gives it back when the hold is released (another
workspace opened).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget

from ..storage import Permissions


def role_name(permissions: Permissions) -> str:
    """The person's roles in the user's words, e.g. "translator into ar" (for tooltips)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("RoleGate", text)

    if permissions.unknown:
        return tr("role not known yet")
    words = {
        "author": tr("author"),
        "translator": tr("translator"),
        "approver": tr("approver"),
        "admin": tr("administrator"),
        "owner": tr("owner"),
    }
    names = []
    for role in sorted(permissions.roles):
        if role == "translator" and permissions.languages:
            langs = ", ".join(sorted(permissions.languages))
            names.append(tr("translator into %1").replace("%1", langs))
        else:
            names.append(words.get(role, role))
    return ", ".join(names) if names else tr("no Policy Studio role")


def _clear_shown_tip(widget: QWidget) -> None:
    """Clear the status bar when it shows ``widget``'s status tip: with the pointer resting on
    a held widget Qt shows the reason there and clears it only when the pointer leaves, so it
    would outlive the hold ("Opening …" after the policy was shown)."""
    window = widget.window()
    tip = widget.statusTip()
    if isinstance(window, QMainWindow) and tip and window.statusBar().currentMessage() == tip:
        window.statusBar().clearMessage()


class RoleGate(QObject):
    """Holds actions and widgets disabled while a role forbids them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: dict[QObject, tuple[str, bool]] = {}
        """Held action or widget → (its own tooltip, whether its panel wants it enabled)."""
        self._forcing = False

    def held(self, target: QObject) -> bool:
        return target in self._held

    def hold(self, target: QAction | QWidget, why: str) -> None:
        """Keep ``target`` disabled, its tooltip saying ``why``."""
        if target not in self._held:
            self._held[target] = (target.toolTip(), target.isEnabled())
            if isinstance(target, QAction):
                target.changed.connect(self._action_changed)
            else:
                target.installEventFilter(self)
            target.destroyed.connect(self._forget)
        target.setToolTip(why)
        target.setStatusTip(why)
        self._force(target)

    def targets(self) -> list[tuple[QAction | QWidget, str]]:
        """What is held now, each with the reason shown (to hold it again later)."""
        return [(t, t.toolTip()) for t in self._held if isinstance(t, QAction | QWidget)]

    def release_all(self) -> None:
        """Give every held target back its tooltip and the enabled state its panel wants."""
        held, self._held = self._held, {}
        for target, (tooltip, wanted) in held.items():
            try:
                target.destroyed.disconnect(self._forget)
                if isinstance(target, QAction):
                    target.changed.disconnect(self._action_changed)
                else:
                    target.removeEventFilter(self)
                target.setToolTip(tooltip)  # type: ignore[attr-defined]
                if isinstance(target, QWidget):
                    _clear_shown_tip(target)
                target.setStatusTip("")  # type: ignore[attr-defined]
                target.setEnabled(wanted)  # type: ignore[attr-defined]
            except RuntimeError:
                pass  # its panel was deleted meanwhile (a policy closed)

    def _forget(self, gone: QObject) -> None:
        self._held.pop(gone, None)

    def _force(self, target: QObject) -> None:
        self._forcing = True
        try:
            target.setEnabled(False)  # type: ignore[attr-defined]
        finally:
            self._forcing = False

    def _wanted(self, target: QObject) -> None:
        if self._forcing or target not in self._held:
            return
        if target.isEnabled():  # type: ignore[attr-defined]
            tooltip, _ = self._held[target]
            self._held[target] = (tooltip, True)
            self._force(target)

    def _action_changed(self) -> None:
        sender = self.sender()
        if sender is not None:
            self._wanted(sender)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.EnabledChange:
            self._wanted(watched)
        return False
