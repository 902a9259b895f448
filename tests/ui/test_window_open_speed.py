"""Work the window leaves until it is needed (issue 19, speed): what the user sees is unchanged."""

from __future__ import annotations

import pytest

from policy_studio.app.session import Session
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.sections import rename_section

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_comparison_waits_until_compare_is_shown_and_then_shows_the_draft(
    qtbot, workspace, clauses, settings, variables
):
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses("Versioned", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    first = policy.sections[0]
    rename_section(policy, first.id, "en", "Write to our office")
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.compare_view
    # Opening the workspace read no version and computed no comparison nobody looks at.
    assert view.diff.redline() is None and view.old_box.count() == 0

    window.compare_action.trigger()
    view.wait_for_comparison()
    assert view.diff.isVisible()
    assert view.old_box.currentText() == "Version 1 (1.0)"
    assert view.new_box.currentText() == "Current draft"
    assert view.diff.change_count() >= 1
    assert "Write to our office" in view.diff.browser.toPlainText()
    window.close()


def test_export_comparison_from_write_computes_the_waiting_comparison(
    qtbot, workspace, clauses, settings, variables, tmp_path
):
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses("Versioned", [(clauses[0], None)])
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)  # never shown: no showEvent to compute it
    written = window.compare_view.export_redline(tmp_path / "redline.html")
    assert "Versioned" in written.read_text(encoding="utf-8")
    window.close()


def test_history_reads_the_versions_when_it_is_shown(
    qtbot, workspace, clauses, settings, variables
):
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses("Versioned", [(clauses[0], None)])
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    workspace.save_version(policy, "2.0")
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # History is hidden (View > History): opening the policy parsed none of its snapshots.
    assert not window.docks["history"].isVisible()
    assert window.history._panel is None

    window.docks["history"].show()
    qtbot.waitUntil(lambda: window.history._panel is not None, timeout=2000)
    panel = window.history.panel
    qtbot.waitUntil(lambda: not panel.reading, timeout=5000)  # read on the database worker
    tree = panel.tree
    assert tree.topLevelItemCount() == 2
    assert "2.0" in tree.topLevelItem(0).text(0) + tree.topLevelItem(0).text(1)
    window.close()
