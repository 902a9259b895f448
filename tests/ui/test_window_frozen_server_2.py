"""The window's last reads and writes off its thread (issue 17, item 7): the questionnaire's
library, the Update… dialog's clauses, Insert of a clause the library panel has not read, the
person's roles at binding, and undo/redo of a clause edit. The server's processes are
SIGSTOPped (to the client a dead network); the window's 20 ms timer keeps ticking, the window
says what it waits for, and the answer appears when the server answers. With the call on the
window's thread the call itself blocks until the watchdog thaws the server: these tests fail.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from policy_studio.model import PolicyStudioError
from policy_studio.storage.workspace import Workspace
from tests.event_loop import HELD, kept_ticking, ticks_while
from tests.ui import test_window_frozen_server as frozen

team_window = frozen.team_window  # the fixture: a window on a team workspace, three policies
_merged = frozen._merged

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _on_modal(action, seconds: float = 20.0) -> None:
    """Run ``action(dialog)`` on the next modal dialog once it opens (after a read on the
    worker, which a frozen server delays for seconds)."""
    deadline = time.monotonic() + seconds

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and time.monotonic() < deadline:
            QTimer.singleShot(10, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


# -- the questionnaire ------------------------------------------------------------------------


def test_the_questionnaire_reads_the_library_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """The wizard needs every clause: they are read on the worker first. Until the answer the
    status bar says "Reading the library…", the questionnaire is off with that reason and no
    wizard is open; the wizard opens, with the library, when the server answers."""
    window, _policies = team_window
    opened: list[list[str]] = []
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        _on_modal(lambda wizard: (opened.append(sorted(wizard.library)), wizard.reject()))
        start = time.monotonic()
        window.questionnaire_action.trigger()
        assert time.monotonic() - start < HELD  # the read went to the worker
        reading = "Reading the library…"
        assert window.waiting_text("reading_library") == reading
        action = window.questionnaire_action
        assert not action.isEnabled() and action.toolTip() == reading
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert not opened  # no wizard before the library is in
        assert window.waiting_text("reading_library") == reading
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert opened == [["t-contact", "t-keeping", "t-young"]]
    qtbot.waitUntil(lambda: window.questionnaire_action.isEnabled(), timeout=5000)
    assert window.waiting_text("reading_library") == ""
    assert window.questionnaire_action.toolTip() != reading


def test_a_library_that_cannot_be_read_opens_no_questionnaire(qtbot, window, monkeypatch):
    def refused(_store):
        raise PolicyStudioError("the database refused: permission denied for table clauses")

    monkeypatch.setattr(Workspace, "clauses", refused)
    window.questionnaire_action.trigger()
    qtbot.waitUntil(lambda: window.questionnaire_action.isEnabled(), timeout=5000)
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage() == (
        "The library could not be read: the database refused: permission denied for table clauses"
    )
    assert window.waiting_text("reading_library") == ""


# -- the Update… dialog -----------------------------------------------------------------------


def _publish_reply_time(window) -> None:
    """Someone else publishes new wording of the open policy's linked clause."""
    from policy_studio.storage.locate import open_store

    with open_store(window.session.workspace.location) as other:
        clause = other.clause("t-contact")
        clause.blocks[0].text["en"] = "Write to {{contact_email}}; we reply within a week."
        other.save_clause(clause, note="Reply time")


