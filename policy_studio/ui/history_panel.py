"""The version history panel: list saved versions, save one, open one read-only, restore, approve.

A standalone widget built with what it needs (workspace, policy, author). Restoring edits the
draft through ops.restore_version and emits ``edit_did_happen(Changes, Edit)`` so the main
window can push the Edit onto its QUndoStack; it never changes the draft any other way.

Approving a version whose text has blockers (untranslated or stale segments, QA errors, …)
asks first, naming them, as `policy-studio approve --version` refuses without --force; an
approval given anyway is logged with its blockers. The question is a callable passed in, so
tests answer it without a modal dialog.

In the window the versions and the activity are read, and a version is saved, checked,
approved or withdrawn, on the database worker (``reader`` and ``writer``): until the answer the
line above the list says what is in flight and the buttons are off, and what the list shows
(a new version, "approved by …") is what the workspace answered, never before it did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..app.signoff import approve_version, current_user, log, readiness_of
from ..checks.readiness import Blocker, BlockerKind
from ..model import Policy, Version, language
from ..ops.base import Changes, Edit
from ..ops.versions import restore_version
from ..storage import WorkspaceStore
from .activity_log import ActivityLog
from .blocker_text import blocker_text
from .preview import on_paper, render_policy
from .store_reader import Reader, Writer, read_at_once, why_not

COLUMNS = (  # marked for lupdate here, translated where shown
    QT_TRANSLATE_NOOP("HistoryPanel", "No."),
    QT_TRANSLATE_NOOP("HistoryPanel", "Label"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Saved"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Author"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Approved"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Note"),
)


ApprovalQuestion = Callable[[Version, Sequence[Blocker]], bool]
"""Asked before approving a version with blockers: True approves it anyway."""

SHOWN_BLOCKERS = 12
"""Blockers listed in the question; the rest are counted."""


def display_time(iso: str) -> str:
    """A saved UTC time in the user's local time, isolated left-to-right.

    In a mirrored (Arabic) interface "2026-11-22 05:05" would otherwise be shown as
    "05:05 2026-11-22"; the isolate marks (LRI … PDI) are display-only.
    """
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        text = moment.strftime("%Y-%m-%d %H:%M")
    except ValueError:
        text = iso[:16]
    return f"\u2066{text}\u2069"


class SaveVersionDialog(QDialog):
    """Asks for the label and note of a new version."""

    def __init__(self, suggested_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save version"))
        self.label_edit = QLineEdit(suggested_label)
        # QTextEdit, not QPlainTextEdit: notes may be written in Arabic (RTL-NOTES), plain text.
        self.note_edit = QTextEdit()
        self.note_edit.setAcceptRichText(False)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.label_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = bool(self.label_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return self.label_edit.text().strip(), self.note_edit.toPlainText().strip()


class VersionViewer(QDialog):
    """A saved version, read-only, one tab per language."""

    def __init__(
        self, version: Version, known_variables: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Version %1 (%2) — read-only")
            .replace("%1", str(version.number))
            .replace("%2", version.label)
        )
        self.tabs = QTabWidget()
        snapshot = version.snapshot
        for code in snapshot.languages:
            browser = QTextBrowser()
            browser.setReadOnly(True)
            on_paper(browser)
            render_policy(browser.document(), snapshot, code, known_variables=known_variables)
            if language(code).is_rtl:
                option = browser.document().defaultTextOption()
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                browser.document().setDefaultTextOption(option)
            self.tabs.addTab(browser, language(code).name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(700, 600)


class HistoryPanel(QWidget):
    """Saved versions of one policy, newest first, with the actions an approver needs."""

    edit_did_happen = Signal(object, object)
    """(Changes, Edit) after restoring a version into the draft."""
    version_did_save = Signal(object)
    """The Version just saved."""
    saving_version = Signal(bool)
    """True when Save version hands the draft to the writer, False when the answer came
    (saved or not): Compare says a version is on its way rather than "save a version"."""
    compare_requested = Signal(object)
    """A Version the user wants compared with the current draft (the lead wires the diff view)."""

    def __init__(
        self,
        workspace: WorkspaceStore,
        policy: Policy,
        author: str | Callable[[], str] = "",
        known_variables: Iterable[str] = (),
        parent: QWidget | None = None,
        confirm_approval: ApprovalQuestion | None = None,
        reader: Reader | None = None,
        writer: Writer | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.policy = policy
        self.reader: Reader = reader or read_at_once(lambda: self.workspace)
        """Where the versions are read: here by default; on the database worker in the window."""
        self.writer: Writer = writer or self.reader
        """Where a version is saved, checked and approved (the window: its database worker)."""
        self._acting = ""
        """What the panel asked the workspace to do and waits for ("": nothing), as shown."""
        self._versions: list[Version] | None = None
        """The versions as last read (None: not read yet); what the list shows and acts on."""
        self._asking = False
        self._ask_again = False
        self._select_after: int | None = None
        """The version to select when the list is next shown (the one just saved)."""
        self._closed = False
        self._author = author
        self.confirm_approval: ApprovalQuestion = confirm_approval or self.ask_approve_anyway
        self.known_variables = list(known_variables)
        self.viewers: list[VersionViewer] = []

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.save_button = QPushButton(self.tr("Save version…"))
        self.open_button = QPushButton(self.tr("Open read-only"))
        self.compare_button = QPushButton(self.tr("Compare with draft"))
        self.restore_button = QPushButton(self.tr("Restore as draft"))
        self.approve_button = QPushButton(self.tr("Mark approved"))
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.open_button,
            self.compare_button,
            self.restore_button,
            self.approve_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        policy_id = policy.id
        self.activity = ActivityLog(
            lambda answer: self.reader(lambda store: store.log_entries(policy_id), answer),
            display_time,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("history_tabs")
        self.tabs.addTab(self.tree, self.tr("Versions"))
        self.tabs.addTab(self.activity, self.tr("Activity"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.status_label = QLabel()
        self.status_label.setObjectName("history_status")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tabs)

        self.save_button.clicked.connect(self.ask_and_save)
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self._compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.approve_button.clicked.connect(self.toggle_approved)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.reload()

    @property
    def closed(self) -> bool:
        """Set when the window drops this panel (another policy opened): an answer that comes
        later — versions, activity, a version saved or approved — touches nothing of it."""
        return self._closed

    @closed.setter
    def closed(self, value: bool) -> None:
        self._closed = value
        self.activity.closed = value

    @property
    def author(self) -> str:
        """Who is acting: named in versions saved, approvals and the audit log."""
        name = self._author() if callable(self._author) else self._author
        return name or current_user()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.activity:
            self.activity.reload()

    # -- list --------------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        """The versions are being read: the list says so and acts on no version meanwhile."""
        return self._asking

    def reload(self) -> None:
        """Read the versions again. Until the answer the line above the list says "Reading
        versions…" and the buttons that act on a version are off (the list, if any, is the one
        read before); one read at a time, and a reload asked meanwhile reads once more."""
        if self._asking:
            self._ask_again = True
            return
        self._asking, self._ask_again = True, False
        self._idle_line()
        self._update_buttons()
        policy_id = self.policy.id
        self.reader(lambda store: store.versions(policy_id), self._answered)

    def _answered(self, result: Any, error: BaseException | None) -> None:
        if self.closed:
            return
        self._asking = False
        if self._ask_again:
            self.reload()  # something changed while this was read: read the newer list
            return
        if error is not None:
            self.status_label.setText(
                self.tr("The versions could not be read: %1").replace("%1", str(error))
            )
            self.status_label.setStyleSheet("color: #b00020;")
            self._update_buttons()
            return
        self._versions = list(result)
        self._idle_line()
        self._fill()

    def _idle_line(self) -> None:
        """The line above the list when nothing failed: what is in flight, if anything."""
        if self._acting:
            text = self._acting
        elif self._asking:
            text = self.tr("Reading versions…")
        else:
            self.status_label.hide()
            return
        self.status_label.setText(text)
        self.status_label.setStyleSheet("")
        self.status_label.show()

    def _fill(self) -> None:
        selected = self.selected_version()
        wanted = (
            self._select_after
            if self._select_after is not None
            else (selected.number if selected is not None else None)
        )
        self._select_after = None
        self.tree.clear()
        for version in reversed(self._versions or []):
            item = QTreeWidgetItem(
                [
                    str(version.number),
                    version.label,
                    display_time(version.created),
                    version.author,
                    self._approval_text(version),
                    version.note,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, version.number)
            self.tree.addTopLevelItem(item)
            if version.number == wanted:
                item.setSelected(True)
        for column in range(len(COLUMNS) - 1):  # the note column takes what is left
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _approval_text(self, version: Version) -> str:
        if not version.approved:
            return ""
        if not version.approved_by:
            return self.tr("approved")
        return (
            self.tr("approved by %1, %2")
            .replace("%1", version.approved_by)
            .replace("%2", display_time(version.approved_at))
        )

    def selected_version(self) -> Version | None:
        items = self.tree.selectedItems() if hasattr(self, "tree") else []
        if not items:
            return None
        number = int(items[0].data(0, Qt.ItemDataRole.UserRole))
        return next((v for v in self._versions or [] if v.number == number), None)

    def select_number(self, number: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == number)

    @property
    def busy(self) -> bool:
        """A version is being saved, checked, approved or withdrawn: the line above the list
        says so and every button is off until the workspace answers."""
        return bool(self._acting)

    def _update_buttons(self) -> None:
        version = self.selected_version()
        for button in (
            self.open_button,
            self.compare_button,
            self.restore_button,
            self.approve_button,
        ):
            button.setEnabled(version is not None and not self._asking and not self._acting)
        self.save_button.setEnabled(not self._acting)
        self.approve_button.setText(
            self.tr("Withdraw approval")
            if version is not None and version.approved
            else self.tr("Mark approved")
        )

    # -- actions -----------------------------------------------------------------------------
    def _act(
        self,
        doing: str,
        job: Callable[[WorkspaceStore], Any],
        then: Callable[[Any, BaseException | None], None],
    ) -> None:
        """Hand ``job`` to the writer; until ``then`` the line says ``doing``, buttons off."""
        self._acting = doing
        self._idle_line()
        self._update_buttons()
        self.writer(job, then)

    def _done(self, error: BaseException | None, failed: str) -> bool:
        """The job came back: True when it worked; else the line says ``failed`` (with %1
        the reason) in one sentence and nothing else changes."""
        self._acting = ""
        if error is None:
            self._idle_line()
            self._update_buttons()
            return True
        self.status_label.setText(failed.replace("%1", why_not(error)))
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.show()
        self._update_buttons()
        return False

    def _written(self) -> None:
        """A version was saved, approved or withdrawn: list the versions (and the activity,
        if shown) as the workspace has them now."""
        self.reload()
        if self.tabs.currentWidget() is self.activity:
            self.activity.reload()

    def save_version(self, label: str, note: str = "") -> None:
        """Save the draft as it is now as the next version, on the writer; ``version_did_save``
        and the list (the new version selected) once the workspace has it."""
        if self._acting:
            return
        who = self.author
        snapshot = self.policy.copy()  # the text as it is now: the worker never reads the draft

        def job(store: WorkspaceStore) -> Version:
            version = store.save_version(snapshot, label, note=note, author=who)
            log(store, who, "version.save", snapshot, str(version.number), label=label)
            return version

        def saved(version: Any, error: BaseException | None) -> None:
            if self.closed:
                return  # another policy is open: Compare forgot this one's save with it
            self.saving_version.emit(False)
            if self._done(error, self.tr("The version could not be saved: %1")):
                self._select_after = version.number
                self._written()  # selects it when the list is read
                self.version_did_save.emit(version)

        self.saving_version.emit(True)
        self._act(self.tr("Saving version…"), job, saved)

    def ask_and_save(self) -> None:
        if self._acting:
            return  # the line above the list says what the panel waits for
        dialog = SaveVersionDialog(self.policy.version_label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            label, note = dialog.values()
            self.save_version(label, note)

    def viewer_for_selected(self) -> VersionViewer | None:
        """A read-only viewer of the selected version (not yet shown)."""
        version = self.selected_version()
        if version is None:
            return None
        viewer = VersionViewer(version, self.known_variables, self)
        self.viewers.append(viewer)
        return viewer

    def open_selected(self) -> None:
        viewer = self.viewer_for_selected()
        if viewer is not None:
            viewer.show()

    def _compare_selected(self) -> None:
        version = self.selected_version()
        if version is not None:
            self.compare_requested.emit(version)

    def restore_selected(self) -> tuple[Changes, Edit] | None:
        version = self.selected_version()
        if version is None:
            return None
        changes, edit = restore_version(self.policy, version)
        self.edit_did_happen.emit(changes, edit)
        return changes, edit

    def toggle_approved(self) -> None:
        """Approve the selected version (after the sign-off check, run on the writer; asking
        first when it has blockers), or withdraw its approval. Written on the writer; the list
        says "approved" once the workspace answered, a refusal is said on the line above."""
        version = self.selected_version()
        if version is None or self._acting:
            return
        who = self.author
        policy = self.policy.copy()  # its id and title for the log, as they are now
        number, label = version.number, version.label
        if version.approved:

            def withdraw(store: WorkspaceStore) -> None:
                store.set_version_approved(policy.id, number, False)
                log(store, who, "version.withdraw", policy, str(number), label=label)

            self._act(
                self.tr("Withdrawing the approval…"),
                withdraw,
                lambda _r, error: self._approval_written(
                    error, self.tr("The approval could not be withdrawn: %1")
                ),
            )
            return

        def check(store: WorkspaceStore) -> list[Blocker]:
            verdict = readiness_of(store, version.snapshot)
            return [b for b in verdict.blockers if b.kind is not BlockerKind.NOT_APPROVED]

        def checked(result: Any, error: BaseException | None) -> None:
            if self.closed:
                return
            if not self._done(error, self.tr("The version could not be checked: %1")):
                return  # no verdict: nothing is approved
            blockers: list[Blocker] = result
            if blockers and not self.confirm_approval(version, blockers):
                return
            if self.closed:
                return  # dropped while the question was open

            def approve(store: WorkspaceStore) -> None:
                approve_version(store, policy, version, who)
                if blockers:
                    log(
                        store,
                        who,
                        "version.approve-forced",
                        policy,
                        str(number),
                        blockers=[b.message for b in blockers],
                    )

            self._act(
                self.tr("Approving…"),
                approve,
                lambda _r, error: self._approval_written(
                    error, self.tr("The version could not be approved: %1")
                ),
            )

        self._act(self.tr("Checking the version…"), check, checked)

    def _approval_written(self, error: BaseException | None, failed: str) -> None:
        if self.closed:
            return
        if self._done(error, failed):
            self._written()

    def approval_question(self, version: Version, blockers: Sequence[Blocker]) -> str:
        """The question asked before approving ``version`` despite ``blockers``, as shown."""
        lines = [
            self.tr("Version %1 (%2) is not ready for sign-off (blockers: %n).", "", len(blockers))
            .replace("%1", str(version.number))
            .replace("%2", version.label),
            "",
        ]
        lines += [f"• {blocker_text(b)}" for b in blockers[:SHOWN_BLOCKERS]]
        if len(blockers) > SHOWN_BLOCKERS:
            lines.append(self.tr("… and %n more.", "", len(blockers) - SHOWN_BLOCKERS))
        lines += ["", self.tr("Approve it anyway? The blockers are written in the activity log.")]
        return "\n".join(lines)

    def ask_approve_anyway(self, version: Version, blockers: Sequence[Blocker]) -> bool:
        """A modal question; Cancel is the default, so Enter never approves by accident."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Approve a version with blockers?"))
        box.setText(self.approval_question(version, blockers))
        approve = box.addButton(self.tr("Approve anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is approve
