"""Two app windows on one PostgreSQL workspace (issue 17 item 3): one person's open section is
marked in the other's outline, and an edit saved by one appears in the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage.locate import create_store, open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def two_windows(qtbot, pg_cluster, clauses, variables, tmp_path):
    from policy_studio.ui.main_window import MainWindow

    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses(
        "Team policy", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    store.save_policy(policy)
    store.close()
    windows = []
    for name in ("Amina", "Hassan"):
        settings = AppSettings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.IniFormat))
        settings.set_user_name(name)
        workspace = open_store(location)
        session = Session(workspace)
        session.policy = workspace.policy(policy.id)
        window = MainWindow(session, settings, variables)
        # Never a modal in a test: a conflict met while closing under load keeps the other's text.
        window.ask_about_conflicts = lambda conflicts: {c.key: False for c in conflicts}
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
    yield windows, policy
    for window in windows:
        window.close()
        window.session.workspace.close()  # as the app does after its window closes


def test_the_other_windows_section_is_marked_and_its_edit_appears(qtbot, two_windows):
    (amina, hassan), policy = two_windows
    second = policy.sections[1].id
    assert hassan.outline.select(second)
    qtbot.waitUntil(
        lambda: "being edited by Hassan" in amina.outline.model.index(1).data(), timeout=7000
    )
    assert "being edited" not in amina.outline.model.index(0).data()
    # A window never marks its own section (Amina's, the first, may be marked in Hassan's:
    # she has it open, and says so again whenever her outline is redrawn).
    assert "being edited" not in hassan.outline.model.index(1).data()
    assert all("Hassan" not in hassan.outline.model.index(r).data() for r in (0, 1))

    block = hassan.session.policy.sections[1].blocks[0]
    block.set_text("en", "Hassan changed this sentence.")
    hassan.session.dirty = True
    assert hassan.session.flush()
    qtbot.waitUntil(
        lambda: (
            amina.session.policy.sections[1].blocks[0].get("en") == "Hassan changed this sentence."
        ),
        timeout=2000,
    )

    hassan.close()  # the marker goes when the window does
    qtbot.waitUntil(lambda: "being edited" not in amina.outline.model.index(1).data(), timeout=2000)
