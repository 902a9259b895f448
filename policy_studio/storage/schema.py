"""The workspace's SQLite schema and its forward migrations.

Each migration is one row of MIGRATIONS: the schema version it produces and either the SQL
statements or a function (given the connection) that take the previous version there. Adding a
table later is adding a row, never editing an old one — and adding its name to REQUIRED_TABLES
(an opened file missing one of them is refused as damaged). This is the one definition: the
PostgreSQL schema is derived from these rows (``postgres.pg_statements``), with an override in
``postgres.PG_MIGRATIONS`` only for SQL it cannot translate.
"""

from __future__ import annotations

from typing import Any

APPLICATION_ID = 0x50537464
"""PRAGMA application_id of a workspace ("PStd"): tells our files from other SQLite files."""

V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE clauses (
    key     TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    status  TEXT NOT NULL,
    topic   TEXT NOT NULL DEFAULT '',
    data    TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE clause_history (
    key     TEXT NOT NULL,
    version INTEGER NOT NULL,
    data    TEXT NOT NULL,
    created TEXT NOT NULL,
    author  TEXT NOT NULL DEFAULT '',
    note    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, version)
);
CREATE TABLE policies (
    id       TEXT PRIMARY KEY,
    title    TEXT NOT NULL,
    data     TEXT NOT NULL,
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
);
CREATE TABLE versions (
    policy_id TEXT NOT NULL,
    number    INTEGER NOT NULL,
    label     TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    author    TEXT NOT NULL DEFAULT '',
    created   TEXT NOT NULL,
    approved  INTEGER NOT NULL DEFAULT 0,
    data      TEXT NOT NULL,
    PRIMARY KEY (policy_id, number)
);
CREATE VIRTUAL TABLE clause_search USING fts5(
    key UNINDEXED,
    lang UNINDEXED,
    title,
    body,
    tokenize = "unicode61 remove_diacritics 2"
);
"""

V2_TRANSLATION = """
CREATE TABLE glossary (
    id          INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_term TEXT NOT NULL,
    target_term TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    UNIQUE (source_lang, target_lang, source_term, target_term)
);
CREATE TABLE dismissed_findings (
    policy_id   TEXT NOT NULL,
    finding_key TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    PRIMARY KEY (policy_id, finding_key)
);
"""
"""Translation: glossary term pairs per language pair, and QA findings marked "not an error"."""

V3_AUDIT = """
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    time      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    policy_id TEXT NOT NULL DEFAULT '',
    target    TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_policy ON audit_log(policy_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE approvals (
    policy_id    TEXT NOT NULL,
    number       INTEGER NOT NULL,
    approver     TEXT NOT NULL,
    approved_at  TEXT NOT NULL,
    fingerprints TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (policy_id, number)
);
ALTER TABLE dismissed_findings ADD COLUMN reason TEXT NOT NULL DEFAULT ''
"""
"""Sign-off: the append-only audit log (triggers refuse UPDATE and DELETE), named version
approvals with the SHA-256 fingerprint of the approved text per language, and the reason a QA
finding was dismissed. The same migration gives library clauses per-language translation states
(a data step in storage/workspace.py, see docs/workspace.md)."""
V4_GLOSSARY_FORBIDDEN = """
ALTER TABLE glossary ADD COLUMN forbidden INTEGER NOT NULL DEFAULT 0;
"""
"""Glossary terms marked forbidden: a translation that must not be used (the ``forbidden`` QA
check). Existing terms stay required translations (0)."""
V5_TM_UNITS = """
CREATE TABLE tm_units (
    id          INTEGER PRIMARY KEY,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    status      TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL DEFAULT '',
    changed     TEXT NOT NULL DEFAULT '',
    UNIQUE (source_lang, target_lang, source, target)
);
"""
"""Translation memory units imported from TMX files (library and policies are memory already)."""

V6_POLICY_ROWS = """
CREATE TABLE policy_rows (
    policy_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    data      TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    PRIMARY KEY (policy_id, key)
);
ALTER TABLE policies ADD COLUMN revision INTEGER NOT NULL DEFAULT 0
"""
"""Policies as rows with revisions (storage/rows.py): edits are written as edits. Its data step
(``v6_policy_rows``) splits each stored policy document into rows and drops the document."""


def v6_policy_rows(conn: Any) -> None:
    """Split each stored policy document into rows; give the workspace its identity."""
    from ..model.serialize import from_json, policy_from_dict
    from .rows import policy_rows

    for policy_id, data in conn.execute("SELECT id, data FROM policies").fetchall():
        policy = policy_from_dict(from_json(data, "policy"))
        for key, row in policy_rows(policy).items():
            conn.execute(
                "INSERT INTO policy_rows(policy_id, key, data, revision) VALUES (?, ?, ?, 1)",
                (policy_id, key, row),
            )
    conn.execute("UPDATE policies SET revision=1")
    conn.execute("ALTER TABLE policies DROP COLUMN data")
    import uuid  # a migration's only use of it: not loaded by every command that opens a file

    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('workspace_id', ?) ON CONFLICT(key) DO NOTHING",
        (uuid.uuid4().hex,),
    )


V7_CLAUSE_CATALOG = """
CREATE TABLE clause_catalog (
    key      TEXT PRIMARY KEY,
    version  INTEGER NOT NULL,
    status   TEXT NOT NULL,
    topic    TEXT NOT NULL DEFAULT '',
    titles   TEXT NOT NULL DEFAULT '{}',
    tags     TEXT NOT NULL DEFAULT '[]',
    variants INTEGER NOT NULL DEFAULT 0
)
"""
"""What a list of clauses shows (key, version, status, topic, title per language, tags, number
of alternative wordings) without parsing each clause's document: the library's search as you
type reads this beside the search index. Derived from ``clauses`` and rewritten with it, like
``clause_search`` (rebuilt on copy, never copied). Its data step (``fill_clause_catalog``)
fills it from the clauses already stored; the PostgreSQL schema has the same table."""


V7_SEARCH_PREFIXES = """
CREATE TABLE clause_search_v7_rows AS SELECT key, lang, title, body FROM clause_search;
DROP TABLE clause_search;
CREATE VIRTUAL TABLE clause_search USING fts5(
    key UNINDEXED,
    lang UNINDEXED,
    title,
    body,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);
INSERT INTO clause_search(key, lang, title, body)
    SELECT key, lang, title, body FROM clause_search_v7_rows;
DROP TABLE clause_search_v7_rows
"""
"""The file only: the search index gains prefix indexes of one to three letters. A search as
you type asks for every word as a prefix ("p*" after the first key); FTS5 otherwise walks the
whole term list for it (about twice as slow with 2,000 clauses). Same rows, same tokenizer."""


def catalog_row(clause: Any) -> tuple[str, int, str, str, str, str, int]:
    """The ``clause_catalog`` row of ``clause`` (a model.Clause)."""
    import json

    titles = {lang: text for lang, text in clause.title.items() if text}
    return (
        clause.key,
        clause.version,
        clause.status.value,
        clause.topic,
        json.dumps(titles, ensure_ascii=False, sort_keys=True),
        json.dumps(list(clause.tags), ensure_ascii=False),
        len(clause.variants),
    )


CATALOG_UPSERT = (
    "INSERT INTO clause_catalog(key, version, status, topic, titles, tags, variants) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET version=excluded.version, "
    "status=excluded.status, topic=excluded.topic, titles=excluded.titles, "
    "tags=excluded.tags, variants=excluded.variants"
)


def fill_clause_catalog(conn: Any) -> None:
    """Schema 7's data step (both backends): one catalog row per stored clause."""
    from ..model.serialize import clause_from_dict, from_json

    for (data,) in conn.execute("SELECT data FROM clauses").fetchall():
        conn.execute(CATALOG_UPSERT, catalog_row(clause_from_dict(from_json(str(data), "clause"))))


V8_LANGUAGE_ROWS = """
CREATE INDEX IF NOT EXISTS policy_rows_revision ON policy_rows(policy_id, revision)
"""
"""A policy's title and per-language metadata move out of its ``head`` row into one
``lang/LANG`` row per language (data step ``v8_language_rows``), so a translator may translate
the title without the right to change the policy's structure; and an index on the rows'
revisions, so a client reads only the rows saved since it last looked."""


def v8_language_rows(conn: Any) -> None:
    """Split each policy's head row into the head and its ``lang/LANG`` rows (same revision)."""
    import json

    from .rows import split_head

    heads = conn.execute(
        "SELECT policy_id, data, revision FROM policy_rows WHERE key='head'"
    ).fetchall()
    for policy_id, data, revision in heads:
        head = json.loads(data)
        if not isinstance(head, dict) or ("title" not in head and "meta" not in head):
            continue
        row, languages = split_head(head)
        conn.execute(
            "UPDATE policy_rows SET data=? WHERE policy_id=? AND key='head'", (row, policy_id)
        )
        for key, value in languages.items():
            conn.execute(
                "INSERT INTO policy_rows(policy_id, key, data, revision) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(policy_id, key) DO NOTHING",
                (policy_id, key, value, revision),
            )


MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2_TRANSLATION),
    (3, V3_AUDIT),
    (4, V4_GLOSSARY_FORBIDDEN),
    (5, V5_TM_UNITS),
    (6, V6_POLICY_ROWS),
    (7, V7_CLAUSE_CATALOG + ";" + V7_SEARCH_PREFIXES),
    (8, V8_LANGUAGE_ROWS),
]
"""(schema version reached, SQL script) in order; a data step for a version, if any, is in
``storage.workspace.DATA_MIGRATIONS``."""

