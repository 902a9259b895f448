"""The clause catalog (schema 7): what the library lists as you type, without parsing clauses.

Runs on both backends. The catalog must say what the clauses say — after a new wording, a
status change, a removal, a copy and a migration — and its search must find exactly what the
clause search finds, Arabic folded the same way.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from policy_studio.model import ClauseStatus
from policy_studio.storage import CURRENT_VERSION
from policy_studio.storage.locate import open_store

QUERIES = [
    "",
    "records",
    "recor",
    "السجلات",
    "السِّجِلّات",  # diacritics
    "الي من هم دون",  # alef and yaa forms
    "موجهه",  # taa marbuta
    "سجلات",  # without the article
    "nothing-like-this",
]


def _listed(entries):
    return [(e.key, e.version, e.status, e.title, e.tags, e.variants) for e in entries]


def _from_clauses(clauses):
    return [
        (
            c.key,
            c.version,
            c.status,
            {k: v for k, v in c.title.items() if v},
            tuple(c.tags),
            len(c.variants),
        )
        for c in clauses
    ]


@pytest.mark.parametrize("text", QUERIES)
def test_entry_search_finds_what_the_clause_search_finds(store, text):
    entries = store.search_clause_entries(text)
    assert _listed(entries) == _from_clauses(store.search_clauses(text))


def test_arabic_query_folds_diacritics_and_letter_forms(store):
    plain = [e.key for e in store.search_clause_entries("السجلات")]
    assert plain == ["t-keeping"]
    assert [e.key for e in store.search_clause_entries("السِّجِلّات")] == plain
    assert [e.key for e in store.search_clause_entries("الي من هم دون")] == ["t-young"]
    assert [e.key for e in store.search_clause_entries("موجهه")] == ["t-young"]
    assert store.search_clause_entries("records", lang="ar") == []
    young = store.search_clause_entries("موجهه")[0]
    assert young.title["ar"] == store.clause("t-young").title["ar"]


def test_entry_filters_by_tag_and_status(store):
    assert [e.key for e in store.search_clause_entries(tag="retention")] == ["t-keeping"]
    assert {e.key for e in store.search_clause_entries(tag="gdpr")} == {
        "t-contact",
        "t-keeping",
        "t-young",
    }
    drafts = store.search_clause_entries(status=ClauseStatus.DRAFT)
    assert [e.key for e in drafts] == ["t-young"]


def test_catalog_follows_new_wording_status_change_and_removal(store):
    clause = store.clause("t-keeping")
    reworded = replace(clause, title={**clause.title, "en": "Keeping files"})
    saved = store.save_clause(reworded)
    [entry] = store.search_clause_entries("files")
    assert (entry.key, entry.version) == ("t-keeping", saved.version)
    assert entry.title["en"] == "Keeping files"

    deprecated = replace(store.clause("t-keeping"), status=ClauseStatus.DEPRECATED, tags=["x:1"])
    store.save_clause(deprecated)
    [entry] = [e for e in store.clause_entries() if e.key == "t-keeping"]
    assert entry.status is ClauseStatus.DEPRECATED and entry.tags == ("x:1",)
    assert entry.version == saved.version  # status and tags only: same version

    store.delete_clause("t-keeping")
    assert "t-keeping" not in [e.key for e in store.clause_entries()]
    assert store.search_clause_entries("files") == []


def test_a_schema_6_workspace_gets_its_catalog_filled_on_open(store, location):
    expected = _listed(store.clause_entries())
    assert len(expected) == 3
    with store.transaction():
        store._conn.execute("DROP TABLE clause_catalog")
        store._conn.execute("DROP INDEX policy_rows_revision")  # schema 8's
        if store.backend == "sqlite":
            store._conn.execute("PRAGMA user_version=6")
        store._conn.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    store.close()
    with open_store(location) as again:
        assert again.schema_version == CURRENT_VERSION
        assert _listed(again.clause_entries()) == expected


def test_a_team_workspace_migrated_to_7_lets_its_people_search(pg_cluster, clauses):
    """Roles made by `team setup` on schema 6 may read (and, for authors and translators,
    write) the catalog the migration adds, without running `team setup` again."""
    import itertools
    import os

    from policy_studio.storage.locate import create_store
    from policy_studio.storage.team import add_person, setup_team

    uri = pg_cluster.new_database()
    owner = create_store(uri)
    for clause in clauses:
        owner.save_clause(clause)
    owner.close()
    setup_team(uri)
    name = f"reader{os.getpid()}_{next(itertools.count(1))}"
    add_person(uri, name, "translator", langs=("ar",))
    with open_store(uri) as back:  # back to schema 6: no catalog, so no grants on it
        with back.transaction():
            back._conn.execute("DROP TABLE clause_catalog")
            back._conn.execute("DROP INDEX policy_rows_revision")  # schema 8's
            back._conn.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    with open_store(uri) as migrating:  # the owner's client migrates
        assert migrating.schema_version == CURRENT_VERSION
    with open_store(uri.replace("postgresql://postgres@", f"postgresql://{name}@")) as person:
        assert [e.key for e in person.search_clause_entries("السجلات")] == ["t-keeping"]
