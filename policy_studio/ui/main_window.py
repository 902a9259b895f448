"""The main window: clause library, policy outline, section editor, variables and preview.

Every edit goes one way: a panel calls an ops function and hands the (Changes, Edit) to
``apply_edit``; the edit goes on the QUndoStack, and the resulting Changes reach the session
(which saves within a second) and then every view, which decides for itself whether to redraw.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..app import recovery
from ..app.jobs import OpenedWorkspace, OpenWorkspaceJob
from ..app.session import CLOSE_WAIT_MS, Session
from ..app.settings import AppSettings
from ..app.signoff import current_user
from ..checks.readiness import Blocker, BlockerKind
from ..library.compose import policy_from_clauses
from ..library.editing import clause_from_section, deprecated_in_use
from ..library.update import merge_section, update_available, wording_changed
from ..model import Clause, ClauseStatus, Policy, PolicyStudioError, Variable, language
from ..ops.base import Changes, Edit, op
from ..ops.library_edits import LIBRARY, clause_saved, then
from ..ops.library_update import apply_update, link_section
from ..ops.policy_edits import set_properties
from ..ops.sections import (
    duplicate_section,
    insert_clause,
    move_section,
    remove_section,
    rename_section,
)
from ..storage import (
    EVERYTHING,
    WORKSPACE_SUFFIX,
    ClauseEntry,
    Permissions,
    PolicySummary,
    RowConflict,
    WorkspaceStore,
    not_known,
)
from ..text.clean import warnings_for
from .clause_dialog import ClauseDialog
from .coverage_panel import CoveragePanel
from .document_actions import (
    ClipboardActions,
    about_text,
    preview_document,
    print_document,
    shortcuts_dialog,
    workspace_dialog,
)
from .i18n import UI_LANGUAGES, current_language, set_ui_language, ui_language
from .library_panel import LibraryPanel
from .outline_panel import OutlinePanel
from .preview import on_paper, render_policy
from .properties_dialog import PropertiesDialog
from .readiness_panel import ReadinessPanel
from .role_gate import RoleGate, role_name
from .section_editor import SectionEditor
from .spelling_words import WorkspaceWords
from .store_reader import why_not
from .transfer_actions import TransferActions
from .translate_view import TranslateView
from .undo import UndoHistory, describe
from .update_dialog import UpdateDialog
from .variables_panel import VariablesPanel
from .versions_view import CompareView, HistoryDock
from .window_layout import (
    FIRST_SHARES,
    VIEWS,
    LayoutStore,
    direction_key,
    first_start_geometry,
    fits,
    placed,
)

STATUS_MS = 4000
ROLES_RETRY_MS = 3000
"""While the person's roles cannot be read, how often the window asks the server again."""


def workspace_title(workspace: WorkspaceStore) -> str:
    """The file name of a workspace file, or the database a team workspace lives in."""
    if workspace.backend == "sqlite":
        return Path(workspace.location).name
    return workspace.location


MODE_KEY = "window/mode"
"""QSettings key: the central view (write or translate) shown at the next start."""


class PolicyPanel(Protocol):
    """What ``MainWindow.add_panel`` expects of a panel widget besides being a QWidget."""

    def set_policy(self, policy: Policy | None) -> None: ...

    def changes_did_happen(self, changes: Changes) -> None: ...


