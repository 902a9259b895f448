"""The team server stopped in the middle of editing: the app says so in one sentence, keeps the
edits, and writes them when the server is back, losing none (issue 17 item 7)."""

from __future__ import annotations

import time

from policy_studio.app.session import Session
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.policy_edits import set_variable
from policy_studio.storage.locate import create_store, open_store
from tests.event_loop import HELD, kept_ticking, ticks_while


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


def test_a_server_that_stops_answering_never_freezes_the_window(qtbot, pg_cluster, clauses):
    """The server hangs (its processes stopped: a dead network looks the same to a client,
    the connection open and no answer). The save waits on the worker thread; the window's
    event loop keeps running every 20 ms tick within 100 ms, an edit typed meanwhile is kept,
    and both are written when the server answers. (With the save on the window's thread the
    ticks stop until the watchdog thaws the server: the test fails.)"""
    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Hanging server", [(clauses[0], None)])
    store.save_policy(policy)
    session = Session(store, watch_ms=0, retry_ms=300)
    session.policy = store.policy(policy.id)
    assert session._writer_store() is not None  # the worker's connection is open
    started: list[bool] = []
    session.save_did_start.connect(lambda: started.append(True))
    with pg_cluster.frozen(longest=5.0):
        session.notify(set_variable(session.policy, "minimum_age", "en", "13")[0])
        start = time.monotonic()
        session.save_soon()  # the autosave: handed to the worker, returns at once
        assert time.monotonic() - start < HELD
        assert session.saving and started == [True]
        assert kept_ticking(ticks_while(qtbot, 1500))  # the window kept processing events
        assert session.saving and session.dirty  # still waiting for the server: not "saved"
        # typing goes on meanwhile; the flush a caller makes waits a bounded time, then says so
        session.notify(set_variable(session.policy, "contact_email", "en", "a@example.org")[0])
        start = time.monotonic()
        assert not session.flush(timeout_ms=300)
        assert time.monotonic() - start < 1.0
        assert "not answered yet" in session.last_error
        assert session.policy.variables["minimum_age"] == {"en": "13"}
    qtbot.waitUntil(lambda: not session.dirty, timeout=20000)
    with open_store(location) as other:
        stored = other.policy(policy.id).variables
        assert stored["minimum_age"] == {"en": "13"}
        assert stored["contact_email"] == {"en": "a@example.org"}
    session.close()


def test_listening_again_while_the_server_is_frozen_never_freezes_the_window(
    qtbot, pg_cluster, clauses
):
    """The listening connection is gone (the server closed it) and the server does not answer:
    connecting anew waits up to libpq's 2 s, on the worker; the window's ticks keep coming.
    When the server answers, the session listens again."""
    location = pg_cluster.new_database()
    store = create_store(location)
    session = Session(store, watch_ms=0)
    qtbot.waitUntil(lambda: session.live, timeout=5000)  # it listens from the worker
    assert session._writer_store() is not None
    session._stop_listening()
    store._drop_listener()  # as when the server closed it
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        session._poll()  # the watch timer: listens again (and looks for changes)
        assert time.monotonic() - start < HELD
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert not session.live
    qtbot.waitUntil(lambda: session.live, timeout=15000)
    session.close()


def test_a_copy_saved_while_the_server_is_frozen_holds_the_policy_and_says_what_it_lacks(
    qtbot, pg_cluster, clauses, tmp_path
):
    """Save a copy is for when the server cannot take the edits: it never waits on it longer
    than COPY_WAIT_MS for the library's clauses. The copy holds the policy with its unsaved
    edits, and the answer says its clauses are not in it."""
    from policy_studio.app.session import COPY_WAIT_MS
    from policy_studio.storage import Workspace

    location = pg_cluster.new_database()
    store = create_store(location)
    for clause in clauses:
        store.save_clause(clause)
    policy = policy_from_clauses("Rescued notice", [(clauses[0], None)])
    store.save_policy(policy)
    session = Session(store, watch_ms=0, retry_ms=300)
    session.policy = store.policy(policy.id)
    assert session._writer_store() is not None
    copy = tmp_path / "rescued.pstudio"
    with pg_cluster.frozen(longest=8.0):
        session.notify(set_variable(session.policy, "minimum_age", "en", "16")[0])
        start = time.monotonic()
        said = session.save_copy(copy)
        took = time.monotonic() - start
    # The wait for the clauses plus the local file written here (its schema and fsync, up to
    # ~1.3 s on a loaded machine); the read on the window's thread took 8.0 s (the thaw).
    assert took < COPY_WAIT_MS / 1000 + 2.5
    assert said == "its library clauses could not be read (the database did not answer)"
    with Workspace.open(copy) as rescued:
        assert rescued.policy(policy.id).variables["minimum_age"] == {"en": "16"}
        assert rescued.clauses() == []
    # With the server answering, the clause the policy links to is in the copy.
    again = tmp_path / "again.pstudio"
    assert session.save_copy(again) == ""
    with Workspace.open(again) as rescued:
        assert [c.key for c in rescued.clauses()] == [clauses[0].key]
    session.close()


def test_a_session_made_while_the_server_is_frozen_asks_it_nothing_on_the_windows_thread(
    qtbot, pg_cluster
):
    """The window makes its session right after the workspace opened (off its thread); a
    server that stops answering then never holds it: the lock timeout, the change counter
    and the listening connection are the worker's. The session listens once it answers."""
    location = pg_cluster.new_database()
    store = create_store(location)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        session = Session(store, watch_ms=0)
        assert time.monotonic() - start < HELD
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert not session.live
    qtbot.waitUntil(lambda: session.live, timeout=15000)
    session.close()