CURRENT_VERSION = MIGRATIONS[-1][0]

_V1_TABLES = {"meta", "clauses", "clause_history", "policies", "versions", "clause_search"}
_V2_TABLES = _V1_TABLES | {"glossary", "dismissed_findings"}
_V3_TABLES = _V2_TABLES | {"audit_log", "approvals"}
REQUIRED_TABLES: dict[int, set[str]] = {
    1: _V1_TABLES,
    2: _V2_TABLES,
    3: _V3_TABLES,
    4: _V3_TABLES,
    5: _V3_TABLES | {"tm_units"},
    6: _V3_TABLES | {"tm_units", "policy_rows"},
    7: _V3_TABLES | {"tm_units", "policy_rows", "clause_catalog"},
    8: _V3_TABLES | {"tm_units", "policy_rows", "clause_catalog"},
}
"""The tables a workspace of each schema version must have."""

COPIED_TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "clauses": ("key", "version", "status", "topic", "data", "updated"),
    "clause_history": ("key", "version", "data", "created", "author", "note"),
    "policies": ("id", "title", "created", "updated", "revision"),
    "policy_rows": ("policy_id", "key", "data", "revision"),
    "versions": ("policy_id", "number", "label", "note", "author", "created", "approved", "data"),
    "glossary": (
        "id",
        "source_lang",
        "target_lang",
        "source_term",
        "target_term",
        "note",
        "forbidden",
    ),
    "dismissed_findings": ("policy_id", "finding_key", "author", "created", "reason"),
    "audit_log": ("id", "time", "actor", "action", "policy_id", "target", "detail"),
    "approvals": ("policy_id", "number", "approver", "approved_at", "fingerprints"),
    "tm_units": (
        "id",
        "source_lang",
        "target_lang",
        "source",
        "target",
        "status",
        "origin",
        "created",
        "changed",
    ),
}
"""What `workspace copy` carries from one workspace to another, table by table (the search
index and the clause catalog are rebuilt, not copied). A new table holding user data must be
added here."""
