"""Versions in the main window: the History dock and the Compare view over the diff.

HistoryPanel and DiffView are built for one policy and one Redline; these two wrappers follow the
window's current policy (``set_policy``) and edits (``changes_did_happen``), and let the user
pick what to compare: two saved versions, or a version and the current draft.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, Signal
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..app.jobs import CallJob, CompareJob
from ..diff import Redline
from ..io import registry
from ..io.output import write_bytes_atomic, write_text_atomic
from ..io.redline_format import RedlineOptions
from ..model import Policy, PolicyStudioError, Version
from ..ops.base import Changes, Edit
from ..storage import WorkspaceStore
from ..storage.locate import open_store
from .diff_view import DiffView, Options, render_document
from .history_panel import ApprovalQuestion, HistoryPanel
from .store_reader import Reader, Writer, read_at_once, why_not

DRAFT = -1
"""Combo box data for "the current draft" (versions are numbered from 1)."""


def _author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container or service account
        return ""


class HistoryDock(QWidget):
    """The history panel of whichever policy is open."""

    compare_requested = Signal(object)
    """A Version to compare with the current draft."""
    version_did_save = Signal(object)
    saving_version = Signal(bool)
    """The open policy's panel began (True) or ended (False) saving a version."""

    def __init__(
        self,
        apply_edit: Callable[[tuple[Changes, Edit]], None],
        workspace: Callable[[], WorkspaceStore],
        known_variables: Callable[[], Iterable[str]],
        parent: QWidget | None = None,
        author: Callable[[], str] = _author,
        reader: Reader | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self._author = author
        self._reader = reader
        """Where each panel reads its versions (the window's database worker); None: here."""
        self._writer = writer
        """Where each panel saves and approves versions (the same worker); None: the reader."""
        self._apply_edit = apply_edit
        self._workspace = workspace
        self._known_variables = known_variables
        self.confirm_approval: ApprovalQuestion | None = None
        """Passed to each policy's panel (None: the panel asks with a message box)."""
        self._panel: HistoryPanel | None = None
        self._pending: Policy | None = None
        """The policy whose panel is built when the dock is first shown (or asked for): its
        versions are read then, not at every policy load while History is hidden."""
        self.panel_did_open: Callable[[HistoryPanel], None] | None = None
        """Called with each new panel (the window holds its approve button for a role that
        may not approve)."""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("Open a policy to see its versions."))
        self._layout.addWidget(self.empty)

    @property
    def panel(self) -> HistoryPanel | None:
        """The open policy's history panel (built now if it was waiting to be shown)."""
        if self._pending is not None:
            self._build(self._pending)
        return self._panel

    def built_panel(self) -> HistoryPanel | None:
        """The panel if it is built already (``panel_did_open`` sees the ones built later)."""
        return self._panel

    def set_policy(self, policy: Policy | None) -> None:
        if self._panel is not None:
            self._layout.removeWidget(self._panel)
            self._panel.closed = True  # a read still in flight answers nobody
            self._panel.deleteLater()
            self._panel = None
        self._pending = None
        self.empty.setVisible(policy is None)
        if policy is None:
            return
        self._pending = policy
        if self.isVisible():
            self._build(policy)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._pending is not None:
            self._build(self._pending)
        super().showEvent(event)

    def _build(self, policy: Policy) -> None:
        self._pending = None
        self._panel = HistoryPanel(
            self._workspace(),
            policy,
            author=self._author,
            known_variables=self._known_variables(),
            confirm_approval=self.confirm_approval,
            reader=self._reader,
            writer=self._writer,
        )
        panel = self._panel
        panel.setObjectName("history_panel")
        panel.edit_did_happen.connect(lambda changes, edit: self._apply_edit((changes, edit)))
        panel.compare_requested.connect(self.compare_requested)
        panel.version_did_save.connect(self.version_did_save)
        panel.saving_version.connect(self.saving_version)
        self._layout.addWidget(panel, 1)
        if self.panel_did_open is not None:
            self.panel_did_open(panel)

    def changes_did_happen(self, changes: Changes) -> None:
        """Edits change the draft, not the saved versions: nothing to redraw."""

    def ask_and_save(self) -> None:
        if self.panel is not None:
            self.panel.ask_and_save()


