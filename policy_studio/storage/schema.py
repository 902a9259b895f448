"""The workspace's SQLite schema and its forward migrations.

Each migration is one row of MIGRATIONS: the schema version it produces and either the SQL
statements or a function (given the connection) that take the previous version there. Adding a
table later is adding a row, never editing an old one — and adding its name to REQUIRED_TABLES
(an opened file missing one of them is refused as damaged). The PostgreSQL schema
(storage/postgres.py) has its own rows with the same version numbers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
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

V3_POLICY_ROWS = """
CREATE TABLE policy_rows (
    policy_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    data      TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    PRIMARY KEY (policy_id, key)
);
ALTER TABLE policies ADD COLUMN revision INTEGER NOT NULL DEFAULT 0
"""
"""Policies as rows with revisions (storage/rows.py): edits are written as edits."""


def v3_policy_rows(conn: Any) -> None:
    """Split each stored policy document into rows; give the workspace its identity."""
    from ..model.serialize import from_json, policy_from_dict
    from .rows import policy_rows

    for statement in V3_POLICY_ROWS.split(";"):
        if statement.strip():
            conn.execute(statement)
    for policy_id, data in conn.execute("SELECT id, data FROM policies").fetchall():
        policy = policy_from_dict(from_json(data, "policy"))
        for key, row in policy_rows(policy).items():
            conn.execute(
                "INSERT INTO policy_rows(policy_id, key, data, revision) VALUES (?, ?, ?, 1)",
                (policy_id, key, row),
            )
    conn.execute("UPDATE policies SET revision=1")
    conn.execute("ALTER TABLE policies DROP COLUMN data")
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('workspace_id', ?) ON CONFLICT(key) DO NOTHING",
        (uuid.uuid4().hex,),
    )


MIGRATIONS: list[tuple[int, str | Callable[[Any], None]]] = [
    (1, V1),
    (2, V2_TRANSLATION),
    (3, v3_policy_rows),
]
"""(schema version reached, SQL script or function) in order."""

CURRENT_VERSION = MIGRATIONS[-1][0]

_V1_TABLES = {"meta", "clauses", "clause_history", "policies", "versions", "clause_search"}
_V2_TABLES = _V1_TABLES | {"glossary", "dismissed_findings"}
REQUIRED_TABLES: dict[int, set[str]] = {
    1: _V1_TABLES,
    2: _V2_TABLES,
    3: _V2_TABLES | {"policy_rows"},
}
"""The tables a workspace of each schema version must have."""

COPIED_TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "clauses": ("key", "version", "status", "topic", "data", "updated"),
    "clause_history": ("key", "version", "data", "created", "author", "note"),
    "policies": ("id", "title", "created", "updated", "revision"),
    "policy_rows": ("policy_id", "key", "data", "revision"),
    "versions": ("policy_id", "number", "label", "note", "author", "created", "approved", "data"),
    "glossary": ("id", "source_lang", "target_lang", "source_term", "target_term", "note"),
    "dismissed_findings": ("policy_id", "finding_key", "author", "created"),
}
"""What `workspace copy` carries from one workspace to another, table by table (the search
index is rebuilt, not copied). A new table holding user data must be added here."""
