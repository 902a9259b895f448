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

MIGRATIONS: list[tuple[int, str]] = [
    (1, V1),
    (2, V2_TRANSLATION),
    (3, V3_AUDIT),
    (4, V4_GLOSSARY_FORBIDDEN),
    (5, V5_TM_UNITS),
]
"""(schema version reached, SQL script) in order."""

CURRENT_VERSION = MIGRATIONS[-1][0]
