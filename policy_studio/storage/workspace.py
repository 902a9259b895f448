"""The workspace: one SQLite file holding the clause library, policies and their versions.

Journal mode is DELETE (a rollback journal), not WAL: a workspace is a single file that users
copy, e-mail and keep on network shares, and WAL needs shared memory that network file systems do
not provide and leaves -wal/-shm files beside the database that a copied file would miss. With
synchronous=FULL every committed transaction is on disk when the call returns.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
from ..model.tmunit import TmUnit
from ..text.markup import plain_text
from ..text.search_normalize import fold, index_form
from .schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".pstudio"


class WorkspaceError(PolicyStudioError):
    """A workspace file that cannot be opened or written; the message names the file."""


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class PolicySummary:
    """What a list of policies shows without loading each one."""

    id: str
    title: str
    updated: str


@dataclass(frozen=True, slots=True)
class ClauseRevision:
    """One entry of a clause's history."""

    key: str
    version: int
    created: str
    author: str
    note: str


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


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    """A version's named approval and the fingerprint of the approved text per language."""

    policy_id: str
    number: int
    approver: str
    approved_at: str
    fingerprints: dict[str, str]


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _check_header(path: Path) -> int:
    """Refuse, without writing, files that are not our workspaces; return the schema version.

    Everything is read from the 100-byte header so that it also works when a crash left a hot
    rollback journal beside the file (which SQLite rolls back on the first read-write open).
    """
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


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise WorkspaceError(f"{path}: the workspace is damaged ({'; '.join(problems)})")


def _inspect_readonly(path: Path) -> bool:
    """Check the file's integrity without modifying it.

    Returns False when a crash left a rollback journal: the check then has to wait until SQLite
    has rolled the interrupted write back, which needs a read-write connection.
    """
    if _journal(path).exists():
        return False
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path}: cannot open the workspace ({exc})") from exc
    try:
        _quick_check(conn, path)
        return True
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path}: the workspace is damaged or truncated ({exc})") from exc
    finally:
        conn.close()