def test_the_update_dialog_reads_its_clauses_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Update… compares the section with the library's clause and the old version it links
    to: both are read on the worker. Until the answer the status bar says so, Update… is off
    with that reason and no dialog is open; the dialog opens when the server answers, and
    what it accepts is applied."""
    from policy_studio.ui.update_dialog import UpdateDialog

    window, _policies = team_window
    _publish_reply_time(window)
    window.session.library_did_change.emit()  # what the session does when it sees it
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)
    section = window.session.policy.sections[0]
    window.outline.select(section.id)
    action = window.outline.update_action
    assert action.isEnabled()
    opened: list[str] = []

    def answer(dialog) -> None:
        assert isinstance(dialog, UpdateDialog)
        opened.append(dialog.windowTitle())
        dialog.accept()

    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        _on_modal(answer)
        start = time.monotonic()
        action.trigger()
        assert time.monotonic() - start < HELD  # the read went to the worker
        reading = "Reading “t-contact” from the library for the update…"
        assert window.waiting_text("reading_update") == reading
        assert not action.isEnabled() and action.toolTip() == reading
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert not opened  # no dialog before the clauses are in
        assert section.clause.version == 1
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert window.waiting_text("reading_update") == ""
    assert section.clause.version == 2
    assert section.blocks[0].get("en") == "Write to {{contact_email}}; we reply within a week."
    assert window.undo_action.text().startswith("Undo Update “Reaching the team”")


def test_an_update_answer_for_a_policy_no_longer_open_is_dropped(qtbot, pg_cluster, team_window):
    """Another policy opened while the clauses were read: no dialog for a section not shown."""
    window, policies = team_window
    _publish_reply_time(window)
    window.session.library_did_change.emit()
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)
    section = window.session.policy.sections[0]
    opened: list[object] = []
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        window.update_section(section.id)
        assert window.reading_update
        window.open_policy(policies[1].id)  # the person moves on
    qtbot.waitUntil(lambda: not window.reading_update, timeout=15000)
    qtbot.waitUntil(lambda: window.session.policy is not None, timeout=15000)
    QTimer.singleShot(0, lambda: opened.append(QApplication.activeModalWidget()))
    qtbot.wait(300)
    assert opened == [None]  # no Update… dialog
    assert window.session.policy.id == policies[1].id
    assert window.waiting_text("reading_update") == ""
    assert section.clause.version == 1


# -- Insert of a clause the library panel has not read ------------------------------------------


def _keys(window) -> list[str]:
    return [s.clause.key for s in window.session.policy.sections if s.clause is not None]


def test_inserting_a_clause_from_coverage_reads_it_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Coverage asks for a clause the library panel has not read: it is read on the worker.
    Until the answer the status bar says so and the policy is as it was; the clause goes
    after the section selected when it was asked, once the server answers."""
    window, _policies = team_window
    assert window.library_panel.loaded_clause("t-young") is None
    first = window.session.policy.sections[0]
    window.outline.select(first.id)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.coverage.insert_requested.emit("t-young")
        assert time.monotonic() - start < HELD  # the read went to the worker
        reading = "Reading “t-young” from the library to insert it…"
        assert window.waiting_text("reading_insert") == reading
        assert _keys(window) == ["t-contact"]
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _keys(window) == ["t-contact"] and window.reading_insert
    qtbot.waitUntil(lambda: not window.reading_insert, timeout=15000)
    assert window.waiting_text("reading_insert") == ""
    assert _keys(window) == ["t-contact", "t-young"]
    assert window.outline.view.currentIndex().row() == 1
    assert window.outline.model.index(1).data().startswith("2. Young users")
    assert window.undo_action.text() == "Undo Insert “Young users”"


def test_a_clause_to_insert_that_cannot_be_read_is_said(qtbot, window, monkeypatch):
    assert window.library_panel.loaded_clause("t-nothing") is None
    window.insert_clause("t-nothing")
    qtbot.waitUntil(lambda: not window.reading_insert, timeout=5000)
    assert window.statusBar().currentMessage() == (
        "“t-nothing” could not be read from the library: the library has no such clause"
    )

    def refused(_store, _key):
        raise PolicyStudioError("the database refused: permission denied for table clauses")

    monkeypatch.setattr(Workspace, "clause", refused)
    before = _keys(window)
    window.insert_clause("t-young")
    qtbot.waitUntil(lambda: not window.reading_insert, timeout=5000)
    assert window.statusBar().currentMessage() == (
        "“t-young” could not be read from the library: the database refused: permission "
        "denied for table clauses"
    )
    assert _keys(window) == before


# -- the person's roles at binding --------------------------------------------------------------


