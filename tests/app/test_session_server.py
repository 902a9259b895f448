"""The team server stopped in the middle of editing: the app says so in one sentence, keeps the
edits, and writes them when the server is back, losing none (issue 17 item 7)."""

from __future__ import annotations

import time
from pathlib import Path

from policy_studio.app.session import Session
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.policy_edits import set_variable
from policy_studio.storage.locate import create_store, open_store


def test_edits_made_while_the_server_is_down_are_written_when_it_is_back(
    qtbot, pg_cluster, clauses
):
    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Team notice", [(clauses[0], None)])
    store.save_policy(policy)
    session = Session(store, watch_ms=0, retry_ms=300)
    session.policy = store.policy(policy.id)
    failures: list[str] = []
    session.save_did_fail.connect(failures.append)
    session.notify(set_variable(session.policy, "minimum_age", "en", "13")[0])
    assert session.flush()
    pg_cluster.stop("fast")
    try:
        for n in range(5):  # typing goes on while the server is away
            session.notify(set_variable(session.policy, f"field_{n}", "en", str(n))[0])
            assert not session.flush()
        assert session.dirty
        assert len(failures) == 5 and "cannot be reached" in failures[-1]
        assert "\n" not in failures[-1]
    finally:
        pg_cluster.start()
    qtbot.waitUntil(lambda: not session.dirty, timeout=10000)  # the retry timer wrote them
    with open_store(location) as other:
        stored = other.policy(policy.id)
    assert stored.variables["minimum_age"] == {"en": "13"}
    assert {f"field_{n}" for n in range(5)} <= set(stored.variables)
    session.close()


def _server_pids(pg_cluster) -> list[int]:
    """The server's postmaster and every process it started (its backends)."""
    import os

    main_pid = int((pg_cluster.data / "postmaster.pid").read_text().split()[0])
    pids = [main_pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == main_pid:
                pids.append(int(entry))
    return pids


def test_a_server_that_stops_answering_never_freezes_the_window(qtbot, pg_cluster, clauses):
    """The server hangs (its processes stopped: a dead network looks the same to a client,
    the connection open and no answer). The save waits on the worker thread; the window's
    event loop keeps running every 20 ms tick within 100 ms, the edit stays, and it is
    written when the server answers again."""
    import os
    import signal
    import threading

    from PySide6.QtCore import QTimer

    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Hanging server", [(clauses[0], None)])
    store.save_policy(policy)
    session = Session(store, watch_ms=0, retry_ms=300)
    session.policy = store.policy(policy.id)
    started: list[bool] = []
    session.save_did_start.connect(lambda: started.append(True))
    pids = _server_pids(pg_cluster)

    def thaw() -> None:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)

    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    # A save that blocked this thread would hang the test for ever: thaw after 5 s regardless,
    # so such a save returns late and the assertions below fail instead.
    watchdog = threading.Timer(5.0, thaw)
    watchdog.start()
    try:
        session.notify(set_variable(session.policy, "minimum_age", "en", "13")[0])
        session.save_soon()  # the autosave: handed to the worker, returns at once
        assert session.saving and started == [True]
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        qtbot.wait(1500)
        timer.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        assert len(ticks) > 30 and max(gaps) < 0.1  # the window kept processing events
        assert session.saving and session.dirty  # still waiting for the server: not "saved"
        assert session.policy.variables["minimum_age"] == {"en": "13"}
    finally:
        watchdog.cancel()
        thaw()
    qtbot.waitUntil(lambda: not session.dirty, timeout=20000)
    with open_store(location) as other:
        assert other.policy(policy.id).variables["minimum_age"] == {"en": "13"}
    session.close()
