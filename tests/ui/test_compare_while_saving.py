"""Compare while a version is being saved: it says the version is on its way, never "Save a
version…" to a person who just did (issue 17: the save waits for the server on the worker)."""

from __future__ import annotations

import pytest

from tests.event_loop import kept_ticking, ticks_while
from tests.ui import test_window_frozen_server as frozen
from tests.ui.test_window_menus import ask_to_save_version

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

team_window = frozen.team_window
"""The frozen-server tests' window: three policies on a throw-away server, the first open."""

SAVING = "Saving version… The draft is compared with it once it is saved."
NONE_YET = "Save a version (File > Save version…) to compare the draft with it."


def test_compare_says_a_version_is_on_its_way_while_the_server_saves_it(
    qtbot, pg_cluster, team_window
):
    window, _policies = team_window
    view = window.compare_view
    with qtbot.waitSignal(view.did_compare, timeout=10000):
        window.set_mode(2)
    assert view.empty.isVisible() and view.empty.text() == NONE_YET
    window.set_mode(0)
    with pg_cluster.frozen(longest=6.0):
        ask_to_save_version(window, "1.0")
        window.set_mode(2)  # straight to Compare, as an approver would
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert view.empty.isVisible() and view.empty.text() == SAVING
        assert not view.diff.isVisible() and not view.export_button.isEnabled()
    qtbot.waitUntil(lambda: view.old_box.count() == 1, timeout=15000)
    qtbot.waitUntil(lambda: not view.comparing(), timeout=10000)
    assert view.old_box.currentText() == "Version 1 (1.0)"
    assert not view.empty.isVisible() and view.diff.isVisible()


def test_a_version_that_could_not_be_saved_leaves_compare_inviting_one_again(
    qtbot, team_window, monkeypatch
):
    """The server refused the save: Compare says again that there is none to compare with."""
    from policy_studio.storage.postgres import PostgresWorkspace
    from policy_studio.storage.workspace import StorageError

    window, _policies = team_window
    view = window.compare_view
    with qtbot.waitSignal(view.did_compare, timeout=10000):
        window.set_mode(2)

    def refuse(*_args, **_kwargs):
        raise StorageError("the server refused it")

    monkeypatch.setattr(PostgresWorkspace, "save_version", refuse)
    ask_to_save_version(window, "1.0")
    panel = window.history.panel
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    assert panel.status_label.text() == "The version could not be saved: the server refused it"
    assert view.empty.isVisible() and view.empty.text() == NONE_YET
    assert view.old_box.count() == 0
