"""The workspace: one SQLite file holding the clause library, policies and their versions.

``Workspace`` is the SQLite implementation of ``storage.protocol.WorkspaceStore``; the
PostgreSQL one (``storage.postgres``) subclasses it and replaces only the connection, the
schema set-up and search, so both run the same SQL for everything else (keep new SQL portable:
``?`` placeholders, ``INSERT … ON CONFLICT``, no ``INSERT OR …``).

Journal mode is DELETE (a rollback journal), not WAL: a workspace is a single file that users
copy, e-mail and keep on network shares, and WAL needs shared memory that network file systems do
not provide and leaves -wal/-shm files beside the database that a copied file would miss. With
synchronous=FULL every committed transaction is on disk when the call returns.

A policy is stored as rows (``storage/rows.py``), each with a revision number. The workspace
object remembers, per policy, the rows and revisions it last read or wrote (its *base*);
``save_policy`` writes only the rows that differ from that base and refuses, with
``ConflictError``, to write a row someone else changed since: nothing is ever overwritten
silently. ``refresh_policy`` merges other people's saved changes into an unsaved policy.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import struct
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import (
    Clause,
    ClauseStatus,
    Policy,
    PolicyStudioError,
    SchemaError,
    Status,
    TranslationState,
    Version,
    normalize_text,
)
from ..model.block import fingerprint
from ..model.clause import carry_translation_states
from ..model.glossary import GlossaryEntry
from ..model.serialize import (
    clause_from_dict,
    clause_to_dict,
    from_json,
    policy_from_dict,
    policy_to_dict,
    to_json,
)
from ..text.markup import plain_text
from ..text.search_normalize import fold, index_form
from .roles import EVERYTHING, Permissions
from .rows import (
    HEAD,
    LANG,
    Merge,
    PolicyExcerpt,
    RowConflict,
    Rows,
    apply_in_place,
    block_key_of,
    changed_rows,
    every_language_blocks,
    excerpt_of,
    merge_rows,
    policy_from_rows,
    policy_head,
    policy_rows,
    rows_since,
)
from .schema import (
    APPLICATION_ID,
    CATALOG_UPSERT,
    CURRENT_VERSION,
    MIGRATIONS,
    REQUIRED_TABLES,
    catalog_row,
    fill_clause_catalog,
    v6_policy_rows,
    v8_language_rows,
)

if TYPE_CHECKING:
    from ..model.tmunit import TmUnit
    from .protocol import WorkspaceStore
    from .records import ApprovalRecord, ClauseEntry, ClauseRevision, PreparedSave, Refresh

_RECORDS = frozenset({"ApprovalRecord", "ClauseEntry", "ClauseRevision", "PreparedSave", "Refresh"})


def __getattr__(name: str) -> Any:
    """The record types of storage/records.py, by their old name here (loaded when asked)."""
    if name in _RECORDS:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".pstudio"

APP_BUSY_TIMEOUT = 0.25
"""Seconds the app waits for another program's lock before reporting "not saved, retrying"."""
CLI_BUSY_TIMEOUT = 10.0
"""Seconds a command waits for another program's lock."""


class WorkspaceError(PolicyStudioError):
    """A workspace file that cannot be opened or written; the message names the file."""


class StorageError(WorkspaceError):
    """The database could not do what was asked right now: locked, read-only, disk full,
    server gone. Nothing was written; the same call may succeed later."""


class ConflictError(WorkspaceError):
    """A write based on rows someone else changed since they were read; nothing was written."""

    def __init__(self, message: str, conflicts: Sequence[RowConflict]) -> None:
        super().__init__(message)
        self.conflicts = tuple(conflicts)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class PolicySummary:
    """What a list of policies shows without loading each one."""

    id: str
    title: str
    updated: str


_PLAIN_CODE = re.compile("[A-Za-z0-9-]+")
"""A language code that is plain text in a LIKE pattern (no "_" or "%")."""

_IN_BATCH = 500
"""Keys per ``IN (…)`` list: below SQLite's oldest limit of 999 parameters."""


def _refuse_excerpt(policy: Policy) -> None:
    if isinstance(policy, PolicyExcerpt):
        raise WorkspaceError(
            f"{policy.display_title()!r}: an export's excerpt of the policy (text in some "
            "languages only) cannot be saved"
        )


@dataclass(slots=True)
class _Base:
    """A policy as this workspace object last read or wrote it."""

    rows: Rows
    revisions: dict[str, int]
    revision: int
    """The policy's revision counter when the rows were read (others may have moved it on)."""
    floor: int | None = None
    """Rows stored with a revision above this may differ from ``rows`` (None: ``revision``);
    lower while a conflict keeps a row at its older base."""


def _base_state(base: _Base) -> dict[str, Any]:
    return {
        "rows": dict(base.rows),
        "revisions": dict(base.revisions),
        "revision": base.revision,
        "floor": base.floor,
    }