def test_the_roles_are_read_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, clauses, variables, tmp_path
):
    """A window bound to a team workspace asks the server who the person is on the worker.
    Until the answer the status bar says "Reading your role…" and nothing that needs a role
    is enabled (that is the reason its tooltip gives); the author's rights arrive when the
    server answers."""
    import os

    from PySide6.QtCore import QSettings

    from policy_studio.app.session import Session
    from policy_studio.app.settings import AppSettings
    from policy_studio.library.compose import policy_from_clauses
    from policy_studio.storage.locate import create_store, open_store
    from policy_studio.storage.team import add_person, setup_team
    from policy_studio.ui.main_window import MainWindow

    uri = pg_cluster.new_database()
    owner = create_store(uri)
    for clause in clauses:
        owner.save_clause(clause)
    policy = policy_from_clauses("Team notice", [(clauses[0], None)], target_languages=["ar"])
    owner.save_policy(policy)
    owner.close()
    setup_team(uri)
    name = f"frozen_author{os.getpid()}"
    add_person(uri, name, "author")
    workspace = open_store(uri.replace("postgresql://postgres@", f"postgresql://{name}@"))
    session = Session(workspace, watch_ms=0)
    session.policy = workspace.policy(policy.id)
    qtbot.waitUntil(lambda: session._writer is not None, timeout=5000)  # the worker connected
    settings = AppSettings(QSettings(str(tmp_path / "rehema.ini"), QSettings.IniFormat))
    settings.set_user_name("Rehema")
    needs_a_role = ()
    try:
        with pg_cluster.frozen(longest=6.0):
            start = time.monotonic()
            window = MainWindow(session, settings, variables)
            assert time.monotonic() - start < HELD  # the roles went to the worker
            qtbot.addWidget(window)
            window.show()
            assert window.reading_role
            assert window.role_label.isVisible()
            assert window.role_label.text() == "Reading your role…"
            needs_a_role = (window.new_policy_action, window.new_clause_action)
            for action in needs_a_role:
                assert not action.isEnabled() and action.toolTip() == "Reading your role…"
            assert window.editor.text.isReadOnly()
            assert not window.variables_panel.isEnabled()
            assert kept_ticking(ticks_while(qtbot, 1500))
            assert window.reading_role and "not known" not in window.role_label.text()
        qtbot.waitUntil(lambda: not window.reading_role, timeout=15000)
        assert window.role_label.text() == f"Signed in as {name} (author)"
        for action in needs_a_role:
            assert action.isEnabled() and action.toolTip() != "Reading your role…"
        assert not window.editor.text.isReadOnly()
        assert window.variables_panel.isEnabled()
        assert not window.permissions.approve  # an author
        window.close()
    finally:
        workspace.close()


# -- the Coverage panel -------------------------------------------------------------------------


def _coverage_of(panel, article_prefix: str) -> str:
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(0).startswith(article_prefix):
                return top.child(j).text(1)
    raise AssertionError(f"no row {article_prefix!r}")


def test_coverage_takes_the_library_catalog_read_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Coverage counts a linked section by its clause's tags: it takes them from the catalog
    the window reads on the worker, so showing it and editing the policy while the server is
    frozen read nothing. A clause tagged elsewhere meanwhile counts once the catalog is read
    again, when the server answers."""
    from policy_studio.ops.policy_edits import set_regulations
    from policy_studio.ops.sections import rename_section
    from policy_studio.storage.locate import open_store

    window, _policies = team_window
    policy = window.session.policy
    window.apply_edit(set_regulations(policy, ["kenya-dpa"], None))
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)
    assert window.session.flush()
    _merged(qtbot, window)
    with open_store(window.session.workspace.location) as other:  # someone tags a clause
        clause = other.clause("t-contact")
        clause.tags = [*clause.tags, "retention"]
        other.save_clause(clause, note="Says how long too")
    panel = window.coverage
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.show_coverage()
        window.apply_edit(rename_section(policy, policy.sections[0].id, "en", "Contact us"))
        window.session.library_did_change.emit()  # what the session does when it sees the tag
        assert time.monotonic() - start < HELD  # nothing read on the window's thread
        assert panel.isVisible()
        assert _coverage_of(panel, "s. 39") == "missing"  # the catalog as last read
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _coverage_of(panel, "s. 39") == "missing"
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=15000)
    assert _coverage_of(panel, "s. 39") == "covered"  # t-contact carries "retention" now


# -- undo and redo of a clause edit -------------------------------------------------------------


def _edit_clause(qtbot, window, key: str, text: str) -> None:
    from tests.ui.clause_dialogs import on_modal, written

    def fill(dialog) -> None:
        dialog.bodies["en"].setPlainText(text)
        dialog._accept()

    on_modal(fill)
    written(qtbot, window, lambda: window.edit_clause(key))


def test_undoing_a_clause_edit_writes_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Undo of a clause edit is shown at once; the old wording is written on the worker.
    Meanwhile the status bar says the clause is being saved and Undo, Redo and the clause
    actions are off with that reason; the library has the old wording once it answers."""
    from policy_studio.storage.locate import open_store

    window, _policies = team_window
    location = window.session.workspace.location
    with open_store(location) as other:
        old = other.clause("t-contact").blocks[0].get("en")
    _edit_clause(qtbot, window, "t-contact", "Write to {{contact_email}}; we reply in a week.")
    assert window.undo_action.text() == "Undo Edit clause t-contact"
    _merged(qtbot, window)
    saving = "Saving the clause “t-contact”…"
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.undo_action.trigger()
        assert time.monotonic() - start < HELD  # the write went to the worker
        assert window.undo.index() == 0  # shown undone at once
        assert window.redo_action.text() == "Redo Edit clause t-contact"
        assert window.clause_label.isVisible() and window.clause_label.text() == saving
        for action in (window.undo_action, window.redo_action, window.edit_clause_action):
            assert not action.isEnabled() and action.toolTip() == saving
        assert window.modes.isEnabled()  # the policy is not held
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert window.saving_clause
    with qtbot.waitSignal(window.clause_write_did_end, timeout=15000) as ended:
        pass
    assert ended.args == [""]
    assert not window.clause_label.isVisible()
    assert window.redo_action.isEnabled() and window.redo_action.toolTip() != saving
    with open_store(location) as other:
        clause = other.clause("t-contact")
    assert clause.blocks[0].get("en") == old and clause.version == 3


