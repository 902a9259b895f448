"""A team workspace on a PostgreSQL server (psycopg 3), behind the same protocol as the file.

``PostgresWorkspace`` subclasses the SQLite ``Workspace`` and replaces only what differs: the
connection (``?`` placeholders become ``%s``; server and lock failures become StorageError and
the connection is re-made on the next call), the schema and its migrations, transactions (every
write transaction first takes one advisory lock, so writers queue exactly as they do on the
SQLite file: a read-modify-write can never interleave with another), the change counter polled
by the app, and search (a plain table with prefix matching instead of FTS5).

Connection settings are libpq's own: a ``postgresql://`` URI, ``service=NAME`` from
pg_service.conf, PG* environment variables, passwords from ~/.pgpass. We never store a password:
``location`` (what the app shows and remembers) has it removed.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import conninfo as pg_conninfo
from psycopg import errors as pg_errors
from psycopg.pq import ConnStatus, TransactionStatus

from ..model import Clause
from ..text.search_normalize import fold
from .roles import Permissions
from .schema import CURRENT_VERSION, MIGRATIONS, REQUIRED_TABLES, V7_CLAUSE_CATALOG
from .workspace import (
    APP_BUSY_TIMEOUT,
    CLI_BUSY_TIMEOUT,
    DATA_MIGRATIONS,
    StorageError,
    Workspace,
    WorkspaceError,
    _check_tables,
    _put_meta,
)

CHANNEL = "policy_studio"
"""The LISTEN/NOTIFY channel: every committed write transaction notifies it (in the write path,
``_commit``), so other clients hear of it at once instead of at their next poll."""

PRESENCE_CHANNEL = "policy_studio_presence"
"""Who has which section open: each client NOTIFYs a small JSON payload (no table, nothing
stored) when the section it shows changes and as a heartbeat every PRESENCE_BEAT seconds."""
PRESENCE_TTL = 15.0
"""An announcement older than this is forgotten (the client closed or lost the server)."""

CONNECT_TIMEOUT = 10
"""Seconds a command waits for the server to accept a connection (the app waits 2 s) when
the connection string and PGCONNECT_TIMEOUT name none: a server that is unreachable or does
not answer is one sentence after that time, never a hang."""
WRITE_LOCK = 0x50537464
"""The advisory lock every write transaction takes first (the application id, "PStd")."""

PG_V7_GRANTS = """
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_admin') THEN
    GRANT SELECT ON clause_catalog
      TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;
    GRANT INSERT, UPDATE, DELETE ON clause_catalog TO pstudio_author, pstudio_translator;
    GRANT ALL ON clause_catalog TO pstudio_admin;
  END IF;
