"""The team server stopped in the middle of editing: the app says so in one sentence, keeps the
edits, and writes them when the server is back, losing none (issue 17 item 7)."""

from __future__ import annotations

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