class CompareView(QWidget):
    """Choose two states of the policy and see the redline between them."""

    did_compare = Signal()
    """The comparison asked for is on screen."""

    def __init__(
        self,
        workspace: Callable[[], WorkspaceStore],
        parent: QWidget | None = None,
        reader: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.reader: Reader = reader or read_at_once(workspace)
        """Where the versions are read when the listing's own connection cannot be opened:
        here by default; on the database worker in the window."""
        self.policy: Policy | None = None
        self._stale = False
        self._versions_stale = False
        self._listed_by_number: dict[int, Version] = {}
        """The versions last listed in the choosers, by number."""
        self._listing: CallJob | None = None
        self._relist: tuple[int | None, int | None] | None = None
        self.old_box = QComboBox()
        self.old_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.old_box.setObjectName("compare_old")
        self.new_box = QComboBox()
        self.new_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_box.setObjectName("compare_new")
        self.diff = DiffView()
        self.diff.setObjectName("diff_view")
        self._job: CompareJob | None = None
        self._again = False
        self.busy = QLabel(self.tr("Comparing…"))
        self.busy.setObjectName("compare_busy")
        self.busy.setVisible(False)
        self._no_versions = self.tr(
            "Save a version (File > Save version…) to compare the draft with it."
        )
        self._saving_version = False
        """A version of this policy is with the writer: the empty line says so."""
        self.empty = QLabel(self._no_versions)
        self.empty.setObjectName("compare_empty")
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare")))
        row.addWidget(self.old_box)
        row.addWidget(QLabel(self.tr("with")))
        row.addWidget(self.new_box)
        row.addWidget(self.busy)
        row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export comparison…"))
        self.export_button.setObjectName("export_redline")
        self.export_button.setToolTip(
            self.tr(
                "Save this comparison as a Word document with tracked changes, a web page or a PDF"
            )
        )
        self.export_button.clicked.connect(self.choose_and_export)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.diff, 1)
        # Typing in the draft while the comparison is on screen: recompute once it settles.
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self.old_box.activated.connect(lambda _i: self.refresh())
        self.new_box.activated.connect(lambda _i: self.refresh())

    def set_policy(self, policy: Policy | None) -> None:
        self.policy = policy
        self._saving_version = False  # that policy's panel went with it
        if self.isVisible():
            self.reload_versions()
        else:
            # Out of sight (opening a workspace, switching policy from Write): the versions are
            # listed and compared when Compare is shown (showEvent) — each listing reads every
            # saved snapshot.
            self._versions_stale = True

    def changes_did_happen(self, changes: Changes) -> None:
        if self.new_box.currentData() != DRAFT and self.old_box.currentData() != DRAFT:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True  # compared when next shown: no diff work while nobody looks

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_current()
        super().showEvent(event)

    def reload_versions(self, old: int | None = None, new: int | None = None) -> None:
        """Fill both choosers; by default the newest version against the current draft.

        The versions are read on a worker thread, on a read-only connection of its own
        (reading them parses every saved snapshot: ~0.4 s for a long policy), then compared
        there too; the window stays live meanwhile and says "Comparing…". When that connection
        cannot be opened (a server asking for a password) they are read through ``reader``
        (the window's database worker), never on the window's thread.
        """
        self._versions_stale = False
        old = old if old is not None else self.old_box.currentData()
        new = new if new is not None else self.new_box.currentData()
        if self.policy is None or self._closed():
            self._listed_by_number = {}
            self._show_versions([], old, new)
            return
        if self._listing is not None:
            self._relist = (old, new)  # listed again, as asked last, when this one ends
            return
        location, policy_id = self._workspace().location, self.policy.id
        job = CallJob(lambda: _read_versions(location, policy_id), self)
        job.did_finish.connect(lambda versions: self._listed(versions, None, old, new))
        # No connection of its own (a server asking for a password): the reader reads them.
        job.did_fail.connect(lambda _message: self._list_with_reader(policy_id, old, new))
        self._listing = job
        self.busy.setVisible(True)
        # Nothing to export until the comparison of what is listed is on screen; and no
        # "save a version" before the versions were read.
        self.export_button.setEnabled(False)
        if self.old_box.count() == 0:
            self.empty.hide()
        job.start()

    def _list_with_reader(self, policy_id: str, old: int | None, new: int | None) -> None:
        if self._closed():
            self._listed([], None, old, new)
            return
        self.reader(
            lambda store: store.versions(policy_id),
            lambda result, error: self._listed(result, error, old, new),
        )

    def _listed(
        self,
        versions: list[Version] | None,
        error: BaseException | None,
        old: int | None,
        new: int | None,
    ) -> None:
        self._listing = None
        if self._relist is not None:
            (old, new), self._relist = self._relist, None
            self.reload_versions(old, new)
            return
        if error is not None or versions is None or self.policy is None or self._closed():
            versions = []
        self._listed_by_number = {v.number: v for v in versions}
        self.empty.setText(
            self.tr("The versions could not be read: %1").replace("%1", why_not(error))
            if error is not None
            else self._nothing_to_compare()
        )
        self._show_versions(versions, old, new)

    def _show_versions(self, versions: list[Version], old: int | None, new: int | None) -> None:
        for box in (self.old_box, self.new_box):
            box.clear()
            for version in reversed(versions):
                box.addItem(self._name(version), version.number)
        self.new_box.insertItem(0, self.tr("Current draft"), DRAFT)
        self._select(self.old_box, old, 0)
        self._select(self.new_box, new, 0)
        self.refresh()
        if not self.comparing():  # nothing to compare (no version saved yet)
            self.busy.setVisible(False)
            self.did_compare.emit()

    def set_saving_version(self, saving: bool) -> None:
        """Save version was asked for (True) or answered (False). While it is on its way and
        none was listed, Compare says so rather than inviting the person to save one."""
        self._saving_version = saving
        if self.empty.text() in (self._no_versions, self._saving_text()):
            self.empty.setText(self._nothing_to_compare())

    def _saving_text(self) -> str:
        return self.tr("Saving version… The draft is compared with it once it is saved.")

    def _nothing_to_compare(self) -> str:
        return self._saving_text() if self._saving_version else self._no_versions

    def compare_with_draft(self, version: Version) -> None:
        self.reload_versions(old=version.number, new=DRAFT)

    def ensure_current(self, wait: bool = False) -> None:
        """List the versions and compute the comparison now if they were left for later;
        with ``wait``, until it is on screen (printing and exporting need it)."""
        if self._versions_stale:
            self.reload_versions()
        elif self._stale:
            self.refresh()
        if wait:
            self.wait_for_comparison()

    def refresh(self) -> None:
        self._stale = False
        if self._closed():
            return  # a pending refresh after its workspace was closed: nothing to compare
        has_versions = self.old_box.count() > 0 and self.policy is not None
        self.empty.setVisible(not has_versions)
        self.diff.setVisible(has_versions)
        self.export_button.setEnabled(has_versions)
        if not has_versions or self.policy is None:
            return
        old = self._state(self.old_box.currentData())
        new = self._state(self.new_box.currentData())
        if old is None or new is None:
            return
        if self._job is not None:
            # Still comparing: compare again when it is done, with the text as it is then.
            self._again = True
            return
        labels = (self.old_box.currentText(), self.new_box.currentText())
        options = self.diff.options()

        def prepare(redline: Redline) -> object:
            # On the worker: the page too, so the UI thread only puts it on screen.
            chosen = self.diff.options_for(redline, options)
            return chosen, render_document(redline, chosen)

        job = CompareJob(old, new, labels, prepare, self)
        job.did_finish.connect(self._compared)
        job.did_fail.connect(self._failed)
        self._job = job
        self.busy.setVisible(True)
        job.start()

    def comparing(self) -> bool:
        """The versions are being listed or compared (off the UI thread)."""
        return self._job is not None or self._listing is not None

    def wait_for_comparison(self) -> None:
        """Block until the comparison on its way is on screen (printing, exporting)."""
        if not self.comparing():
            return
        loop = QEventLoop()
        self.did_compare.connect(loop.quit)
        if self.comparing():
            loop.exec()
        self.did_compare.disconnect(loop.quit)

    def _compared(self, result: tuple[Redline, tuple[Options, QTextDocument]]) -> None:
        self._job = None
        redline, prepared = result
        if not self._closed():
            self.diff.set_redline(redline, prepared)
        self._finish()

    def _failed(self, message: str) -> None:
        self._job = None
        QMessageBox.warning(self, self.tr("Compare"), message)
        self._finish()

    def _finish(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
        if not self.comparing():
            self.busy.setVisible(False)
            self.did_compare.emit()

    def title(self) -> str:
        """What the comparison is: the policy, and the two states compared."""
        policy = self.policy.display_title() if self.policy is not None else ""
        return f"{policy} — {self.old_box.currentText()} → {self.new_box.currentText()}"

    def choose_and_export(self) -> Path | None:
        """Ask where to save the comparison (DOCX with tracked changes, HTML or PDF) and
        save it."""
        self.ensure_current(wait=True)
        if self.diff.redline() is None:
            return None
        choices = self._file_types()
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export comparison"), "", ";;".join(choices)
        )
        if not name:
            return None
        path = Path(name)
        if registry.redline_format_for_suffix(path.suffix) is None:
            entry = choices.get(chosen) or next(iter(choices.values()))
            path = path.with_name(path.name + entry.suffixes[0])
        try:
            return self.export_redline(path)
        except (PolicyStudioError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export comparison"), f"{path.name}: {exc}")
            return None

    def _file_types(self) -> dict[str, registry.FormatEntry]:
        """The file dialog's choices: the redline formats a reviewer saves (the table's
        DOCX, HTML and PDF rows)."""
        names = {
            "docx": self.tr("Word document with tracked changes (*.docx)"),
            "html": self.tr("Web page (*.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        rows = {entry.redline: entry for entry in registry.redline_formats()}
        # Word first: tracked changes are what an approver is most often sent.
        return {names[name]: rows[name] for name in names if name in rows}

    def export_redline(self, path: Path) -> Path:
        """Write the comparison on screen to ``path`` in the format its suffix names: .docx
        tracked changes, .pdf, else HTML."""
        self.ensure_current(wait=True)
        redline = self.diff.redline()
        if redline is None:
            raise PolicyStudioError("there is no comparison to export")
        shown = self.diff.languages_shown()
        entry = registry.redline_format_for_suffix(path.suffix)
        if entry is None or entry.redline not in ("docx", "html", "pdf"):
            entry = registry.redline_format_for_suffix(".html")
        assert entry is not None
        _, writer = registry.redline_writer(entry.redline)
        options = RedlineOptions(
            lang=shown[0] if len(shown) == 1 else None,
            title=self.title(),
            author=_author() or "Policy Studio",
            changed_only=self.diff.changed_only.isChecked(),
        )
        result = writer(redline, options)
        if isinstance(result, bytes):
            write_bytes_atomic(path, result, "the comparison")
        else:
            write_text_atomic(path, result, "the comparison")
        return path

    # -- internals -----------------------------------------------------------------------

    def _closed(self) -> bool:
        return self._workspace().closed

    def _state(self, number: int | None) -> Policy | None:
        """The text a chooser names: the draft, or a version as listed (the choosers hold
        exactly the versions listed: nothing is read here, on the window's thread)."""
        if number is None or self.policy is None:
            return None
        if number == DRAFT:
            return self.policy
        version = self._listed_by_number.get(int(number))
        return version.snapshot if version is not None else None

    def _name(self, version: Version) -> str:
        return (
            self.tr("Version %1 (%2)")
            .replace("%1", str(version.number))
            .replace("%2", version.label)
        )

    @staticmethod
    def _select(box: QComboBox, number: int | None, fallback: int) -> None:
        index = box.findData(number) if number is not None else -1
        box.setCurrentIndex(index if index >= 0 else min(fallback, box.count() - 1))


def _read_versions(location: str, policy_id: str) -> list[Version]:
    """The saved versions of a policy, read on a read-only connection of their own (for a
    worker thread: the window's connection stays the window's)."""
    with open_store(location, readonly=True) as workspace:
        return workspace.versions(policy_id)