END $$
"""
"""A team workspace (storage/team.py) migrated to schema 7 gives its roles the new table at
once, as `team setup` would (its grants on ALL TABLES covered only the tables of that day)."""

PG_MIGRATIONS: list[tuple[int, str]] = [
    (7, V7_CLAUSE_CATALOG),  # schema 7's FTS5 prefix indexes are the file's only
]
"""Overrides only: (schema version, PostgreSQL SQL) for a migration of storage/schema.py whose
SQLite form ``pg_statements`` cannot translate (say, an FTS5-only index); it then runs instead
of the translation. Every other migration is derived; test_schema_parity checks that both
backends end with the same tables and columns either way."""

PG_EXTRA: dict[int, tuple[str, ...]] = {
    1: ("CREATE SEQUENCE change_counter",),
    7: (PG_V7_GRANTS,),
}
"""PostgreSQL-only statements run after a migration's derived ones: the change counter the app
polls (``data_version``; SQLite has PRAGMA data_version), and the team roles' grants on the
catalog table schema 7 adds."""


def pg_statements(script: str) -> list[str]:
    """A SQLite migration script of storage/schema.py in PostgreSQL's dialect.

    The schema has one definition, ``schema.MIGRATIONS``; this translates what differs:

    - ``INTEGER PRIMARY KEY [AUTOINCREMENT]`` (a rowid alias) → an identity column;
    - ``CREATE VIRTUAL TABLE t USING fts5(a UNINDEXED, b, …)`` → a plain table with the same
      columns (``TEXT NOT NULL``) and an index on the first (search is ``_fts_keys`` below);
    - ``CREATE TRIGGER t BEFORE|AFTER OP ON table BEGIN SELECT RAISE(ABORT, 'why'); END`` →
      a PL/pgSQL function raising ``why`` and a row trigger calling it.

    Anything else is passed as it is (``CREATE TABLE``, ``CREATE INDEX``, ``ALTER TABLE`` are
    the same in both). A SQLite form it does not know (another trigger body, ``PRAGMA``)
    raises ValueError, so a new migration that needs a translation fails the tests at once.
    """
    from .workspace import _statements

    out: list[str] = []
    for statement in _statements(script):
        head = " ".join(statement.split()[:3]).upper()
        if head.startswith("CREATE VIRTUAL TABLE"):
            out.extend(_pg_fts(statement))
        elif head.startswith("CREATE TRIGGER"):
            out.extend(_pg_trigger(statement))
        elif head.startswith("PRAGMA"):
            raise ValueError(f"no PostgreSQL form for: {statement}")
        else:
            out.append(
                _IDENTITY.sub("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", statement)
            )
    return out


_IDENTITY = re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.IGNORECASE)
_FTS = re.compile(
    r"CREATE\s+VIRTUAL\s+TABLE\s+(\w+)\s+USING\s+fts5\s*\((.*)\)\s*$", re.IGNORECASE | re.DOTALL
)
_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(\w+)\s+(BEFORE|AFTER)\s+(INSERT|UPDATE|DELETE)\s+ON\s+(\w+)\s+"
    r"BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'([^']*)'\s*\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _pg_fts(statement: str) -> list[str]:
    found = _FTS.match(statement.strip())
    if found is None:
        raise ValueError(f"no PostgreSQL form for: {statement}")
    table, body = found.groups()
    columns = []
    for item in body.split(","):
        words = item.split()
        if words and "=" not in item:
            columns.append(words[0])
    if not columns:
        raise ValueError(f"no columns in: {statement}")
    cols = ",\n    ".join(f"{c} TEXT NOT NULL" for c in columns)
    return [
        f"CREATE TABLE {table} (\n    {cols}\n)",
        f"CREATE INDEX {table}_{columns[0]} ON {table} ({columns[0]})",
    ]


def _pg_trigger(statement: str) -> list[str]:
    found = _TRIGGER.match(statement.strip())
    if found is None:
        raise ValueError(f"no PostgreSQL form for: {statement}")
    name, when, operation, table, why = found.groups()
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN RAISE EXCEPTION '{why}'; END $$",
        f"CREATE TRIGGER {name} {when} {operation} ON {table}\n"
        f"FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def display_location(location: str) -> str:
    """``location`` without a password, for messages, titles and settings."""
    try:
        params = pg_conninfo.conninfo_to_dict(location)
    except psycopg.ProgrammingError:
        return "(an invalid PostgreSQL connection string)"
    params.pop("password", None)
    if location.strip().startswith(("postgresql://", "postgres://")):
        user = f"{params['user']}@" if params.get("user") else ""
        host = str(params.get("host", ""))
        port = f":{params['port']}" if params.get("port") else ""
        db = str(params.get("dbname", ""))
        return f"postgresql://{user}{host}{port}/{db}"
    return pg_conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})


def _plain(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, pg_errors.LockNotAvailable | pg_errors.QueryCanceled):
        return "another client is writing to the workspace (it is locked)"
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        return "the database is read-only for this connection"
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return f"the database refused: {text}"
    if isinstance(exc, pg_errors.DiskFull):
        return "the database server's disk is full"
    if isinstance(exc, psycopg.OperationalError):
        return f"the database server cannot be reached ({text})"
    return text


class _PgConnection:
    """psycopg with the sqlite3 call shape the shared SQL uses, reconnecting when it can."""

    def __init__(self, location: str, display: str, *, readonly: bool) -> None:
        self.location = location
        self.display = display
        self.readonly = readonly
        self.lock_timeout_ms = int(CLI_BUSY_TIMEOUT * 1000)
        self.raw: psycopg.Connection[Any] | None = None
        self.connect()

    def connect(self) -> None:
        if self.raw is not None and not self.raw.closed:
            try:
                self.raw.close()  # a broken one: replaced, never left for the collector
            except psycopg.Error:
                pass
        # The app waits briefly (its lock timeout is short): 2 s is libpq's minimum; a
        # command waits 10 s (CONNECT_TIMEOUT). A connect_timeout the person set (in the
        # connection string or PGCONNECT_TIMEOUT) is theirs. Keepalives notice a dead network
        # within ~10 s mid-query.
        timeout: dict[str, Any] = {}
        if not _sets_connect_timeout(self.location):
            timeout["connect_timeout"] = CONNECT_TIMEOUT if self.lock_timeout_ms >= 1000 else 2
        try:
            self.raw = psycopg.connect(
                self.location,
                autocommit=True,
                **timeout,
                application_name="policy-studio",
                keepalives=1,
                keepalives_idle=5,
                keepalives_interval=2,
                keepalives_count=2,
            )
        except psycopg.Error as exc:
            raise StorageError(f"{self.display}: {_plain(exc)}") from exc
        self.raw.execute(f"SET lock_timeout = {self.lock_timeout_ms}")
        if self.readonly:
            self.raw.execute("SET default_transaction_read_only = on")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        if self.raw is None or self.raw.closed or self.raw.broken:
            if self.in_transaction:
                raise StorageError(f"{self.display}: the connection to the server was lost")
            self.connect()
        assert self.raw is not None
        try:
            if params:
                query = sql.replace("%", "%%").replace("?", "%s")
                return self.raw.execute(query, list(params))
            return self.raw.execute(sql)
        except (
            psycopg.OperationalError,
            pg_errors.LockNotAvailable,
            pg_errors.QueryCanceled,
            pg_errors.ReadOnlySqlTransaction,
            pg_errors.DiskFull,
            pg_errors.InsufficientPrivilege,
        ) as exc:
            raise StorageError(f"{self.display}: {_plain(exc)}") from exc

    def executemany(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        """Many rows in one pipeline (a policy's first save is ~12,000 rows on the large one)."""
        if not params:
            return
        if self.raw is None or self.raw.closed or self.raw.broken:
            raise StorageError(f"{self.display}: the connection to the server was lost")
        query = sql.replace("%", "%%").replace("?", "%s")
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(query, [list(p) for p in params])
        except (
            psycopg.OperationalError,
            pg_errors.LockNotAvailable,
            pg_errors.QueryCanceled,
            pg_errors.ReadOnlySqlTransaction,
            pg_errors.DiskFull,
            pg_errors.InsufficientPrivilege,
        ) as exc:
            raise StorageError(f"{self.display}: {_plain(exc)}") from exc

    @property
    def in_transaction(self) -> bool:
        if self.raw is None or self.raw.closed:
            return False
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        if self.raw is not None:
            self.raw.close()


class PostgresWorkspace(Workspace):
    """A workspace in a PostgreSQL database."""

    _KEY_PREFIX = "key LIKE ?"
    """PostgreSQL orders text by the database's collation, where a range need not bound the
    keys that start with a prefix (punctuation may weigh nothing): LIKE, whose prefix is
    exact (our prefixes hold neither "%" nor "_")."""

    @staticmethod
    def _key_prefix(prefix: str) -> tuple[str, ...]:
        return (prefix + "%",)

    backend = "postgresql"

    def __init__(self, location: str, conn: _PgConnection, *, readonly: bool = False) -> None:
        super().__init__(_no_path(), conn, readonly=readonly)
        self._location = location
        self._display = conn.display
        self._listener: psycopg.Connection[Any] | None = None
        self._listening = threading.RLock()
        self._client = os.urandom(8).hex()
        self._presence: dict[str, tuple[str, str, str, float]] = {}
        """Other client id → (person, policy id, section id, when heard: monotonic)."""

    @property
    def location(self) -> str:
        return self._display

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(  # type: ignore[override]
        cls,
        location: str,
        *,
        readonly: bool = False,
        busy_timeout: float = CLI_BUSY_TIMEOUT,
    ) -> PostgresWorkspace:
        display = display_location(location)
        conn = _connect(location, display, readonly=readonly, busy_timeout=busy_timeout)
        try:
            workspace = cls(location, conn, readonly=readonly)
            found = workspace._found_version()
            if found == 0:
                raise WorkspaceError(
                    f"{display}: this database holds no Policy Studio workspace; create one "
                    f"with `policy-studio new {display}`"
                )
            if found > CURRENT_VERSION:
                raise WorkspaceError(
                    f"{display} was saved by a newer Policy Studio (workspace schema {found}; "
                    f"this release reads up to {CURRENT_VERSION}). Update Policy Studio to open "
                    "it; nothing was changed."
                )
            if found < CURRENT_VERSION:
                if readonly:
                    raise WorkspaceError(
                        f"{display}: the workspace needs an upgrade (schema {found}); open it "
                        "once with a command that writes"
                    )
                workspace._migrate(found)
            workspace._verify_tables()
            return workspace
        except BaseException:
            conn.close()
            raise

    @classmethod
    def create(cls, location: str) -> PostgresWorkspace:  # type: ignore[override]
        """Create the schema in an existing, empty database (the server's admin makes it)."""
        display = display_location(location)
        conn = _connect(location, display, readonly=False, busy_timeout=CLI_BUSY_TIMEOUT)
        try:
            workspace = cls(location, conn)
            if workspace._found_version() != 0:
                raise WorkspaceError(f"{display}: the database already holds a workspace")
            workspace._migrate(0)
            workspace._verify_tables()
            return workspace
        except BaseException:
            conn.close()
            raise

    def _found_version(self) -> int:
        row = self._conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()
        if not row or not row[0]:
            return 0
        value = self.meta("schema_version", "0")
        return int(value) if value.isdigit() else 0

    def _migrate(self, found: int) -> None:
        """The migrations of storage/schema.py from ``found`` on, in PostgreSQL's dialect
        (``pg_statements``), each with its data step, one transaction per step."""
        overrides = dict(PG_MIGRATIONS)
        for target, script in MIGRATIONS:
            if target <= found:
                continue
            own = overrides.get(target)
            derived = pg_statements(script) if own is None else _pg_statements(own)
            with self._transaction() as conn:
                for statement in [*derived, *PG_EXTRA.get(target, ())]:
                    conn.execute(statement)
                data_step = DATA_MIGRATIONS.get(target)
                if data_step is not None:
                    data_step(conn)
                if target == 8:
                    _renew_team_rules(conn)
                _put_meta(conn, "schema_version", str(target))

    def _table_names(self) -> set[str]:
        rows = self._conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
        return {str(row[0]) for row in rows}

    def _verify_tables(self) -> None:
        _check_tables(self._table_names(), self.location, self.schema_version)

    @property
    def schema_version(self) -> int:
        value = self.meta("schema_version", "0")
        return int(value) if value.isdigit() else 0

    # -- transactions and change detection -----------------------------------------------

    def _begin(self) -> None:
        self._conn.execute("BEGIN")
        try:
            self._conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        except BaseException:
            self._rollback()
            raise

    def _commit(self) -> None:
        self._conn.execute("SELECT nextval('change_counter')")  # what data_version() polls
        self._conn.execute(f"NOTIFY {CHANNEL}")  # delivered to listeners when COMMIT lands
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except (psycopg.Error, StorageError):
            pass

    def data_version(self) -> int:
        row = self._conn.execute("SELECT last_value FROM change_counter").fetchone()
        return int(row[0])

    def change_marks(self, policy_id: str | None) -> tuple[int, int | None]:
        """One round trip to the server for both marks."""
        row = self._conn.execute(
            "SELECT last_value, (SELECT revision FROM policies WHERE id=?) FROM change_counter",
            (policy_id or "",),
        ).fetchone()
        return int(row[0]), None if row[1] is None else int(row[1])

    def change_notifier(self, *, connect: bool = True) -> int | None:
        """A second connection LISTENing on CHANNEL; its socket becomes readable on a commit.

        Making it connects to the server (up to 2 s when it is away): the app calls this on
        its worker thread, so ``_listening`` guards the listener against ``close`` on the
        window's thread (one made after close is closed at once, never left open)."""
        with self._listening:
            listener = self._listener
            if (
                listener is not None
                and not listener.closed
                and not listener.broken
                and listener.pgconn.status == ConnStatus.OK
            ):
                return int(listener.pgconn.socket)
            if not connect or self.closed:
                return None
        try:
            listener = psycopg.connect(
                self._location,
                autocommit=True,
                connect_timeout=2,
                application_name="policy-studio listener",
                keepalives=1,
                keepalives_idle=5,
                keepalives_interval=2,
                keepalives_count=2,
            )
        except psycopg.Error:
            return None
        try:
            listener.execute(f"LISTEN {CHANNEL}")
            listener.execute(f"LISTEN {PRESENCE_CHANNEL}")
        except psycopg.Error:
            listener.close()
            return None
        with self._listening:
            if self.closed or self._listener is not None:
                listener.close()  # closed meanwhile, or another call listened first
                other = self._listener
                return None if self.closed or other is None else int(other.pgconn.socket)
            self._listener = listener
            return int(listener.pgconn.socket)

    def take_notifications(self) -> bool:
        listener = self._listener
        if listener is None:
            return False
        try:
            # consume_input raises when the server closed the connection (a readable socket
            # at its end), so a dead listener is noticed instead of firing forever.
            listener.pgconn.consume_input()
            got = False
            while (note := listener.pgconn.notifies()) is not None:
                if note.relname.decode() == PRESENCE_CHANNEL:
                    self._heard(note.extra.decode("utf-8", "replace"))
                else:
                    got = True
            if listener.pgconn.status != ConnStatus.OK:
                raise psycopg.OperationalError("the listening connection was closed")
            return got
        except psycopg.Error:
            self._drop_listener()  # the server went away: the next change_notifier() re-listens
            return True

    def _heard(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            client, person = str(data["client"]), str(data["person"])
            policy_id, section_id = str(data["policy"]), str(data["section"])
        except (ValueError, KeyError, TypeError):
            return  # not ours: someone else's NOTIFY on the channel
        if client == self._client:
            return
        if not section_id:
            self._presence.pop(client, None)
        else:
            self._presence[client] = (person, policy_id, section_id, time.monotonic())

    def announce_presence(self, person: str, policy_id: str, section_id: str) -> None:
        payload = json.dumps(
            {"client": self._client, "person": person, "policy": policy_id, "section": section_id}
        )
        if self._conn.in_transaction:
            return  # told at the next heartbeat: a NOTIFY inside would wait for the commit
        self._conn.execute("SELECT pg_notify(?, ?)", (PRESENCE_CHANNEL, payload))

    def editors(self, policy_id: str) -> dict[str, list[str]]:
        now = time.monotonic()
        out: dict[str, list[str]] = {}
        for client, (person, pid, section, heard) in list(self._presence.items()):
            if now - heard > PRESENCE_TTL:
                del self._presence[client]
            elif pid == policy_id:
                out.setdefault(section, []).append(person)
        return {section: sorted(set(names)) for section, names in out.items()}

    def reopen(self, busy_timeout: float = APP_BUSY_TIMEOUT) -> PostgresWorkspace:
        """Another connection to the same database, for a worker thread; it announces
        presence as this client (one window, one marker)."""
        other = PostgresWorkspace.open(
            self._location, readonly=self.readonly, busy_timeout=busy_timeout
        )
        other._client = self._client
        return other

    def permissions(self) -> Permissions:
        """The login's team roles (storage/team.py), read from the server's catalogue."""
        row = self._conn.execute(
            "SELECT session_user, "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
            "OR coalesce(pg_has_role(session_user, "
            "(SELECT tableowner FROM pg_tables WHERE tablename = 'policies' "
            "AND schemaname = current_schema()), 'MEMBER'), false), "
            "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_author')"
        ).fetchone()
        person, owner, team = str(row[0]), bool(row[1]), bool(row[2])
        if owner or not team:  # the owner, or a server where `team setup` never ran
            return Permissions(person, frozenset({"owner"} if owner else set()))
        found = self._conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE 'pstudio\\_%' "
            "AND pg_has_role(session_user, oid, 'MEMBER')"
        ).fetchall()
        names = {str(r[0]).removeprefix("pstudio_") for r in found}
        roles = frozenset(n for n in names if n in ("author", "translator", "approver", "admin"))
        full = bool(roles & {"author", "admin"})
        languages = frozenset(
            n.removeprefix("translator_") for n in names if n.startswith("translator_")
        )
        return Permissions(
            person,
            roles,
            structure=full,
            source=full,
            languages=None if full else (languages if "translator" in roles else frozenset()),
            approve=bool(roles & {"approver", "admin"}),
        )

    def _drop_listener(self) -> None:
        with self._listening:
            listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.close()
            except psycopg.Error:
                pass

    def close(self) -> None:
        with self._listening:
            super().close()  # closed first: a listener being made now is closed by its maker
        self._drop_listener()

    def set_busy_timeout(self, seconds: float) -> None:
        assert isinstance(self._conn, _PgConnection)
        self._conn.lock_timeout_ms = max(1, int(seconds * 1000))
        self._conn.execute(f"SET lock_timeout = {self._conn.lock_timeout_ms}")

    def _after_copy(self) -> None:
        for table in ("glossary", "audit_log", "tm_units"):
            self._conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )

    # -- search ----------------------------------------------------------------------------

    def _fts_keys(self, text: str, lang: str | None) -> list[str]:
        """Every word a prefix of some word of the title or body (in the server, by regular
        expression: the rows are not sent here); a word found in the title ranks higher."""
        words = [w for w in fold(text).replace('"', " ").split() if any(ch.isalnum() for ch in w)]
        if not words:
            return []
        patterns = [r"(^|\s)" + re.escape(w) for w in words]
        score = " + ".join("CASE WHEN title ~ ? THEN -5 ELSE -1 END" for _ in words)
        where = " AND ".join("(title ~ ? OR body ~ ?)" for _ in words)
        sql = f"SELECT key, {score} FROM clause_search WHERE {where}"
        params: list[str] = list(patterns)
        for pattern in patterns:
            params += [pattern, pattern]
        if lang:
            sql += " AND lang=?"
            params.append(lang)
        best: dict[str, float] = {}
        for key, value in self._conn.execute(sql, params).fetchall():
            best[str(key)] = min(float(value), best.get(str(key), float(value)))
        return sorted(best, key=lambda k: (best[k], k))

    @staticmethod
    def _index_clause(conn: Any, clause: Clause) -> None:
        Workspace._index_clause(conn, clause)


