"""File > New policy from questionnaire…: the wizard as a user fills it in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QListWidget, QWizard

from policy_studio.library.starter import load_starter_clauses
from policy_studio.storage.locate import open_store
from tests.ui.clause_dialogs import on_modal

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def starter_library(window):
    for clause in load_starter_clauses():
        window.session.workspace.save_clause(clause)
    return window


def _stored(window, read):
    """What the workspace holds, read as another program would (its own connection, which
    waits for the worker's write in progress): the window's own connection keeps the app's
    short lock wait, and the window itself no longer reads on its thread."""
    with open_store(window.session.workspace.location) as store:
        return read(store)


def test_the_questionnaire_creates_a_complete_policy_and_says_why(qtbot, starter_library):
    window = starter_library
    seen: dict[str, object] = {}

    def fill() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, QWizard)
        wizard.findChild(QCheckBox, "jurisdictions_kenya-dpa").setChecked(True)
        wizard.findChild(QCheckBox, "data_categories_payment").setChecked(True)
        wizard.findChild(QCheckBox, "languages_sw").setChecked(True)
        wizard.findChild(QCheckBox, "languages_ar").setChecked(False)
        wizard.findChild(QCheckBox, "question_children").setChecked(True)
        for _ in range(4):
            wizard.next()
        choices = wizard.findChild(QListWidget, "wizard_choices")
        seen["rows"] = [choices.item(i).text() for i in range(choices.count())]
        seen["coverage"] = wizard.coverage_label.text()
        wizard.accept()

    on_modal(lambda _wizard: fill())  # it opens once the library is read on the worker
    before = len(_stored(window, lambda store: store.policies()))
    window.questionnaire_action.trigger()
    qtbot.waitUntil(lambda: "rows" in seen, timeout=10000)
    # Stored on the database worker (after the open policy's save, if one is out); the laws
    # it uses are accepted once it is.
    qtbot.waitUntil(lambda: not window.creating_label.isVisible(), timeout=10000)
    policy = window.session.policy
    assert window.statusBar().currentMessage() == (
        f"Created “{policy.display_title()}” from your answers"
    )
    assert len(_stored(window, lambda store: store.policies())) == before + 1
    from policy_studio.library.law_changes import accepted

    # Recorded on the database worker once the policy is stored.
    qtbot.waitUntil(
        lambda: "kenya-dpa" in _stored(window, lambda store: accepted(store)), timeout=5000
    )
    assert policy.languages == ["en", "sw"]
    assert policy.regulations == ["kenya-dpa"]
    assert "children" in (policy.conditions or [])
    assert any("Is your service used by children?" in row for row in seen["rows"])
    assert "0 missing" in seen["coverage"]
    assert window.policy_box.currentText() == policy.display_title()


def test_cancelling_the_questionnaire_creates_nothing(qtbot, starter_library):
    window = starter_library
    closed: list[bool] = []
    on_modal(lambda wizard: (wizard.reject(), closed.append(True)))
    before = len(window.session.workspace.policies())
    window.questionnaire_action.trigger()
    qtbot.waitUntil(lambda: bool(closed), timeout=10000)
    qtbot.wait(100)
    assert len(window.session.workspace.policies()) == before