def open_in_background(
    path: Path | str, policy_id: str | None, parent: QWidget | None, *, read_policy: bool = True
) -> OpenedWorkspace:
    """Open a workspace on a worker thread, with a progress dialog if it takes a while;
    ``read_policy=False`` leaves the policy to ``MainWindow.open_after_paint``."""
    job = OpenWorkspaceJob(path, policy_id, read_policy=read_policy)
    progress = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Opening %1…").replace(
            "%1", path.name if isinstance(path, Path) else path
        ),
        "",
        0,
        3,
        parent,
    )
    progress.setCancelButton(None)
    progress.setWindowTitle("Policy Studio")
    progress.setMinimumDuration(400)
    progress.setWindowModality(Qt.ApplicationModal)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def step(done: int, total: int, text: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(text)

    def finished(result: OpenedWorkspace) -> None:
        outcome["ok"] = result
        loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    job.progress.connect(step)
    job.did_finish.connect(finished)
    job.did_fail.connect(failed)
    job.start()
    loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise PolicyStudioError(str(outcome["error"]))
    result = outcome["ok"]
    assert isinstance(result, OpenedWorkspace)
    return result


class _FirstPaint(QObject):
    """Calls ``then`` once, at the first paint of any widget of ``window`` (an application
    event filter, removed at once)."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self.window, self.then = window, then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.then()
        return False


def _clauses_for_marks(
    store: WorkspaceStore, entries: Mapping[str, ClauseEntry], refs: set[tuple[str, int]]
) -> tuple[dict[str, Clause | None], dict[tuple[str, int], Clause | None]]:
    """For the linked sections' (key, version) whose clause the catalog has newer: the
    library's clause and the old version they link to (a database worker's job)."""
    theirs: dict[str, Clause | None] = {}
    bases: dict[tuple[str, int], Clause | None] = {}
    for key, version in refs:
        entry = entries.get(key)
        if entry is None or entry.version <= version:
            continue
        if key not in theirs:
            theirs[key] = store.clause(key)
        bases[(key, version)] = store.clause_version(key, version)
    return theirs, bases


class MainWindow(QMainWindow):
    """The authoring application around one workspace at a time."""

    policy_did_open = Signal()
    """The policy ``open_after_paint`` was reading is shown (or could not be read)."""
    clause_write_did_end = Signal(str)
    record_did_end = Signal()
    """An activity log line the window wrote has landed (or failed: the status bar says so)."""
    """A clause from the clause dialog was written ("") or not (why, one sentence)."""
    opening: str | None = None
    """The id of the policy being opened (at start-up, or chosen in the policy box), until it
    is shown or could not be read."""
    opening_label: QLabel | None = None
    opening_bar: QProgressBar | None = None

    def __init__(
        self,
        session: Session,
        settings: AppSettings,
        variables: Mapping[str, Variable] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.variables = dict(variables or {})
        self.session = session
        self._library_entries: dict[str, ClauseEntry] = {}
        """The library's catalog rows (key, version, status, tags): what the outline and the
        "law changed" marks need, read without parsing every clause."""
        self._reading_catalog = False
        self._read_catalog_again = False
        self._catalog_read = False
        """The catalog of this workspace's library was read at least once (Coverage shows no
        verdict before)."""
        self._mark_clauses: dict[str, Clause | None] = {}
        """Library clause key → the clause as the catalog last read it (linked sections')."""
        self._mark_bases: dict[tuple[str, int], Clause | None] = {}
        """(key, version) → that old version of a clause a section links to."""
        self._marks_generation = 0
        """Counts catalog answers: clauses read for marks before the latest are dropped."""
        self._marks_asked: set[tuple[str, int]] = set()
        self._outdated_shown: set[str] = set()
        """The sections last marked "update available" (kept until their clauses are read)."""
        self._extra_panels: list[PolicyPanel] = []
        self._policy_list: list[PolicySummary] | None = None
        """The workspace's policies as last read on the database worker (None: not yet)."""
        self._listing_policies = False
        self._list_policies_again = False
        self._policy_list_error = ""
        self._start_wanted: str | None = None
        """The policy start-up asked for (``open_after_paint``), chosen once the list is read."""
        self._painted = False
        self._binding = True
        """Under construction: _bind_session gives every panel its policy once, at the end."""
        self.undo = UndoHistory(self._edit_did_apply, self)
        self.gate = RoleGate(self)
        self.opening_gate = RoleGate(self)
        """Holds what needs a policy while one is being opened (``_begin_opening``)."""
        self.creating_gate = RoleGate(self)
        """Holds New policy, the questionnaire and import while a new policy is being stored."""
        self._creating: tuple[str, str, Callable[[], object] | None] | None = None
        """(id, message once stored, what follows it) of the new policy being stored."""
        self.creating_label = QLabel()
        """In the status bar while a new policy is being stored: "Saving the new policy…",
        or why it is not saved yet (an edit's own message does not hide it)."""
        self.creating_label.setObjectName("creating")
        self.creating_label.hide()
        self.clause_gate = RoleGate(self)
        """Holds the library's clause actions while a clause is being written."""
        self.clause_label = QLabel()
        """In the status bar while a clause from the clause dialog is being written."""
        self.clause_label.setObjectName("saving_clause")
        self.clause_label.hide()
        self._clause_writes = 0
        """Clause writes out on the database worker (the dialog's, an undo's or a redo's)."""
        self._skip_steps: list[Edit] = []
        """Clause steps put back on the undo stack after their write failed: the library is
        already as that puts it, so that one undo or redo writes nothing."""
        self._wait_labels: dict[str, QLabel] = {}
        """Status-bar lines of reads on the database worker a person waits for ("Reading the
        library…"), by name; shown while the read is out (``_wait_begin``, ``_wait_end``)."""
        self.library_gate = RoleGate(self)
        """Holds the questionnaire while the library it needs is read on the worker."""
        self._reading_library = False
        self.update_gate = RoleGate(self)
        """Holds the outline's Update… while the clauses it compares are read on the worker."""
        self._update_asked = 0
        """Counts Update… requests: the answer to an older one is dropped."""
        self._inserts_reading = 0
        """Inserts waiting for their clause from the database worker."""
        self._reading_role = False
        """The person's roles are being read on the database worker for the first time (a
        team workspace just bound): "Reading your role…", nothing that needs a role allowed."""
        self._roles_retry = QTimer(self)
        """While the person's roles are not known: ask the server again (on the worker)."""
        self._roles_retry.setInterval(ROLES_RETRY_MS)
        self._roles_retry.timeout.connect(lambda: self.session.read_permissions())
        """Keeps what the connected person's team role forbids greyed out (role_gate.py)."""
        self.permissions: Permissions = EVERYTHING
        self.kept_path: Path | None = None
        """Where closing kept edits the workspace did not take (app/recovery.py)."""
        self.kept_failed = ""
        """Why they could not be kept either ("" when they were, or nothing needed it)."""
        self._view = VIEWS[0]
        self._view_states: dict[str, QByteArray] = {}
        self._direction = direction_key(self)
        """The interface direction this window was built for; its layout is saved under it."""
        """The dock layout of each view the user has left (window_layout.py says why)."""

        self.library_panel = LibraryPanel(session.workspace, self.variables, reader=session.read)
        self.outline = OutlinePanel()
        self.editor = SectionEditor(self.apply_edit, self.variables)
        # Spell-check: the workspace's own words, and "Add to dictionary" kept there (read and
        # written on the database worker: spelling_words.py).
        self.spelling = WorkspaceWords(self)
        self.editor.spelling_words = self.spelling.words
        self.editor.word_was_added.connect(self.spelling.add)
        self.spelling.did_read.connect(self.editor.spelling_did_change)
        self.spelling.write_did_fail.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MS)
        )
        self.variables_panel = VariablesPanel(self.apply_edit, self.variables)
        self.policy_box = QComboBox()
        self.policy_box.setObjectName("policy_box")
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        on_paper(self.preview)
        self.preview_lang = QComboBox()
        self.preview_lang.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview_lang.setObjectName("preview_lang")
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.translate_view = TranslateView(
            self.apply_edit,
            lambda: self.session.workspace,
            actor=self.actor,
            spelling=self.spelling,
            reader=lambda job, then: self.session.read(job, then),
            writer=lambda job, answer: self.session.write(job, answer),
        )
        self.translate_view.setObjectName("translate_view")
        self.modes = QTabWidget()
        self.modes.setObjectName("modes")
        self.modes.setDocumentMode(True)
        self.modes.addTab(self.editor, self.tr("Write"))
        self.modes.addTab(self.translate_view, self.tr("Translate"))
        self.compare_view = CompareView(
            lambda: self.session.workspace, reader=lambda job, then: self.session.read(job, then)
        )
        self.compare_view.setObjectName("compare_view")
        self.modes.addTab(self.compare_view, self.tr("Compare"))
        self.modes.currentChanged.connect(self._mode_did_change)
        self._size_pages_for(0)
        self.setCentralWidget(self.modes)
        self._extra_panels.append(self.translate_view)
        self._extra_panels.append(self.compare_view)
        self.transfer = TransferActions(
            self,
            lambda: self.session,
            self.apply_edit,
            lambda: list(self.variables),
            self.commit_typing,
            self.add_new_policy,
            settings=self.settings.store,
        )
        outline_box = QWidget()
        outline_layout = QVBoxLayout(outline_box)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.addWidget(self.policy_box)
        outline_layout.addWidget(self.outline)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Preview in:")))
        row.addWidget(self.preview_lang, 1)
        preview_layout.addLayout(row)
        preview_layout.addWidget(self.preview)
        self.docks = {
            "library": self._dock(
                self.tr("Clause library"), "library_dock", self.library_panel, Qt.LeftDockWidgetArea
            ),
            "outline": self._dock(
                self.tr("Outline"), "outline_dock", outline_box, Qt.LeftDockWidgetArea
            ),
            "variables": self._dock(
                self.tr("Variables"), "variables_dock", self.variables_panel, Qt.RightDockWidgetArea
            ),
            "preview": self._dock(
                self.tr("Preview"), "preview_dock", preview_box, Qt.RightDockWidgetArea
            ),
        }
        if self.isRightToLeft():
            # Mirrored, the library is the outermost dock on the right, the outline inside it.
            self.splitDockWidget(self.docks["outline"], self.docks["library"], Qt.Horizontal)
        else:
            self.splitDockWidget(self.docks["library"], self.docks["outline"], Qt.Horizontal)
        self.splitDockWidget(self.docks["preview"], self.docks["variables"], Qt.Vertical)
        self.save_state = QLabel(self.tr("All changes saved"))
        self.save_state.setObjectName("save_state")
        self.role_label = QLabel()
        self.role_label.setObjectName("role_label")
        self.role_label.hide()
        self.statusBar().addPermanentWidget(self.role_label)
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_menus()
        self.history = HistoryDock(
            self.apply_edit,
            lambda: self.session.workspace,
            lambda: list(self.variables),
            author=self.actor,
            reader=lambda job, then: self.session.read(job, then),
            writer=lambda job, then: self.session.write(job, then),
        )
        self.history.setObjectName("history")
        # At the bottom: its row of buttons and columns need width more than height. Shown by
        # View > History or File > Save version…, so authors who never version see nothing new.
        self.add_panel("history", self.tr("History"), self.history, Qt.BottomDockWidgetArea)
        self.coverage = CoveragePanel(
            self.apply_edit,
            lambda: self.session.workspace,
            catalog=lambda: self._library_entries if self._catalog_read else None,
            writer=lambda job, then: self.session.write(job, then),
        )
        self.coverage.laws_did_fail.connect(lambda text: self.statusBar().showMessage(text))
        self.add_panel("coverage", self.tr("Coverage"), self.coverage, Qt.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["history"], self.docks["coverage"])
        self.docks["coverage"].hide()  # like History: shown from View or Tools > Coverage
        self.coverage.insert_requested.connect(self.insert_clause)
        self.coverage.section_requested.connect(self.outline.select)
        self.docks["history"].hide()
        self._history_sized = False
        self.docks["history"].visibilityChanged.connect(self._history_shown)
        self.history.compare_requested.connect(self.compare_with_draft)
        self.history.version_did_save.connect(self._version_did_save)
        self.history.saving_version.connect(self.compare_view.set_saving_version)
        self.readiness = ReadinessPanel(
            lambda: self.session.workspace,
            reader=lambda job, then: self.session.read(job, then),
        )
        self.readiness.setObjectName("readiness")
        # At the bottom, like History: blocker messages are sentences that need width.
        self.add_panel("readiness", self.tr("Readiness"), self.readiness, Qt.BottomDockWidgetArea)
        self.docks["readiness"].hide()
        self.readiness.blocker_was_activated.connect(self.go_to_blocker)
        self._connect()
        self._bind_session(session)
        self._binding = False
        self._restore_layout()

    # -- construction ----------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() keys docks by object name
        dock.setWidget(widget)
        if self.isRightToLeft():
            # Qt mirrors widgets but not dock areas: an Arabic interface wants them swapped too.
            mirrored = {
                Qt.LeftDockWidgetArea: Qt.RightDockWidgetArea,
                Qt.RightDockWidgetArea: Qt.LeftDockWidgetArea,
            }
            area = mirrored.get(area, area)
        self.addDockWidget(area, dock)
        return dock

    def add_panel(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.RightDockWidgetArea,
    ) -> QDockWidget:
        """Dock another panel (bilingual grid, history, findings…) and keep it in step.

        The widget is constructed by the caller with what it needs (``self.apply_edit`` for
        edits); here it gets ``set_policy(policy)`` whenever another policy opens and
        ``changes_did_happen(changes)`` after every edit, undo and redo. Its dock is saved and
        restored with the window layout under ``name``.
        """
        panel = cast(PolicyPanel, widget)
        dock = self._dock(title, f"{name}_dock", widget, area)
        self.docks[name] = dock
        self._extra_panels.append(panel)
        self._view_menu.addAction(dock.toggleViewAction())
        if not self._binding:  # during __init__, _bind_session does it (each panel once)
            panel.set_policy(self.session.policy)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_workspace_action = file_menu.addAction(
            self.tr("New workspace…"), self.new_workspace
        )
        self.open_workspace_action = file_menu.addAction(
            self.tr("Open workspace…"), self.choose_workspace
        )
        self.open_workspace_action.setShortcut(QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open recent"))
        file_menu.addSeparator()
        self.new_policy_action = file_menu.addAction(self.tr("New policy…"), self.new_policy)
        self.questionnaire_action = file_menu.addAction(
            self.tr("New policy from questionnaire…"), self.new_policy_from_questionnaire
        )
        self.new_policy_action.setShortcut(QKeySequence.New)
        self.properties_action = file_menu.addAction(
            self.tr("Policy properties…"), self.edit_properties
        )
        self.properties_action.setShortcut("Ctrl+Shift+P")
        file_menu.addSeparator()
        self.save_version_action = file_menu.addAction(self.tr("Save version…"), self.save_version)
        self.save_copy_action = file_menu.addAction(self.tr("Save a copy as…"), self.save_copy_as)
        self.save_version_action.setShortcut("Ctrl+Shift+S")
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(
            self.tr("Import document…"), lambda: self.transfer.import_document()
        )
        self.import_action.setShortcut("Ctrl+Shift+O")
        self.export_action = file_menu.addAction(
            self.tr("Export…"), lambda: self.transfer.export_dialog()
        )
        self.export_action.setShortcut("Ctrl+E")
        file_menu.addSeparator()
        self.export_xliff_action = file_menu.addAction(
            self.tr("Export for translation (XLIFF)…"), lambda: self.transfer.export_xliff()
        )
        self.import_xliff_action = file_menu.addAction(
            self.tr("Import translation (XLIFF)…"), lambda: self.transfer.import_xliff()
        )
        file_menu.addSeparator()
        self.export_redline_action = file_menu.addAction(
            self.tr("Export comparison…"), self.export_comparison
        )
        file_menu.addSeparator()
        self.print_action = file_menu.addAction(self.tr("Print…"), self.print_current)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_preview_action = file_menu.addAction(
            self.tr("Print Preview…"), self.print_preview
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"), self.close)
        quit_action.setShortcut(QKeySequence.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._history_action(self.tr("Undo"), QKeySequence.Undo, self.undo.undo)
        self.redo_action = self._history_action(self.tr("Redo"), QKeySequence.Redo, self.undo.redo)
        self.undo.undoTextChanged.connect(
            lambda text: self._name_action(self.undo_action, "Undo", text)
        )
        self.undo.redoTextChanged.connect(
            lambda text: self._name_action(self.redo_action, "Redo", text)
        )
        self.undo.canUndoChanged.connect(self.undo_action.setEnabled)
        # Typing not yet committed is undoable too, before the stack knows about it.
        self.editor.text.textChanged.connect(
            lambda: self.editor.is_busy() or self.undo_action.setEnabled(True)
        )
        self.undo.canRedoChanged.connect(self.redo_action.setEnabled)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.user_name_action = edit_menu.addAction(self.tr("Your name…"), self.set_user_name)
        self.clipboard = ClipboardActions(self)
        self.clipboard.add_to(edit_menu)

        section_menu = bar.addMenu(self.tr("&Section"))
        insert = self.insert_clause_action = section_menu.addAction(
            self.tr("Insert selected clause"), self.library_panel.request_insert
        )
        insert.setShortcut("Ctrl+Shift+I")
        section_menu.addSeparator()
        for act in (
            self.outline.move_up_action,
            self.outline.move_down_action,
            self.outline.duplicate_action,
            self.outline.rename_action,
            self.outline.remove_action,
            self.outline.update_action,
        ):
            section_menu.addAction(act)
        section_menu.addSeparator()
        self.save_to_library_action = section_menu.addAction(
            self.tr("Save section to library…"), self.save_section_to_library
        )

        library_menu = bar.addMenu(self.tr("&Library"))
        self.new_clause_action = library_menu.addAction(self.tr("New clause…"), self.new_clause)
        self.edit_clause_action = library_menu.addAction(
            self.tr("Edit selected clause…"),
            lambda: self.edit_clause(self.library_panel.current_key()),
        )

        view_menu = self._view_menu = bar.addMenu(self.tr("&View"))
        self.write_action = view_menu.addAction(self.tr("Write"), lambda: self.set_mode(0))
        self.write_action.setShortcut("Ctrl+Shift+E")
        self.translate_action = view_menu.addAction(self.tr("Translate"), lambda: self.set_mode(1))
        self.translate_action.setShortcut("Ctrl+T")
        self.compare_action = view_menu.addAction(
            self.tr("Compare versions"), lambda: self.set_mode(2)
        )
        self.compare_action.setShortcut("Ctrl+Shift+D")
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("Interface language"))
        current = ui_language(self.settings.store)
        self.language_actions: dict[str, QAction] = {}
        for code, name in UI_LANGUAGES.items():
            act = self.language_menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _checked=False, c=code: self.choose_ui_language(c))
            self.language_actions[code] = act
        view_menu.addSeparator()
        self.reset_layout_action = view_menu.addAction(
            self.tr("Reset panel layout"), self._reset_layout_shown
        )
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.glossary_action = tools_menu.addAction(self.tr("Glossary…"), self.edit_glossary)
        self.import_tmx_action = tools_menu.addAction(
            self.tr("Import translation memory (TMX)…"), lambda: self.transfer.import_tmx()
        )
        self.export_tmx_action = tools_menu.addAction(
            self.tr("Export translation memory (TMX)…"), lambda: self.transfer.export_tmx()
        )
        self.transfer.memory_actions = (self.import_tmx_action, self.export_tmx_action)
        self.coverage_action = tools_menu.addAction(
            self.tr("Regulation coverage"), self.show_coverage
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = help_menu.addAction(
            self.tr("Keyboard shortcuts"), lambda: shortcuts_dialog(self)
        )
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.workspace_action = help_menu.addAction(
            self.tr("Where is my workspace?"),
            lambda: workspace_dialog(self, self.session.workspace.path),
        )
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(
            self.tr("About Policy Studio"),
            lambda: QMessageBox.about(self, self.tr("About Policy Studio"), about_text()),
        )

    def _history_action(self, text: str, key: QKeySequence.StandardKey, run) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(key)  # every platform binding: Ctrl+Y and Ctrl+Shift+Z alike
        action.setEnabled(False)

        def trigger() -> None:
            # Typing not yet written into the model is the newest edit: write it first, so
            # Undo takes back what the user sees rather than the step before it.
            self.commit_typing()
            run()

        action.triggered.connect(trigger)
        return action

    def commit_typing(self) -> None:
        """Write text still open in an editor (section editor, grid cell) into the model."""
        self.editor.commit()
        self.translate_view.commit()

    def _name_action(self, action: QAction, verb: str, text: str) -> None:
        action.setText(f"{self.tr(verb)} {text}" if text else self.tr(verb))

    def _connect(self) -> None:
        self.library_panel.clause_insert_requested.connect(self.insert_clause)
        self.library_panel.clause_edit_requested.connect(self.edit_clause)
        self.outline.section_selected.connect(self._section_selected)
        self.outline.move_requested.connect(
            lambda sid, index: self._try(
                lambda: self.apply_edit(move_section(self._policy(), sid, index))
            )
        )
        self.outline.insert_requested.connect(
            lambda key, variant, index: self.insert_clause(key, variant, index)
        )
        self.outline.remove_requested.connect(
            lambda sid: self._try(lambda: self.apply_edit(remove_section(self._policy(), sid)))
        )
        self.outline.duplicate_requested.connect(
            lambda sid: self._try(lambda: self.apply_edit(duplicate_section(self._policy(), sid)))
        )
        self.outline.rename_requested.connect(self.rename_section)
        self.outline.update_requested.connect(self.update_section)
        self.policy_box.activated.connect(lambda i: self.open_policy(self.policy_box.itemData(i)))
        self.preview_lang.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        # The preview keeps the language chosen in its own box: following the editor silently
        # left a reviewer looking at another language than the one they picked.

    def _bind_session(self, session: Session) -> None:
        self.session = session
        self._policy_list, self._policy_list_error = None, ""  # another workspace's list
        self._listing_policies = self._list_policies_again = False
        # Another workspace's library: no mark from the one before, none until read.
        self._reading_catalog = self._read_catalog_again = False
        self._library_entries, self._mark_clauses, self._mark_bases = {}, {}, {}
        self._catalog_read = False
        self._marks_asked, self._outdated_shown = set(), set()
        self._marks_generation += 1
        session.setParent(self)
        session.policy_did_change.connect(self._policy_did_change)
        session.policy_did_load.connect(self._policy_did_load)
        session.policy_load_did_end.connect(self._opening_did_end)
        session.library_did_change.connect(self._library_did_change)
        session.save_did_fail.connect(self._save_did_fail)
        session.policy_did_save.connect(
            lambda: self.save_state.setText(
                self.tr("All changes saved") if not session.dirty else self.tr("Saving…")
            )
        )
        session.save_did_start.connect(lambda: self.save_state.setText(self.tr("Saving…")))
        session.policy_did_save.connect(self._new_policy_did_save)
        self._end_creating()  # a new policy of the workspace before
        session.outside_did_change.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MS)
        )
        session.conflicts_found.connect(self._resolve_conflicts)
        session.permissions_did_read.connect(
            lambda answer: self._permissions_did_read(answer) if session is self.session else None
        )
        session.person = self.settings.user_name or current_user()  # no prompt at start-up
        session.editors_did_change.connect(self.outline.model.set_editors)
        session.before_merge = self.commit_typing
        self.library_panel.workspace = session.workspace
        self.library_panel.reader = session.read  # its reads on the database worker
        self.spelling.bind(session.read, session.write)
        self.editor.reset_spelling()
        if session.workspace.backend == "sqlite":
            self.settings.add_recent_workspace(Path(session.workspace.location))
        self._fill_recent()
        self.setWindowTitle(f"Policy Studio — {workspace_title(session.workspace)}")
        self._library_did_change()
        self._fill_policy_box()
        self._policy_did_load()
        self._apply_permissions()
        QTimer.singleShot(0, self, self.offer_kept_edits)

    def _apply_permissions(self, rights: Permissions | None = None) -> None:
        """Grey out what the connected person's team role may not do, saying why (the server
        refuses it anyway: storage/team.py). Everything on the single-user file. Roles that
        cannot be read (the server did not answer) allow nothing that needs a role, say so,
        and are asked for again on the database worker until the server answers."""
        opening = self.opening_gate.targets()
        self.opening_gate.release_all()  # the role's hold goes under the opening's
        self.gate.release_all()
        reading = self.tr("Reading your role…")
        if rights is None and self.session.workspace.backend == "sqlite":
            # The file answers at once (no network to wait for): one user, every right.
            try:
                rights = self.session.workspace.permissions()
            except PolicyStudioError as exc:
                rights = not_known(str(exc))
        elif rights is None:
            # The server is asked on the database worker; until it answers nothing that needs
            # a role is allowed, and the window says it is reading it (not "not known").
            self._reading_role = True
            rights = not_known(reading)
            self._roles_retry.stop()
            self.session.read_permissions()
        else:
            self._reading_role = False
        self.permissions = rights
        who = role_name(rights)
        unknown_why = (
            reading
            if self._reading_role
            else self.tr(
                "Your role could not be read from the server (%1); this waits until it can be"
            ).replace("%1", rights.unknown)
        )
        if self._reading_role:
            self.role_label.setText(reading)
            self.role_label.setToolTip(reading)
        elif rights.unknown:
            self.role_label.setText(self.tr("Role not known yet: the server did not answer"))
            self.role_label.setToolTip(unknown_why)
            self._roles_retry.start()
        else:
            self._roles_retry.stop()
            self.role_label.setToolTip("")
            self.role_label.setText(
                self.tr("Signed in as %1 (%2)").replace("%1", rights.person).replace("%2", who)
                if rights.person
                else ""
            )
        self.role_label.setVisible(bool(rights.person or rights.unknown))
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
        if not rights.structure:
            why = (
                unknown_why
                if rights.unknown
                else self.tr(
                    "Your role (%1) may not change the policy's sections, variables or the "
                    "library; the server refuses it"
                ).replace("%1", who)
            )
            for action in (
                self.new_policy_action,
                self.questionnaire_action,
                self.import_action,
                self.insert_clause_action,
                self.save_to_library_action,
                self.new_clause_action,
                self.outline.move_up_action,
                self.outline.move_down_action,
                self.outline.duplicate_action,
                self.outline.rename_action,
                self.outline.remove_action,
                self.outline.update_action,
            ):
                self.gate.hold(action, why)
            self.gate.hold(self.library_panel.insert_button, why)
            self.gate.hold(self.variables_panel, why)
            write_why = (
                unknown_why
                if rights.unknown
                else self.tr(
                    "Your role (%1) may not change the source text or the structure; translate in "
                    "the Translate view"
                ).replace("%1", who)
            )
            self.editor.set_writable(False, write_why, self.gate)
        else:
            self.editor.set_writable(True, "", self.gate)
        if not rights.structure and rights.languages is not None and not rights.languages:
            # A translator may still edit a clause's wording in their languages (the server
            # allows it); a role with no language and no structure may change nothing of the
            # library (an approver, or a role not read yet).
            why = (
                unknown_why
                if rights.unknown
                else self.tr("Your role (%1) may not change the library; an author does").replace(
                    "%1", who
                )
            )
            self.gate.hold(self.edit_clause_action, why)
            self.gate.hold(self.library_panel.edit_button, why)
        self.history.panel_did_open = None
        if not rights.approve:
            why = (
                unknown_why
                if rights.unknown
                else self.tr("Your role (%1) may not approve versions; an approver does").replace(
                    "%1", who
                )
            )
            self.history.panel_did_open = lambda panel: self.gate.hold(panel.approve_button, why)
            built = self.history.built_panel()  # one built later is held by panel_did_open
            if built is not None:
                self.gate.hold(built.approve_button, why)
        self.translate_view.may_write = lambda lang: (
            self.session.policy is None
            or rights.may_write(lang, self.session.policy.source_language)
        )
        if self.translate_view.grid is not None:
            self.translate_view.grid.model.writable = self.translate_view.may_write(
                self.translate_view.grid.model.target_lang
            )
        for target, why in opening:
            self.opening_gate.hold(target, why)

    def _restore_layout(self) -> None:
        """The layout saved for this interface direction if it fits this screen, else a new one."""
        store = LayoutStore(self.settings.store, self._direction)
        available = self.screen().availableGeometry()
        rect = store.saved_rect()
        if rect is not None and fits(rect.size(), available, self.minimumSizeHint()):
            self.setGeometry(placed(rect, available))
            if store.maximized():
                self.setWindowState(Qt.WindowMaximized)
            self._view_states = {v: s for v in VIEWS if (s := store.state(v)) is not None}
            if "write" in self._view_states:
                self.restoreState(self._view_states["write"])
        else:
            self.setGeometry(first_start_geometry(available))
            self.reset_layout()
        # A translator comes back to the Translate view, an author to the editor.
        if str(self.settings.store.value(MODE_KEY, "")) == "translate":
            self.set_mode(1)

    def reset_layout(self) -> None:
        """View > Reset panel layout: the docks of the current view back to their first-start
        widths for this window's size (the remedy for a layout dragged out of shape)."""
        width = self.width()
        if self._view != "write":
            self.resizeDocks([self.docks["outline"]], [int(width * 0.2)], Qt.Horizontal)
            return
        self.resizeDocks(
            [self.docks["library"], self.docks["outline"], self.docks["preview"]],
            [int(width * share) for share in FIRST_SHARES],
            Qt.Horizontal,
        )

    def _reset_layout_shown(self) -> None:
        if self._view == "write":
            for name in ("library", "outline", "variables", "preview"):
                self.docks[name].show()
        self.reset_layout()

    def _save_layout(self) -> None:
        self._view_states[self._view] = self.saveState()
        store = LayoutStore(self.settings.store, self._direction)
        normal = self.normalGeometry() if self.isMaximized() else self.geometry()
        store.save(normal, self.isMaximized(), self._view_states)

    # -- the edit pipeline -----------------------------------------------------------------

    def _policy(self) -> Policy:
        if self.session.policy is None:
            raise PolicyStudioError("no policy is open")
        return self.session.policy

    def apply_edit(self, result: tuple[Changes, Edit]) -> None:
        """Put an applied edit on the undo stack (which reports it to the session and views)."""
        self.undo.push_edit(result)
        self.statusBar().showMessage(describe(result[1]), STATUS_MS)

    def _edit_did_apply(self, changes: Changes) -> None:
        self.session.notify(changes)
        if self.session.dirty:
            self.save_state.setText(self.tr("Saving…"))

    def _policy_did_change(self, changes: Changes) -> None:
        policy = self.session.policy
        if changes.structure or changes.sections or changes.metadata:
            self.outline.set_policy(policy, self._library_versions(), self._outdated())
        if changes.structure and self.editor.section() is None:
            self.editor.set_section(policy, self.outline.current_id())
        else:
            self.editor.changes_did_happen(changes)
        self.variables_panel.changes_did_happen(changes)
        for panel in self._extra_panels:
            panel.changes_did_happen(changes)
        if changes.metadata:
            self._fill_preview_languages()
            self._fill_policy_box(read=False)  # the open policy's title: the list is as read
        if changes.variables:
            self.library_panel.show_current()
        self._preview_timer.start()

    def _policy_did_load(self) -> None:
        policy = self.session.policy
        self.undo.clear()
        self.undo.policy = policy
        self.outline.set_policy(policy, self._library_versions(), self._outdated())
        self.library_panel.set_policy(policy)
        self.variables_panel.set_policy(policy)
        for panel in self._extra_panels:
            panel.set_policy(policy)
        self._fill_preview_languages()
        if policy is not None:
            self.settings.set_last_policy(Path(self.session.workspace.location), policy.id)
            index = self.policy_box.findData(policy.id)
            if index >= 0:
                self.policy_box.setCurrentIndex(index)
            else:
                self._show_policy_list()  # one not in the list as read: shown under its title
            first = policy.sections[0].id if policy.sections else None
            self.outline.select(first)
            self._warn_deprecated(policy)
        current = self.outline.current_id()
        if self.editor.policy is not policy or self.editor.section_id != current:
            # Selecting the first section above has usually shown it already (a long first
            # section took ~0.17 s to lay out a second time on a loaded machine).
            self.editor.set_section(policy, current)
        self.refresh_preview()

    @property
    def library_catalog(self) -> dict[str, ClauseEntry]:
        """The library's catalog rows (key, version, status, topic, tags) as last read on the
        database worker, by key ({} before the first read)."""
        return self._library_entries

    def _library_did_change(self) -> None:
        """The library changed (here or elsewhere): read its catalog, the law changes and the
        clauses behind the open policy's "update available" marks on the database worker.
        Until the answer every mark stays as last read; one read at a time, and an answer to
        a question asked again meanwhile is dropped (the latest is read)."""
        # The panel lists the library again at once (its read queues behind the catalog's,
        # whose answer, with the "law changed" marks, comes first).
        self.library_panel.reload()
        if self._reading_catalog:
            self._read_catalog_again = True
            return
        self._reading_catalog, self._read_catalog_again = True, False
        session = self.session
        refs = self._linked_refs()

        def read(store: WorkspaceStore) -> tuple[Any, ...]:
            from ..library import law_changes
            from ..library.regulations import load_all

            entries = {e.key: e for e in store.clause_entries()}
            try:
                changed = law_changes.changes(store, load_all())
            except PolicyStudioError:
                changed = []  # the accepted laws cannot be read: no "law changed" mark
            touched = law_changes.clauses_touched(changed, entries.values()) if changed else {}
            theirs, bases = _clauses_for_marks(store, entries, refs)
            return entries, touched, theirs, bases

        session.read(read, lambda result, error: self._catalog_did_read(session, result, error))

    def _catalog_did_read(self, session: Session, result: Any, error: BaseException | None) -> None:
        if session is not self.session:
            return  # a workspace this window no longer shows
        self._reading_catalog = False
        if self._read_catalog_again:
            self._library_did_change()  # the library changed again meanwhile: read it again
            return
        if error is not None:
            return  # the marks stay as last read; the library panel says what failed
        entries, touched, theirs, bases = result
        self._library_entries = entries
        self._catalog_read = True
        self.coverage.library_did_change()  # its tags and suggestions come from the catalog
        self._marks_generation += 1
        self._mark_clauses, self._mark_bases = theirs, bases
        lang = current_language()

        def wording(change: Any) -> str:
            old = change.old_text.get(lang) or change.old_text.get("en", "—")
            new = change.new_text.get(lang) or change.new_text.get("en", "—")
            return f"{change.regulation_title}, {change.article}\n    − {old}\n    + {new}"

        law_changed = {key: [wording(c) for c in found] for key, found in touched.items()}
        if law_changed != self.library_panel.law_changed:
            self.library_panel.law_changed = law_changed
            self.library_panel.reload()  # its list shows them: listed again with them
        self.outline.model.law_changed = law_changed
        self.outline.set_policy(self.session.policy, self._library_versions(), self._outdated())
        self.readiness.refresh_soon()  # a clause's status or version may block sign-off

    @property
    def reading_marks(self) -> bool:
        """The library's catalog, or clauses behind the outline's marks, are being read."""
        return self._reading_catalog or bool(self._marks_asked)

    def _linked_refs(self) -> set[tuple[str, int]]:
        """(clause key, version) of every section of the open policy linked to the library."""
        policy = self.session.policy
        sections = policy.sections if policy is not None else []
        return {(s.clause.key, s.clause.version) for s in sections if s.clause is not None}

    def _outdated(self) -> set[str]:
        """Sections whose library clause changed the wording they use (not just its version).

        Computed from the clauses read on the database worker with the catalog. A section
        whose clauses are not read yet (a policy just opened, a section inserted) keeps the
        mark it had, and they are read; it is marked, or not, when they are in."""
        policy = self.session.policy
        found: set[str] = set()
        missing: set[tuple[str, int]] = set()
        for section in policy.sections if policy is not None else []:
            ref = section.clause
            entry = self._library_entries.get(ref.key) if ref is not None else None
            if ref is None or entry is None or entry.version <= ref.version:
                continue  # no newer version (the catalog says so without the clause)
            if ref.key not in self._mark_clauses or (ref.key, ref.version) not in self._mark_bases:
                missing.add((ref.key, ref.version))
                if section.id in self._outdated_shown:
                    found.add(section.id)  # as last computed, until the clauses are in
                continue
            theirs = self._mark_clauses[ref.key]
            base = self._mark_bases[(ref.key, ref.version)]
            if update_available(section, theirs) and wording_changed(section, base, theirs):
                found.add(section.id)
        self._outdated_shown = found
        if missing:
            self._read_marks(missing)
        return found

    def _read_marks(self, refs: set[tuple[str, int]]) -> None:
        """Read the clauses behind marks not computed yet, on the database worker."""
        refs = refs - self._marks_asked
        if not refs or self._reading_catalog:
            return  # asked already, or the catalog's answer brings them
        self._marks_asked |= refs
        session, generation = self.session, self._marks_generation
        entries = dict(self._library_entries)

        def then(result: Any, error: BaseException | None) -> None:
            self._marks_asked -= refs
            if session is not self.session or generation != self._marks_generation:
                return  # the catalog was read again since: these may be older than it
            if error is not None:
                return  # no mark nobody computed; asked again at the next change
            theirs, bases = result
            self._mark_clauses.update(theirs)
            self._mark_bases.update(bases)
            self.outline.set_policy(self.session.policy, self._library_versions(), self._outdated())

        session.read(lambda store: _clauses_for_marks(store, entries, refs), then)

    def _library_versions(self) -> dict[str, tuple[int, ClauseStatus]]:
        return {k: (c.version, c.status) for k, c in self._library_entries.items()}

    # -- policies --------------------------------------------------------------------------

    def _fill_policy_box(self, read: bool = True) -> None:
        """Show the policies as last read, the open one always (under its title now), and
        with ``read`` read the list again on the database worker (after a new policy, an
        import, an opening that failed): it is shown when read. Before the first answer the
        box holds the open policy and a line "Reading the list of policies…" that cannot be
        chosen — never a list nobody read."""
        self._show_policy_list()
        if read:
            self._read_policy_list()

    def _read_policy_list(self) -> None:
        if self._listing_policies:
            self._list_policies_again = True  # one read at a time: its answer asks again
            return
        self._listing_policies, self._list_policies_again = True, False
        session = self.session
        session.read(
            lambda store: store.policies(),
            lambda result, error: self._policy_list_did_read(session, result, error),
        )

    def _policy_list_did_read(
        self, session: Session, result: Any, error: BaseException | None
    ) -> None:
        if session is not self.session:
            return  # a workspace this window no longer shows
        self._listing_policies = False
        if self._list_policies_again:
            self._read_policy_list()  # asked again meanwhile: this list may be older
            return
        if error is not None:
            self._policy_list_error = self.tr("The list of policies could not be read: %1").replace(
                "%1", str(error)
            )
        else:
            self._policy_list_error = ""
            self._policy_list = list(result)
        self._show_policy_list()
        if self.opening == "":
            self._choose_start_policy()  # start-up waited for this list

    def _show_policy_list(self) -> None:
        box = self.policy_box
        box.blockSignals(True)
        box.clear()
        for summary in self._policy_list or []:
            box.addItem(summary.title, summary.id)
        current = self.session.policy
        if current is not None:
            index = box.findData(current.id)
            if index < 0:
                box.addItem(current.display_title(), current.id)
                index = box.count() - 1
            box.setItemText(index, current.display_title())
        if self._policy_list is None or self._policy_list_error:
            box.addItem(self._policy_list_error or self.tr("Reading the list of policies…"))
            model = box.model()
            if isinstance(model, QStandardItemModel):
                model.item(box.count() - 1).setEnabled(False)  # a line to read, not a policy
        box.setToolTip(self._policy_list_error)
        shown = current.id if current is not None else self.opening
        if shown and box.findData(shown) >= 0:
            box.setCurrentIndex(box.findData(shown))
        box.blockSignals(False)

    def open_policy(self, policy_id: str | None) -> None:
        """Open another policy (the policy box). Read on the database worker: meanwhile the
        window says "Opening “title”…", shows nothing of either policy and offers nothing
        that needs one; another choice meanwhile replaces this one."""
        self.commit_typing()
        if policy_id is None:
            self._try(lambda: self.session.open_policy(None))
            return
        current = self.session.policy
        if self.opening is None and current is not None and current.id == policy_id:
            return  # the policy shown: nothing to read
        index = self.policy_box.findData(policy_id)
        self._begin_opening(policy_id, self.policy_box.itemText(index) if index >= 0 else "")
        self.session.load_policy(policy_id)

    # -- opening a policy: paint first, read it on the database worker ------------------

    def open_after_paint(self, policy_id: str | None) -> None:
        """Start-up: the window, shown without a policy, reads ``policy_id`` (else the last
        used, else the first policy) once it has painted, saying "Opening “title”…".

        Which policies there are is read on the database worker (the list the policy box
        shows): until it is, the window says "Reading the list of policies…" and holds what
        needs a policy; a list that cannot be read is said in the status bar. Reading and
        laying out a 500-section policy takes about a second: the user sees the window
        meanwhile, with nothing editable until the policy is there."""
        self._start_wanted = policy_id
        self._painted = False

        def painted() -> None:
            self._painted = True
            QTimer.singleShot(0, self, self._read_opening)

        self._paint_watch = _FirstPaint(self, painted)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._paint_watch)
        if self._policy_list is not None and not self._listing_policies:
            self._choose_start_policy()  # the list was read a moment ago
            return
        self.opening = ""  # a policy will be opened: which one, the list will say
        self._hold_for_opening(self.tr("Reading the list of policies…"))
        if not self._listing_policies:
            self._read_policy_list()

    def _choose_start_policy(self) -> None:
        """The list of policies was read (or could not be): open the one wanted at start-up."""
        if self._policy_list is None:
            # Nothing to choose from: the status bar says why in one sentence (the box too).
            self._opening_did_end(self._policy_list_error)
            return
        titles = {s.id: s.title for s in self._policy_list}
        policy_id = self._start_wanted
        if policy_id not in titles:
            policy_id = next(iter(titles), None)
        if policy_id is None:  # an empty workspace: nothing to read
            if self.opening is not None:
                self._opening_did_end("")
            return
        self._begin_opening(policy_id, titles[policy_id])
        self._show_policy_list()  # the line being opened is the one chosen in the box
        if self._painted:
            self._read_opening()

    def _begin_opening(self, policy_id: str, title: str) -> None:
        """Say which policy is being opened and hold what needs a policy until it is shown."""
        self.opening = policy_id
        self._hold_for_opening(self.tr("Opening “%1”…").replace("%1", title or policy_id))

    def _hold_for_opening(self, text: str) -> None:
        self.statusBar().clearMessage()  # a message would hide the line saying what opens
        if self.opening_label is not None:
            self.opening_label.setText(text)  # another policy chosen while one was read
            for target, _why in self.opening_gate.targets():
                self.opening_gate.hold(target, text)
            return
        self.opening_label = QLabel(text)
        self.opening_label.setObjectName("opening")
        self.opening_bar = QProgressBar()
        self.opening_bar.setRange(0, 0)  # busy: reading, then laying out the outline
        self.opening_bar.setMaximumWidth(160)
        self.statusBar().addWidget(self.opening_label)
        self.statusBar().addWidget(self.opening_bar)
        for target in self._policy_widgets():
            self.opening_gate.hold(target, text)

    def _policy_widgets(self) -> list[QWidget | QAction]:
        """What edits or shows the policy: held while one is being opened. (The policy box
        stays: choosing another meanwhile drops the first.)"""
        return [
            self.modes,
            self.outline,
            self.variables_panel,
            self.library_panel.insert_button,
            self.preview,
            self.new_policy_action,
            self.questionnaire_action,
            self.properties_action,
            self.save_version_action,
            self.save_copy_action,
            self.import_action,
            self.export_action,
            self.export_xliff_action,
            self.import_xliff_action,
            self.export_redline_action,
            self.print_action,
            self.print_preview_action,
            self.undo_action,
            self.redo_action,
            self.insert_clause_action,
            self.save_to_library_action,
            self.outline.move_up_action,
            self.outline.move_down_action,
            self.outline.duplicate_action,
            self.outline.rename_action,
            self.outline.remove_action,
            self.outline.update_action,
        ]

    def _read_opening(self) -> None:
        if self.opening and self.session.loading != self.opening:
            self.session.load_policy(self.opening)

    def _opening_did_end(self, reason: str) -> None:
        """The policy being opened is shown, or could not be read (the one before is back)."""
        creating = self._creating
        if creating is not None and self.session.unstored != creating[0]:
            # The new policy was not made (the open one's edits could not be saved first, or
            # another policy was chosen meanwhile): the policy open before stays.
            self._end_creating()
            if self.opening is None:
                if reason:
                    self.statusBar().showMessage(reason)
                return
        if self.opening is None or self.opening_label is None:
            return  # a caller that waited for it (Session.open_policy): nothing was held
        self.opening = None
        self.opening_gate.release_all()
        # What follows a selection or the undo history is worked out again: a gate that held
        # them saw them enabled before the policy changed, not what they are now.
        self.library_panel.reselect()  # Insert follows the selected clause again
        self.outline.refresh_actions()
        self.undo_action.setEnabled(self.undo.canUndo())
        self.redo_action.setEnabled(self.undo.canRedo())
        self.statusBar().removeWidget(self.opening_label)
        self.statusBar().removeWidget(self.opening_bar)
        self.opening_label.deleteLater()
        self.opening_bar.deleteLater()
        self.opening_label = self.opening_bar = None
        if reason:
            self.statusBar().showMessage(reason)
            self._fill_policy_box()  # back on the policy shown
        self.policy_did_open.emit()

    def new_policy(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New policy"), self.tr("Title:"))
        if not ok or not title.strip():
            return
        current = self.session.policy
        policy = policy_from_clauses(
            title.strip(),
            [],
            source_language=current.source_language if current else "en",
            target_languages=current.target_languages if current else [],
        )
        self.add_new_policy(policy, self.tr("Created “%1”").replace("%1", title.strip()))

    def add_new_policy(
        self, policy: Policy, created: str, then: Callable[[], object] | None = None
    ) -> None:
        """Make the new ``policy`` current and store it on the database worker, never
        waiting (``Session.add_policy_soon``). While its first save is out the status bar
        says "Saving the new policy “title”…" and New policy, the questionnaire and import
        are held with that tooltip; when it lands the status bar says ``created`` and
        ``then`` runs (what belongs with it: an activity-log line, accepted laws). A save that
        fails is one sentence; the policy stays open and is saved when the database answers.
        """
        self.commit_typing()
        saving = self.tr("Saving the new policy “%1”…").replace("%1", policy.display_title())
        self._creating = (policy.id, created, then)
        for action in (self.new_policy_action, self.questionnaire_action, self.import_action):
            self.creating_gate.hold(action, saving)
        self.creating_label.setText(saving)
        # Permanent: an edit's message (the new policy can be edited meanwhile) hides it not.
        self.statusBar().insertPermanentWidget(0, self.creating_label)
        self.creating_label.show()
        self.session.add_policy_soon(policy)

    def _end_creating(self) -> None:
        self._creating = None
        self.creating_gate.release_all()
        if self.creating_label.isVisible():
            self.statusBar().removeWidget(self.creating_label)
            self.creating_label.hide()

    def _new_policy_did_save(self) -> None:
        """A save landed: if it was a new policy's first, it is in the workspace now."""
        creating, session = self._creating, self.session
        if creating is None or session.unstored is not None:
            return
        self._end_creating()
        self._fill_policy_box()  # the list as stored, with it
        if session.policy is not None and session.policy.id == creating[0]:
            self.statusBar().showMessage(creating[1], STATUS_MS)
            if creating[2] is not None:
                creating[2]()

    def _wait_begin(self, name: str, text: str) -> None:
        """Show ``text`` in the status bar (a permanent line, which an edit's message does not
        hide) until ``_wait_end(name)``: what the window waits for from the database worker."""
        label = self._wait_labels.get(name)
        if label is None:
            label = self._wait_labels[name] = QLabel()
            label.setObjectName(name)
        label.setText(text)
        self.statusBar().insertPermanentWidget(0, label)
        label.show()

    def _wait_end(self, name: str) -> None:
        label = self._wait_labels.get(name)
        if label is not None and label.isVisible():
            self.statusBar().removeWidget(label)
            label.hide()

    def waiting_text(self, name: str) -> str:
        """The status-bar line of the read ``name`` while it is out, else ""."""
        label = self._wait_labels.get(name)
        return label.text() if label is not None and label.isVisible() else ""

    @property
    def reading_library(self) -> bool:
        """The questionnaire's library is being read on the database worker."""
        return self._reading_library

    def new_policy_from_questionnaire(self) -> None:
        """Interview the user, then add the assembled policy (nothing is created on Cancel).

        The wizard needs every clause, whole: they are read on the database worker first.
        Meanwhile the status bar says "Reading the library…" and the questionnaire is held
        with that tooltip; the wizard opens when the answer is in. A failed read is one
        sentence in the status bar, and no wizard opens."""
        if self._reading_library:
            return
        reading = self.tr("Reading the library…")
        self._reading_library = True
        self.library_gate.hold(self.questionnaire_action, reading)
        self._wait_begin("reading_library", reading)
        session = self.session

        def then(result: Any, error: BaseException | None) -> None:
            self._reading_library = False
            self.library_gate.release_all()
            self._wait_end("reading_library")
            if session is not self.session:
                return  # another workspace meanwhile: its library, not this one
            if error is not None:
                self.statusBar().showMessage(
                    self.tr("The library could not be read: %1").replace("%1", why_not(error))
                )
                return
            self._questionnaire_on(result)

        session.read(lambda store: {c.key: c for c in store.clauses()}, then)

    def _questionnaire_on(self, library: dict[str, Clause]) -> None:
        from ..library.assembly import load_rules
        from ..library.regulations import load_all
        from .assemble_wizard import AssembleWizard

        loaded = load_all()
        wizard = AssembleWizard(load_rules(), loaded, library, self)
        if not wizard.exec() or wizard.assembly is None:
            return
        policy = wizard.assembly.policy
        accepted = [loaded.regulations[k] for k in policy.regulations]
        self.add_new_policy(
            policy,
            self.tr("Created “%1” from your answers").replace("%1", policy.display_title()),
            lambda: self._accept_laws(accepted),
        )

    def _accept_laws(self, regulations: list[Any]) -> None:
        """Record the laws a new policy is under as seen (the baseline of "law changed"), on
        the database worker; a failure is one sentence, the policy stays as it is."""
        from ..library.law_changes import accept_missing

        session = self.session

        def written(_result: object, error: BaseException | None) -> None:
            if error is not None and session is self.session:
                self.statusBar().showMessage(
                    self.tr(
                        "The laws chosen could not be recorded as seen (a later change to them "
                        "would not be marked): %1"
                    ).replace("%1", why_not(error))
                )

        session.write(lambda store: accept_missing(store, regulations), written)

    def edit_properties(self) -> None:
        if self.session.policy is None:
            return
        dialog = PropertiesDialog(self.session.policy, self, permissions=self.permissions)
        if dialog.exec():
            values = dialog.values()
            self._try(lambda: self.apply_edit(set_properties(self._policy(), **values)))
            for warning in warnings_for(dialog.cleaned_fields):
                self.statusBar().showMessage(self.tr("Note: %1").replace("%1", warning), STATUS_MS)

    def _warn_deprecated(self, policy: Policy) -> None:
        found = deprecated_in_use(policy.sections, self._library_entries)  # status and title
        if found:
            names = ", ".join(f"{n}. {s.title(policy.source_language)}" for n, s, _c in found)
            self.statusBar().showMessage(
                self.tr("Deprecated clauses still used: %1").replace("%1", names)
            )

    # -- sign-off: who is acting, blockers ----------------------------------------------------

    def actor(self) -> str:
        """The name the audit log and approvals record: asked once, then kept in settings."""
        name = self.settings.user_name
        if name:
            return name
        fallback = current_user()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Approvals and the activity log record who did what. Your name:"),
            text=fallback,
        )
        if ok and name.strip():
            self.settings.set_user_name(name)
            return name.strip()
        return fallback

    def set_user_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("Approvals and the activity log record who did what. Your name:"),
            text=self.settings.user_name or current_user(),
        )
        if ok and name.strip():
            self.settings.set_user_name(name)

    def record(self, action: str, target: str, *, in_policy: bool = True, **detail: object) -> None:
        """One line of the activity log, in the name of the person using the app, written on
        the database worker in order with the saves (a server that does not answer never holds
        the window; the line is written when it answers). The policy's id and title are taken
        now, as the action saw them. A line that could not be written is said in the status
        bar: the action itself is done."""
        policy = self.session.policy if in_policy else None
        actor = self.actor()
        if policy is not None:
            detail.setdefault("policy", policy.display_title())
        policy_id = policy.id if policy is not None else ""

        def write(store: WorkspaceStore) -> object:
            return store.append_log(
                actor, action, policy_id=policy_id, target=target, detail=dict(detail)
            )

        def written(_result: object, error: BaseException | None) -> None:
            if error is not None:
                self.statusBar().showMessage(
                    self.tr("The activity log line “%1” was not written: %2")
                    .replace("%1", action)
                    .replace("%2", str(error)),
                    STATUS_MS,
                )
            self.record_did_end.emit()

        self.session.write(write, written)

    def go_to_blocker(self, blocker: Blocker) -> None:
        """Show where a readiness blocker is: its segment in the grid, or its section."""
        policy = self.session.policy
        if policy is None:
            return
        if blocker.section_id:
            self.outline.select(blocker.section_id)
        if blocker.kind in (BlockerKind.OPEN_PROPOSAL, BlockerKind.REVIEW_NOTE):
            # Notes and proposals are shown and acted on in the section editor's review list,
            # in their own language.
            self.set_mode(0)
            index = self.editor.lang_box.findData(blocker.language)
            if index >= 0 and self.editor.lang != blocker.language:
                self.editor.lang_box.setCurrentIndex(index)
            self.editor.review.select_block(blocker.block_id)
            return
        if blocker.block_id and blocker.language and blocker.language != policy.source_language:
            self.set_mode(1)
            if self.translate_view.pair() != (policy.source_language, blocker.language):
                self.translate_view.set_pair(policy.source_language, blocker.language)
            self.translate_view.go_to_block(blocker.block_id)
        elif blocker.section_id:
            self.set_mode(0)

    # -- sections --------------------------------------------------------------------------

    def _try(self, action: Callable[[], object]) -> bool:
        """Run an edit; a refusal (PolicyStudioError) is told to the user, never a traceback."""
        try:
            action()
            return True
        except PolicyStudioError as exc:
            self.statusBar().showMessage(str(exc), STATUS_MS)
            QMessageBox.warning(self, "Policy Studio", str(exc))
            return False

    def show_coverage(self) -> None:
        """Show the Coverage panel; with no regulations chosen yet, ask which apply."""
        dock = self.docks["coverage"]
        dock.show()
        dock.raise_()
        policy = self.session.policy
        if policy is not None and not policy.regulations:
            self.coverage.choose_regulations()

    @property
    def reading_role(self) -> bool:
        """The person's roles on a team workspace just bound are being read on the worker."""
        return self._reading_role

    @property
    def reading_insert(self) -> bool:
        """A clause to insert is being read on the database worker."""
        return self._inserts_reading > 0

    def insert_clause(self, key: str, variant: str | None = None, index: int | None = None) -> None:
        """Insert a library clause after the selected section (or at ``index``) and select it.

        The library panel read its selected clause on the database worker; another (a drop
        from the Coverage panel) is read there first. Meanwhile the status bar says so; the
        clause goes where it was asked for (after the section selected then, or before the
        section that was at ``index``) when it is in. An answer for a policy no longer open is
        dropped; a clause that cannot be read, or is not in the library, is one sentence."""
        clause = self.library_panel.loaded_clause(key)
        if clause is not None:
            self._insert_loaded(clause, variant, index)
            return
        policy = self.session.policy
        if policy is None:
            return
        ids = [s.id for s in policy.sections]
        before: str | None  # the section the clause goes before (None: at the end)
        if index is None:
            current = self.outline.current_id()
            at = ids.index(current) + 1 if current in ids else len(ids)
        else:
            at = index
        before = ids[at] if 0 <= at < len(ids) else None
        after = ids[at - 1] if 0 < at <= len(ids) else None
        session = self.session
        self._inserts_reading += 1
        self._wait_begin(
            "reading_insert",
            self.tr("Reading “%1” from the library to insert it…").replace("%1", key),
        )

        def then(result: Any, error: BaseException | None) -> None:
            self._inserts_reading -= 1
            if not self._inserts_reading:
                self._wait_end("reading_insert")
            now_policy = self.session.policy
            if session is not self.session or now_policy is None or now_policy.id != policy.id:
                return  # another workspace or policy meanwhile: not where it was asked
            if error is not None or result is None:
                why = (
                    why_not(error)
                    if error is not None
                    else self.tr("the library has no such clause")
                )
                self.statusBar().showMessage(
                    self.tr("“%1” could not be read from the library: %2")
                    .replace("%1", key)
                    .replace("%2", why),
                    STATUS_MS,
                )
                return
            now = [s.id for s in now_policy.sections]
            if before in now:
                place = now.index(before)
            elif after in now:
                place = now.index(after) + 1
            else:
                place = len(now)
            self._insert_loaded(result, variant, place)

        session.read(lambda store: store.clause(key), then)

    def _insert_loaded(self, clause: Clause, variant: str | None, index: int | None) -> None:
        key = clause.key
        if self.session.policy is None:
            return
        policy = self.session.policy
        if index is None:
            current = self.outline.current_id()
            ids = [s.id for s in policy.sections]
            index = ids.index(current) + 1 if current in ids else len(ids)
        if not self._try(lambda: self.apply_edit(insert_clause(policy, clause, variant, index))):
            return
        self.record("clause.insert", key, version=clause.version, clause_status=clause.status.value)
        self.outline.select(policy.sections[index].id)
        if clause.status is ClauseStatus.DEPRECATED:
            self.statusBar().showMessage(
                self.tr("“%1” is deprecated: consider another clause").replace(
                    "%1", clause.title.get("en", key)
                ),
                STATUS_MS,
            )
        elif clause.status is ClauseStatus.DRAFT:
            self.statusBar().showMessage(
                self.tr("“%1” is a draft clause: its wording is not approved for use").replace(
                    "%1", clause.title.get("en", key)
                ),
                STATUS_MS,
            )

    def rename_section(self, section_id: str) -> None:
        policy = self._policy()
        section = policy.find_section(section_id)
        if section is None:
            return
        lang = self.editor.lang
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename section"),
            self.tr("Title (%1):").replace("%1", lang),
            text=section.title(lang),
        )
        if ok and title.strip() and title != section.title(lang):
            self.apply_edit(rename_section(policy, section_id, lang, title.strip()))

    def _update_merge(self, section_id: str, theirs: Clause | None, base: Clause | None):
        """The merge for updating a linked section to ``theirs`` (the library's current
        clause) from ``base`` (the version it links to), or None: nothing to update."""
        policy = self._policy()
        section = policy.find_section(section_id)
        if section is None or section.clause is None:
            return None
        if not wording_changed(section, base, theirs):
            return None
        assert theirs is not None
        return merge_section(section, base, theirs, policy.languages)

    @property
    def reading_update(self) -> bool:
        """The clauses of an Update… are being read on the database worker."""
        return self.update_gate.held(self.outline.update_action)

    def update_section(self, section_id: str) -> None:
        """Update a linked section to the library's current clause, through the Update…
        dialog. The library's clause and the old version the section links to are read on the
        database worker first: meanwhile the status bar says so and Update… is held with that
        tooltip. An answer for a section no longer as asked (another policy, the section gone
        or linked elsewhere, another update asked) is dropped; a failed read is one sentence."""
        self.editor.commit()
        policy = self.session.policy
        section = policy.find_section(section_id) if policy is not None else None
        if section is None or section.clause is None:
            return
        ref = section.clause
        self._update_asked += 1
        asked, session = self._update_asked, self.session
        reading = self.tr("Reading “%1” from the library for the update…").replace("%1", ref.key)
        self.update_gate.hold(self.outline.update_action, reading)
        self._wait_begin("reading_update", reading)

        def read(store: WorkspaceStore) -> tuple[Clause | None, Clause | None]:
            return store.clause(ref.key), store.clause_version(ref.key, ref.version)

        def then(result: Any, error: BaseException | None) -> None:
            if asked != self._update_asked:
                return  # another update was asked since: its answer counts
            self.update_gate.release_all()
            self._wait_end("reading_update")
            now = self.session.policy
            same = session is self.session and now is not None and now.id == policy.id
            found = now.find_section(section_id) if same and now is not None else None
            if found is None:
                return  # another workspace or policy, or the section is gone
            if found.clause != ref:
                return  # linked to another version meanwhile (an undo): not what was read
            if error is not None:
                self.statusBar().showMessage(
                    self.tr("“%1” could not be read from the library: %2")
                    .replace("%1", ref.key)
                    .replace("%2", why_not(error)),
                    STATUS_MS,
                )
                return
            self._update_with(section_id, *result)

        session.read(read, then)

    def _update_with(self, section_id: str, theirs: Clause | None, base: Clause | None) -> None:
        merge = self._update_merge(section_id, theirs, base)
        if merge is None:
            self.statusBar().showMessage(
                self.tr("The section is up to date with the library"), STATUS_MS
            )
            return
        dialog = UpdateDialog(merge, self)
        if dialog.exec() and self._try(
            lambda: self.apply_edit(apply_update(self._policy(), merge))
        ):
            ref = merge.section.clause
            self.record(
                "library.update",
                section_id,
                clause=merge.clause.key,
                from_version=ref.version if ref is not None else 0,
                to_version=merge.clause.version,
                conflicts=len(merge.conflicts),
            )

    def _section_selected(self, section_id: str | None) -> None:
        self.session.set_editing(section_id)  # others see "being edited by" (team server)
        if self.session.policy is not None and section_id != self.editor.section_id:
            self.editor.set_section(self.session.policy, section_id)
        if self.modes.currentWidget() is self.translate_view and self.session.policy is not None:
            section = self.session.policy.find_section(section_id or "")
            if section is not None:
                self.translate_view.go_to_block(section.heading.id)
        self._preview_timer.start()

    # -- modes: write and translate ----------------------------------------------------------

    def set_mode(self, index: int) -> None:
        """0: write (section editor), 1: translate (bilingual grid), 2: compare versions."""
        self.modes.setCurrentIndex(index)

    def _mode_did_change(self, index: int) -> None:
        self.commit_typing()
        # Each view keeps its own dock layout: the one the user left it with (window_layout.py).
        self._view_states[self._view] = self.saveState()
        self._view = VIEWS[index] if index < len(VIEWS) else f"view{index}"
        self._size_pages_for(index)
        saved = self._view_states.get(self._view)
        if saved is not None and self.restoreState(saved):
            return
        if self._view == "write":
            for name in ("library", "outline", "variables", "preview"):
                self.docks[name].show()
            self.reset_layout()
            return
        # First visit: the grid and the redline need the width, so the authoring docks step
        # aside (the outline stays, to jump to a section; History stays beside Compare, where
        # versions are chosen).
        away = {"library", "variables", "preview"}
        if self._view == "translate":
            away.add("history")
        for name, dock in self.docks.items():
            if name in away:
                dock.hide()
        self.reset_layout()

    def _size_pages_for(self, index: int) -> None:
        """Only the view on screen counts for the window's minimum size.

        A QTabWidget is as wide as its widest page: the grid (about 880 px) squeezed the Write
        view's docks to 78 px after one visit to Translate. Pages out of sight ignore size.
        """
        for page in range(self.modes.count()):
            policy = QSizePolicy.Preferred if page == index else QSizePolicy.Ignored
            self.modes.widget(page).setSizePolicy(policy, policy)
        # Now, not on the next pass: restoreState() lays the docks out against this minimum.
        self.modes.updateGeometry()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.layout().activate()

    def _history_shown(self, visible: bool) -> None:
        # Qt gives a first-time bottom dock half the window; a few rows of versions need less.
        if visible and not self._history_sized:
            self._history_sized = True
            self.resizeDocks([self.docks["history"]], [170], Qt.Vertical)

    def save_version(self) -> None:
        """File > Save version…: a named, immutable snapshot of the draft."""
        self.commit_typing()
        self.docks["history"].show()
        self.docks["history"].raise_()
        self.history.ask_and_save()

    def _version_did_save(self, version) -> None:
        self.compare_view.reload_versions()
        self.statusBar().showMessage(
            self.tr("Saved version %1 (%2)")
            .replace("%1", str(version.number))
            .replace("%2", version.label),
            STATUS_MS,
        )

    def compare_with_draft(self, version) -> None:
        self.commit_typing()
        self.compare_view.compare_with_draft(version)
        self.set_mode(2)

    def edit_glossary(self) -> None:
        """Tools > Glossary…: the term pairs of the language pair being translated."""
        self.set_mode(1)
        if self.translate_view.edit_glossary() is None:
            self.transfer.inform(
                self.tr("Glossary"),
                self.tr("The glossary belongs to a language pair: add a target language first."),
                error=True,
            )

    def choose_ui_language(self, lang: str) -> None:
        """View > Interface language: remembered now, applied at the next start."""
        set_ui_language(self.settings.store, lang)
        self.settings.sync()
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)
        self.transfer.inform(
            self.tr("Interface language"),
            self.tr("The interface will be in %1 the next time Policy Studio starts.").replace(
                "%1", UI_LANGUAGES[lang]
            ),
        )

    # -- printing and the comparison --------------------------------------------------------

    def _document_to_print(self) -> tuple[QTextDocument, str] | None:
        """The comparison when Compare shows one, else the whole policy in the preview language."""
        self.commit_typing()
        compare = self.compare_view
        if self.modes.currentWidget() is compare and compare.diff.redline() is not None:
            document = compare.diff.browser.document().clone()
            # On paper the comparison says what it compares (on screen the choosers do).
            cursor = QTextCursor(document)
            cursor.insertBlock()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            heading.setFontPointSize(14)
            cursor.insertText(compare.title(), heading)
            return document, compare.title()
        policy = self.session.policy
        if policy is None:
            return None
        document = QTextDocument()
        lang = self.preview_lang.currentData() or policy.source_language
        render_policy(document, policy, lang, None, self.variables)
        return document, policy.display_title(lang)

    def print_current(self) -> QDialog | None:
        """File > Print…: the policy, or the comparison on screen."""
        found = self._document_to_print()
        return print_document(self, *found) if found is not None else None

    def print_preview(self) -> QDialog | None:
        """File > Print Preview…: the pages of the policy or the comparison before printing."""
        found = self._document_to_print()
        return preview_document(self, *found) if found is not None else None

    def export_comparison(self) -> None:
        """File > Export comparison…: to Compare, then the comparison's own export."""
        self.commit_typing()
        self.set_mode(2)
        self.compare_view.ensure_current()
        if self.compare_view.diff.redline() is None:
            self.transfer.inform(
                self.tr("Export comparison"),
                self.tr("Save a version (File > Save version…) to compare the draft with it."),
                error=True,
            )
            return
        path = self.compare_view.choose_and_export()
        if path is not None:
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), STATUS_MS)

    # -- library ---------------------------------------------------------------------------

    def _languages(self) -> list[str]:
        return self.session.policy.languages if self.session.policy else ["en", "ar"]

    def new_clause(self) -> None:
        dialog = ClauseDialog(
            Clause(key="", title={}),
            self._languages(),
            self._library_entries,
            new=True,
            parent=self,
        )
        self._run_clause_dialog(
            dialog,
            "Created",
            lambda saved, _before: self.tr("Added %1 to the library").replace("%1", saved.key),
        )

    def edit_clause(self, key: str | None) -> None:
        """The clause dialog on ``key``: the clause as the library panel read it, else read on
        the database worker first (the window never waits for it)."""
        if not key:
            return
        clause = self.library_panel.loaded_clause(key)
        if clause is not None:
            self._edit_loaded_clause(clause)
            return
        session = self.session

        def read(result: Any, error: BaseException | None) -> None:
            if session is not self.session:
                return
            if error is not None:
                self.statusBar().showMessage(str(error), STATUS_MS)
            elif result is not None:
                self._edit_loaded_clause(result)

        session.read(lambda store: store.clause(key), read)

    def _edit_loaded_clause(self, clause: Clause) -> None:
        def message(saved: Clause, before: Clause | None) -> str:
            if before is not None and saved.version == before.version:
                return ""  # a status or tag change: the step's own name is the message
            return (
                self.tr("Saved %1 as version %2")
                .replace("%1", saved.key)
                .replace("%2", str(saved.version))
            )

        dialog = ClauseDialog(clause, self._languages(), self._library_entries, parent=self)
        self._run_clause_dialog(dialog, "Edited", message)

    @property
    def saving_clause(self) -> bool:
        """A clause from the clause dialog is being written on the database worker."""
        return self._clause_writes > 0

    def _clause_write_began(self, key: str, *, step: bool = False) -> None:
        """A clause write went to the worker: "Saving the clause “key”…" in the status bar, the
        library's clause actions held with it (and Undo and Redo, for an undo or redo step, so
        the stack stays where a failed write can put it back)."""
        saving = self.tr("Saving the clause “%1”…").replace("%1", key)
        targets: list[QAction | QWidget] = [
            self.new_clause_action,
            self.edit_clause_action,
            self.save_to_library_action,
            self.library_panel.edit_button,
        ]
        if step:
            targets += [self.undo_action, self.redo_action]
        for target in targets:
            self.clause_gate.hold(target, saving)
        self._clause_writes += 1
        self.clause_label.setText(saving)
        self.statusBar().insertPermanentWidget(0, self.clause_label)
        self.clause_label.show()

    def _clause_write_ended(self) -> None:
        self._clause_writes -= 1
        if self._clause_writes:
            return
        self.clause_gate.release_all()
        self.statusBar().removeWidget(self.clause_label)
        self.clause_label.hide()

    def _run_clause_dialog(
        self,
        dialog: ClauseDialog,
        note: str,
        message: Callable[[Clause, Clause | None], str],
        *,
        section_id: str | None = None,
    ) -> None:
        """Show the clause dialog; what it accepts is written on the database worker.

        Meanwhile the status bar says "Saving the clause “key”…" and the library's New
        clause, Edit clause and Save section to library are held with that tooltip; a server
        that does not answer holds nothing else, and the clause is written when it answers.
        When it lands, the save is one undo step (with ``section_id``, together with that
        section's link to the new clause) and ``message`` is shown. A save that fails says
        so in one sentence and the dialog comes back with the person's text."""
        if not dialog.exec():
            return
        clause = dialog.result_clause()
        new = dialog.new
        self._clause_write_began(clause.key)
        session = self.session

        def write(store: WorkspaceStore) -> tuple[Clause | None, Clause]:
            before = store.clause(clause.key)
            if new and before is not None:  # added elsewhere since the catalog was read
                raise PolicyStudioError(f"the library already has a clause {clause.key!r}")
            return before, store.save_clause(clause, note=note)

        def landed(result: Any, error: BaseException | None) -> None:
            self._clause_write_ended()
            if session is not self.session:
                return  # another workspace meanwhile
            if error is not None:
                why = (
                    self.tr("The clause “%1” was not saved: %2")
                    .replace("%1", clause.key)
                    .replace("%2", str(error))
                )
                self.statusBar().showMessage(why)
                self.clause_write_did_end.emit(why)
                QTimer.singleShot(
                    0,
                    self,
                    lambda: self._run_clause_dialog(dialog, note, message, section_id=section_id),
                )
                return
            before, saved = result
            self._try(
                lambda: self._clause_did_save(before, saved, message(saved, before), section_id)
            )
            self.clause_write_did_end.emit("")

        session.write(write, landed)

    def _clause_did_save(
        self, before: Clause | None, saved: Clause, message: str, section_id: str | None
    ) -> None:
        """The clause is written: one undo step (nothing when nothing changed), the activity
        log line, the message."""
        # Its undo and redo write on the database worker too (``_send_clause_step``).
        step: list[Edit] = []

        def send(direction: str, job: Callable[[WorkspaceStore], object]) -> None:
            self._send_clause_step(step, direction, job, saved.key, pure=section_id is None)

        if section_id is None:
            result = clause_saved(None, before, saved, send=send)
        else:
            result = clause_saved(None, before, saved, label=op("save_to_library"), send=send)
            policy = self.session.policy
            section = policy.find_section(section_id) if policy is not None else None
            if policy is not None and section is not None:
                if len(saved.blocks) == len(section.blocks):
                    try:
                        link = link_section(policy, section_id, saved)
                    except PolicyStudioError:
                        result[1].undo(policy)  # leave the library as it was, then say why
                        raise
                    result = then(result, link, op("save_to_library"))
        if result[0].empty:
            return
        step.append(result[1])
        self.apply_edit(result)
        status_only = before is not None and before.version == saved.version
        self.record(
            "clause.status" if status_only else "clause.edit",
            saved.key,
            in_policy=False,
            version=saved.version,
            status=saved.status.value,
        )
        if message:
            self.statusBar().showMessage(message, STATUS_MS)

    def _send_clause_step(
        self,
        step: list[Edit],
        direction: str,
        job: Callable[[WorkspaceStore], object],
        key: str,
        *,
        pure: bool,
    ) -> None:
        """Write an undo or a redo of a clause edit on the database worker. The undo stack
        moved at once ("Saving the clause “key”…" meanwhile, Undo and Redo held); a write
        that fails says so and puts the step back where the library still is: the step is
        not shown undone while the library has it (nor redone while it has it not)."""
        edit = step[0] if step else None
        if edit is not None and any(e is edit for e in self._skip_steps):
            self._skip_steps = [e for e in self._skip_steps if e is not edit]
            return  # put back after a failed write: the library already is so
        self._clause_write_began(key, step=edit is not None)
        session = self.session

        def landed(_result: Any, error: BaseException | None) -> None:
            self._clause_write_ended()
            if session is not self.session:
                return  # another workspace meanwhile (its own undo stack)
            if error is None:
                self.clause_write_did_end.emit("")
                return
            why = (
                self.tr("The clause “%1” was not saved: %2")
                .replace("%1", key)
                .replace("%2", why_not(error))
            )
            if edit is not None:
                self._put_step_back(edit, direction, pure)
            self.statusBar().showMessage(why)
            self.clause_write_did_end.emit(why)

        session.write(job, landed)

    def _put_step_back(self, edit: Edit, direction: str, pure: bool) -> None:
        """The write of an undo (``direction`` "undo") or a redo of ``edit`` failed: move the
        undo stack back over it, writing nothing, so it says what the library holds."""
        stack = self.undo
        at = stack.index() if direction == "undo" else stack.index() - 1
        command = stack.command(at) if 0 <= at < stack.count() else None
        if command is not None and getattr(command, "edit", None) is edit:
            self._skip_steps.append(edit)
            if direction == "undo":
                stack.redo()
            else:
                stack.undo()
        elif direction == "undo" and pure:
            # An edit made meanwhile dropped the undone step: the library still has it, so it
            # is a step to undo again (its first redo only reports).
            stack.push_edit((LIBRARY, edit))

    def save_section_to_library(self) -> None:
        policy = self.session.policy
        section = policy.find_section(self.outline.current_id() or "") if policy else None
        if section is None:
            return
        self.editor.commit()
        key, ok = QInputDialog.getText(
            self, self.tr("Save section to library"), self.tr("Clause key:")
        )
        if not ok or not key.strip():
            return
        clause = clause_from_section(section, key.strip())
        dialog = ClauseDialog(
            clause, self._languages(), self._library_entries, new=True, parent=self
        )
        self._run_clause_dialog(
            dialog,
            "Saved from a policy section",
            lambda saved, _before: self.tr("Saved as library clause %1 (draft)").replace(
                "%1", saved.key
            ),
            section_id=section.id,
        )

    # -- preview ---------------------------------------------------------------------------

    def _fill_preview_languages(self) -> None:
        policy = self.session.policy
        previous = self.preview_lang.currentData()
        self.preview_lang.blockSignals(True)
        self.preview_lang.clear()
        if policy is not None:
            for code in policy.languages:
                self.preview_lang.addItem(f"{language(code).native_name} ({code})", code)
            # By default the preview shows the first translation beside the source being edited.
            wanted = (
                previous
                if previous in policy.languages
                else (policy.languages[1:] or policy.languages)[0]
            )
            self.preview_lang.setCurrentIndex(policy.languages.index(wanted))
        self.preview_lang.blockSignals(False)

    def refresh_preview(self) -> None:
        policy = self.session.policy
        if policy is None:
            self.preview.clear()
            return
        lang = self.preview_lang.currentData() or policy.source_language
        render_policy(
            self.preview.document(), policy, lang, self.outline.current_id(), self.variables
        )
        self.preview.verticalScrollBar().setValue(0)

    # -- workspaces ------------------------------------------------------------------------

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_workspaces():
            act = QAction(str(path), self.recent_menu)
            act.triggered.connect(lambda _checked=False, p=path: self.open_workspace(p))
            self.recent_menu.addAction(act)
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def choose_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workspace"),
            "",
            self.tr("Policy Studio workspaces (*%1)").replace("%1", WORKSPACE_SUFFIX),
        )
        if name:
            self.open_workspace(Path(name))

    def new_workspace(self) -> None:
        from ..library.starter import new_workspace

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New workspace"),
            "",
            self.tr("Policy Studio workspaces (*%1)").replace("%1", WORKSPACE_SUFFIX),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        if self._try(lambda: new_workspace(path).close()):
            self.open_workspace(path)

    def open_workspace(self, path: Path) -> None:
        """Switch to another workspace, reading it off the UI thread."""
        self.editor.commit()
        self.session.flush()
        try:
            opened = open_in_background(path, self.settings.last_policy(path), self)
        except PolicyStudioError as exc:
            QMessageBox.warning(self, "Policy Studio", str(exc))
            return
        old = self.session
        old.policy_did_change.disconnect(self._policy_did_change)
        old.policy_did_load.disconnect(self._policy_did_load)
        old.policy_load_did_end.disconnect(self._opening_did_end)
        if self.opening is not None:
            self._opening_did_end("")  # the policy being read belonged to the old workspace
        old.library_did_change.disconnect(self._library_did_change)
        if not old.close(CLOSE_WAIT_MS) and old.dirty:  # the edits go to a recovery file
            self.kept_path = self._keep_unsaved_edits()
        session = Session(opened.workspace)
        session.policy = opened.policy
        self._bind_session(session)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), STATUS_MS)

    # -- closing ---------------------------------------------------------------------------

    def _permissions_did_read(self, answer: object) -> None:
        """The worker read the person's roles (at binding, or again: they were not known)."""
        if isinstance(answer, Permissions) and self.permissions.unknown:
            self._apply_permissions(answer)
        elif isinstance(answer, BaseException) and self._reading_role:
            # The first read failed: "Role not known", asked again until the server answers.
            self._apply_permissions(not_known(why_not(answer)))

    # -- edits a closing window kept (app/recovery.py) ------------------------------------

    def _keep_unsaved_edits(self) -> Path | None:
        """The window closes with edits the workspace has not taken (the server did not
        answer in time, or answered with a conflict or a refusal): keep them in a recovery
        file that the next opening of this workspace offers. None when that failed too."""
        session = self.session
        if session.policy is None:
            return None
        try:
            return recovery.keep(
                self.settings.recovery_folder(),
                session.workspace.location,
                session.policy,
                session.unsaved_base(),
                session.last_error or "not saved yet",
            )
        except (OSError, PolicyStudioError) as exc:
            self.kept_failed = str(exc)
            return None

    def offer_kept_edits(self) -> None:
        """Edits kept when a window on this workspace closed: offer them back, one policy at a
        time (once the policy being opened is there)."""
        if self.opening is not None:
            self.policy_did_open.connect(self._offer_once)
            return
        if self.session.workspace.closed:
            return
        found, problems = recovery.kept_for(
            self.settings.recovery_folder(), self.session.workspace.location
        )
        for problem in problems:
            self.statusBar().showMessage(problem)
        for kept in found:
            choice = self.ask_about_kept_edits(kept)
            if choice == "discard":
                recovery.discard(kept)
            elif choice == "restore":
                self._restore(kept)

    def _offer_once(self) -> None:
        self.policy_did_open.disconnect(self._offer_once)
        self.offer_kept_edits()

    def ask_about_kept_edits(self, kept: recovery.Kept) -> str:
        """ "restore", "later" or "discard" (an attribute tests replace, like the conflict
        question)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle("Policy Studio")
        box.setText(
            self.tr(
                "When this workspace was last closed (%1), your edits to “%2” could not be "
                "saved: %3. They were kept on this computer."
            )
            .replace("%1", kept.when())
            .replace("%2", kept.title)
            .replace("%3", kept.reason)
            + "\n\n"
            + self.tr(
                "Restore them? What others changed meanwhile is kept; where both of you "
                "changed the same text, you choose."
            )
        )
        restore = box.addButton(self.tr("Restore my edits"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.RejectRole)
        discard = box.addButton(self.tr("Discard them"), QMessageBox.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore:
            return "restore"
        return "discard" if clicked is discard else "later"

    def _restore(self, kept: recovery.Kept) -> None:
        """Put kept edits back. Another policy than the one shown is first looked for in the
        list of policies and opened, both on the database worker (the window is never held
        by a server that does not answer); the edits go back once it is shown."""
        session = self.session
        if session.policy is not None and session.policy.id == kept.policy_id:
            self._restore_into(kept)
            return

        def listed(result: Any, error: BaseException | None) -> None:
            if session is not self.session:
                return  # another workspace meanwhile: the file stays for the next opening
            if error is not None:
                self.statusBar().showMessage(
                    self.tr("The list of policies could not be read: %1").replace("%1", str(error))
                )
                return
            if kept.policy_id not in result:
                self.statusBar().showMessage(
                    f"the policy “{kept.title}” is no longer in this workspace; the edits "
                    f"stay in {kept.path}"
                )
                return

            def shown() -> None:
                self.policy_did_open.disconnect(shown)
                current = session.policy
                if session is self.session and current is not None and current.id == kept.policy_id:
                    self._fill_policy_box()  # the list as it is now, with this policy
                    self._restore_into(kept)
                # else: it could not be opened; the status bar says why, the file stays

            self.policy_did_open.connect(shown)
            self.open_policy(kept.policy_id)

        session.read(lambda store: {s.id for s in store.policies()}, listed)

    def _restore_into(self, kept: recovery.Kept) -> None:
        """The policy the kept edits belong to is the one shown: put them back into it."""
        try:
            restored = self.session.restore(kept.rows, kept.base)
        except PolicyStudioError as exc:
            self.statusBar().showMessage(str(exc))
            return
        recovery.discard(kept)
        if restored:
            message = self.tr("Restored your edits to “%1” kept on %2; saving them").replace(
                "%1", kept.title
            )
        else:
            message = self.tr(
                "Your edits to “%1” kept on %2 had reached the workspace after all"
            ).replace("%1", kept.title)
        self.statusBar().showMessage(message.replace("%2", kept.when()), STATUS_MS * 3)

    def _save_did_fail(self, reason: str) -> None:
        self.save_state.setText(
            self.tr("Not saved: %1. Your edits are kept in this window.").replace("%1", reason)
        )
        policy = self.session.policy
        if self._creating is not None and policy is not None and self.session.unstored:
            self.creating_label.setText(
                self.tr(
                    "The new policy “%1” was not saved: %2; it stays open here and is saved "
                    "when the database answers."
                )
                .replace("%1", policy.display_title())
                .replace("%2", reason)
            )

    def ask_about_conflicts(self, conflicts: tuple[RowConflict, ...]) -> dict[str, bool]:
        """The conflict dialog: row key → True to keep this window's text (rows left unchosen
        stay in conflict and unsaved). An attribute tests replace, so that no modal dialog can
        hang a run (a window closing under load may still meet someone else's save)."""
        from .conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflicts, self._policy(), self)
        dialog.exec()
        return dialog.choices()

    def _resolve_conflicts(self, conflicts: tuple[RowConflict, ...]) -> None:
        """Someone else saved different text in the same places: show both, let the user pick."""
        for key, keep_mine in self.ask_about_conflicts(conflicts).items():
            self._try(lambda k=key, m=keep_mine: self.session.resolve(k, keep_mine=m))

    def save_copy_as(self) -> bool:
        """Write the open policy, unsaved edits included, to a new workspace file."""
        if self.session.policy is None:
            return False
        self.commit_typing()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            "",
            self.tr("Policy Studio workspaces (*%1)").replace("%1", WORKSPACE_SUFFIX),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != WORKSPACE_SUFFIX:
            path = path.with_name(path.name + WORKSPACE_SUFFIX)
        left_out: list[str] = []
        if not self._try(lambda: left_out.append(self.session.save_copy(path))):
            return False
        if left_out and left_out[0]:
            # The policy is in the copy; the clauses it links to could not be read with it.
            self.statusBar().showMessage(
                self.tr("Saved a copy of the policy as %1; %2")
                .replace("%1", str(path))
                .replace("%2", left_out[0])
            )
            return True
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(path)))
        return True

    def _ask_before_closing(self) -> str:
        """The edits are known not to be saved (and why): "copy" (saved a copy), "retry",
        "quit" or "cancel". Asked before closing waits for anything."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle("Policy Studio")
        box.setText(
            self.tr("Your last changes are not saved: %1.").replace("%1", self.session.last_error)
            + "\n\n"
            + self.tr("Quit anyway? The unsaved changes will be lost.")
        )
        copy = box.addButton(self.tr("Save a copy as…"), QMessageBox.AcceptRole)
        retry = box.addButton(self.tr("Try again"), QMessageBox.ActionRole)
        quit_button = box.addButton(self.tr("Quit anyway"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            return "retry"
        if clicked is copy:
            return "copy" if self.save_copy_as() else "again"
        return "quit" if clicked is quit_button else "cancel"

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Close without ever waiting for the server unboundedly, and never with a question
        opened from inside a wait (docs/team-server.md, "Closing while a save waits"):

        - edits already known not to be saved (a refusal, a conflict, a full disk: the status
          bar says why) are asked about first — save a copy, try again, quit anyway, cancel;
        - otherwise the last save is given ``CLOSE_WAIT_MS``; whatever it did not write by
          then (the server silent, or a conflict or refusal found on the way) is kept in a
          recovery file that opening this workspace again offers, and the window closes.
        """
        self.commit_typing()
        session = self.session
        settled = False
        while (
            session.dirty
            and not session.workspace.closed
            and not session.saving
            and (session.last_error or session.conflicts)
        ):
            answer = self._ask_before_closing()
            if answer == "retry":
                if session.flush(CLOSE_WAIT_MS):
                    break
                continue
            if answer == "again":
                continue
            if answer in ("copy", "quit"):
                settled = True
                break
            event.ignore()
            return
        if not settled and session.dirty and not session.workspace.closed:
            if not session.flush(CLOSE_WAIT_MS) and session.dirty:
                self.kept_path = self._keep_unsaved_edits()
        translating = self.modes.currentWidget() is self.translate_view
        # Compare is a look at the moment; a translator comes back to translating.
        self.settings.store.setValue(MODE_KEY, "translate" if translating else "write")
        self._save_layout()
        self.settings.sync()
        # Others' outlines drop "being edited by" as soon as the server hears it; the worker
        # ends after its job in hand and closes its own connection (nothing here waits for it).
        self.session.shutdown()
        # Nothing the window started may run once it is closed and its workspace goes away.
        for timer in self.findChildren(QTimer):
            timer.stop()
        event.accept()
