"""The workspace's SQLite schema and its forward migrations.

Each migration is one row of MIGRATIONS: the schema version it produces and the statements that
take the previous version there. Adding a table later is adding a row, never editing an old one.
"""

from __future__ import annotations

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

V3_TM_UNITS = """
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

MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2_TRANSLATION),
    (3, V3_TM_UNITS),
]
"""(schema version reached, SQL script) in order."""

CURRENT_VERSION = MIGRATIONS[-1][0]
