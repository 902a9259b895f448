"""Long work off the UI thread: opening (and reading) a large workspace, writing an export."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, QThread, Signal

from ..diff import Redline, compare
from ..io.registry import ExportWriter
from ..layout.options import ExportOptions
from ..model import Clause, Policy, PolicyStudioError
from ..storage import APP_BUSY_TIMEOUT, WorkspaceStore
from ..storage.locate import is_database, open_store


@dataclass(slots=True)
class OpenedWorkspace:
    """What the window needs to show a workspace, read in the background."""

    workspace: WorkspaceStore
    clauses: list[Clause] = field(default_factory=list)
    policy: Policy | None = None


class _OpenWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, location: str | Path, policy_id: str | None, read_policy: bool) -> None:
        super().__init__()
        self.location = location
        self.policy_id = policy_id
        self.read_policy = read_policy

    def run(self) -> None:
        try:
            name = (
                self.location
                if isinstance(self.location, str) and is_database(self.location)
                else Path(self.location).name
            )
            self.progress.emit(0, 3, f"Opening {name}…")
            workspace = open_store(self.location, busy_timeout=APP_BUSY_TIMEOUT)
            if not self.read_policy:  # the window shows first and reads the policy after
                self.progress.emit(3, 3, "Done")
                self.finished.emit(OpenedWorkspace(workspace))
                return
            self.progress.emit(1, 3, "Reading the clause library…")
            clauses = workspace.clauses()
            self.progress.emit(2, 3, "Reading the policy…")
            summaries = workspace.policies()
            ids = [s.id for s in summaries]
            wanted = self.policy_id if self.policy_id in ids else (ids[0] if ids else None)
            policy = workspace.policy(wanted) if wanted else None
            self.progress.emit(3, 3, "Done")
            self.finished.emit(OpenedWorkspace(workspace, clauses, policy))
        except (PolicyStudioError, OSError) as exc:
            self.failed.emit(str(exc))


_LIVE: list[tuple[QThread, QObject]] = []
"""Every started job's thread and worker, held until the thread has ended. A job belongs to a
window (its Qt parent); a window closed, or a dialog let go, while its job still runs must not
take the running QThread with it ("destroyed while thread is still running" ends the process)."""


def _prune() -> None:
    for pair in [p for p in _LIVE if p[0].isFinished()]:
        pair[0].wait()  # returns at once: the thread has ended; its last signal is out
        _LIVE.remove(pair)


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Wait (bounded) until every job's thread has ended: before the application object goes,
    at quit and at the end of a test run. Whether they all ended."""
    deadline = QDeadlineTimer(timeout_ms)
    for thread, _worker in list(_LIVE):
        if not thread.wait(deadline):
            return False
    _prune()
    return True


class _ThreadJob(QObject):
    """A worker run on its own QThread: ``did_finish`` with its result or ``did_fail`` with a
    sentence, after the thread has stopped. Subclasses add a ``progress`` signal of their own."""

    did_finish = Signal(object)
    did_fail = Signal(str)

    def _run_on_thread(self, worker: QObject) -> None:
        self._thread = QThread()
        self._worker = worker
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)  # type: ignore[attr-defined]
        worker.finished.connect(self._done)  # type: ignore[attr-defined]
        worker.failed.connect(self._failed)  # type: ignore[attr-defined]
        # The thread's event loop ends when the work does, heard or not: a job deleted with its
        # window is no longer there to quit it (quit() is thread-safe, called on the worker).
        for ended in (worker.finished, worker.failed):  # type: ignore[attr-defined]
            ended.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        _prune()
        _LIVE.append((self._thread, self._worker))
        self._thread.start()

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done(self, result: object) -> None:
        self.wait()
        self.did_finish.emit(result)

    def _failed(self, message: str) -> None:
        self.wait()
        self.did_fail.emit(message)


class OpenWorkspaceJob(_ThreadJob):
    """Opens a workspace on a worker thread; connect to the signals, then ``start()``.

    The SQLite connection is made with check_same_thread=False, so the Workspace opened on the
    worker is used from the UI thread afterwards (never from both at once). ``did_finish``
    carries an OpenedWorkspace.
    """

    progress = Signal(int, int, str)
    """(done, total, what is happening)."""

    def __init__(
        self,
        location: str | Path,
        policy_id: str | None = None,
        parent: QObject | None = None,
        *,
        read_policy: bool = True,
    ):
        super().__init__(parent)
        worker = _OpenWorker(location, policy_id, read_policy)
        worker.progress.connect(self.progress)
        self._run_on_thread(worker)


class _ExportWorker(QObject):
    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        writer: ExportWriter,
        policy: Policy,
        path: Path,
        options: ExportOptions,
        known: list[str],
    ) -> None:
        super().__init__()
        self.writer, self.policy, self.path = writer, policy, path
        self.options, self.known = options, known

    def run(self) -> None:
        try:
            kwargs: dict[str, object] = {}
            # A writer that reports stages (the PDF: layout, pages, writing) takes ``progress``.
            if "progress" in inspect.signature(self.writer).parameters:
                kwargs["progress"] = self.progress.emit
            report = self.writer(self.policy, self.path, self.options, self.known, **kwargs)
            self.finished.emit(report)
        except (PolicyStudioError, OSError) as exc:
            self.failed.emit(str(exc))


class ExportJob(_ThreadJob):
    """Writes an export on a worker thread, so a long PDF never freezes the window.

    The policy is copied first: the worker reads its own copy while the window stays live.
    ``did_finish`` carries the writer's ExportReport.
    """

    progress = Signal(str)
    """The stage being worked on ("layout", "pages", "writing")."""

    def __init__(
        self,
        writer: ExportWriter,
        policy: Policy,
        path: Path,
        options: ExportOptions,
        known_variables: Iterable[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        worker = _ExportWorker(writer, policy.copy(), path, options, list(known_variables))
        worker.progress.connect(self.progress)
        self._run_on_thread(worker)


class _CallWorker(QObject):
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work()
        except (PolicyStudioError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit(result)


class CallJob(_ThreadJob):
    """Runs ``work()`` on a worker thread: ``did_finish`` with what it returned, or
    ``did_fail`` with a sentence (a PolicyStudioError or OSError it raised).

    ``work`` must not touch the window's objects: give it copies, or a connection of its own.
    """

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = _CallWorker(work)
        self._run_on_thread(self._call)


class CompareJob(CallJob):
    """Compares two states of a policy on a worker thread, so opening Compare on a long
    policy (or an edit while it is on screen) never freezes the window or the typing.

    The policies are copied first (the draft keeps changing on the UI thread); ``prepare``
    runs on the worker after the comparison (the view draws its page there). ``did_finish``
    carries (Redline, what ``prepare`` returned).
    """

    def __init__(
        self,
        old: Policy,
        new: Policy,
        labels: tuple[str, str] = ("", ""),
        prepare: Callable[[Redline], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        old, new = old.copy(), new.copy()

        def work() -> tuple[Redline, object]:
            redline = compare(old, new, old_label=labels[0], new_label=labels[1])
            return redline, (prepare(redline) if prepare is not None else None)

        super().__init__(work, parent)