def test_an_undo_that_cannot_be_written_is_said_and_the_step_stays(qtbot, window, monkeypatch):
    """The library refuses the undo's write: the status bar says so, and the step is not
    shown undone while the library still has the edit; undone again once it can be."""
    workspace = window.session.workspace
    _edit_clause(qtbot, window, "t-keeping", "Records stay for {{retention_period}} at most.")
    assert workspace.clause("t-keeping").version == 2
    real = Workspace.save_clause

    def refused(self, clause, note=""):
        raise PolicyStudioError("the database refused: permission denied for table clauses")

    monkeypatch.setattr(Workspace, "save_clause", refused)
    with qtbot.waitSignal(window.clause_write_did_end, timeout=5000) as ended:
        window.undo_action.trigger()
    why = (
        "The clause “t-keeping” was not saved: the database refused: permission denied for "
        "table clauses"
    )
    assert ended.args == [why]
    assert window.statusBar().currentMessage() == why
    assert window.undo.index() == 1  # the library still has the edit: not shown undone
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo Edit clause t-keeping"
    assert not window.redo_action.isEnabled()
    monkeypatch.setattr(Workspace, "save_clause", real)
    assert workspace.clause("t-keeping").version == 2
    with qtbot.waitSignal(window.clause_write_did_end, timeout=5000) as ended:
        window.undo_action.trigger()
    assert ended.args == [""]
    assert workspace.clause("t-keeping").version == 3
    assert workspace.clause("t-keeping").blocks[0].get("en") != (
        "Records stay for {{retention_period}} at most."
    )
    assert window.redo_action.text() == "Redo Edit clause t-keeping"


# -- all of the above, swept ---------------------------------------------------------------------


def test_these_actions_send_no_query_from_the_windows_thread(qtbot, team_window, monkeypatch):
    """The questionnaire, Coverage with a law chosen, a gap filled from Coverage, a clause edit
    undone and redone, and Update…: every query the window's own connection sends meanwhile
    comes from the worker's thread (test_window_thread_queries.py records them)."""
    from policy_studio.ops.policy_edits import set_regulations
    from policy_studio.ui.update_dialog import UpdateDialog
    from tests.ui.clause_dialogs import written
    from tests.ui.test_window_thread_queries import window_thread_queries

    window, _policies = team_window
    with window_thread_queries(monkeypatch) as queries:
        queries.step = "the questionnaire"
        opened: list[str] = []
        _on_modal(lambda wizard: (opened.append("wizard"), wizard.reject()))
        window.questionnaire_action.trigger()
        qtbot.waitUntil(lambda: opened == ["wizard"], timeout=10000)

        queries.step = "Coverage with a law chosen"
        window.apply_edit(set_regulations(window.session.policy, ["kenya-dpa"], None))
        window.show_coverage()
        qtbot.waitUntil(lambda: not window.reading_marks, timeout=10000)
        assert _coverage_of(window.coverage, "s. 33") == "missing"  # nothing on children yet

        queries.step = "a gap filled from Coverage"
        window.coverage.insert_requested.emit("t-young")
        qtbot.waitUntil(lambda: not window.reading_insert, timeout=10000)
        assert _keys(window) == ["t-contact", "t-young"]
        qtbot.waitUntil(lambda: _coverage_of(window.coverage, "s. 33") == "covered")

        queries.step = "a clause edit, undone and redone"
        _edit_clause(qtbot, window, "t-contact", "Write to {{contact_email}} at any time.")
        written(qtbot, window, window.undo_action.trigger)
        written(qtbot, window, window.redo_action.trigger)
        assert window.undo_action.text() == "Undo Edit clause t-contact"

        queries.step = "Update…"
        window.session.library_did_change.emit()
        qtbot.waitUntil(lambda: not window.reading_marks, timeout=10000)

        def accept(dialog) -> None:
            assert isinstance(dialog, UpdateDialog)
            opened.append("update")
            dialog.accept()

        _on_modal(accept)
        window.update_section(window.session.policy.sections[0].id)
        qtbot.waitUntil(lambda: "update" in opened, timeout=10000)
        assert window.session.policy.sections[0].clause.version == 4

        queries.step = "merging what others saved"
        window.session.check_outside_changes()
        qtbot.wait(300)
    assert queries.sent == []


