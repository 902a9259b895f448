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

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QSocketNotifier, QTimer, Signal

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
WAIT_MS = 10000
"""How long a caller that needs the answer (opening another policy, closing, a test) waits for
the database worker before being told "not saved yet"; the window keeps repainting meanwhile."""
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


class _Worker(QObject):
    """One thread for the session's database work: saves, reading others' changes, presence.

    Jobs run one after another on that thread; each result comes back to the window's thread
    through ``did_finish`` (a queued signal), so nothing the window does waits for a server
    that is slow or gone."""

    did_finish = Signal(int, object, object)
    """(ticket, result, exception or None)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="policy-studio-db")
        self._tickets = 0
        self.running: set[int] = set()

    def submit(self, job: Callable[[], Any]) -> int:
        self._tickets += 1
        ticket = self._tickets
        self.running.add(ticket)

        def run() -> None:
            try:
                result = job()
            except BaseException as exc:  # noqa: BLE001 - handed to the window's thread
                self.did_finish.emit(ticket, None, exc)
            else:
                self.did_finish.emit(ticket, result, None)

        self._pool.submit(run)
        return ticket

    def wait(self, ticket: int, timeout_ms: int) -> bool:
        """Run the window's event loop (not its keyboard and mouse) until ``ticket`` is done
        or ``timeout_ms`` passed; True when done. (No signal connected for the wait: a slot
        that waits in turn would change the connections of the signal being delivered.)"""
        if ticket not in self.running:
            return True
        deadline = time.monotonic() + timeout_ms / 1000
        loop = QEventLoop()
        tick = QTimer()
        tick.start(20)  # wakes the wait below at least every 20 ms
        flags = (
            QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        )
        try:
            while ticket in self.running and time.monotonic() < deadline:
                loop.processEvents(flags)
        finally:
            tick.stop()
        return ticket not in self.running

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


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
    save_did_start = Signal()
    """A save went to the database worker (the window says "Saving…" until it lands)."""
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
        self._timer.timeout.connect(self._autosave)
        self._flushing = False
        self._worker = _Worker(self)
        self._worker.did_finish.connect(self._job_did_finish)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self._busy = 0
        """The ticket of the save, merge or conflict job in flight (0: none): while one is,
        the writer's remembered rows belong to the worker, and nothing else starts."""
        self._save_again = False
        self._check_again = False
        self._generation = 0
        """Counts edits: a save that lands with the same count left nothing unsaved."""
        self._writer: WorkspaceStore | None = None
        """A second connection, used only on the worker's thread (``WorkspaceStore.reopen``),
        made now while the workspace was just opened (else at the first save)."""
        if not workspace.closed:
            try:
                self._writer = workspace.reopen()
            except PolicyStudioError:
                self._writer = None
        self._checked = False
        self._watch = QTimer(self)
        self._watch.setInterval(watch_ms)
        self._watch.timeout.connect(self._poll)
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
            if self._busy:
                self._check_again = True  # after the job in flight
            else:
                self._check()
        self._update_editors()

    # -- presence: who has which section open ------------------------------------------------

    def set_editing(self, section_id: str | None) -> None:
        """This window now shows ``section_id`` of the current policy (None: no section)."""
        self._editing = section_id or ""
        self._announce()

    def _announce(self, *, now: bool = False) -> None:
        """Tell the others which section this window shows: on the worker's thread (a server
        that does not answer never holds the window); ``now`` on this thread (closing)."""
        if self.workspace.closed or not self.person:
            return
        policy_id = self.policy.id if self.policy is not None else ""
        section = self._editing if policy_id else ""
        store = self.workspace if now else self._writer_store()
        if store is None:
            return

        def announce() -> None:
            try:
                store.announce_presence(self.person, policy_id, section)
            except PolicyStudioError:
                pass  # the server is away: the save path says so; presence is best effort

        if now:
            announce()
        else:
            self._worker.submit(announce)

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
        self._settle()
        self.policy = self.workspace.policy(policy_id) if policy_id else None
        if self.policy is not None and self._writer is not None:
            self._writer.adopt_base(self.workspace, self.policy.id)
        self.conflicts = ()
        self._touched = None
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
        self._settle()
        self.workspace.save_policy(policy)
        if self._writer is not None:
            self._writer.adopt_base(self.workspace, policy.id)
        self.policy = policy
        self._touched = None
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
            self._generation += 1
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

    # -- the database worker -----------------------------------------------------------------

    def _writer_store(self) -> WorkspaceStore | None:
        """The worker's own connection (made on first use), with the open policy's base."""
        if self.workspace.closed:
            return None
        if self._writer is None or self._writer.closed:
            try:
                self._writer = self.workspace.reopen()
            except PolicyStudioError as exc:
                self._failed(_reason(exc))
                return None
        if self.policy is not None and self._writer.known_revision(self.policy.id) is None:
            self._writer.adopt_base(self.workspace, self.policy.id)
        return self._writer

    def _run(
        self, job: Callable[[], Any], then: Callable[[Any, BaseException | None], None]
    ) -> int:
        """Start a job that owns the writer's remembered rows until ``then`` ran."""
        ticket = self._worker.submit(job)
        self._callbacks[ticket] = then
        self._busy = ticket
        return ticket

    def _job_did_finish(self, ticket: int, result: Any, error: BaseException | None) -> None:
        self._worker.running.discard(ticket)
        then = self._callbacks.pop(ticket, None)
        if ticket == self._busy:
            self._busy = 0
        if then is not None:
            then(result, error)
        if not self._busy and self._check_again:
            self._check_again = False
            self._check()
        if not self._busy and self._save_again:
            self._save_again = False
            self.save_soon()

    def _settle(self, timeout_ms: int = WAIT_MS) -> bool:
        """Wait (the window repainting) until no save or merge is in flight; True when none."""
        while self._busy:
            if not self._worker.wait(self._busy, timeout_ms):
                return False
        return True

    @property
    def saving(self) -> bool:
        """A save or merge is with the database worker."""
        return bool(self._busy)

    # -- saving ----------------------------------------------------------------------------

    def _autosave(self) -> None:
        if self._flushing:
            return  # flush() is waiting for its own save; it restarts the timer if needed
        self.save_soon()

    def save_soon(self) -> None:
        """Autosave: hand the unsaved edits to the worker and return at once."""
        self._timer.stop()
        if not self.dirty or self.policy is None or self.workspace.closed:
            return
        if self._busy:
            self._save_again = True  # after the job in flight
            return
        if self.conflicts:
            self._failed(
                "someone else changed the same text; choose which version to keep", retry=False
            )
            self.conflicts_found.emit(self.conflicts)
            return
        writer = self._writer_store()
        if writer is None:
            return
        try:
            prepared = writer.prepare_save(self.policy, touched=self._touched)
        except PolicyStudioError as exc:
            self._failed(_reason(exc))
            return
        sent, generation = self._touched, self._generation
        self._touched = set() if self._touched is not None else None
        self.save_did_start.emit()
        self._run(
            lambda: writer.write_save(prepared),
            lambda _r, error: self._save_did_land(error, sent, generation),
        )

    def _save_did_land(
        self, error: BaseException | None, sent: set[str] | None, generation: int
    ) -> None:
        if error is None:
            self.last_error = ""
            if generation == self._generation:
                self._saved()
            elif not self._timer.isActive():  # edits made while it was saving
                self._timer.setInterval(self._autosave_ms)
                self._timer.start()
            self.policy_did_save.emit()
            return
        # Not written: the blocks it carried are unsaved again.
        if sent is None or self._touched is None:
            self._touched = None
        else:
            self._touched = sent | self._touched
        if isinstance(error, ConflictError):
            # Someone saved rows this save would replace: merge theirs in, then try again
            # (rows only they changed are taken; rows both changed are asked about).
            self._check(force=True, then_save=True)
        elif isinstance(error, PolicyStudioError | OSError):
            self._failed(_reason(error))
        else:
            self._failed(f"an unexpected error ({type(error).__name__}: {error})")

    def _saved(self) -> None:
        self.dirty = False
        self._touched = None

    def flush(self, timeout_ms: int = WAIT_MS) -> bool:
        """Write the current policy now if it has unsaved edits; True when on disk.

        The work is the worker's; this waits for it up to ``timeout_ms`` (the window repaints
        meanwhile, typing waits). Never raises for storage trouble: a failure is reported by
        ``save_did_fail`` with the reason, the edits stay in memory, and another attempt
        follows after ``RETRY_MS``.
        """
        self._timer.stop()
        if not self.dirty or self.policy is None:
            return self._settle(timeout_ms) and not self.dirty
        if self.workspace.closed:
            return False
        self._flushing = True
        try:
            if self._settle(timeout_ms):
                self.save_soon()
            answered = self._settle(timeout_ms)
        finally:
            self._flushing = False
        if not answered:
            self._failed("the database has not answered yet; still saving")
            return False
        if self.dirty and self.last_error and not self.conflicts and not self._timer.isActive():
            self._timer.setInterval(self._retry_ms)
            self._timer.start()
        return not self.dirty

    def _failed(self, reason: str, *, retry: bool = True) -> None:
        self.last_error = reason
        self.save_did_fail.emit(reason)
        if retry:
            self._timer.setInterval(self._retry_ms)
            self._timer.start()

    # -- others' changes --------------------------------------------------------------------

    def _poll(self) -> None:
        """The watch timer: look for others' changes on the worker (skipped while busy)."""
        if self.workspace.closed:
            self._watch.stop()
            return
        self._listen()
        if not self._busy:
            self._check()

    def check_outside_changes(self, timeout_ms: int = WAIT_MS) -> bool:
        """Merge what others saved since the last look; True when something came in."""
        if self.workspace.closed:
            self._watch.stop()
            return False
        self._listen()
        if not self._settle(timeout_ms):
            return False
        self._checked = False
        ticket = self._check()
        if ticket is None or not self._worker.wait(ticket, timeout_ms):
            return False
        return self._checked

    def _check(self, *, force: bool = False, then_save: bool = False) -> int | None:
        """Read what others saved (on the worker), then merge it here."""
        writer = self._writer_store()
        if writer is None:
            return None
        policy_id = self.policy.id if self.policy is not None else None

        def read() -> tuple[int, Any, bool]:
            version = writer.data_version()
            if policy_id is None:
                return version, None, False
            stored = writer.policy_revision(policy_id)
            if not force and stored is not None and stored == writer.known_revision(policy_id):
                return version, None, False
            return version, writer.read_changes(policy_id), True

        return self._run(read, lambda result, error: self._did_read(result, error, then_save))

    def _did_read(self, result: Any, error: BaseException | None, then_save: bool) -> None:
        if error is not None:
            if then_save:
                self._failed(_reason(error))
            return
        version, found, read = result
        changed = version != self._data_version
        self._data_version = version
        if not (changed or read):
            self._checked = False
            return
        self._checked = True
        if changed:
            self.library_did_change.emit()
        if self.policy is None or not read:
            return
        refresh = self._merge(found)
        if refresh is not None and self.dirty and not refresh.conflicts and not refresh.deleted:
            self.save_soon()

    def _merge(self, found: Any) -> Refresh | None:
        """Merge others' saved rows into the open policy, in place (undo keeps working)."""
        if self.policy is None or self._writer is None:
            return None
        if self.before_merge is not None:
            self.before_merge()
        try:
            refresh = self._writer.merge_changes(
                self.policy, found, touched=self._touched, unsaved=self.dirty
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
            self._failed(
                "someone else changed the same text; choose which version to keep", retry=False
            )
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
        writer = self._writer_store()
        if writer is None or not self._settle():
            raise PolicyStudioError("the database does not answer; try again in a moment")
        snapshot = self.policy.copy()
        outcome: dict[str, Any] = {}

        def then(result: Any, error: BaseException | None) -> None:
            outcome["result"], outcome["error"] = result, error

        ticket = self._run(
            lambda: writer.resolve_conflict(snapshot, key, keep_mine=keep_mine), then
        )
        if not self._worker.wait(ticket, WAIT_MS):
            raise PolicyStudioError("the database does not answer; try again in a moment")
        if outcome.get("error") is not None:
            raise outcome["error"]
        self.conflicts = tuple(c for c in self.conflicts if c.key != key)
        if not keep_mine:
            self._replace(outcome["result"])
            self._touched = None
            self.policy_did_change.emit(changes_for_rows({key}))
        self.dirty = True
        self._generation += 1
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
        self._announce(now=True)  # others drop this window's marker at once
        self._stop_listening()
        self._worker.shutdown()
        self.workspace.close()  # and the worker's connection made from it


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or text
    return text