def _renew_team_rules(conn: _PgConnection) -> None:
    """Schema 8 on a server where ``team setup`` ran: the translator's row rule learns the
    ``lang/LANG`` rows (its earlier form would refuse a translator's title)."""
    from .team import ROW_REFUSAL_SQL

    found = conn.execute("SELECT to_regprocedure('pstudio_row_refusal(text, text)')").fetchone()
    if found and found[0] is not None:
        for statement in _pg_statements(ROW_REFUSAL_SQL):
            conn.execute(statement)


def _pg_statements(script: str) -> list[str]:
    """Split on semicolons outside $$-quoted function bodies."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece
        if pending.count("$$") % 2 == 0:
            if pending.strip():
                out.append(pending.strip())
            pending = ""
        else:
            pending += ";"
    return out


def _sets_connect_timeout(location: str) -> bool:
    """The connection string or the environment names its own connect_timeout."""
    if os.environ.get("PGCONNECT_TIMEOUT", "").strip():
        return True
    try:
        return "connect_timeout" in pg_conninfo.conninfo_to_dict(location)
    except psycopg.ProgrammingError:
        return False  # not parsed here: psycopg.connect says what is wrong with it


def _connect(location: str, display: str, *, readonly: bool, busy_timeout: float) -> _PgConnection:
    try:
        conn = _PgConnection(location, display, readonly=readonly)
    except StorageError as exc:
        raise WorkspaceError(f"cannot open the team workspace: {exc}") from exc
    conn.lock_timeout_ms = int(busy_timeout * 1000)
    conn.execute(f"SET lock_timeout = {conn.lock_timeout_ms}")
    return conn


def _no_path() -> Any:
    from pathlib import Path

    return Path(os.devnull)


__all__ = [
    "PG_MIGRATIONS",
    "REQUIRED_TABLES",
    "PostgresWorkspace",
    "display_location",
    "pg_statements",
]
