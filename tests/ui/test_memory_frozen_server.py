"""Tools > Export / Import translation memory (TMX) on a team workspace: the memory is read
(every clause and policy) or written on the database worker, so a server that does not answer
never holds the window. With the job on the window's thread the call itself takes until the
watchdog thaws the server (~6 s): these tests fail."""

from __future__ import annotations

import time

import pytest

from policy_studio.storage.locate import open_store
from tests.event_loop import HELD, kept_ticking, ticks_while
from tests.ui import test_window_frozen_server as frozen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

team_window = frozen.team_window
"""The frozen-server tests' window: three policies on a throw-away server, the first open."""


def _held_with(window, text: str) -> None:
    label = window.transfer.memory_label
    assert label.isVisible() and label.text() == text
    for action in (window.import_tmx_action, window.export_tmx_action):
        assert not action.isEnabled() and action.toolTip() == text


def test_exporting_and_importing_the_memory_while_the_server_is_frozen_never_hold_the_window(
    qtbot, pg_cluster, team_window, tmp_path
):
    window, _policies = team_window
    transfer = window.transfer
    path = tmp_path / "memory.tmx"
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        assert transfer.export_tmx(path) == path
        assert time.monotonic() - start < HELD  # read on the worker
        _held_with(window, "Exporting the translation memory to memory.tmx…")
        assert kept_ticking(ticks_while(qtbot, 1500))
        _held_with(window, "Exporting the translation memory to memory.tmx…")
        assert transfer.last_message is None and not path.exists()  # nothing before it is
    with qtbot.waitSignal(transfer.memory_did_end, timeout=15000) as ended:
        pass
    assert ended.args == [""]
    assert transfer.last_message.text().startswith("Wrote ") and path.exists()
    assert not transfer.memory_label.isVisible()
    assert window.import_tmx_action.isEnabled() and window.export_tmx_action.isEnabled()
    transfer.last_message.close()

    # Someone else's memory file: imported on the worker.
    other = tmp_path / "theirs.tmx"
    other.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" '
        'adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>'
        '<body><tu><tuv xml:lang="en"><seg>Ask us first.</seg></tuv>'
        '<tuv xml:lang="sw"><seg>Tuulize kwanza.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    frozen._merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        assert transfer.import_tmx(other)
        assert time.monotonic() - start < HELD  # written on the worker
        _held_with(window, "Importing the translation memory from theirs.tmx…")
        assert kept_ticking(ticks_while(qtbot, 1500))
        # A second one while the first waits is told to wait, not queued behind it.
        assert not transfer.export_tmx(path)
        assert transfer.last_message.text() == "Importing the translation memory from theirs.tmx…"
    with qtbot.waitSignal(transfer.memory_did_end, timeout=15000) as ended:
        pass
    assert ended.args == [""]
    assert transfer.last_message.text() == (
        "1 units read: 1 added, 0 updated, 0 already in the memory."
    )
    with open_store(window.session.workspace.location) as store:
        assert ("en", "sw") in store.tm_pairs()
