"""One schema definition (storage/schema.py): the PostgreSQL schema is derived from the SQLite
migrations (``postgres.pg_statements``), so both backends have the same tables and columns."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from policy_studio.storage.locate import create_store
from policy_studio.storage.postgres import pg_statements
from policy_studio.storage.schema import COPIED_TABLES, CURRENT_VERSION, MIGRATIONS, REQUIRED_TABLES

_SQLITE_INTERNAL = ("sqlite_", "clause_search_")  # SQLite's own and FTS5's shadow tables


def _sqlite_columns(path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(_SQLITE_INTERNAL)
        ]
        return {n: sorted(r[1] for r in conn.execute(f"PRAGMA table_info({n})")) for n in names}
    finally:
        conn.close()


def _pg_columns(uri: str) -> dict[str, list[str]]:
    with psycopg.connect(uri) as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return {t: sorted(c) for t, c in out.items()}


def test_both_backends_have_the_same_tables_and_columns(tmp_path, pg_cluster):
    path = tmp_path / "parity.pstudio"
    uri = pg_cluster.new_database()
    create_store(str(path)).close()
    create_store(uri).close()
    sqlite_side, pg_side = _sqlite_columns(path), _pg_columns(uri)
    assert sqlite_side == pg_side
    assert set(sqlite_side) >= REQUIRED_TABLES[CURRENT_VERSION]
    for table, columns in COPIED_TABLES.items():  # what `workspace copy` carries exists on both
        assert set(columns) <= set(pg_side[table]), table


def test_every_migration_has_a_postgresql_form():
    from policy_studio.storage.postgres import PG_MIGRATIONS

    overridden = dict(PG_MIGRATIONS)
    for version, script in MIGRATIONS:
        if version in overridden:
            continue
        statements = pg_statements(script)
        assert statements, version
        assert not any("AUTOINCREMENT" in s or "fts5" in s.lower() for s in statements)


def test_a_sqlite_form_without_a_translation_is_refused_not_passed_on():
    with pytest.raises(ValueError, match="no PostgreSQL form"):
        pg_statements("CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE y SET a = 1; END")
    with pytest.raises(ValueError, match="no PostgreSQL form"):
        pg_statements("PRAGMA foreign_keys = on")


def test_postgres_module_defines_no_tables_of_its_own():
    from pathlib import Path

    import policy_studio.storage.postgres as postgres

    source = Path(postgres.__file__).read_text(encoding="utf-8")
    assert "CREATE TABLE meta" not in source and "PG_V6" not in source
