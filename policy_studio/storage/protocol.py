"""The storage interface: what the app, ops, commands and checks may ask of a workspace.

Two implementations: ``storage.workspace.Workspace`` (the single SQLite file, the default for
one person) and ``storage.postgres.PostgresWorkspace`` (a team server). Code outside storage/
names this protocol, never a backend class, and opens a workspace through
``storage.open_store`` (a path or a ``postgresql://`` URI).

The contract every implementation keeps (tests/storage run it against both):

- every write is one transaction, durable when the call returns; ``transaction()`` groups a
  read-modify-write (or a whole user action) into one, nested calls joining it;
- a policy is written as the rows that changed since this object read it, each row carrying a
  revision; a row someone else changed meanwhile raises ``ConflictError`` and nothing is
  written (never a silent overwrite); ``refresh_policy`` merges others' changes in;
- a database that cannot do the work right now (locked, read-only, full disk, server gone)
  raises ``StorageError`` with a plain sentence; nothing half-written stays behind.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from ..model import Clause, ClauseStatus, Policy, Version
from ..model.glossary import GlossaryEntry
from .roles import Permissions

if TYPE_CHECKING:
    from typing import Any

    from ..model.tmunit import TmUnit
    from .records import ApprovalRecord, ClauseEntry, ClauseRevision, PreparedSave, Refresh
    from .workspace import LogEntry, PolicySummary


class WorkspaceStore(Protocol):
    """An open workspace (SQLite file or PostgreSQL database)."""

    backend: str
    """"sqlite" or "postgresql"."""
    readonly: bool
    """Opened for reading only: every write raises WorkspaceError."""

    @property
    def location(self) -> str:
        """The file path or the database URI (without any password), for messages and
        the recent-workspaces list."""
        ...

    @property
    def closed(self) -> bool: ...

    @property
    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> WorkspaceStore: ...

    def __exit__(self, *exc: object) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """One transaction around everything inside (nested calls join the outer one)."""
        ...

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a call may wait for a lock or the server before raising StorageError."""
        ...

    def data_version(self) -> int:
        """Changes whenever another client commits: cheap to poll."""
        ...

    def change_notifier(self, *, connect: bool = True) -> int | None:
        """A socket that becomes readable when any client commits a write (PostgreSQL
        LISTEN/NOTIFY), for the app to watch instead of waiting for its next poll; None when
        the backend has none (the SQLite file) or the server cannot be reached right now.
        Calling it again after the server came back listens anew (the number may change):
        that connects to the server, which can take seconds, so the app does it on its
        worker thread; ``connect=False`` only answers for the listening connection there is
        (None when there is none), at once. Safe to call from another thread than
        ``take_notifications`` and ``close`` (a listener made after ``close`` is closed)."""
        ...

    def take_notifications(self) -> bool:
        """Consume what arrived on ``change_notifier``'s socket: True when a commit was
        announced (or the listening connection broke: look with ``data_version``)."""
        ...

    def announce_presence(self, person: str, policy_id: str, section_id: str) -> None:
        """Tell the other clients that ``person`` has this section open ("" for none); a
        heartbeat: repeat it within PRESENCE_TTL. Nothing on the single-user file."""
        ...

    def editors(self, policy_id: str) -> dict[str, list[str]]:
        """Section id → the names of the people in *other* clients who announced it open
        within the last PRESENCE_TTL seconds (heard through ``take_notifications``)."""
        ...

    def reopen(self, busy_timeout: float = ...) -> WorkspaceStore:
        """Another connection to the same workspace (for a worker thread)."""
        ...

    def adopt_base(self, other: WorkspaceStore, policy_id: str) -> None:
        """Take ``other``'s base of a policy, to save and merge it through this object."""
        ...

    def when_closed(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when this object is closed."""
        ...

    def base_state(self, policy_id: str) -> dict[str, Any] | None:
        """This object's base of a policy (rows and revisions) as plain data (recovery)."""
        ...

    def restore_base(self, policy_id: str, state: dict[str, Any]) -> None:
        """Make ``state`` (from ``base_state``) this object's base of the policy."""
        ...

    def prepare_save(
        self, policy: Policy, *, touched: Collection[str] | None = None
    ) -> PreparedSave:
        """``save_policy`` without the database: the rows to write, taken from ``policy``."""
        ...

    def write_save(self, prepared: PreparedSave) -> None:
        """``save_policy``'s transaction, writing what ``prepare_save`` took."""
        ...

    def read_changes(self, policy_id: str) -> tuple[dict[str, str], dict[str, int], int] | None:
        """``refresh_policy``'s database half: the stored rows newer than the base (None:
        the policy was deleted)."""
        ...

    def merge_changes(
        self,
        policy: Policy,
        found: tuple[dict[str, str], dict[str, int], int] | None,
        *,
        touched: Collection[str] | None = None,
        unsaved: bool = True,
    ) -> Refresh:
        """``refresh_policy``'s other half: merge what ``read_changes`` found into ``policy``."""
        ...

    def permissions(self) -> Permissions:
        """What the connected person may change (the window greys out the rest; the server
        still refuses it). Everything on the single-user file."""
        ...

    # meta
    def meta(self, key: str, default: str = "") -> str: ...

    def set_meta(self, key: str, value: str) -> None: ...

    # clauses
    def clauses(self) -> list[Clause]: ...

    def clause(self, key: str) -> Clause | None: ...

    def clause_version(self, key: str, version: int) -> Clause | None: ...

    def clause_history(self, key: str) -> list[ClauseRevision]: ...

    def save_clause(self, clause: Clause, *, note: str = "", author: str = "") -> Clause: ...

    def delete_clause(self, key: str) -> None: ...

    def search_clauses(
        self,
        text: str = "",
        *,
        lang: str | None = None,
        tag: str | None = None,
        status: ClauseStatus | None = None,
    ) -> list[Clause]: ...

    def clause_entries(self) -> list[ClauseEntry]:
        """Every clause's catalog row (key, version, status, topic, titles, tags, number of
        wordings), by key, without parsing any clause."""
        ...

    def search_clause_entries(
        self,
        text: str = "",
        *,
        lang: str | None = None,
        tag: str | None = None,
        status: ClauseStatus | None = None,
    ) -> list[ClauseEntry]:
        """``search_clauses`` as catalog rows, in the same order: what the library's search as
        you type lists (fast enough for every keystroke with thousands of clauses)."""
        ...

    # policies
    def policies(self) -> list[PolicySummary]: ...

    def policy(self, policy_id: str) -> Policy | None: ...

    def find_policy(self, ref: str) -> Policy: ...

    def find_policy_id(self, ref: str) -> str:
        """The id of the policy whose id or title is ``ref`` (``find_policy`` without reading
        the policy)."""
        ...

    def policy_languages(self, policy_id: str) -> list[str] | None:
        """The policy's languages, source first, read from its head alone."""
        ...

    def policy_excerpt(self, policy_id: str, languages: Collection[str]) -> Policy | None:
        """The policy as an export in ``languages`` needs it, without the other languages'
        block text; it cannot be saved (``Workspace.policy_excerpt``)."""
        ...

    def save_policy(self, policy: Policy, *, touched: Collection[str] | None = None) -> None:
        """Write the rows that changed since this object read the policy. ``touched``, when
        given, names every block changed since then (only those are serialised)."""
        ...

    def delete_policy(self, policy_id: str) -> None: ...

    def policy_revision(self, policy_id: str) -> int | None: ...

    def change_marks(self, policy_id: str | None) -> tuple[int, int | None]:
        """``data_version()`` and ``policy_revision(policy_id)`` (None without a policy) in
        one look."""
        ...

    def known_revision(self, policy_id: str) -> int | None: ...

    def refresh_policy(
        self, policy: Policy, *, touched: Collection[str] | None = None, unsaved: bool = True
    ) -> Refresh:
        """Merge others' saved rows into ``policy``. ``touched``: the blocks changed and not
        saved (as for ``save_policy``); ``unsaved=False``: nothing changed since the last
        read, write or merge by this object."""
        ...

    def resolve_conflict(self, policy: Policy, key: str, *, keep_mine: bool) -> Policy: ...

    def forget_policy(self, policy_id: str) -> None: ...

    # versions
    def save_version(
        self, policy: Policy, label: str, *, note: str = "", author: str = ""
    ) -> Version: ...

    def versions(self, policy_id: str) -> list[Version]: ...

    def version(self, policy_id: str, ref: str | int) -> Version | None: ...

    def set_version_approved(self, policy_id: str, number: int, approved: bool = True) -> None: ...

    # translation
    def glossary(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[GlossaryEntry]: ...

    def add_glossary_term(
        self,
        source_lang: str,
        target_lang: str,
        source_term: str,
        target_term: str,
        note: str = "",
        *,
        forbidden: bool = False,
    ) -> GlossaryEntry: ...

    def remove_glossary_term(self, term_id: int) -> None: ...

    def dismissed_findings(self, policy_id: str) -> set[str]: ...

    def dismiss_finding(
        self, policy_id: str, key: str, *, author: str = "", reason: str = ""
    ) -> None: ...

    def restore_finding(self, policy_id: str, key: str) -> None: ...

    # sign-off: the audit log and named approvals
    def append_log(
        self,
        actor: str,
        action: str,
        *,
        policy_id: str = "",
        target: str = "",
        detail: dict[str, Any] | None = None,
    ) -> LogEntry: ...

    def log_entries(
        self, policy_id: str | None = None, *, action_prefix: str = "", actor: str = ""
    ) -> list[LogEntry]: ...

    def approve_version(
        self, policy_id: str, number: int, approver: str, fingerprints: dict[str, str]
    ) -> ApprovalRecord: ...

    def approval(self, policy_id: str, number: int) -> ApprovalRecord | None: ...

    # translation memory and spelling
    def clause_dates(self) -> dict[str, str]: ...

    def tm_units(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> list[TmUnit]: ...

    def tm_pairs(self) -> list[tuple[str, str]]: ...

    def add_tm_units(self, units: list[TmUnit]) -> tuple[int, int, int]: ...

    def clear_tm_units(
        self, source_lang: str | None = None, target_lang: str | None = None
    ) -> int: ...

    def spelling_words(self, lang: str) -> set[str]: ...

    def add_spelling_word(self, lang: str, word: str) -> None: ...
