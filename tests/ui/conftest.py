"""UI fixtures: the real main window over a temporary workspace, QSettings in a temp folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Variable


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def variables():
    return {
        "contact_email": Variable("contact_email", {"en": "Contact e-mail", "ar": "البريد"}),
        "retention_period": Variable("retention_period", {"en": "Retention period"}),
    }


@pytest.fixture
def window(qtbot, workspace, clauses, settings, variables):
    """A main window on a policy made of t-contact and t-keeping (English source, Arabic target)."""
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses(
        "Test policy", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    win = MainWindow(session, settings, variables)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
