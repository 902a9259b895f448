"""The editing session: the open workspace, the current policy, and autosave within a second.

Widgets never write to the workspace. Every applied edit reaches ``Session.notify`` (the undo stack
calls it for do, undo and redo alike); the session tells the views through ``policy_did_change``
and saves the policy on a throttle timer, so a crash loses at most ``AUTOSAVE_MS`` of work.

Storage failing is a normal path, not a crash: a save that cannot be written (disk full,
read-only folder, another program holding the lock, the server gone) keeps the edits in memory,
says in one sentence that they are not saved and why (``save_did_fail``), and retries every
``RETRY_MS``; ``save_copy`` writes them elsewhere. The workspace waits at most
``APP_BUSY_TIMEOUT`` for a lock, so the window never freezes on one.

Other people (or commands) change the same workspace: the session polls the workspace's
``data_version`` every ``WATCH_MS`` and merges what others saved into the open policy, row by row
(``WorkspaceStore.refresh_policy``). On a PostgreSQL workspace it also watches the server's
LISTEN/NOTIFY socket (``WorkspaceStore.change_notifier``), so another client's commit is merged
as soon as it lands rather than at the next poll; the poll stays as the fallback and listens
again after the server was away. A part both sides changed is never overwritten:
``conflicts_found`` lists them and ``resolve`` settles each with "keep mine" or "take theirs".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from ..model import Clause, Policy, PolicyStudioError
from ..ops.base import Changes
from ..storage import APP_BUSY_TIMEOUT, ConflictError, Refresh, RowConflict, WorkspaceStore

AUTOSAVE_MS = 400
"""Longest time an edit waits before it is on disk. A throttle, not a debounce: continuous
typing still saves every 0.4 s, where a debounce would wait for a pause that may not come."""
RETRY_MS = 3000
"""After a failed save, how soon the session tries again (the edits stay in memory meanwhile)."""
WATCH_MS = 1000
"""How often the session looks for changes others saved to the workspace."""
PRESENCE_BEAT_MS = 5000
"""How often a live session repeats which section it has open (others forget it after
``PRESENCE_TTL``, 15 s, without a beat) and forgets those it stopped hearing from."""

_POLICY_FIELDS = (
    "title",
    "organization",
    "effective_date",
    "version_label",
    "source_language",
    "target_languages",
    "variables",
    "sections",
)


def changes_for_rows(keys: frozenset[str] | set[str]) -> Changes:
    """What the views must redraw after the rows ``keys`` (storage/rows.py) changed."""
    sections: set[str] = set()
    blocks: set[str] = set()
    structure = metadata = variables = False
    for key in keys:
        kind, _, rest = key.partition("/")
        if kind == "head":
            structure = metadata = True
        elif kind == "lang":
            metadata = True
        elif kind == "var":
            variables = True
        elif kind == "section":
            structure = True
            sections.add(rest.split("#")[0])
        elif kind in ("block", "text"):
            blocks.add(rest.split("/")[0].split("#")[0])
    return Changes(structure, frozenset(sections), frozenset(blocks), metadata, variables)


class Session(QObject):
    """Owns the workspace and the policy being edited; saves edits soon after they happen."""

    policy_did_change = Signal(object)
    """Emitted with the Changes of every applied edit (including undo and redo)."""
    policy_did_load = Signal()
    """Another policy (or none) became current."""
    library_did_change = Signal()
    """Clauses were added or changed in the workspace."""
    save_did_fail = Signal(str)
    """Autosave could not write; the message is one sentence for the status bar."""
    policy_did_save = Signal()
    outside_did_change = Signal(str)
    """Changes saved by someone else were merged into the open policy (a status-bar line)."""
    conflicts_found = Signal(object)
    """A tuple of RowConflict: parts both this window and someone else changed."""
    editors_did_change = Signal(object)
    """Section id → names of people in other windows who have that section open."""

    def __init__(
        self,
        workspace: WorkspaceStore,
        parent: QObject | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        *,
        retry_ms: int = RETRY_MS,
        watch_ms: int = WATCH_MS,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.policy: Policy | None = None
        self.dirty = False
        self.last_error = ""
        """Why the last save failed ("" once a save succeeds)."""
        self.conflicts: tuple[RowConflict, ...] = ()
        """Unresolved conflicts: saving waits until each is kept or taken."""
        self._touched: set[str] | None = None
        """Ids of the blocks edited since the last save (None: unknown, compare everything);
        the save then serialises only these (``WorkspaceStore.save_policy(touched=…)``)."""
        self.before_merge: Callable[[], None] | None = None
        """Called before others' changes are merged in (the window commits open typing)."""
        self._autosave_ms = autosave_ms
        self._retry_ms = retry_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.flush)
        self._watch = QTimer(self)
        self._watch.setInterval(watch_ms)
        self._watch.timeout.connect(self.check_outside_changes)
        self._data_version = -1
        try:
            workspace.set_busy_timeout(APP_BUSY_TIMEOUT)
            self._data_version = workspace.data_version()
        except PolicyStudioError:
            pass
        self.person = ""
        """Who this window is, for others' "being edited by" (set by the window)."""
        self.editors: dict[str, list[str]] = {}
        """Section id → people in other windows with that section of this policy open."""
        self._editing = ""
        self._beat = QTimer(self)
        self._beat.setInterval(PRESENCE_BEAT_MS)
        self._beat.timeout.connect(self._heartbeat)
        self._notifier: QSocketNotifier | None = None
        self._listen()
        if watch_ms > 0:
            self._watch.start()

    def _listen(self) -> None:
        """Watch the workspace's change socket (PostgreSQL NOTIFY), if it has one."""
        if self._notifier is not None or self.workspace.closed:
            return
        try:
            fd = self.workspace.change_notifier()
        except PolicyStudioError:
            fd = None
        self._watch_socket(fd)

    @property
    def live(self) -> bool:
        """True while the server pushes others' changes (PostgreSQL NOTIFY); else the session
        polls every WATCH_MS."""
        return self._notifier is not None

    def _watch_socket(self, fd: int | None) -> None:
        if fd is None:
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._notified)
        if not self._beat.isActive():
            self._beat.start()

    def _notified(self) -> None:
        """Another client committed (or the listening connection ended): merge at once."""
        if self.workspace.closed:
            self._stop_listening()
            return
        announced = self.workspace.take_notifications()
        try:
            fd = self.workspace.change_notifier()  # listens anew if the server closed it
        except PolicyStudioError:
            fd = None
        if self._notifier is None or fd != self._notifier.socket():
            self._stop_listening()
            self._watch_socket(fd)  # None: the poll tries again while the server is away
        if announced:
            self.check_outside_changes()
        self._update_editors()

    # -- presence: who has which section open ------------------------------------------------

    def set_editing(self, section_id: str | None) -> None:
        """This window now shows ``section_id`` of the current policy (None: no section)."""
        self._editing = section_id or ""
        self._announce()

    def _announce(self) -> None:
        if self.workspace.closed or not self.person:
            return
        policy_id = self.policy.id if self.policy is not None else ""
        try:
            self.workspace.announce_presence(
                self.person, policy_id, self._editing if policy_id else ""
            )
        except PolicyStudioError:
            pass  # the server is away: the save path says so; presence is best effort

    def _heartbeat(self) -> None:
        if self._editing:
            self._announce()
        self._update_editors()

    def _update_editors(self) -> None:
        if self.workspace.closed:
            return
        found = self.workspace.editors(self.policy.id) if self.policy is not None else {}
        if found != self.editors:
            self.editors = found
            self.editors_did_change.emit(found)

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    # -- policies --------------------------------------------------------------------------

    def open_policy(self, policy_id: str | None) -> Policy | None:
        """Make ``policy_id`` current (saving the previous one first).

        Refused while the current policy has edits that could not be saved: they would be lost.
        """
        if not self.flush():
            raise PolicyStudioError(
                f"Your changes to {self._title()} are not saved yet ({self.last_error}); "
                "they are kept in this window. Save a copy, or wait until saving works again, "
                "before opening another policy."
            )
        self.policy = self.workspace.policy(policy_id) if policy_id else None
        self.conflicts = ()
        self._editing = ""
        self._announce()
        self.policy_did_load.emit()
        self._update_editors()
        return self.policy

    def add_policy(self, policy: Policy) -> None:
        """Store a new policy and make it current."""
        if not self.flush():
            raise PolicyStudioError(
                f"Your changes to {self._title()} are not saved yet ({self.last_error})."
            )
        self.workspace.save_policy(policy)
        self.policy = policy
        self.conflicts = ()
        self.policy_did_load.emit()

    def _title(self) -> str:
        return repr(self.policy.display_title()) if self.policy else "the policy"

    def notify(self, changes: Changes) -> None:
        """An edit was applied to the current policy: tell the views, and schedule a save."""
        if changes.library:
            self.library_did_change.emit()
        if self.policy is not None and not (changes.empty or changes == Changes(library=True)):
            self._touch(changes)
            self.dirty = True
            if not self._timer.isActive():
                self._timer.setInterval(self._autosave_ms)
                self._timer.start()
        self.policy_did_change.emit(changes)

    def _touch(self, changes: Changes) -> None:
        """Remember which blocks an edit changed: the blocks it names and every block of a
        section it names. The first edit after a load or a save starts the set; a structure
        change (sections or blocks replaced wholesale) stops it until the next save, which
        then compares the whole policy."""
        assert self.policy is not None
        if changes.structure or (self._touched is None and self.dirty):
            self._touched = None
            return
        touched = self._touched if self._touched is not None else set()
        touched.update(changes.blocks)
        for section in self.policy.sections if changes.sections else ():
            if section.id in changes.sections:
                touched.update(b.id for b in section.all_blocks())
        self._touched = touched

    def _saved(self) -> None:
        self.dirty = False
        self._touched = None

    def flush(self) -> bool:
        """Write the current policy now if it has unsaved edits; True when on disk.

        Never raises for storage trouble: a failure is reported by ``save_did_fail`` with the
        reason, the edits stay in memory, and another attempt follows after ``RETRY_MS``.
        """
        self._timer.stop()
        if not self.dirty or self.policy is None:
            return True
        if self.workspace.closed:
            return False
        if self.conflicts:
            self._failed(
                "someone else changed the same text; choose which version to keep", retry=False
            )
            self.conflicts_found.emit(self.conflicts)
            return False
        try:
            try:
                self.workspace.save_policy(self.policy, touched=self._touched)
            except ConflictError:
                # Someone saved rows this save would replace: merge theirs in, then try again
                # (rows only they changed are taken; rows both changed are asked about).
                refresh = self._merge()
                if refresh is not None and refresh.conflicts:
                    self._failed(
                        "someone else changed the same text; choose which version to keep",
                        retry=False,
                    )
                    return False
                self.workspace.save_policy(self.policy, touched=self._touched)
        except (PolicyStudioError, OSError) as exc:
            self._failed(_reason(exc))
            return False
        self._saved()
        self.last_error = ""
        self.policy_did_save.emit()
        return True

    def _failed(self, reason: str, *, retry: bool = True) -> None:
        self.last_error = reason
        self.save_did_fail.emit(reason)
        if retry:
            self._timer.setInterval(self._retry_ms)
            self._timer.start()

    # -- others' changes --------------------------------------------------------------------

    def check_outside_changes(self) -> bool:
        """Merge what others saved since the last look; True when something came in."""
        if self.workspace.closed:
            self._watch.stop()
            return False
        try:
            version = self.workspace.data_version()
        except PolicyStudioError:
            return False
        self._listen()
        if version == self._data_version:
            return False
        self._data_version = version
        self.library_did_change.emit()
        if self.policy is None:
            return True
        try:
            stored = self.workspace.policy_revision(self.policy.id)
        except PolicyStudioError:
            return False
        if stored is not None and stored == self.workspace.known_revision(self.policy.id):
            return True
        refresh = self._merge()
        if refresh is not None and self.dirty and not refresh.conflicts:
            self.flush()
        return True

    def _merge(self) -> Refresh | None:
        """Merge others' saved rows into the open policy, in place (undo keeps working)."""
        if self.policy is None:
            return None
        if self.before_merge is not None:
            self.before_merge()
        try:
            refresh = self.workspace.refresh_policy(
                self.policy, touched=self._touched, unsaved=self.dirty
            )
        except PolicyStudioError as exc:
            self.save_did_fail.emit(_reason(exc))
            return None
        if refresh.deleted:
            self.dirty = True
            self._failed(
                "the policy was deleted by someone else; save a copy to keep it", retry=False
            )
            return refresh
        if refresh.taken:
            self._replace(refresh.policy)
            self.policy_did_change.emit(changes_for_rows(refresh.taken))
            self.outside_did_change.emit(
                f"Updated with {len(refresh.taken)} change(s) saved elsewhere"
            )
        if refresh.conflicts:
            self.conflicts = refresh.conflicts
            self.conflicts_found.emit(refresh.conflicts)
        return refresh

    def _replace(self, merged: Policy) -> None:
        assert self.policy is not None
        if merged is self.policy:
            return
        for name in _POLICY_FIELDS:
            setattr(self.policy, name, getattr(merged, name))

    def resolve(self, key: str, *, keep_mine: bool) -> None:
        """Settle one conflict: keep this window's text, or take the one saved elsewhere."""
        if self.policy is None:
            return
        resolved = self.workspace.resolve_conflict(self.policy, key, keep_mine=keep_mine)
        self.conflicts = tuple(c for c in self.conflicts if c.key != key)
        if not keep_mine:
            self._replace(resolved)
            self.policy_did_change.emit(changes_for_rows({key}))
        self.dirty = True
        if not self.conflicts:
            self.flush()

    # -- keeping the edits somewhere else -----------------------------------------------------

    def save_copy(self, path: Path) -> Path:
        """Write the open policy (with its unsaved edits) to a new workspace file at ``path``.

        For when the workspace cannot be written: the copy holds the policy and the clauses it
        links to, and opens like any workspace.
        """
        from ..storage import Workspace

        if self.policy is None:
            raise PolicyStudioError("no policy is open")
        keys = {s.clause.key for s in self.policy.sections if s.clause is not None}
        clauses: list[Clause] = []
        try:
            clauses = [c for c in self.workspace.clauses() if c.key in keys]
        except PolicyStudioError:
            pass  # the workspace cannot be read either: the policy alone is what matters
        with Workspace.building(path) as copy, copy.transaction():
            for clause in clauses:
                copy.save_clause(clause)
            copy.save_policy(self.policy.copy())
        return path

    # -- library ---------------------------------------------------------------------------

    def save_clause(self, clause: Clause, note: str = "") -> Clause:
        saved = self.workspace.save_clause(clause, note=note)
        self.library_did_change.emit()
        return saved

    def close(self) -> None:
        self.flush()
        self._timer.stop()
        self._watch.stop()
        self._beat.stop()
        self._editing = ""
        self._announce()  # others drop this window's marker at once
        self._stop_listening()
        self.workspace.close()


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or text
    return text
