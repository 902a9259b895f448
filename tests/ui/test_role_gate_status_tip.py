"""A held widget's reason, shown in the status bar while the pointer rests on it, goes when the
hold is released (it used to stay until the pointer left: "Opening …" under an open policy)."""

from __future__ import annotations

from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from policy_studio.ui.role_gate import RoleGate


def test_the_reason_shown_for_a_held_widget_goes_with_the_hold(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    button = QPushButton("Approve")
    window.setCentralWidget(button)
    window.statusBar()  # made on first use; Qt shows status tips only in one that exists
    gate = RoleGate(window)
    gate.hold(button, "Only an approver may approve")
    assert not button.isEnabled() and button.toolTip() == "Only an approver may approve"
    QApplication.sendEvent(button, QStatusTipEvent(button.statusTip()))  # the pointer on it
    assert window.statusBar().currentMessage() == "Only an approver may approve"
    gate.release_all()
    assert button.isEnabled() and button.toolTip() == ""
    assert window.statusBar().currentMessage() == ""


def test_a_message_of_its_own_stays_when_a_hold_is_released(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    button = QPushButton("Approve")
    window.setCentralWidget(button)
    gate = RoleGate(window)
    gate.hold(button, "Only an approver may approve")
    window.statusBar().showMessage("Saved version 3")
    gate.release_all()
    assert window.statusBar().currentMessage() == "Saved version 3"
