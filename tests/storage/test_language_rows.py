"""A policy's title and per-language metadata live in one row per language (schema 8), so
people editing the title in different languages never collide, and a translator may write
their language's row (tests/storage/test_team_roles.py) without the policy's structure."""

from __future__ import annotations

import json
import sqlite3

from policy_studio.storage.locate import open_store
from policy_studio.storage.rows import policy_from_rows, policy_rows
from tests.conftest import make_policy


def test_title_and_metadata_are_stored_per_language_and_read_back_equal():
    policy = make_policy()
    policy.set_meta("subtitle", "en", "For customers")
    policy.set_meta("subtitle", "ar", "للعملاء")
    rows = policy_rows(policy)
    assert json.loads(rows["lang/en"]) == {
        "title": "Privacy notice",
        "meta": {"subtitle": "For customers"},
    }
    assert json.loads(rows["lang/ar"])["title"] == "إشعار الخصوصية"
    assert "title" not in json.loads(rows["head"]) and "meta" not in json.loads(rows["head"])
    again = policy_from_rows(rows)
    assert again.title == policy.title and again.meta == policy.meta
    assert list(again.title) == ["en", "ar"]  # the source language's title first


def test_two_people_changing_the_title_in_two_languages_both_keep_theirs(store, reopen):
    policy = make_policy()
    store.save_policy(policy)
    other = reopen()
    theirs = other.policy(policy.id)
    policy.title["en"] = "Privacy notice (2026)"
    theirs.title["ar"] = "إشعار الخصوصية (2026)"
    store.save_policy(policy)
    other.save_policy(theirs)  # a different row: no conflict
    fresh = reopen().policy(policy.id)
    assert fresh.title == {"en": "Privacy notice (2026)", "ar": "إشعار الخصوصية (2026)"}
    refresh = store.refresh_policy(policy)
    assert refresh.taken == {"lang/ar"} and not refresh.conflicts
    assert refresh.policy.title["ar"] == "إشعار الخصوصية (2026)"
    assert refresh.policy is policy  # merged in place, the open window keeps its objects


def test_a_schema_7_file_is_migrated_to_language_rows_keeping_every_title(tmp_path):
    from policy_studio.storage import Workspace

    path = tmp_path / "old.pstudio"
    policy = make_policy()
    policy.set_meta("subtitle", "ar", "للعملاء")
    with Workspace.create(path) as ws:
        ws.save_policy(policy)
    conn = sqlite3.connect(path)  # as schema 7 stored it: title and meta in the head row
    rows = dict(conn.execute("SELECT key, data FROM policy_rows WHERE key LIKE 'lang/%'"))
    head = json.loads(conn.execute("SELECT data FROM policy_rows WHERE key='head'").fetchone()[0])
    head["title"] = {k[5:]: json.loads(v)["title"] for k, v in rows.items()}
    head["meta"] = {"subtitle": {"ar": "للعملاء"}}
    conn.execute("UPDATE policy_rows SET data=? WHERE key='head'", (json.dumps(head),))
    conn.execute("DELETE FROM policy_rows WHERE key LIKE 'lang/%'")
    conn.execute("DROP INDEX policy_rows_revision")
    conn.execute("PRAGMA user_version=7")
    conn.execute("UPDATE meta SET value='7' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    with open_store(str(path)) as ws:
        assert ws.schema_version >= 8
        stored = ws.policy(policy.id)
    assert stored.title == policy.title and stored.meta == policy.meta
    assert (tmp_path / "old.pstudio.schema7.bak").exists()
    conn = sqlite3.connect(path)
    keys = {k for (k,) in conn.execute("SELECT key FROM policy_rows")}
    head = json.loads(conn.execute("SELECT data FROM policy_rows WHERE key='head'").fetchone()[0])
    conn.close()
    assert {"lang/en", "lang/ar"} <= keys and "title" not in head