def plain_storage_error(exc: BaseException) -> str:
    """Why a database call failed, in words a user understands."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "another program is writing to the workspace (it is locked)"
    if "readonly" in text or "read-only" in text:
        return "the workspace file or its folder is read-only"
    if "full" in text or "no space" in text:
        return "the disk is full"
    if "unable to open" in text:
        return "the workspace file or its folder cannot be written"
    if "disk i/o" in text:
        return "the disk reported an error"
    return str(exc)


class _SqliteConnection:
    """sqlite3 with environmental failures (locks, read-only, full disk) as StorageError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.raw = conn
        self.path = path

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.raw.execute(sql, params)
        except sqlite3.OperationalError as exc:
            if _environmental(exc):
                raise StorageError(f"{self.path}: {plain_storage_error(exc)}") from exc
            raise

    def executemany(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        try:
            self.raw.executemany(sql, params)
        except sqlite3.OperationalError as exc:
            if _environmental(exc):
                raise StorageError(f"{self.path}: {plain_storage_error(exc)}") from exc
            raise

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def close(self) -> None:
        self.raw.close()


def _environmental(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(
        word in text
        for word in ("locked", "busy", "readonly", "full", "disk i/o", "unable to open")
    )


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of the audit log: who did what, when, to which policy and segment."""

    id: int
    time: str
    """ISO 8601, UTC."""
    actor: str
    action: str
    """A dotted verb such as ``segment.approve`` or ``version.approve`` (docs/workspace.md)."""
    policy_id: str
    target: str
    """What the action touched: a block id, section id, clause key, version number, file."""
    detail: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "policy_id": self.policy_id,
            "target": self.target,
            "detail": self.detail,
        }


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _is_hot(journal: Path) -> bool:
    """A rollback journal that still holds an interrupted write (its header is intact)."""
    try:
        with journal.open("rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def _check_kind(path: Path) -> None:
    """Refuse a missing path, a folder, a pipe or a device without opening it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise WorkspaceError(f"{path}: no such workspace file") from None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode):
        raise WorkspaceError(f"{path}: is a folder, not a workspace file")
    if not stat.S_ISREG(mode):
        raise WorkspaceError(
            f"{path}: not a regular file (a pipe, socket or device), not a workspace file"
        )


def _check_header(path: Path) -> int:
    """Refuse, without writing, files that are not our workspaces; return the schema version.

    Everything is read from the 100-byte header so that it also works when a crash left a hot
    rollback journal beside the file (which SQLite rolls back on the first read-write open).
    """
    _check_kind(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if size == 0:
        raise WorkspaceError(f"{path}: the file is empty, not a Policy Studio workspace")
    if not header.startswith(SQLITE_MAGIC):
        raise WorkspaceError(f"{path}: not a Policy Studio workspace (not an SQLite database)")
    if len(header) < 100:
        raise WorkspaceError(f"{path}: the workspace file is truncated (only {size} bytes)")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if app_id != APPLICATION_ID:
        raise WorkspaceError(
            f"{path}: not a Policy Studio workspace (an SQLite database of another program)"
        )
    if user_version > CURRENT_VERSION:
        raise WorkspaceError(
            f"{path} was saved by a newer Policy Studio (workspace schema {user_version}; this "
            f"release reads up to {CURRENT_VERSION}). Update Policy Studio to open it; the "
            "file was not changed."
        )
    hot_journal = _journal(path).exists()
    if (
        not hot_journal
        and page_count
        and valid_for == change_counter
        and size < page_size * page_count
    ):
        raise WorkspaceError(
            f"{path}: the workspace file is truncated ({size} bytes of "
            f"{page_size * page_count}); it may have been cut off while copying"
        )
    return int(user_version)


def _is_wal(path: Path) -> bool:
    with path.open("rb") as fh:
        header = fh.read(20)
    return len(header) >= 20 and header[18] == 2


def _quick_check(conn: sqlite3.Connection, path: Path, full: bool = False) -> None:
    pragma = "PRAGMA integrity_check(5)" if full else "PRAGMA quick_check(5)"
    problems = [row[0] for row in conn.execute(pragma)]
    if problems != ["ok"]:
        raise WorkspaceError(f"{path}: the workspace is damaged ({'; '.join(problems)})")


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _hot_journal_error(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def _inspect_readonly(path: Path) -> bool:
    """Check the file's integrity without modifying it.

    Returns False when a crash left a hot rollback journal (SQLite would roll it back on the
    first read-write open): the journal must be checked first (``_check_journal``). A journal
    that belongs to another process's write in progress is not hot, and is simply waited for.
    """
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path}: cannot open the workspace ({exc})") from exc
    try:
        _quick_check(conn, path)
        return True
    except sqlite3.DatabaseError as exc:
        if _hot_journal_error(exc):
            return False
        raise WorkspaceError(f"{path}: the workspace is damaged or truncated ({exc})") from exc
    finally:
        conn.close()


def _identity(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key='workspace_id'").fetchone()
    except sqlite3.DatabaseError:
        return ""
    return str(row[0]) if row else ""


def _check_journal(path: Path) -> None:
    """Before SQLite rolls a leftover journal into ``path``, roll it into a copy and check that.

    A ``-journal`` beside a workspace is normally what a crash left: rolling it back restores
    the last committed state. But a journal copied in from another workspace would be "rolled
    back" just the same, mixing two files. So the pair is copied to a temporary folder, rolled
    back there, and the result must pass a full integrity check and carry this workspace's own
    identity (``meta.workspace_id``, read from the file as it is). Otherwise nothing is changed
    and the journal is refused.
    """
    import shutil  # a leftover journal only: not on every command's start
    import tempfile

    journal = _journal(path)
    with tempfile.TemporaryDirectory(prefix="pstudio-journal-") as folder:
        copy = Path(folder) / "check.pstudio"
        try:
            shutil.copyfile(path, copy)
            alone = Path(folder) / "alone.pstudio"
            shutil.copyfile(path, alone)
            shutil.copyfile(journal, _journal(copy))
        except OSError as exc:
            raise WorkspaceError(
                f"{path}: cannot check the leftover journal {journal.name} "
                f"({exc.strerror or exc}); nothing was changed"
            ) from exc
        expected = ""
        try:
            conn = sqlite3.connect(alone)
            try:
                expected = _identity(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            expected = ""
        problem = ""
        try:
            conn = sqlite3.connect(copy)
            try:
                _quick_check(conn, copy, full=True)
                found = _identity(conn)
                (app_id,) = conn.execute("PRAGMA application_id").fetchone()
                if app_id != APPLICATION_ID:
                    problem = "rolling it back would make the file another program's database"
                elif expected and found != expected:
                    problem = "it was written for a different workspace"
            finally:
                conn.close()
        except (sqlite3.Error, WorkspaceError) as exc:
            problem = f"rolling it back would damage the workspace ({exc})"
        if _is_hot(_journal(copy)) and not problem:
            problem = "SQLite could not roll it back"
    if problem:
        raise WorkspaceError(
            f"{path}: the leftover journal {journal.name} beside it does not belong to this "
            f"workspace: {problem}. Nothing was changed. If it was copied here by mistake, move "
            f"{journal.name} to another folder and open the workspace again; if this workspace "
            "was being written when the computer stopped, keep both files together and ask for "
            "help before deleting anything."
        )


def _check_tables(names: set[str], path: Path | str, version: int) -> None:
    missing = sorted(REQUIRED_TABLES.get(version, set()) - names)
    if missing:
        raise WorkspaceError(
            f"{path}: the workspace is damaged: table{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} missing"
        )


class Workspace:
    """An open workspace file. Every write is one transaction, on disk when the call returns."""

    backend = "sqlite"
    _entries_cache: tuple[tuple[int, int], list[ClauseEntry]] | None = None
    """(data version, own catalog writes) → the catalog as last read: typing a search reads
    the catalog on every key; it is re-read only after a write (ours or another client's)."""
    _catalog_writes = 0

    def __init__(self, path: Path, conn: Any, *, readonly: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0
        self._closed = False
        self.readonly = readonly
        self._bases: dict[str, _Base] = {}
        self._seen_version = -1
        self._on_close: list[Callable[[], None]] = []
        """Called when this connection closes (``when_closed``)."""

    @property
    def location(self) -> str:
        """What the user typed to name this workspace: a file path or a database URI."""
        return str(self.path)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        busy_timeout: float = CLI_BUSY_TIMEOUT,
    ) -> Workspace:
        """Open an existing workspace, migrating it forward (after a backup copy) if older.

        With ``readonly`` nothing is ever written to the file: no migration (an older file is
        migrated in a copy in memory), no journal roll-back, no journal-mode change.
        """
        path = Path(path)
        found = _check_header(path)
        if readonly:
            return cls._open_readonly(path, found)
        if not os.access(path, os.W_OK):
            raise WorkspaceError(
                f"{path}: the workspace file is read-only, so changes cannot be saved "
                "(commands that only read it, such as `policies` and `show`, still work)"
            )
        if not os.access(path.parent, os.W_OK):
            raise WorkspaceError(
                f"{path}: its folder {path.parent} is read-only, so changes cannot be saved "
                "(SQLite writes a journal beside the file; commands that only read it, such as "
                "`policies` and `show`, still work)"
            )
        checked = _inspect_readonly(path)
        if not checked:
            _check_journal(path)
        if found < CURRENT_VERSION and checked:
            backup = path.with_name(f"{path.name}.schema{found}.bak")
            import shutil  # an upgrade only

            try:
                shutil.copy2(path, backup)
            except OSError as exc:
                raise WorkspaceError(
                    f"{path}: cannot make the backup {backup.name} before upgrading the "
                    f"workspace ({exc.strerror or exc}); nothing was changed"
                ) from exc
        workspace = cls._connect(path, found, checked, busy_timeout=busy_timeout)
        return workspace

    @classmethod
    def _open_readonly(cls, path: Path, found: int) -> Workspace:
        try:
            conn = sqlite3.connect(
                _ro_uri(path), uri=True, isolation_level=None, check_same_thread=False
            )
            try:
                _quick_check(conn, path)
                if found < CURRENT_VERSION or _is_wal(path):
                    # An older (or WAL) file is upgraded in memory, never on disk.
                    memory = sqlite3.connect(
                        ":memory:", isolation_level=None, check_same_thread=False
                    )
                    conn.backup(memory)
                    conn.close()
                    conn = memory
                    conn.execute("PRAGMA journal_mode=MEMORY")
                    workspace = cls(path, _SqliteConnection(conn, path))
                    workspace._migrate(found)
                    workspace.readonly = True
                else:
                    workspace = cls(path, _SqliteConnection(conn, path), readonly=True)
                workspace._verify_tables()
                return workspace
            except BaseException:
                conn.close()
                raise
        except sqlite3.DatabaseError as exc:
            if _hot_journal_error(exc):
                raise WorkspaceError(
                    f"{path}: a write to this workspace was interrupted ({_journal(path).name} "
                    "is beside it); open it with a command that writes, or in the app, to "
                    "recover it"
                ) from exc
            raise WorkspaceError(f"{path}: cannot read the workspace ({exc})") from exc

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Workspace:
        """Create an empty workspace; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise WorkspaceError(f"{path}: a file with that name already exists")
        if not path.parent.exists():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
        return cls._connect(path, 0)

    @classmethod
    @contextmanager
    def building(cls, path: str | os.PathLike[str]) -> Iterator[Workspace]:
        """A new workspace filled under a temporary name and moved to ``path`` when complete.

        A crash or a full disk while filling it leaves no file at ``path`` (only a hidden
        temporary file, removed when the failure is seen), so a half-filled workspace never
        opens as if it were whole.
        """
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise WorkspaceError(f"{path}: a file with that name already exists")
        if not path.parent.exists():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
        temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        workspace = cls._connect(temp, 0)
        try:
            yield workspace
            workspace.close()
            _move_into_place(temp, path)
        except BaseException:
            workspace.close()
            temp.unlink(missing_ok=True)
            _journal(temp).unlink(missing_ok=True)
            raise

    @classmethod
    def _connect(
        cls,
        path: Path,
        found: int,
        checked: bool = True,
        *,
        busy_timeout: float = CLI_BUSY_TIMEOUT,
    ) -> Workspace:
        try:
            raw = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise WorkspaceError(
                f"{path}: cannot open the workspace ({plain_storage_error(exc)})"
            ) from exc
        try:
            if not checked:
                # The journal was checked on a copy; the first read rolls it back here.
                _quick_check(raw, path)
                found = int(raw.execute("PRAGMA user_version").fetchone()[0])
            raw.execute("PRAGMA journal_mode=DELETE")
            raw.execute("PRAGMA synchronous=FULL")
            workspace = cls(path, _SqliteConnection(raw, path))
            workspace._migrate(found)
            workspace._verify_tables()
            return workspace
        except WorkspaceError:
            raw.close()
            raise
        except sqlite3.Error as exc:
            raw.close()
            raise WorkspaceError(
                f"{path}: cannot open the workspace for writing ({plain_storage_error(exc)})"
            ) from exc

    def _table_names(self) -> set[str]:
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        return {str(row[0]) for row in rows}

    def _verify_tables(self) -> None:
        _check_tables(self._table_names(), self.location, self.schema_version)

    def _migrate(self, found: int) -> None:
        for target, step in MIGRATIONS:
            if target <= found:
                continue
            with self._transaction() as conn:
                for statement in _statements(step):
                    conn.execute(statement)
                data_step = DATA_MIGRATIONS.get(target)
                if data_step is not None:
                    data_step(conn)
                self._set_schema_version(conn, target)

    def _set_schema_version(self, conn: Any, target: int) -> None:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={target}")
        _put_meta(conn, "schema_version", str(target))

    def close(self) -> None:
        """Close the connection (and tell those who asked, ``when_closed``)."""
        callbacks, self._on_close = self._on_close, []
        for callback in callbacks:
            callback()
        if not self._closed:
            self._closed = True
            self._conn.close()

    @property
    def closed(self) -> bool:
        """True once ``close`` ran: views whose timers outlive the workspace check this."""
        return self._closed

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a call waits for another program's lock before failing with StorageError."""
        self._conn.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make everything inside one transaction: reads see one state, no other writer can
        come between them and the writes, and all writes land together or none do.

        Commands that read, change and write back (``set-var``, ``add-section``, imports) wrap
        their work in this. Nested calls join the outer transaction.
        """
        with self._transaction():
            yield

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        conn = self._conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        if self.readonly:
            raise WorkspaceError(f"{self.location}: opened read-only; nothing can be changed")
        # Writes replace a policy's base with a new object, never change one in place
        # (only resolve_conflict does, outside any transaction): a shallow copy restores them.
        saved = dict(self._bases)
        self._begin()
        self._depth = 1
        try:
            yield conn
            self._commit()
        except BaseException:
            self._bases = saved
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _begin(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        except (sqlite3.Error, StorageError):
            pass

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection commits (cheap to poll)."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def change_notifier(self, *, connect: bool = True) -> int | None:
        """The file has no push channel: the app polls ``data_version``."""
        return None

    def take_notifications(self) -> bool:
        return False

    def announce_presence(self, person: str, policy_id: str, section_id: str) -> None:
        """One person per file: nobody to tell."""

    def editors(self, policy_id: str) -> dict[str, list[str]]:
        return {}

    def permissions(self) -> Permissions:
        """One person per file: everything (``readonly`` aside)."""
        return EVERYTHING

    def reopen(self, busy_timeout: float = APP_BUSY_TIMEOUT) -> Workspace:
        """Another connection to the same workspace, for a worker thread (the app saves and
        merges there, so the window never waits for the database)."""
        if self.readonly:
            return type(self).open(self.path, readonly=True, busy_timeout=busy_timeout)
        # Opened and migrated a moment ago by this object: connect, without the checks and
        # the journal recovery of a first opening (which wait for a lock far longer).
        return type(self)._connect(self.path, CURRENT_VERSION, busy_timeout=busy_timeout)

    def when_closed(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when this object is closed (a worker that made its own connection
        from it then closes that one too, on its own thread)."""
        self._on_close.append(callback)

    def base_state(self, policy_id: str) -> dict[str, Any] | None:
        """What this object last read or wrote of a policy (its rows and their revisions), as
        plain data: kept with unsaved edits in a recovery file, so that restoring them later
        is a three-way merge against what others saved meanwhile (``restore_base``)."""
        base = self._bases.get(policy_id)
        return None if base is None else _base_state(base)

    def restore_base(self, policy_id: str, state: dict[str, Any]) -> None:
        """Make ``state`` (from ``base_state``) this object's base of the policy: the next save
        then writes only what differs from it and meets others' changes as conflicts."""
        rows = {str(k): str(v) for k, v in dict(state["rows"]).items()}
        revisions = {str(k): int(v) for k, v in dict(state["revisions"]).items()}
        floor = state.get("floor")
        self._bases[policy_id] = _Base(
            rows, revisions, int(state["revision"]), None if floor is None else int(floor)
        )

    def adopt_base(self, other: WorkspaceStore, policy_id: str) -> None:
        """Take ``other``'s base of a policy (what it last read or wrote), so a policy read
        through ``other`` can be saved and merged through this object."""
        found = getattr(other, "_bases", {}).get(policy_id)
        if found is not None:
            self._bases[policy_id] = found

    def _load(self, text: str, what: str) -> object:
        try:
            return from_json(text, what)
        except SchemaError as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc

    # -- meta ----------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as conn:
            _put_meta(conn, key, value)

    # -- clauses -------------------------------------------------------------------------

    def clauses(self) -> list[Clause]:
        rows = self._conn.execute("SELECT data FROM clauses ORDER BY key").fetchall()
        return [self._clause(row[0]) for row in rows]

    def _clause(self, data: str) -> Clause:
        try:
            return clause_from_dict(self._load(data, "clause"))
        except SchemaError as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc

    def clause_entries(self) -> list[ClauseEntry]:
        """Every clause's catalog row, by key (no clause document is parsed)."""
        seen = (self.data_version(), self._catalog_writes)
        cached = self._entries_cache
        if cached is not None and cached[0] == seen and not self._depth:
            return list(cached[1])
        rows = self._conn.execute(
            "SELECT key, version, status, topic, titles, tags, variants FROM clause_catalog "
            "ORDER BY key"
        ).fetchall()
        entries = [_entry(row) for row in rows]
        if not self._depth:  # inside a transaction it may still be rolled back
            self._entries_cache = (seen, entries)
        return list(entries)

    def clause(self, key: str) -> Clause | None:
        row = self._conn.execute("SELECT data FROM clauses WHERE key=?", (key,)).fetchone()
        return self._clause(row[0]) if row else None

    def clause_version(self, key: str, version: int) -> Clause | None:
        """The clause as it was at ``version`` (from its history)."""
        row = self._conn.execute(
            "SELECT data FROM clause_history WHERE key=? AND version=?", (key, version)
        ).fetchone()
        return self._clause(row[0]) if row else None

    def clause_history(self, key: str) -> list[ClauseRevision]:
        rows = self._conn.execute(
            "SELECT key, version, created, author, note FROM clause_history "
            "WHERE key=? ORDER BY version",
            (key,),
        ).fetchall()
        from .records import ClauseRevision

        return [ClauseRevision(*row) for row in rows]

    def save_clause(self, clause: Clause, *, note: str = "", author: str = "") -> Clause:
        """Store ``clause``; changed wording gets the next version number and a history entry.

        Status, topic and tags describe the clause rather than word it: changing only those
        updates the current version in place, so policies using the clause are not told that
        an "update" is available when nothing they print has changed.
        """
        with self._transaction():
            return self._save_clause(clause, note=note, author=author)

    def _save_clause(self, clause: Clause, *, note: str, author: str) -> Clause:
        current = self.clause(clause.key)
        clause = carry_translation_states(current, _copied(clause))
        if current is not None:
            clause = replace(clause, version=current.version)
            if clause_to_dict(clause) == clause_to_dict(current):
                return current
            if _wording(clause) == _wording(current):
                self._update_catalog_fields(clause)
                return clause
            clause = replace(clause, version=current.version + 1)
        else:
            clause = replace(clause, version=max(clause.version, 1))
        data = to_json(clause_to_dict(clause))
        stamp = now_iso()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO clauses(key, version, status, topic, data, updated) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "version=excluded.version, status=excluded.status, topic=excluded.topic, "
                "data=excluded.data, updated=excluded.updated",
                (clause.key, clause.version, clause.status.value, clause.topic, data, stamp),
            )
            conn.execute(
                "INSERT INTO clause_history(key, version, data, created, author, note)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key, version) DO UPDATE SET "
                "data=excluded.data, created=excluded.created, author=excluded.author, "
                "note=excluded.note",
                (clause.key, clause.version, data, stamp, author, note),
            )
            self._index_clause(conn, clause)
        self._catalog_writes += 1
        return clause

    def _update_catalog_fields(self, clause: Clause) -> None:
        data = to_json(clause_to_dict(clause))
        with self._transaction() as conn:
            conn.execute(
                "UPDATE clauses SET status=?, topic=?, data=?, updated=? WHERE key=?",
                (clause.status.value, clause.topic, data, now_iso(), clause.key),
            )
            conn.execute(
                "UPDATE clause_history SET data=? WHERE key=? AND version=?",
                (data, clause.key, clause.version),
            )
            conn.execute(CATALOG_UPSERT, catalog_row(clause))
        self._catalog_writes += 1

    def delete_clause(self, key: str) -> None:
        self._catalog_writes += 1
        with self._transaction() as conn:
            conn.execute("DELETE FROM clauses WHERE key=?", (key,))
            conn.execute("DELETE FROM clause_search WHERE key=?", (key,))
            conn.execute("DELETE FROM clause_catalog WHERE key=?", (key,))

    @staticmethod
    def _index_clause(conn: Any, clause: Clause) -> None:
        conn.execute(CATALOG_UPSERT, catalog_row(clause))
        conn.execute("DELETE FROM clause_search WHERE key=?", (clause.key,))
        langs: set[str] = set(clause.title)
        for block in [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]:
            langs.update(block.text)
        for lang in sorted(langs):
            body = " ".join(
                plain_text(b.get(lang))
                for b in [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]
            )
            variant_titles = " ".join(v.label.get(lang, "") for v in clause.variants)
            conn.execute(
                "INSERT INTO clause_search(key, lang, title, body) VALUES (?, ?, ?, ?)",
                (
                    clause.key,
                    lang,
                    index_form(clause.title.get(lang, "")),
                    index_form(f"{body} {variant_titles}"),
                ),
            )

    def search_clauses(
        self,
        text: str = "",
        *,
        lang: str | None = None,
        tag: str | None = None,
        status: ClauseStatus | None = None,
    ) -> list[Clause]:
        """Clauses matching every word of ``text`` (as a prefix, Arabic folded), best first."""
        entries = self.search_clause_entries(text, lang=lang, tag=tag, status=status)
        if not entries:
            return []
        found = {c.key: c for c in self._clauses_named([e.key for e in entries])}
        return [found[e.key] for e in entries if e.key in found]

    def search_clause_entries(
        self,
        text: str = "",
        *,
        lang: str | None = None,
        tag: str | None = None,
        status: ClauseStatus | None = None,
    ) -> list[ClauseEntry]:
        """``search_clauses`` as catalog rows: what a search as you type lists, without
        parsing any clause (the search index and the catalog only)."""
        entries = self.clause_entries()
        if text.strip():
            keys = self._fts_keys(text, lang)
            rank = {key: i for i, key in enumerate(keys)}
            entries = sorted((e for e in entries if e.key in rank), key=lambda e: rank[e.key])
        if tag:
            entries = [e for e in entries if e.matches_tag(tag)]
        if status is not None:
            entries = [e for e in entries if e.status is status]
        return entries

    def _clauses_named(self, keys: list[str]) -> list[Clause]:
        out: list[Clause] = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self._conn.execute(
                f"SELECT data FROM clauses WHERE key IN ({marks})", chunk
            ).fetchall()
            out += [self._clause(row[0]) for row in rows]
        return out

    def _fts_keys(self, text: str, lang: str | None) -> list[str]:
        words = [w for w in fold(text).replace('"', " ").split() if any(ch.isalnum() for ch in w)]
        if not words:
            return []
        query = " AND ".join(f'"{w}"*' for w in words)
        sql = "SELECT key, bm25(clause_search, 0, 0, 5.0, 1.0) FROM clause_search "
        sql += "WHERE clause_search MATCH ?"
        params: list[str] = [query]
        if lang:
            sql += " AND lang=?"
            params.append(lang)
        best: dict[str, float] = {}
        try:
            for key, score in self._conn.execute(sql, params):
                best[key] = min(score, best.get(key, score))
        except sqlite3.OperationalError:
            return []
        return sorted(best, key=lambda k: best[k])

    # -- policies ------------------------------------------------------------------------

    def policies(self) -> list[PolicySummary]:
        rows = self._conn.execute(
            "SELECT id, title, updated FROM policies ORDER BY created, title"
        ).fetchall()
        return [PolicySummary(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def _read_rows(self, policy_id: str) -> tuple[Rows, dict[str, int], int] | None:
        head = self._conn.execute(
            "SELECT revision FROM policies WHERE id=?", (policy_id,)
        ).fetchone()
        if head is None:
            return None
        found = self._conn.execute(
            "SELECT key, data, revision FROM policy_rows WHERE policy_id=?", (policy_id,)
        ).fetchall()
        # Both drivers return TEXT as str and INTEGER as int: no conversion per row (a large
        # policy has 12,500 rows, read by every command that opens it).
        rows: Rows = {key: data for key, data, _ in found}
        revisions: dict[str, int] = {key: revision for key, _, revision in found}
        return rows, revisions, int(head[0])

    def _read_changed_rows(
        self, policy_id: str, base: _Base
    ) -> tuple[Rows, dict[str, int], int] | None:
        """Like ``_read_rows``, fetching the data only of rows whose revision moved: two
        statements in all (a live merge pays each round trip to the server)."""
        # The policy's revision first (a row committed after it is fetched again next time,
        # never missed), with the row count that shows a deletion.
        head = self._conn.execute(
            "SELECT revision, (SELECT count(*) FROM policy_rows WHERE policy_id=?) "
            "FROM policies WHERE id=?",
            (policy_id, policy_id),
        ).fetchone()
        if head is None:
            return None
        # Every row written since the base was read carries a later revision.
        since = self._conn.execute(
            "SELECT key, revision, data FROM policy_rows WHERE policy_id=? AND revision>?",
            (policy_id, base.revision if base.floor is None else base.floor),
        ).fetchall()
        if len(since) > 200:
            return self._read_rows(policy_id)
        newer = {str(k): int(r) for k, r, _d in since}
        added = sum(1 for k in newer if k not in base.revisions)
        if int(head[1]) == len(base.revisions) + added:
            rows = dict(base.rows)  # nothing deleted: a copy in C, not a loop over the rows
            revisions = base.revisions | newer
        else:  # only when rows were deleted is every key's revision read
            revisions = {
                str(k): int(r)
                for k, r in self._conn.execute(
                    "SELECT key, revision FROM policy_rows WHERE policy_id=?", (policy_id,)
                ).fetchall()
            }
            rows = {k: v for k, v in base.rows.items() if k in revisions}
        for key, revision, data in since:
            if str(key) in revisions:
                rows[str(key)] = str(data)
                revisions[str(key)] = int(revision)
        return rows, revisions, int(head[0])

    def change_marks(self, policy_id: str | None) -> tuple[int, int | None]:
        """``data_version()`` and ``policy_revision(policy_id)`` in one look (the session
        asks both after every change it hears of)."""
        version = self.data_version()
        return version, self.policy_revision(policy_id) if policy_id else None

    def _policy_from(self, rows: Rows) -> Policy:
        try:
            return policy_from_rows(rows)
        except SchemaError as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc

    def policy(self, policy_id: str) -> Policy | None:
        """The stored policy; this workspace object remembers it as the base of later saves."""
        with self._reading():
            found = self._read_rows(policy_id)
        if found is None:
            return None
        rows, revisions, revision = found
        policy = self._policy_from(rows)
        self._bases[policy_id] = _Base(rows, revisions, revision)
        return policy

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Several reads that must see one state (a no-op where each read already does)."""
        yield

    def policy_revision(self, policy_id: str) -> int | None:
        """The stored policy's revision counter: it grows with every saved change to it."""
        row = self._conn.execute(
            "SELECT revision FROM policies WHERE id=?", (policy_id,)
        ).fetchone()
        return int(row[0]) if row else None

    def known_revision(self, policy_id: str) -> int | None:
        """The revision this workspace object last read or wrote for the policy."""
        base = self._bases.get(policy_id)
        return base.revision if base else None

    _KEY_PREFIX = "key>=? AND key<?"
    """Rows whose key starts with a prefix (``_key_prefix`` gives the parameters): a range
    of the (policy_id, key) index, as SQLite orders text by its bytes."""

    @staticmethod
    def _key_prefix(prefix: str) -> tuple[str, ...]:
        return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)

    def find_policy(self, ref: str) -> Policy:
        """The policy whose id or title (in any language, case-insensitive) is ``ref``."""
        found = self.policy(self.find_policy_id(ref))
        if found is None:  # deleted in between
            raise WorkspaceError(f"{self.location}: no policy with id or title {ref!r}")
        return found

    def find_policy_id(self, ref: str) -> str:
        """The id of the policy whose id or title (in any language, case-insensitive) is
        ``ref``: the titles are read from each policy's head and language rows, not the whole
        policy."""
        if self.policy_revision(ref) is not None:
            return ref
        wanted = ref.strip().casefold()
        matches = [
            summary.id
            for summary in self.policies()
            if any(t.strip().casefold() == wanted for t in self._titles(summary.id))
        ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise WorkspaceError(f"{self.location}: no policy with id or title {ref!r}")
        raise WorkspaceError(
            f"{self.location}: several policies are titled {ref!r}; use an id "
            f"({', '.join(matches)})"
        )

    def _titles(self, policy_id: str) -> list[str]:
        """The policy's titles in every language (its ``Policy.title`` values), from its head
        and ``lang/`` rows (two index lookups, whatever the size of the policy)."""
        rows: Rows = {
            str(key): str(data)
            for key, data in self._conn.execute(
                f"SELECT key, data FROM policy_rows WHERE policy_id=? AND {self._KEY_PREFIX} "
                "UNION ALL SELECT key, data FROM policy_rows WHERE policy_id=? AND key=?",
                (policy_id, *self._key_prefix(LANG), policy_id, HEAD),
            ).fetchall()
        }
        if HEAD not in rows:
            return []
        try:
            head = policy_head(rows)
        except SchemaError as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc
        return [str(t) for t in dict(head.get("title") or {}).values()]

    def policy_languages(self, policy_id: str) -> list[str] | None:
        """The policy's languages, source first (``Policy.languages``), from its head row
        alone; None when there is no such policy."""
        row = self._conn.execute(
            "SELECT data FROM policy_rows WHERE policy_id=? AND key=?", (policy_id, HEAD)
        ).fetchone()
        if row is None:
            return None
        try:
            head = policy_head({HEAD: str(row[0])})
            source = str(head.get("source_language", "en"))
            targets = [str(code) for code in head.get("target_languages", [])]
        except (SchemaError, TypeError) as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc
        return [source, *(code for code in targets if code != source)]

    def policy_excerpt(self, policy_id: str, languages: Collection[str]) -> Policy | None:
        """The stored policy as an export in ``languages`` needs it, without reading the other
        languages' text (a ``PolicyExcerpt``; None when there is no such policy).

        Block text is read in ``languages`` only, except where the layout looks at the other
        languages: a section title with no text in ``languages`` (whether the section is
        numbered depends on them) and blocks with proposals; the head, titles, metadata,
        variables, sections and tables are read whole. So a layout or fingerprint in those
        languages is the same as of the whole policy. One statement: the policy's rows
        without other languages' text; and only when some block needs the others, two more:
        the keys of those rows (no text), and the rows of the blocks that need them. The
        excerpt is not the base of a later save, and saving it is refused.
        """
        codes = sorted(set(languages))
        if not codes or not all(_PLAIN_CODE.fullmatch(code) for code in codes):
            # A code LIKE could misread ("_" and "%" are its wildcards): read it all.
            whole = self._read_rows(policy_id)
            return None if whole is None else excerpt_of(self._policy_from(whole[0]))
        patterns = tuple(f"%/{code}" for code in codes)
        theirs = " OR ".join("key LIKE ?" for _ in codes)
        with self._reading():
            if self.policy_revision(policy_id) is None:
                return None
            rows: Rows = dict(
                self._conn.execute(
                    "SELECT key, data FROM policy_rows WHERE policy_id=? "
                    f"AND (key NOT LIKE 'text/%' OR {theirs})",
                    (policy_id, *patterns),
                ).fetchall()
            )
            every = every_language_blocks(rows, codes)
            others = (
                self._conn.execute(
                    "SELECT key FROM policy_rows WHERE policy_id=? "
                    f"AND key LIKE 'text/%' AND NOT ({theirs})",
                    (policy_id, *patterns),
                ).fetchall()
                if every
                else []
            )
            keys = [str(key) for (key,) in others if block_key_of(str(key)) in every]
            for start in range(0, len(keys), _IN_BATCH):
                batch = keys[start : start + _IN_BATCH]
                rows.update(
                    self._conn.execute(
                        "SELECT key, data FROM policy_rows WHERE policy_id=? "
                        f"AND key IN ({', '.join('?' for _ in batch)})",
                        (policy_id, *batch),
                    ).fetchall()
                )
        return excerpt_of(self._policy_from(rows))

    def _mine(
        self, policy: Policy, touched: Collection[str] | None
    ) -> tuple[Rows, set[str] | None]:
        """The rows of ``policy`` and the keys that may differ from its base (None: any).

        With ``touched`` (the ids of every block changed since the base), only those blocks
        are serialised (``rows.rows_since``); without it, or when blocks were added, removed
        or moved, the whole policy is.
        """
        base = self._bases.get(policy.id)
        if touched is not None and base is not None:
            found = rows_since(policy, base.rows, touched)
            if found is not None:
                return found
        return policy_rows(policy), None

    def save_policy(self, policy: Policy, *, touched: Collection[str] | None = None) -> None:
        """Write the rows of ``policy`` that changed since this workspace object read it.

        A new policy is inserted whole. A row someone else changed (or deleted) since it was
        read is a conflict: ``ConflictError`` lists them and nothing is written. ``touched``,
        when given, must name every block changed since then (the app's session collects them
        from the edits): the save then serialises only those instead of the whole policy.
        """
        self.write_save(self.prepare_save(policy, touched=touched))

    def prepare_save(
        self, policy: Policy, *, touched: Collection[str] | None = None
    ) -> PreparedSave:
        """The first half of ``save_policy``, without the database: the rows to write, taken
        from ``policy`` now (the app does this on its own thread, then lets a worker write)."""
        _refuse_excerpt(policy)
        used = self._bases.get(policy.id)
        mine, candidates = self._mine(policy, touched)
        from .records import PreparedSave

        return PreparedSave(policy.id, policy.display_title(), mine, candidates, used)

    def write_save(self, prepared: PreparedSave) -> None:
        """The second half of ``save_policy``: one transaction writing what ``prepare_save``
        took (nothing else may use this object for the policy in between)."""
        pid, title = prepared.policy_id, prepared.title
        used, mine, candidates = prepared.base, prepared.rows, prepared.candidates
        stamp = now_iso()
        with self._transaction() as conn:
            base = self._bases.get(pid)
            stored = conn.execute("SELECT revision FROM policies WHERE id=?", (pid,)).fetchone()
            if base is None:
                if stored is not None:
                    raise ConflictError(
                        f"{self.location}: policy {title!r} ({pid}) is "
                        "already stored; read it before changing it",
                        [],
                    )
                conn.execute(
                    "INSERT INTO policies(id, title, created, updated, revision) "
                    "VALUES (?, ?, ?, ?, 1)",
                    (pid, title, stamp, stamp),
                )
                conn.executemany(
                    "INSERT INTO policy_rows(policy_id, key, data, revision) VALUES (?, ?, ?, 1)",
                    [(pid, key, data) for key, data in mine.items()],
                )
                self._bases[pid] = _Base(dict(mine), dict.fromkeys(mine, 1), 1)
                return
            if candidates is None or base is not used:
                written, deleted = changed_rows(base.rows, mine)
            else:  # only these rows can differ from the base
                written = {
                    k: mine[k] for k in candidates if k in mine and base.rows.get(k) != mine[k]
                }
                deleted = {k for k in candidates if k not in mine and k in base.rows}
            if not written and not deleted:
                return
            if stored is None:
                raise ConflictError(
                    f"{self.location}: policy {title!r} was deleted by "
                    "someone else; your changes are not saved",
                    [RowConflict(HEAD, base.rows.get(HEAD), mine.get(HEAD), None)],
                )
            conflicts = []
            for key in sorted(set(written) | deleted):
                row = conn.execute(
                    "SELECT data, revision FROM policy_rows WHERE policy_id=? AND key=?",
                    (pid, key),
                ).fetchone()
                if (int(row[1]) if row else None) != base.revisions.get(key):
                    conflicts.append(
                        RowConflict(key, base.rows.get(key), mine.get(key), row[0] if row else None)
                    )
            if conflicts:
                raise ConflictError(
                    f"{self.location}: someone else changed {len(conflicts)} part(s) of "
                    f"{title!r} since it was read; nothing was overwritten",
                    conflicts,
                )
            revision = int(stored[0]) + 1
            conn.executemany(
                "INSERT INTO policy_rows(policy_id, key, data, revision) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(policy_id, key) DO UPDATE SET data=excluded.data, "
                "revision=excluded.revision",
                [(pid, key, data, revision) for key, data in written.items()],
            )
            for key in deleted:
                conn.execute("DELETE FROM policy_rows WHERE policy_id=? AND key=?", (pid, key))
            conn.execute(
                "UPDATE policies SET title=?, updated=?, revision=? WHERE id=?",
                (title, stamp, revision, pid),
            )
            self._after_write(conn, pid, revision)
            new_revisions = {k: v for k, v in base.revisions.items() if k not in deleted}
            new_revisions.update(dict.fromkeys(written, revision))
            # Unseen changes by others stay unseen: the known revision only moves when none.
            known = revision if int(stored[0]) == base.revision else base.revision
            self._bases[pid] = _Base(dict(mine), new_revisions, known)

    def _after_copy(self) -> None:
        """Rows were copied in with their own ids (PostgreSQL moves its id sequences on)."""

    def _after_write(self, conn: Any, policy_id: str, revision: int) -> None:
        """A policy's rows were written (PostgreSQL tells listening clients)."""

    def refresh_policy(
        self, policy: Policy, *, touched: Collection[str] | None = None, unsaved: bool = True
    ) -> Refresh:
        """Merge what others saved since this workspace object read ``policy`` into it.

        Rows only they changed are taken; rows only ``policy`` changed are kept; rows both
        changed differently are conflicts: ``policy``'s text is kept in the result, and saving
        keeps failing for those rows until ``resolve_conflict`` settles each one. ``touched``
        names the blocks changed and not yet saved, as for ``save_policy``; ``unsaved=False``
        says ``policy`` is exactly as this object last read, wrote or merged it (the app's
        session knows: nothing is dirty), so its rows are not even looked at.
        """
        found = self.read_changes(policy.id)
        return self.merge_changes(policy, found, touched=touched, unsaved=unsaved)

    def read_changes(self, policy_id: str) -> tuple[Rows, dict[str, int], int] | None:
        """The first half of ``refresh_policy``, the database's: the stored rows (only those
        newer than this object's base are fetched), their revisions and the policy's; None
        when the policy was deleted. Changes nothing in this object."""
        base = self._bases.get(policy_id)
        with self._reading():
            return (
                self._read_rows(policy_id)
                if base is None
                else self._read_changed_rows(policy_id, base)
            )

    def merge_changes(
        self,
        policy: Policy,
        found: tuple[Rows, dict[str, int], int] | None,
        *,
        touched: Collection[str] | None = None,
        unsaved: bool = True,
    ) -> Refresh:
        """The second half of ``refresh_policy``, without the database: merge what
        ``read_changes`` found into ``policy`` and make it this object's base."""
        from .records import Refresh

        base = self._bases.get(policy.id)
        mine_keys: set[str] | None
        if not unsaved and base is not None:
            mine, mine_keys = base.rows, set()
        else:
            mine, mine_keys = self._mine(policy, touched)
        if found is None:
            return Refresh(policy, deleted=True)
        theirs, revisions, revision = found
        if base is None:
            base = _Base({}, {}, 0)
        keys: set[str] | None = None
        if mine_keys is not None:  # the rows that may differ: mine changed, or theirs moved
            keys = set(mine_keys)
            # Set operations on the dicts' views run in C (the live round trip's merge).
            keys.update(k for k, _r in revisions.items() - base.revisions.items())
            keys.update(base.rows.keys() - theirs.keys())
        merge: Merge = merge_rows(base.rows, mine, theirs, keys)
        new_rows = dict(theirs)
        new_revisions = dict(revisions)
        for conflict in merge.conflicts:
            # Still based on the old row: a save must not overwrite theirs unasked.
            if conflict.base is None:
                new_rows.pop(conflict.key, None)
                new_revisions.pop(conflict.key, None)
            else:
                new_rows[conflict.key] = conflict.base
                new_revisions[conflict.key] = base.revisions.get(conflict.key, -1)
        floor = min([revision, *(max(0, base.revisions.get(c.key, 0)) for c in merge.conflicts)])
        self._bases[policy.id] = _Base(new_rows, new_revisions, revision, floor)
        if not merge.taken or apply_in_place(policy, merge.rows, merge.taken):
            merged = policy  # others' text and variable edits go into the same objects
        else:
            merged = self._policy_from(merge.rows)
        return Refresh(merged, merge.taken, merge.conflicts)

    def resolve_conflict(self, policy: Policy, key: str, *, keep_mine: bool) -> Policy:
        """Settle one conflicting row: keep ``policy``'s version (saved over theirs by the next
        save) or take the stored one. Returns the policy to go on editing."""
        base = self._bases.get(policy.id)
        if base is None:
            return policy
        row = self._conn.execute(
            "SELECT data, revision FROM policy_rows WHERE policy_id=? AND key=?",
            (policy.id, key),
        ).fetchone()
        if row is None:
            base.rows.pop(key, None)
            base.revisions.pop(key, None)
        else:
            base.rows[key] = str(row[0])
            base.revisions[key] = int(row[1])
        if keep_mine:
            return policy
        rows = policy_rows(policy)
        if row is None:
            rows.pop(key, None)
        else:
            rows[key] = str(row[0])
        return self._policy_from(rows)

    def forget_policy(self, policy_id: str) -> None:
        """Drop the remembered base (the next save of that id is treated as new)."""
        self._bases.pop(policy_id, None)

    def delete_policy(self, policy_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM policy_rows WHERE policy_id=?", (policy_id,))
            conn.execute("DELETE FROM policies WHERE id=?", (policy_id,))
            conn.execute("DELETE FROM versions WHERE policy_id=?", (policy_id,))
            self._bases.pop(policy_id, None)

    # -- versions ------------------------------------------------------------------------

    def save_version(
        self, policy: Policy, label: str, *, note: str = "", author: str = ""
    ) -> Version:
        """Freeze ``policy`` as the next numbered version."""
        _refuse_excerpt(policy)
        snapshot = policy.copy()
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT coalesce(max(number), 0) FROM versions WHERE policy_id=?", (policy.id,)
            ).fetchone()
            version = Version(
                policy_id=policy.id,
                number=int(row[0]) + 1,
                label=label or str(int(row[0]) + 1),
                snapshot=snapshot,
                note=note,
                author=author,
                created=now_iso(),
            )
            conn.execute(
                "INSERT INTO versions(policy_id, number, label, note, author, created, approved, "
                "data) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                (
                    version.policy_id,
                    version.number,
                    version.label,
                    version.note,
                    version.author,
                    version.created,
                    to_json(policy_to_dict(snapshot)),
                ),
            )
        return version

    def versions(self, policy_id: str) -> list[Version]:
        rows = self._conn.execute(
            "SELECT v.policy_id, v.number, v.label, v.note, v.author, v.created, v.approved, "
            "v.data, coalesce(a.approver, ''), coalesce(a.approved_at, '') FROM versions v "
            "LEFT JOIN approvals a ON a.policy_id=v.policy_id AND a.number=v.number "
            "WHERE v.policy_id=? ORDER BY v.number",
            (policy_id,),
        ).fetchall()
        return [self._version(row) for row in rows]

    def version(self, policy_id: str, ref: str | int) -> Version | None:
        """A version by number, or by label (the latest with that label)."""
        for version in reversed(self.versions(policy_id)):
            if str(version.number) == str(ref) or version.label == str(ref):
                return version
        return None

    def _version(self, row: tuple[object, ...]) -> Version:
        policy_id, number, label, note, author, created, approved, data, by, at = row
        try:
            snapshot = policy_from_dict(self._load(str(data), "version"))
        except SchemaError as exc:
            raise WorkspaceError(f"{self.location}: {exc}") from exc
        return Version(
            policy_id=str(policy_id),
            number=int(str(number)),
            label=str(label),
            snapshot=snapshot,
            note=str(note),
            author=str(author),
            created=str(created),
            approved=bool(approved),
            approved_by=str(by),
            approved_at=str(at),
        )

    def set_version_approved(self, policy_id: str, number: int, approved: bool = True) -> None:
        """Set or clear the approved flag; clearing it also removes the named approval."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE versions SET approved=? WHERE policy_id=? AND number=?",
                (int(approved), policy_id, number),
            )
            if not approved:
                conn.execute(
                    "DELETE FROM approvals WHERE policy_id=? AND number=?", (policy_id, number)
                )

    # -- glossary and dismissed findings (schema 2) ----------------------------------------

    def glossary(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[GlossaryEntry]:
        """Term pairs, for one language pair when given, in the order they were added."""
        rows = self._conn.execute(
            "SELECT id, source_lang, target_lang, source_term, target_term, note, forbidden "
            "FROM glossary WHERE (CAST(? AS TEXT) IS NULL OR source_lang=?) "
            "AND (CAST(? AS TEXT) IS NULL OR target_lang=?) ORDER BY id",
            (source_lang, source_lang, target_lang, target_lang),
        ).fetchall()
        return [_glossary_entry(row) for row in rows]

    def add_glossary_term(
        self,
        source_lang: str,
        target_lang: str,
        source_term: str,
        target_term: str,
        note: str = "",
        *,
        forbidden: bool = False,
    ) -> GlossaryEntry:
        """Add a term pair (an identical pair already present is returned unchanged).

        ``forbidden``: the target term is a translation that must not be used.
        """
        source_term, target_term = (
            normalize_text(source_term).strip(),
            normalize_text(target_term).strip(),
        )
        if not source_term or not target_term:
            raise WorkspaceError(f"{self.location}: a glossary entry needs a term on both sides")
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO glossary"
                "(source_lang, target_lang, source_term, target_term, note, forbidden)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (source_lang, target_lang, source_term, target_term, note, int(forbidden)),
            )
            row = conn.execute(
                "SELECT id, source_lang, target_lang, source_term, target_term, note, forbidden "
                "FROM glossary "
                "WHERE source_lang=? AND target_lang=? AND source_term=? AND target_term=?",
                (source_lang, target_lang, source_term, target_term),
            ).fetchone()
        return _glossary_entry(row)

    def update_glossary_term(
        self,
        term_id: int,
        source_term: str,
        target_term: str,
        note: str = "",
        *,
        forbidden: bool = False,
    ) -> None:
        """Correct a term pair in place (same id); refuses an empty side or a duplicate pair."""
        source_term, target_term = (
            normalize_text(source_term).strip(),
            normalize_text(target_term).strip(),
        )
        if not source_term or not target_term:
            raise WorkspaceError(f"{self.path}: a glossary entry needs a term on both sides")
        try:
            with self._transaction() as conn:
                conn.execute(
                    "UPDATE glossary SET source_term=?, target_term=?, note=?, forbidden=? "
                    "WHERE id=?",
                    (source_term, target_term, note, int(forbidden), term_id),
                )
        except sqlite3.IntegrityError:
            raise WorkspaceError(
                f"{self.path}: the glossary already has “{source_term}” → “{target_term}”"
            ) from None

    def remove_glossary_term(self, term_id: int) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM glossary WHERE id=?", (term_id,))

    def dismissed_findings(self, policy_id: str) -> set[str]:
        """Keys of the QA findings marked "not an error" in a policy."""
        rows = self._conn.execute(
            "SELECT finding_key FROM dismissed_findings WHERE policy_id=?", (policy_id,)
        ).fetchall()
        return {str(row[0]) for row in rows}

    def dismiss_finding(
        self, policy_id: str, key: str, *, author: str = "", reason: str = ""
    ) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO dismissed_findings(policy_id, finding_key, author, "
                "created, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (policy_id, key, author, now_iso(), reason),
            )

    def restore_finding(self, policy_id: str, key: str) -> None:
        """Undo "not an error": the finding is reported again."""
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM dismissed_findings WHERE policy_id=? AND finding_key=?",
                (policy_id, key),
            )

    # -- sign-off: audit log and named approvals (schema 3) --------------------------------
    # Plain data in and out, so a storage protocol can declare these as they are.

    def append_log(
        self,
        actor: str,
        action: str,
        *,
        policy_id: str = "",
        target: str = "",
        detail: dict[str, Any] | None = None,
    ) -> LogEntry:
        """Add one line to the audit log (the log has no way to change or remove a line)."""
        stamp = now_iso()
        text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
        with self._transaction() as conn:
            row = conn.execute(
                "INSERT INTO audit_log(time, actor, action, policy_id, target, detail) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (stamp, actor, action, policy_id, target, text),
            ).fetchone()
            row_id = int(row[0]) if row else 0
        return LogEntry(row_id, stamp, actor, action, policy_id, target, dict(detail or {}))

    def log_entries(
        self, policy_id: str | None = None, *, action_prefix: str = "", actor: str = ""
    ) -> list[LogEntry]:
        """Audit log lines, oldest first; for one policy (plus workspace-wide lines such as
        library edits when ``policy_id`` is given), filtered by action prefix and actor."""
        rows = self._conn.execute(
            "SELECT id, time, actor, action, policy_id, target, detail FROM audit_log "
            "WHERE (CAST(? AS TEXT) IS NULL OR policy_id=? OR policy_id='') "
            "AND (? = '' OR action LIKE ? || '%') AND (? = '' OR actor=?) ORDER BY id",
            (policy_id, policy_id, action_prefix, action_prefix, actor, actor),
        ).fetchall()
        out = []
        for row_id, time, who, action, pid, target, detail in rows:
            try:
                data = json.loads(detail)
            except ValueError:
                data = {"text": detail}
            out.append(LogEntry(int(row_id), time, who, action, pid, target, data))
        return out

    def approve_version(
        self, policy_id: str, number: int, approver: str, fingerprints: dict[str, str]
    ) -> ApprovalRecord:
        """Approve a version in someone's name, with the fingerprint of its text per language."""
        if not approver.strip():
            raise WorkspaceError(f"{self.location}: an approval needs the approver's name")
        from .records import ApprovalRecord

        record = ApprovalRecord(policy_id, number, approver, now_iso(), dict(fingerprints))
        with self._transaction() as conn:
            found = conn.execute(
                "UPDATE versions SET approved=1 WHERE policy_id=? AND number=?",
                (policy_id, number),
            ).rowcount
            if not found:
                raise WorkspaceError(f"{self.location}: policy {policy_id} has no version {number}")
            conn.execute(
                "INSERT INTO approvals(policy_id, number, approver, approved_at, "
                "fingerprints) VALUES (?, ?, ?, ?, ?) ON CONFLICT(policy_id, number) DO UPDATE "
                "SET approver=excluded.approver, approved_at=excluded.approved_at, "
                "fingerprints=excluded.fingerprints",
                (policy_id, number, approver, record.approved_at, json.dumps(fingerprints)),
            )
        return record

    def approval(self, policy_id: str, number: int) -> ApprovalRecord | None:
        """The named approval of a version, None when it has none."""
        row = self._conn.execute(
            "SELECT approver, approved_at, fingerprints FROM approvals "
            "WHERE policy_id=? AND number=?",
            (policy_id, number),
        ).fetchone()
        if row is None:
            return None
        from .records import ApprovalRecord

        return ApprovalRecord(policy_id, number, str(row[0]), str(row[1]), json.loads(row[2]))

    # -- imported translation memory (schema 5) --------------------------------------------

    def clause_dates(self) -> dict[str, str]:
        """When each library clause last changed (ISO 8601), by key."""
        rows = self._conn.execute("SELECT key, updated FROM clauses").fetchall()
        return {str(key): str(updated) for key, updated in rows}

    def tm_units(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TmUnit]:
        """Imported memory units, for one language pair when given, in the order stored."""
        rows = self._conn.execute(
            "SELECT id, source_lang, target_lang, source, target, status, origin, created, changed"
            " FROM tm_units WHERE (CAST(? AS TEXT) IS NULL OR source_lang=?)"
            " AND (CAST(? AS TEXT) IS NULL OR target_lang=?) ORDER BY id",
            (source_lang, source_lang, target_lang, target_lang),
        ).fetchall()
        return [_tm_unit(row) for row in rows]

    def tm_pairs(self) -> list[tuple[str, str]]:
        """The language pairs the imported memory holds."""
        rows = self._conn.execute(
            "SELECT DISTINCT source_lang, target_lang FROM tm_units ORDER BY 1, 2"
        ).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    def add_tm_units(self, units: list[TmUnit]) -> tuple[int, int, int]:
        """Store units in one transaction: (added, updated, unchanged).

        A pair already stored (same languages, source and target) takes the unit's status and
        dates when the unit's change date is newer; otherwise it is left as it is.
        """
        added = updated = unchanged = 0
        with self._transaction() as conn:
            for unit in units:
                source, target = normalize_text(unit.source), normalize_text(unit.target)
                row = conn.execute(
                    "SELECT id, status, changed FROM tm_units WHERE source_lang=? AND "
                    "target_lang=? AND source=? AND target=?",
                    (unit.source_lang, unit.target_lang, source, target),
                ).fetchone()
                if row is None:
                    conn.execute(
                        "INSERT INTO tm_units(source_lang, target_lang, source, target, status,"
                        " origin, created, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            unit.source_lang,
                            unit.target_lang,
                            source,
                            target,
                            unit.status.value,
                            unit.origin,
                            unit.created,
                            unit.changed,
                        ),
                    )
                    added += 1
                elif (unit.changed or "") > str(row[2]) or (
                    unit.changed == str(row[2]) and unit.status.value != str(row[1])
                ):
                    conn.execute(
                        "UPDATE tm_units SET status=?, origin=?, created=?, changed=? WHERE id=?",
                        (unit.status.value, unit.origin, unit.created, unit.changed, row[0]),
                    )
                    updated += 1
                else:
                    unchanged += 1
        return added, updated, unchanged

    def clear_tm_units(self, source_lang: str | None = None, target_lang: str | None = None) -> int:
        """Forget imported units (of one pair when given); returns how many."""
        with self._transaction() as conn:
            cur = conn.execute(
                "DELETE FROM tm_units WHERE (CAST(? AS TEXT) IS NULL OR source_lang=?) AND "
                "(CAST(? AS TEXT) IS NULL OR target_lang=?)",
                (source_lang, source_lang, target_lang, target_lang),
            )
        return int(cur.rowcount)

    # -- the workspace's spelling dictionary ------------------------------------------------

    def spelling_words(self, lang: str) -> set[str]:
        """Words added to the workspace's dictionary for ``lang`` ("Add to dictionary")."""
        return {w for w in self.meta(f"spelling.words.{lang}").split("\n") if w}

    def add_spelling_word(self, lang: str, word: str) -> None:
        word = normalize_text(word).strip()
        if not word or "\n" in word:
            return
        known = self.spelling_words(lang)
        if word not in known:
            self.set_meta(f"spelling.words.{lang}", "\n".join(sorted(known | {word})))


def _tm_unit(row: tuple[object, ...]) -> TmUnit:
    from ..model.tmunit import TmUnit  # the translation memory only (~1 ms at start-up)

    unit_id, source_lang, target_lang, source, target, status, origin, created, changed = row
    try:
        state = Status(str(status))
    except ValueError:
        state = Status.TRANSLATED
    return TmUnit(
        str(source_lang),
        str(target_lang),
        str(source),
        str(target),
        state,
        str(origin),
        str(created),
        str(changed),
        int(str(unit_id)),
    )


def _glossary_entry(row: tuple[object, ...]) -> GlossaryEntry:
    term_id, source_lang, target_lang, source_term, target_term, note, forbidden = row
    return GlossaryEntry(
        str(source_lang),
        str(target_lang),
        str(source_term),
        str(target_term),
        str(note),
        int(str(term_id)),
        bool(forbidden),
    )


def _wording(clause: Clause) -> dict[str, object]:
    """What a policy copies from a clause: its texts, not its status, topic, tags or the
    translation states (approving a translation is not a new wording)."""
    data = clause_to_dict(clause)
    for key in ("status", "topic", "tags", "title_states"):
        data.pop(key, None)
    for blocks in [data["blocks"], *(v["blocks"] for v in data["variants"])]:
        for block in blocks:
            block.pop("translations", None)
    return data


def _entry(row: Any) -> ClauseEntry:
    from .records import ClauseEntry

    key, version, status, topic, titles, tags, variants = row
    return ClauseEntry(
        str(key),
        int(version),
        ClauseStatus(str(status)),
        str(topic),
        json.loads(titles),
        tuple(json.loads(tags)),
        int(variants),
    )


def _copied(clause: Clause) -> Clause:
    """A deep copy, so settling translation states never changes the caller's object."""
    return clause_from_dict(clause_to_dict(clause))


def _migrate_clause_states(conn: sqlite3.Connection) -> None:
    """Schema 3: give every library clause per-language translation states (docs/workspace.md).

    Before schema 3 a clause had no state per language and every insertion claimed its
    translations approved. An approved clause was vetted as a whole, in the languages it had, so
    its translations become approved against the source text they stand beside today; a draft or
    deprecated clause records nothing (its translations read as draft until someone confirms
    them). States already present are kept. The clause history keeps its rows as they were.
    """
    rows = conn.execute("SELECT key, data FROM clauses").fetchall()
    for key, data in rows:
        clause = clause_from_dict(from_json(data, "clause"))
        if clause.status is ClauseStatus.APPROVED:
            _approve_unstated(clause)
        new = to_json(clause_to_dict(clause))
        if new != data:
            conn.execute("UPDATE clauses SET data=? WHERE key=?", (new, key))
            conn.execute(
                "UPDATE clause_history SET data=? WHERE key=? AND version=?",
                (new, key, clause.version),
            )


def _approve_unstated(clause: Clause) -> None:
    source = clause.source_language
    title = clause.title_block()
    pairs: list[tuple[dict[str, str], dict[str, TranslationState]]] = [
        (title.text, clause.title_states)
    ]
    pairs += [(b.text, b.translations) for b in clause.all_blocks()]
    for text, states in pairs:
        src = text.get(source, "")
        if not src.strip():
            continue
        for lang, target in text.items():
            if lang != source and target.strip() and lang not in states:
                states[lang] = TranslationState(Status.APPROVED, fingerprint(src), src)


DATA_MIGRATIONS = {
    3: _migrate_clause_states,
    6: v6_policy_rows,
    7: fill_clause_catalog,
    8: v8_language_rows,
}
"""Steps in Python that run inside a migration's transaction, after its SQL."""


def _statements(script: str) -> list[str]:
    """The statements of ``script``; a trigger's body (with its own semicolons) stays whole."""
    out: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip().rstrip(";").strip())
    return out


def _put_meta(conn: Any, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, value),
    )


def _move_into_place(temp: Path, path: Path) -> None:
    """Give the finished file its name, never replacing a file created meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise WorkspaceError(f"{path}: a file with that name already exists") from None
    except OSError:
        if path.exists():
            raise WorkspaceError(f"{path}: a file with that name already exists") from None
        os.replace(temp, path)
        return
    temp.unlink()