class Workspace:
    """An open workspace file. Every write is one transaction, on disk when the call returns."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Workspace:
        """Open an existing workspace, migrating it forward (after a backup copy) if older."""
        path = Path(path)
        if not path.exists():
            raise WorkspaceError(f"{path}: no such workspace file")
        if path.is_dir():
            raise WorkspaceError(f"{path}: is a folder, not a workspace file")
        found = _check_header(path)
        checked = _inspect_readonly(path)
        if found < CURRENT_VERSION and checked:
            backup = path.with_name(f"{path.name}.schema{found}.bak")
            shutil.copy2(path, backup)
        workspace = cls._connect(path, found, checked)
        return workspace

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Workspace:
        """Create an empty workspace; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise WorkspaceError(f"{path}: a file with that name already exists")
        if not path.parent.exists():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
        return cls._connect(path, 0)

    @classmethod
    def _connect(cls, path: Path, found: int, checked: bool = True) -> Workspace:
        try:
            conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
            if not checked:
                # The first read rolls back the interrupted write; then check what is left.
                try:
                    _quick_check(conn, path)
                    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
                except (WorkspaceError, sqlite3.DatabaseError):
                    conn.close()
                    raise
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            workspace = cls(path, conn)
            workspace._migrate(found)
            return workspace
        except sqlite3.Error as exc:
            raise WorkspaceError(f"{path}: cannot open the workspace for writing ({exc})") from exc

    def _migrate(self, found: int) -> None:
        for target, script in MIGRATIONS:
            if target <= found:
                continue
            with self._transaction() as conn:
                for statement in _statements(script):
                    conn.execute(statement)
                data_step = DATA_MIGRATIONS.get(target)
                if data_step is not None:
                    data_step(conn)
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={target}")
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
                    (str(target),),
                )

    def close(self) -> None:
        self._closed = True
        self._conn.close()

    @property
    def closed(self) -> bool:
        """True once ``close`` ran: views whose timers outlive the workspace check this."""
        return getattr(self, "_closed", False)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _load(self, text: str, what: str) -> object:
        try:
            return from_json(text, what)
        except SchemaError as exc:
            raise WorkspaceError(f"{self.path}: {exc}") from exc

    # -- meta ----------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- clauses -------------------------------------------------------------------------

    def clauses(self) -> list[Clause]:
        rows = self._conn.execute("SELECT data FROM clauses ORDER BY key").fetchall()
        return [self._clause(row[0]) for row in rows]

    def _clause(self, data: str) -> Clause:
        try:
            return clause_from_dict(self._load(data, "clause"))
        except SchemaError as exc:
            raise WorkspaceError(f"{self.path}: {exc}") from exc

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
        return [ClauseRevision(*row) for row in rows]

    def save_clause(self, clause: Clause, *, note: str = "", author: str = "") -> Clause:
        """Store ``clause``; changed wording gets the next version number and a history entry.

        Status, topic and tags describe the clause rather than word it: changing only those
        updates the current version in place, so policies using the clause are not told that
        an "update" is available when nothing they print has changed.
        """
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
                "INSERT OR REPLACE INTO clauses(key, version, status, topic, data, updated) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (clause.key, clause.version, clause.status.value, clause.topic, data, stamp),
            )
            conn.execute(
                "INSERT OR REPLACE INTO clause_history(key, version, data, created, author, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (clause.key, clause.version, data, stamp, author, note),
            )
            self._index_clause(conn, clause)
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

    def delete_clause(self, key: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM clauses WHERE key=?", (key,))
            conn.execute("DELETE FROM clause_search WHERE key=?", (key,))

    @staticmethod
    def _index_clause(conn: sqlite3.Connection, clause: Clause) -> None:
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
        clauses = self.clauses()
        if text.strip():
            keys = self._fts_keys(text, lang)
            rank = {key: i for i, key in enumerate(keys)}
            clauses = sorted((c for c in clauses if c.key in rank), key=lambda c: rank[c.key])
        if tag:
            wanted = tag.casefold()
            clauses = [
                c
                for c in clauses
                if any(
                    t.casefold() == wanted or t.casefold().startswith(wanted + ":") for t in c.tags
                )
                or c.topic.casefold() == wanted
            ]
        if status is not None:
            clauses = [c for c in clauses if c.status is status]
        return clauses

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
        return [PolicySummary(*row) for row in rows]

    def policy(self, policy_id: str) -> Policy | None:
        row = self._conn.execute("SELECT data FROM policies WHERE id=?", (policy_id,)).fetchone()
        if row is None:
            return None
        try:
            return policy_from_dict(self._load(row[0], "policy"))
        except SchemaError as exc:
            raise WorkspaceError(f"{self.path}: {exc}") from exc

    def find_policy(self, ref: str) -> Policy:
        """The policy whose id or title (in any language, case-insensitive) is ``ref``."""
        found = self.policy(ref)
        if found is not None:
            return found
        wanted = ref.strip().casefold()
        matches = []
        for summary in self.policies():
            policy = self.policy(summary.id)
            if policy and any(t.strip().casefold() == wanted for t in policy.title.values()):
                matches.append(policy)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise WorkspaceError(f"{self.path}: no policy with id or title {ref!r}")
        ids = ", ".join(p.id for p in matches)
        raise WorkspaceError(f"{self.path}: several policies are titled {ref!r}; use an id ({ids})")

    def save_policy(self, policy: Policy) -> None:
        stamp = now_iso()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO policies(id, title, data, created, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET title=excluded.title, data=excluded.data, "
                "updated=excluded.updated",
                (policy.id, policy.display_title(), to_json(policy_to_dict(policy)), stamp, stamp),
            )

    def delete_policy(self, policy_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM policies WHERE id=?", (policy_id,))
            conn.execute("DELETE FROM versions WHERE policy_id=?", (policy_id,))

    # -- versions ------------------------------------------------------------------------

    def save_version(
        self, policy: Policy, label: str, *, note: str = "", author: str = ""
    ) -> Version:
        """Freeze ``policy`` as the next numbered version."""
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
            raise WorkspaceError(f"{self.path}: {exc}") from exc
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
            "FROM glossary WHERE (?1 IS NULL OR source_lang=?1) "
            "AND (?2 IS NULL OR target_lang=?2) ORDER BY id",
            (source_lang, target_lang),
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
            raise WorkspaceError(f"{self.path}: a glossary entry needs a term on both sides")
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO glossary"
                "(source_lang, target_lang, source_term, target_term, note, forbidden)"
                " VALUES (?, ?, ?, ?, ?, ?)",
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
                "INSERT OR IGNORE INTO dismissed_findings(policy_id, finding_key, author, "
                "created, reason) VALUES (?, ?, ?, ?, ?)",
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
            cursor = conn.execute(
                "INSERT INTO audit_log(time, actor, action, policy_id, target, detail) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (stamp, actor, action, policy_id, target, text),
            )
            row_id = int(cursor.lastrowid or 0)
        return LogEntry(row_id, stamp, actor, action, policy_id, target, dict(detail or {}))

    def log_entries(
        self, policy_id: str | None = None, *, action_prefix: str = "", actor: str = ""
    ) -> list[LogEntry]:
        """Audit log lines, oldest first; for one policy (plus workspace-wide lines such as
        library edits when ``policy_id`` is given), filtered by action prefix and actor."""
        rows = self._conn.execute(
            "SELECT id, time, actor, action, policy_id, target, detail FROM audit_log "
            "WHERE (?1 IS NULL OR policy_id=?1 OR policy_id='') "
            "AND (?2 = '' OR action LIKE ?2 || '%') AND (?3 = '' OR actor=?3) ORDER BY id",
            (policy_id, action_prefix, actor),
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
            raise WorkspaceError(f"{self.path}: an approval needs the approver's name")
        record = ApprovalRecord(policy_id, number, approver, now_iso(), dict(fingerprints))
        with self._transaction() as conn:
            found = conn.execute(
                "UPDATE versions SET approved=1 WHERE policy_id=? AND number=?",
                (policy_id, number),
            ).rowcount
            if not found:
                raise WorkspaceError(f"{self.path}: policy {policy_id} has no version {number}")
            conn.execute(
                "INSERT OR REPLACE INTO approvals(policy_id, number, approver, approved_at, "
                "fingerprints) VALUES (?, ?, ?, ?, ?)",
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
            " FROM tm_units WHERE (?1 IS NULL OR source_lang=?1) AND (?2 IS NULL OR target_lang=?2)"
            " ORDER BY id",
            (source_lang, target_lang),
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
                "DELETE FROM tm_units WHERE (?1 IS NULL OR source_lang=?1) AND "
                "(?2 IS NULL OR target_lang=?2)",
                (source_lang, target_lang),
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


DATA_MIGRATIONS = {3: _migrate_clause_states}
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