# -- the laws chosen, recorded as seen ----------------------------------------------------------


def test_the_laws_chosen_in_coverage_are_recorded_on_the_worker_while_the_server_is_frozen(
    qtbot, pg_cluster, team_window
):
    """Coverage's Regulations… records the laws chosen as seen (the baseline of "law
    changed") on the worker: the choice and the requirements show at once, the window ticks,
    and the laws are recorded when the server answers."""
    from PySide6.QtWidgets import QCheckBox

    from policy_studio.library.law_changes import accepted
    from policy_studio.storage.locate import open_store

    window, _policies = team_window
    location = window.session.workspace.location
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)

    def choose(dialog) -> None:
        dialog.findChild(QCheckBox, "law_kenya-dpa").setChecked(True)
        dialog.accept()

    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        _on_modal(choose)
        start = time.monotonic()
        window.show_coverage()  # no law chosen yet: it asks which
        assert time.monotonic() - start < HELD  # the write went to the worker
        assert window.session.policy.regulations == ["kenya-dpa"]
        assert _coverage_of(window.coverage, "s. 33") == "missing"
        assert kept_ticking(ticks_while(qtbot, 1500))

    def recorded() -> bool:
        with open_store(location) as other:
            return "kenya-dpa" in accepted(other)

    qtbot.waitUntil(recorded, timeout=15000)


def test_laws_that_cannot_be_recorded_are_said_and_the_choice_stays(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QCheckBox

    from policy_studio.ui import coverage_panel

    def refused(_store, _regulations):
        raise PolicyStudioError("the database refused: permission denied for table settings")

    monkeypatch.setattr(coverage_panel, "accept_missing", refused)

    def choose(dialog) -> None:
        dialog.findChild(QCheckBox, "law_kenya-dpa").setChecked(True)
        dialog.accept()

    _on_modal(choose)
    window.show_coverage()
    qtbot.waitUntil(lambda: "could not be recorded" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "The laws chosen could not be recorded as seen (a later change to them would not be "
        "marked): the database refused: permission denied for table settings"
    )
    assert window.session.policy.regulations == ["kenya-dpa"]


def test_save_a_copy_while_the_server_is_frozen_keeps_the_policy_and_says_what_it_lacks(
    qtbot, pg_cluster, team_window, tmp_path, monkeypatch
):
    """File > Save a copy as… is the way out when the server does not answer: it waits for
    the library's clauses at most COPY_WAIT_MS, writes the policy with its unsaved edits, and
    the status bar says the clauses are not in the copy."""
    from PySide6.QtWidgets import QFileDialog

    from policy_studio.app.session import COPY_WAIT_MS

    window, policies = team_window
    path = tmp_path / "rescued.pstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=8.0):
        window.variables_panel.set_value("contact_email", "en", "desk@example.org")
        start = time.monotonic()
        assert window.save_copy_as()
        # Bounded by the wait for the clauses, plus the local copy written here (a new
        # workspace file: its schema and fsync, up to ~1.3 s on a loaded machine); the read
        # on the window's thread took until the watchdog's thaw (8.0 s).
        assert time.monotonic() - start < COPY_WAIT_MS / 1000 + 2.5
        assert window.statusBar().currentMessage() == (
            f"Saved a copy of the policy as {path}; its library clauses could not be read "
            "(the database did not answer)"
        )
    with Workspace.open(path) as rescued:
        policy = rescued.policy(policies[0].id)
        assert policy.variables["contact_email"] == {"en": "desk@example.org"}
