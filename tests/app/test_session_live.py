"""Live updates on a team workspace (issue 17 item 3): another client's commit reaches the open
window through PostgreSQL LISTEN/NOTIFY, without waiting for the poll — here the poll is off
(watch_ms=0), so only the notification can bring the change in."""

from __future__ import annotations

import time

from policy_studio.app.session import Session
from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage.locate import create_store, open_store


def first_text(policy, lang: str = "en") -> str:
    return [b for _, b in policy.iter_blocks()][1].get(lang)


def test_another_clients_edit_appears_within_two_seconds_without_polling(
    qtbot, pg_cluster, clauses
):
    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Live notice", [(clauses[0], None)], target_languages=["ar"])
    store.save_policy(policy)
    session = Session(store, watch_ms=0)
    session.policy = store.policy(policy.id)
    qtbot.waitUntil(lambda: session.live, timeout=5000)  # it listens from the worker
    merged: list[str] = []
    session.outside_did_change.connect(merged.append)
    other = open_store(location)
    try:
        theirs = other.policy(policy.id)
        times = []
        for n in range(5):
            [b for _, b in theirs.iter_blocks()][1].set_text("en", f"Saved elsewhere {n}.")
            start = time.perf_counter()
            other.save_policy(theirs)
            qtbot.waitUntil(
                lambda n=n: first_text(session.policy) == f"Saved elsewhere {n}.", timeout=2000
            )
            times.append(time.perf_counter() - start)
        assert len(merged) == 5 and "saved elsewhere" in merged[-1]
        assert max(times) < 2.0
    finally:
        other.close()
        session.close()


def test_listening_resumes_after_the_server_restarts(qtbot, pg_cluster, clauses):
    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Live notice", [(clauses[0], None)])
    store.save_policy(policy)
    session = Session(store, watch_ms=200)
    session.policy = store.policy(policy.id)
    pg_cluster.stop("fast")
    pg_cluster.start()
    other = open_store(location)
    try:
        theirs = other.policy(policy.id)
        [b for _, b in theirs.iter_blocks()][1].set_text("en", "After the restart.")
        other.save_policy(theirs)
        qtbot.waitUntil(lambda: first_text(session.policy) == "After the restart.", timeout=5000)
        # listening again: with the poll stopped, the next edit still arrives
        qtbot.waitUntil(lambda: session.live, timeout=3000)
        session._watch.stop()
        [b for _, b in theirs.iter_blocks()][1].set_text("en", "Heard by NOTIFY.")
        other.save_policy(theirs)
        qtbot.waitUntil(lambda: first_text(session.policy) == "Heard by NOTIFY.", timeout=2000)
    finally:
        other.close()
        session.close()


def test_a_workspace_file_has_no_push_and_is_polled(qtbot, workspace):
    session = Session(workspace, watch_ms=1000)
    assert not session.live
    assert session._watch.isActive()
    session.close()


def test_the_section_someone_else_has_open_is_marked_in_the_outline(qtbot, pg_cluster, clauses):
    from policy_studio.ui.models.outline_model import OutlineModel

    location = pg_cluster.new_database()
    store = create_store(location)
    policy = policy_from_clauses("Live notice", [(clauses[0], None), (clauses[1], None)])
    store.save_policy(policy)
    mine = Session(store, watch_ms=0)
    mine.person = "Amina"
    mine.policy = store.policy(policy.id)
    theirs = Session(open_store(location), watch_ms=0)
    theirs.person = "Hassan"
    theirs.open_policy(policy.id)
    outline = OutlineModel(lambda *_: None, lambda *_: None)
    outline.set_policy(mine.policy, {})
    mine.editors_did_change.connect(outline.set_editors)
    second = policy.sections[1].id

    theirs.set_editing(second)
    qtbot.waitUntil(lambda: mine.editors == {second: ["Hassan"]}, timeout=2000)
    assert outline.index(1).data().endswith("◆ being edited by Hassan")
    assert "being edited" not in outline.index(0).data()
    assert "Open in another window by Hassan" in outline.index(1).data(3)  # tooltip
    assert theirs.editors == {}  # one's own window is not "someone else"

    theirs.close()  # closing the window takes the marker away at once
    qtbot.waitUntil(lambda: mine.editors == {}, timeout=2000)
    assert "being edited" not in outline.index(1).data()
    mine.close()


def test_a_window_that_vanished_without_a_word_is_forgotten(qtbot, pg_cluster, monkeypatch):
    import json

    import psycopg

    from policy_studio.storage import postgres

    monkeypatch.setattr(postgres, "PRESENCE_TTL", 0.5)
    location = pg_cluster.new_database()
    store = create_store(location)
    session = Session(store, watch_ms=0)
    qtbot.waitUntil(lambda: session.live, timeout=5000)  # it listens from the worker
    session.person = "Amina"
    with psycopg.connect(location, autocommit=True) as crashed:  # announces, never says bye
        payload = {"client": "gone", "person": "Neema", "policy": "p1", "section": "s1"}
        crashed.execute("SELECT pg_notify('policy_studio_presence', %s)", (json.dumps(payload),))
        crashed.execute("SELECT pg_notify('policy_studio_presence', 'not ours')")
    qtbot.waitUntil(lambda: store.editors("p1") == {"s1": ["Neema"]}, timeout=2000)
    qtbot.wait(600)
    assert store.editors("p1") == {}
    session.close()
