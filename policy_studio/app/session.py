"""The editing session: the open workspace, the current policy, and autosave within a second.

Widgets never write to the workspace. Every applied edit reaches ``Session.notify`` (the undo stack
calls it for do, undo and redo alike); the session tells the views through ``policy_did_change``
and saves the policy on a throttle timer, so a crash loses at most ``AUTOSAVE_MS`` of work.

Storage failing is a normal path, not a crash: a save that cannot be written (disk full,
read-only folder, another program holding the lock, the server gone) keeps the edits in memory,
says in one sentence that they are not saved and why (``save_did_fail``), and retries every
``RETRY_MS``; ``save_copy`` writes them elsewhere. The workspace waits at most
``APP_BUSY_TIMEOUT`` for a lock, so the window never freezes on one.

The database work of saving and merging runs on one worker thread with its own connection
(``_Worker``): the rows are computed here, only the writing and reading go there, answers come
back queued, and whatever waits for them (``flush``, closing) waits a bounded time and never
asks a question from inside the wait (docs/team-server.md, "The window never waits for the
server").

Other people (or commands) change the same workspace: the session polls the workspace's
``data_version`` every ``WATCH_MS`` and merges what others saved into the open policy, row by row
(``WorkspaceStore.refresh_policy``). On a PostgreSQL workspace it also watches the server's
LISTEN/NOTIFY socket (``WorkspaceStore.change_notifier``), so another client's commit is merged
as soon as it lands rather than at the next poll; the poll stays as the fallback and listens
again after the server was away. A part both sides changed is never overwritten:
``conflicts_found`` lists them and ``resolve`` settles each with "keep mine" or "take theirs".
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
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
CLOSE_WAIT_MS = 3000
"""How long closing the window waits for a save in flight; after that the edits are kept in a
recovery file that the next opening of the workspace offers (app/recovery.py)."""
STOP_MS = 1000
"""How long closing waits for the worker thread to end (it ends by itself later otherwise)."""
PRESENCE_BEAT_MS = 5000
"""How often a live session repeats which section it has open (others forget it after
``PRESENCE_TTL``, 15 s, without a beat) and forgets those it stopped hearing from."""

COPY_WAIT_MS = 3000
"""How long Save a copy waits for the library's clauses the policy links to (then the copy
holds the policy alone, and says so)."""

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
    """One thread for the session's database work, with its own connection.

    Jobs run one after another on that thread, each given the worker's connection (a
    ``WorkspaceStore`` opened there by ``opener`` at the first job, and again after it could
    not be); each result comes back to the window's thread through ``did_finish`` (a queued
    signal), so nothing the window does waits for a server that is slow or gone. The thread
    owns its connection: it opens it, and closes it when ``stop`` is called — after the job in
    hand, however long the server takes to answer it (the window does not wait for that).
    """

    did_finish = Signal(int, object, object)
    """(ticket, result, exception or None)."""
    did_open = Signal(object)
    """The worker's connection, once opened (the window's thread computes rows with it)."""

    def __init__(self, opener: Callable[[], WorkspaceStore]) -> None:
        # No parent: the thread keeps this object alive until it ends, so an answer sent after
        # the window (and its session) went away is sent on a live object to nobody.
        super().__init__(None)
        self._opener = opener
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[WorkspaceStore], Any]] | None] = (
            queue.SimpleQueue()
        )
        self._tickets = 0
        self.running: set[int] = set()
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="policy-studio-db", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[WorkspaceStore], Any]) -> int:
        """Queue ``job(store)``; its answer arrives through ``did_finish`` with the ticket."""
        self._tickets += 1
        ticket = self._tickets
        if self._stopped:
            return ticket  # never runs, never answers: the session is closing
        self.running.add(ticket)
        self._jobs.put((ticket, job))
        return ticket

    def _loop(self) -> None:
        store: WorkspaceStore | None = None
        try:
            while (item := self._jobs.get()) is not None:
                ticket, job = item
                result: Any = None
                error: BaseException | None = None
                try:
                    if store is None or store.closed:
                        store = self._opener()
                        self._tell(self.did_open, store)
                    result = job(store)
                except BaseException as exc:  # noqa: BLE001 - handed to the window's thread
                    error = exc
                self._tell(self.did_finish, ticket, result, error)
        finally:
            if store is not None:
                store.close()

    def _tell(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the session is gone (its window closed): nobody is waiting for the answer

    def wait(self, ticket: int, timeout_ms: int) -> bool:
        """Run the window's event loop (not its keyboard and mouse) until ``ticket`` is done
        or ``timeout_ms`` passed; True when done."""
        return _spin(lambda: ticket not in self.running, timeout_ms)

    def stop(self, timeout_ms: int) -> bool:
        """No more jobs; the thread closes its connection after the job in hand and ends.
        Waits up to ``timeout_ms`` for that (never longer); True when the thread has ended."""
        if not self._stopped:
            self._stopped = True
            self._jobs.put(None)
        self._thread.join(timeout_ms / 1000)
        return not self._thread.is_alive()


def _spin(done: Callable[[], bool], timeout_ms: float) -> bool:
    """Run the window's event loop (not its keyboard and mouse) until ``done()`` or
    ``timeout_ms`` passed; True when done. (No signal connected for the wait: a slot that
    waits in turn would change the connections of the signal being delivered.)"""
    if done():
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
        while not done() and time.monotonic() < deadline:
            loop.processEvents(flags)
    finally:
        tick.stop()
    return done()


class Session(QObject):
    """Owns the workspace and the policy being edited; saves edits soon after they happen."""

    policy_did_change = Signal(object)
    """Emitted with the Changes of every applied edit (including undo and redo)."""
    policy_did_load = Signal()
    """Another policy (or none) became current. While ``load_policy`` reads one, none is:
    the views show nothing of the policy before, nor anything of the next one yet."""
    policy_load_did_end = Signal(str)
    """``load_policy`` ended: "" when the policy asked for is current, else why not (one
    sentence; the policy open before is current again)."""
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
    """A tuple of RowConflict: parts both this window and someone else changed. Never emitted
    while the session waits for its worker (``flush``, closing): then it comes right after the
    wait, from the window's own event loop, so a dialog it opens cannot block that wait."""
    editors_did_change = Signal(object)
    """Section id → names of people in other windows who have that section open."""
    permissions_did_read = Signal(object)
    """``read_permissions`` answered: a Permissions, or the PolicyStudioError saying why not."""

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
        self._closing = False
        """Set once ``shutdown`` ran: nothing new starts, no question is asked."""
        self._waiting = 0
        """How many waits for the worker are running (nested): no dialog may open inside."""
        self._deferred_conflicts = False
        self._worker = _Worker(workspace.reopen)
        self._worker.did_finish.connect(self._job_did_finish)
        self._worker.did_open.connect(self._writer_did_open)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self._busy = 0
        """The ticket of the save, merge or conflict job in flight (0: none): while one is,
        the writer's remembered rows belong to the worker, and nothing else starts."""
        self._save_again = False
        self._check_again = False
        self._relistening = False
        self._announcing = 0
        self._generation = 0
        """Counts edits: a save that lands with the same count left nothing unsaved."""
        self._writer: WorkspaceStore | None = None
        """The worker's own connection (``WorkspaceStore.reopen``, opened and closed on the
        worker's thread). This thread only computes rows with it (``prepare_save``,
        ``merge_changes``: no database), and only while no save or merge job is in flight."""
        self._sent_base: dict[str, Any] | None = None
        """The base the save in flight was computed from (kept in a recovery file if the
        window closes before the server answers)."""
        self._checked = False
        self._load_token = 0
        """Counts ``load_policy`` calls: an answer for an older one is dropped."""
        self._load_waiting = 0
        """The load that waits for the job in flight (a save of the policy open before)."""
        self._load_outcome: tuple[int, str] = (0, "")
        self.loading: str | None = None
        """The id of the policy ``load_policy`` is reading (None: none is)."""
        self._fallback: Policy | None = None
        """The policy open before the one being read: current again if that read fails."""
        self._new: Policy | None = None
        """The new policy ``add_policy_soon`` makes current once the open one is saved."""
        self.unstored: str | None = None
        """The id of the current policy when it is new and its first save has not landed
        (``add_policy_soon``): it is not in the workspace yet."""
        if not workspace.closed:
            worker = self._worker
            workspace.when_closed(lambda: worker.stop(0))
            self._run(lambda _store: None, self._writer_ready)  # opens the worker's connection
        self._watch = QTimer(self)
        self._watch.setInterval(watch_ms)
        self._watch.timeout.connect(self._poll)
        self._data_version = -1
        if workspace.backend == "sqlite":  # a local file: no network to wait for
            try:
                workspace.set_busy_timeout(APP_BUSY_TIMEOUT)
                self._data_version = workspace.data_version()
            except PolicyStudioError:
                pass
        elif not workspace.closed:
            # A server: its first reads are the worker's too (one that stops answering right
            # after the opening never holds the window).
            def first_reads(_store: WorkspaceStore) -> int:
                workspace.set_busy_timeout(APP_BUSY_TIMEOUT)
                return workspace.data_version()

            self._run(first_reads, self._first_reads_did_land, busy=False)
        self.person = ""
        """Who this window is, for others' "being edited by" (set by the window)."""
        self.editors: dict[str, list[str]] = {}
        """Section id → people in other windows with that section of this policy open."""
        self._editing = ""
        self._beat = QTimer(self)
        self._beat.setInterval(PRESENCE_BEAT_MS)
        self._beat.timeout.connect(self._heartbeat)
        self._notifier: QSocketNotifier | None = None
        self._listen()  # the server's change socket, connected on the worker
        if watch_ms > 0:
            self._watch.start()

    def _first_reads_did_land(self, version: Any, error: BaseException | None) -> None:
        if error is None and self._data_version == -1:
            self._data_version = int(version)

    def _listen(self) -> None:
        """Listen again on the server's change socket, on the worker's thread (connecting
        can take seconds when the server is away); the socket is watched when it answers."""
        if (
            self._notifier is not None
            or self._relistening
            or self._closing
            or self.workspace.closed
            or self.workspace.backend == "sqlite"  # the file has no push channel
        ):
            return
        fd = self.workspace.change_notifier(connect=False)
        if fd is not None:
            self._watch_socket(fd)
            return
        workspace = self.workspace
        self._relistening = True

        def relistened(fd: Any, error: BaseException | None) -> None:
            self._relistening = False
            if self._closing or workspace.closed or self._notifier is not None:
                return
            self._watch_socket(fd if error is None else None)

        self._run(lambda _store: workspace.change_notifier(), relistened, busy=False)

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
        if self.workspace.closed or self._closing:
            self._stop_listening()
            return
        announced = self.workspace.take_notifications()
        fd = self.workspace.change_notifier(connect=False)  # never waits for the server
        if self._notifier is None or fd != self._notifier.socket():
            self._stop_listening()
            if fd is not None:
                self._watch_socket(fd)
            else:
                self._listen()  # the server closed it: listen anew on the worker
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

    def _announce(self, *, beat: bool = False) -> None:
        """Tell the others which section this window shows, on the worker's thread (a server
        that does not answer never holds the window; a beat is skipped while one waits)."""
        if self.workspace.closed or self._closing or not self.person:
            return
        if beat and self._announcing in self._worker.running:
            return  # the last one has not gone out yet: the next beat says it again
        policy_id = self.policy.id if self.policy is not None else ""
        section = self._editing if policy_id else ""
        person = self.person

        def announce(store: WorkspaceStore) -> None:
            try:
                store.announce_presence(person, policy_id, section)
            except PolicyStudioError:
                pass  # the server is away: the save path says so; presence is best effort

        self._announcing = self._run(announce, None, busy=False)

    def _heartbeat(self) -> None:
        if self._editing:
            self._announce(beat=True)
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

    def open_policy(self, policy_id: str | None, timeout_ms: int = WAIT_MS) -> Policy | None:
        """Make ``policy_id`` current (saving the previous one first), waiting for it: the
        window repaints meanwhile and takes no typing, for at most ``timeout_ms`` (then
        "the database has not answered yet"; the policy still arrives later).

        Refused while the current policy has edits that could not be saved: they would be lost.
        The window itself does not wait: it calls ``load_policy``.
        """
        if not policy_id:
            if not self.flush():
                raise PolicyStudioError(self._unsaved_message())
            self._cancel_load()
            self.policy = None
            self.conflicts = ()
            self._touched = None
            self._editing = ""
            self._announce()
            self.policy_did_load.emit()
            return None
        self.load_policy(policy_id)
        token = self._load_token
        self._waiting += 1
        try:
            ended = _spin(lambda: self._load_outcome[0] == token, timeout_ms)
        finally:
            self._waiting -= 1
            if not self._waiting and self._deferred_conflicts:
                QTimer.singleShot(0, self, self._emit_deferred)
        if not ended:
            raise PolicyStudioError(_NO_ANSWER)
        if self._load_outcome[1]:
            raise PolicyStudioError(self._load_outcome[1])
        return self.policy

    def load_policy(self, policy_id: str) -> None:
        """Make ``policy_id`` current without waiting for the database: the policy open now is
        saved (if it has edits), then the other is read on the worker; ``policy_did_load``
        says when it is current and ``policy_load_did_end`` how it ended. Meanwhile no policy
        is current (``loading`` names the one asked for). Asking for another before the answer
        came drops the first answer. Refused (``policy_load_did_end`` with the reason, the
        policy open now staying) when its edits cannot be saved: they would be lost."""
        self._load_token += 1
        self.loading = policy_id
        self._load_step(self._load_token)

    def _load_step(self, token: int) -> None:
        if token != self._load_token or self._closing:
            return
        if self.workspace.closed:
            self._load_ended(token, "the workspace is closed")
            return
        if self._busy:  # a save or merge is in flight: after it
            self._load_waiting = token
            return
        if self.dirty and self.policy is not None:
            if not (self.last_error or self.conflicts):
                self.save_soon()  # first the edits of the policy open now
                if self._busy:
                    self._load_waiting = token
                    return
            self._load_ended(token, self._unsaved_message())
            return
        policy_id = self.loading
        assert policy_id is not None
        new, self._new = self._new, None
        if new is not None and new.id == policy_id:
            self._became_current(token, new)
            return
        if self.policy is not None:
            self._fallback = self.policy
        self.policy = None  # the views show nothing that belongs to neither
        self.unstored = None
        self.conflicts = ()
        self._touched = None
        self._editing = ""
        self._announce()
        self.policy_did_load.emit()
        self._run(
            lambda store: store.policy(policy_id),  # the worker's base of it, for saving
            lambda result, error: self._did_load(token, result, error),
        )

    def _did_load(self, token: int, result: Any, error: BaseException | None) -> None:
        if token != self._load_token:
            return  # another policy was asked for meanwhile: this answer is stale
        if error is None and result is None:
            error = PolicyStudioError("it is no longer in this workspace")
        fallback, self._fallback = self._fallback, None
        if error is not None:
            self.policy = fallback  # saved before the read: nothing of it was lost
            self.policy_did_load.emit()
            self._load_ended(token, f"the policy could not be opened: {_reason(error)}")
            return
        self.policy = result
        self._announce()
        self.policy_did_load.emit()
        self._update_editors()
        self._load_ended(token, "")

    def _load_ended(self, token: int, reason: str) -> None:
        self.loading = None
        self._load_outcome = (token, reason)
        self.policy_load_did_end.emit(reason)

    def _cancel_load(self) -> None:
        """Another policy became current by other means (a new one): a read in flight is
        dropped when it lands, and the policy open before is not needed any more."""
        if self.loading is not None:
            self._load_token += 1
            self._fallback = None
            self._load_ended(self._load_token, "")

    def _unsaved_message(self) -> str:
        return (
            f"Your changes to {self._title()} are not saved yet ({self.last_error}); "
            "they are kept in this window. Save a copy, or wait until saving works again, "
            "before opening another policy."
        )

    def read(
        self,
        job: Callable[[WorkspaceStore], Any],
        then: Callable[[Any, BaseException | None], None],
    ) -> None:
        """Run ``job(store)`` — reads only — on the database worker (its own connection) and
        ``then(result, error)`` here when it is done; never waits. Jobs run in order, one at
        a time, behind a save in flight (the library panel's searches come here)."""
        if self._closing or self.workspace.closed:
            return
        self._run(job, then, busy=False)

    def write(
        self,
        job: Callable[[WorkspaceStore], Any],
        answer: Callable[[Any, BaseException | None], None],
    ) -> None:
        """Run ``job(store)`` — a write a person asked for that is not the open policy's rows
        (a library clause, a version saved or approved, a dictionary word) — on the database
        worker, in order with the saves and reads (it leaves the writer's remembered rows
        alone), and ``answer(result, error)`` here when it is done; never waits. A server
        that does not answer keeps the job waiting there: it is written when it answers."""
        if self._closing or self.workspace.closed:
            answer(None, PolicyStudioError("the workspace is closed"))
            return
        self._run(job, answer, busy=False)

    def add_policy(self, policy: Policy) -> None:
        """Store a new policy and make it current."""
        if not self.flush():
            raise PolicyStudioError(
                f"Your changes to {self._title()} are not saved yet ({self.last_error})."
            )
        if not self._settle():
            raise PolicyStudioError(_NO_ANSWER)
        self.workspace.save_policy(policy)
        self._cancel_load()
        if self._writer is not None:
            self._writer.adopt_base(self.workspace, policy.id)
        self.policy = policy
        self.unstored = None
        self._touched = None
        self.conflicts = ()
        self.policy_did_load.emit()

    def add_policy_soon(self, policy: Policy) -> None:
        """Make the new ``policy`` current and store it, without waiting for the database.

        As ``load_policy``: the edits of the policy open now are saved first (a policy whose
        edits cannot be saved is not left: ``policy_load_did_end`` says why, and the new one
        is not made). Then the new policy is current at once, as unsaved edits (``unstored``
        names it), and its first save goes to the worker like any edit's: a server that does
        not answer holds nothing, a save that fails is said (``save_did_fail``) and tried
        again every ``RETRY_MS``, so what the person made is never dropped."""
        self._load_token += 1
        self.loading = policy.id
        self._new = policy
        self._load_step(self._load_token)

    def _became_current(self, token: int, policy: Policy) -> None:
        self._fallback = None
        self.policy = policy
        self.conflicts = ()
        self._touched = None  # none of it is stored: the save writes it whole
        self._editing = ""
        self.unstored = policy.id
        self.dirty = True
        self._generation += 1
        self._announce()
        self.policy_did_load.emit()
        self._load_ended(token, "")
        self.save_soon()

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
            if not self._timer.isActive() and not self._closing:
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

    def _writer_did_open(self, store: WorkspaceStore) -> None:
        """The worker opened its connection: the rows of a save are computed with it here."""
        self._writer = store
        if self.policy is not None and store.known_revision(self.policy.id) is None:
            store.adopt_base(self.workspace, self.policy.id)

    def _writer_store(self) -> WorkspaceStore | None:
        """The worker's connection once it is open (waits for the opening; for tests)."""
        self._settle()
        return self._writer

    def _writer_ready(self, _result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._save_again = False
            if self.dirty:
                self._failed(_reason(error))

    def _run(
        self,
        job: Callable[[WorkspaceStore], Any],
        then: Callable[[Any, BaseException | None], None] | None,
        *,
        busy: bool = True,
    ) -> int:
        """Queue ``job`` for the worker; ``then(result, error)`` runs here when it is done.
        A ``busy`` job owns the writer's remembered rows until ``then`` ran (one at a time)."""
        ticket = self._worker.submit(job)
        if then is not None:
            self._callbacks[ticket] = then
        if busy:
            self._busy = ticket
        return ticket

    def _job_did_finish(self, ticket: int, result: Any, error: BaseException | None) -> None:
        self._worker.running.discard(ticket)
        then = self._callbacks.pop(ticket, None)
        if ticket == self._busy:
            self._busy = 0
        if self._closing:
            return  # the window stopped listening (unsaved edits were kept by the caller)
        if then is not None:
            then(result, error)
        if not self._busy and self._check_again:
            self._check_again = False
            self._check()
        if not self._busy and self._save_again:
            self._save_again = False
            self.save_soon()
        if not self._busy and self._load_waiting:
            token, self._load_waiting = self._load_waiting, 0
            self._load_step(token)

    def _wait(self, ticket: int, timeout_ms: float) -> bool:
        """Wait for ``ticket`` with the window repainting (bounded); questions found
        meanwhile wait until the outermost wait is over."""
        self._waiting += 1
        try:
            return self._worker.wait(ticket, int(max(0.0, timeout_ms)))
        finally:
            self._waiting -= 1
            if not self._waiting and self._deferred_conflicts:
                QTimer.singleShot(0, self, self._emit_deferred)

    def _settle(self, timeout_ms: int = WAIT_MS) -> bool:
        """Wait (the window repainting) until no save or merge is in flight, at most
        ``timeout_ms`` in all; True when none is."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._busy:
            left = (deadline - time.monotonic()) * 1000
            if left <= 0 or not self._wait(self._busy, left):
                return not self._busy
        return True

    def _emit_conflicts(self) -> None:
        """Ask about the conflicts now, or right after the wait in progress."""
        if self._closing or not self.conflicts:
            return
        if self._waiting:
            self._deferred_conflicts = True
            return
        self.conflicts_found.emit(self.conflicts)

    def _emit_deferred(self) -> None:
        if self._waiting:
            return  # another wait began: the end of that one asks
        self._deferred_conflicts = False
        self._emit_conflicts()

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
        if self._closing or not self.dirty or self.policy is None or self.workspace.closed:
            return
        if self._busy:
            self._save_again = True  # after the job in flight
            return
        if self.conflicts:
            self._failed(_CONFLICTED, retry=False)
            self._emit_conflicts()
            return
        writer = self._writer
        if writer is None:  # not opened yet (or the server was away): open it, then save
            self._save_again = True
            self._run(lambda _store: None, self._writer_ready)
            return
        if writer.known_revision(self.policy.id) is None:
            writer.adopt_base(self.workspace, self.policy.id)
        try:
            prepared = writer.prepare_save(self.policy, touched=self._touched)
        except PolicyStudioError as exc:
            self._failed(_reason(exc))
            return
        self._sent_base = writer.base_state(self.policy.id)
        sent, generation = self._touched, self._generation
        self._touched = set() if self._touched is not None else None
        self.save_did_start.emit()

        self._run(
            lambda store: store.write_save(prepared),
            lambda _r, error: self._save_did_land(error, sent, generation),
        )

    def _save_did_land(
        self, error: BaseException | None, sent: set[str] | None, generation: int
    ) -> None:
        self._sent_base = None
        if error is None:
            self.last_error = ""
            if self.policy is not None and self.policy.id == self.unstored:
                self.unstored = None  # its first save landed: it is in the workspace
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

        The work is the worker's; this waits for it up to ``timeout_ms`` in all (the window
        repaints meanwhile, typing waits), so callers may treat it as synchronous, and it
        cannot hang: a server that does not answer within the time makes it answer False
        ("the database has not answered yet"), the save still on its way. Never raises for
        storage trouble: a failure is reported by ``save_did_fail`` with the reason, the edits
        stay in memory, and another attempt follows after ``RETRY_MS``. A conflict found while
        waiting is asked about after the wait, never inside it.
        """
        self._timer.stop()
        if self._closing:
            return not self.dirty
        if not self.dirty or self.policy is None:
            return self._settle(timeout_ms) and not self.dirty
        if self.workspace.closed:
            return False
        deadline = time.monotonic() + timeout_ms / 1000
        self._flushing = True
        try:
            if self._settle(timeout_ms):
                self.save_soon()
            left = int((deadline - time.monotonic()) * 1000)
            answered = self._settle(max(0, left))
        finally:
            self._flushing = False
        if not answered:
            self._failed(_NO_ANSWER)
            return False
        if self.dirty and self.last_error and not self.conflicts and not self._timer.isActive():
            self._timer.setInterval(self._retry_ms)
            self._timer.start()
        return not self.dirty

    def _failed(self, reason: str, *, retry: bool = True) -> None:
        self.last_error = reason
        self.save_did_fail.emit(reason)
        if retry and not self._closing:
            self._timer.setInterval(self._retry_ms)
            self._timer.start()

    # -- others' changes --------------------------------------------------------------------

    def _poll(self) -> None:
        """The watch timer: look for others' changes on the worker (skipped while busy)."""
        if self.workspace.closed or self._closing:
            self._watch.stop()
            return
        self._listen()
        if not self._busy:
            self._check()

    def check_outside_changes(self, timeout_ms: int = WAIT_MS) -> bool:
        """Merge what others saved since the last look; True when something came in. Waits
        for the worker up to ``timeout_ms`` (False when it has not answered by then)."""
        if self.workspace.closed or self._closing:
            self._watch.stop()
            return False
        self._listen()
        deadline = time.monotonic() + timeout_ms / 1000
        if not self._settle(timeout_ms):
            return False
        self._checked = False
        ticket = self._check()
        if ticket is None or not self._wait(ticket, (deadline - time.monotonic()) * 1000):
            return False
        return self._checked

    def _check(self, *, force: bool = False, then_save: bool = False) -> int | None:
        """Read what others saved (on the worker), then merge it here."""
        if self._closing or self.workspace.closed:
            return None
        if self._writer is None:
            if then_save:
                self._save_again = True
            return self._run(lambda _store: None, self._writer_ready)
        # A new policy not stored yet has nothing of others' to read (it would read as
        # deleted by someone else).
        policy_id = self.policy.id if self.policy is not None and not self.unstored else None

        def read(store: WorkspaceStore) -> tuple[int, Any, bool]:
            version, stored = store.change_marks(policy_id)
            if policy_id is None:
                return version, None, False
            if not force and stored is not None and stored == store.known_revision(policy_id):
                return version, None, False
            return version, store.read_changes(policy_id), True

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
        """Merge others' saved rows into the open policy, in place (undo keeps working). The
        rows were read on the worker; the three-way merge runs here, on the policy as it is
        now, so whatever was typed while they were read is "mine" and never overwritten."""
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
            self._failed(_CONFLICTED, retry=False)
            self._emit_conflicts()
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
        if self._writer is None or not self._settle():
            raise PolicyStudioError(_NO_ANSWER)
        snapshot = self.policy.copy()
        outcome: dict[str, Any] = {}

        def then(result: Any, error: BaseException | None) -> None:
            outcome["result"], outcome["error"] = result, error

        ticket = self._run(
            lambda store: store.resolve_conflict(snapshot, key, keep_mine=keep_mine), then
        )
        if not self._wait(ticket, WAIT_MS):
            raise PolicyStudioError(_NO_ANSWER)
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

    # -- the person's rights ------------------------------------------------------------------

    def read_permissions(self) -> None:
        """Ask the server (on the worker) what this person may do; ``permissions_did_read``
        answers with the Permissions or the error."""
        if self._closing or self.workspace.closed:
            return

        def then(result: Any, error: BaseException | None) -> None:
            self.permissions_did_read.emit(error if error is not None else result)

        self._run(lambda store: store.permissions(), then, busy=False)

    # -- keeping the edits somewhere else -----------------------------------------------------

    def save_copy(self, path: Path) -> str:
        """Write the open policy (with its unsaved edits) to a new workspace file at ``path``.

        For when the workspace cannot be written: the copy holds the policy and the clauses it
        links to, and opens like any workspace. Those clauses are read on a thread of their
        own, on a connection of its own, for at most ``COPY_WAIT_MS`` (the window repaints
        meanwhile): a server that does not answer — the reason a copy is wanted — never holds
        the copy. Returns "" when the clauses are in it, else why they are not (one sentence;
        the policy is in the copy either way).
        """
        from ..storage import Workspace

        if self.policy is None:
            raise PolicyStudioError("no policy is open")
        keys = {s.clause.key for s in self.policy.sections if s.clause is not None}
        clauses: list[Clause] = []
        left_out = ""
        if keys:
            found, left_out = self._linked_clauses(keys)
            clauses = found or []
        with Workspace.building(path) as copy, copy.transaction():
            for clause in clauses:
                copy.save_clause(clause)
            copy.save_policy(self.policy.copy())
        return left_out

    def _linked_clauses(self, keys: set[str]) -> tuple[list[Clause] | None, str]:
        """The library's clauses named ``keys``, read apart (see ``save_copy``), and "" — or
        None and why they could not be read."""
        answer: dict[str, Any] = {}
        reopen = self.workspace.reopen

        def read() -> None:
            try:
                store = reopen()
                try:
                    answer["clauses"] = [c for c in store.clauses() if c.key in keys]
                finally:
                    store.close()
            except PolicyStudioError as exc:
                answer["error"] = str(exc)

        reader = threading.Thread(target=read, name="copy-library", daemon=True)
        reader.start()
        _spin(lambda: not reader.is_alive(), COPY_WAIT_MS)
        if "clauses" in answer:
            return answer["clauses"], ""
        if "error" in answer:
            return None, f"its library clauses could not be read ({answer['error']})"
        return None, "its library clauses could not be read (the database did not answer)"

    def unsaved_base(self) -> dict[str, Any] | None:
        """The stored state the unsaved edits start from (rows and revisions), for a recovery
        file: the base of the save in flight if one is, else the worker's (or this thread's)
        base of the policy. None when no policy is open."""
        if self.policy is None:
            return None
        if self._busy and self._sent_base is not None:
            return self._sent_base
        for store in (self._writer, self.workspace):
            if store is not None:
                found = store.base_state(self.policy.id)
                if found is not None:
                    return found
        return None

    def restore(self, rows: dict[str, str], base: dict[str, Any]) -> bool:
        """Put edits kept in a recovery file back into the open policy (the one they belong
        to) as unsaved edits on the base they started from, and save them: what others
        changed meanwhile in other places is kept, and a place both changed is a conflict
        shown with both texts — nothing is overwritten. False when they are already stored."""
        from ..storage.rows import apply_in_place, policy_from_rows, policy_rows

        if self.policy is None:
            raise PolicyStudioError("no policy is open")
        current = policy_rows(self.policy)
        changed = {k for k in set(current) | set(rows) if current.get(k) != rows.get(k)}
        if not changed:
            return False
        if not self._settle():
            raise PolicyStudioError(_NO_ANSWER)
        policy_id = self.policy.id
        outcome: dict[str, BaseException | None] = {}
        ticket = self._run(
            lambda store: store.restore_base(policy_id, base),
            lambda _r, error: outcome.__setitem__("error", error),
        )
        if not self._wait(ticket, WAIT_MS):
            raise PolicyStudioError(_NO_ANSWER)
        error = outcome.get("error")
        if error is not None:
            raise error
        if self.before_merge is not None:
            self.before_merge()  # what the window's editor holds is committed first
        # Into the policy's own objects when only texts and variables differ (open editors
        # keep pointing at them), else rebuilt; the views redraw what changed.
        if not apply_in_place(self.policy, rows, changed):
            self._replace(policy_from_rows(rows))
        self._touched = None
        self._generation += 1
        self.dirty = True
        self.policy_did_change.emit(changes_for_rows(changed))
        self.save_soon()
        return True

    # -- library ---------------------------------------------------------------------------

    def save_clause(self, clause: Clause, note: str = "") -> Clause:
        saved = self.workspace.save_clause(clause, note=note)
        self.library_did_change.emit()
        return saved

    # -- closing ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop everything the session started, without waiting for the server: others are
        told this window left (queued behind the job in hand), timers and listening stop,
        and the worker ends after its job, closing its own connection itself. Unsaved edits
        stay in ``policy`` (``dirty``) for the caller to keep. Safe to call twice."""
        if self._closing:
            return
        self._editing = ""
        self._announcing = 0
        self._announce()  # others drop this window's marker as soon as the server hears it
        self._closing = True
        self._timer.stop()
        self._watch.stop()
        self._beat.stop()
        self._stop_listening()
        self._worker.stop(STOP_MS)

    def close(self, timeout_ms: int = WAIT_MS) -> bool:
        """Save what is unsaved (waiting at most ``timeout_ms``), stop, close the workspace;
        True when nothing was left unsaved."""
        saved = self.flush(timeout_ms)
        self.shutdown()
        self.workspace.close()
        return saved and not self.dirty


_NO_ANSWER = "the database has not answered yet; still saving"
_CONFLICTED = "someone else changed the same text; choose which version to keep"


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or text
    return text
