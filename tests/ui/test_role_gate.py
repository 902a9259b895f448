"""The window greys out what the connected person's team role may not do, with a tooltip
saying why (issue 17 item 4); the server still refuses it (tests/storage/test_team_roles.py).
Each person logs in as their own PostgreSQL user on the throw-away cluster."""

from __future__ import annotations

import itertools
import os

import pytest
from PySide6.QtCore import QSettings, Qt

from policy_studio.app.session import Session
from policy_studio.app.settings import AppSettings
from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage.locate import create_store, open_store
from policy_studio.storage.team import add_person, setup_team

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
_names = itertools.count(1)


@pytest.fixture
def team_window(qtbot, pg_cluster, clauses, variables, tmp_path):
    """Open the app window as one person of a team workspace (an en+ar policy, one version)."""
    from policy_studio.ui.main_window import MainWindow

    uri = pg_cluster.new_database()
    owner = create_store(uri)
    for clause in clauses:
        owner.save_clause(clause)
    policy = policy_from_clauses(
        "Team notice", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    owner.save_policy(policy)
    owner.save_version(policy, "draft 1")
    owner.close()
    setup_team(uri)
    opened = []

    def open_as(role: str, langs: tuple[str, ...] = ()) -> MainWindow:
        # Logins are cluster-wide: a prefix of its own, never another test module's person.
        name = f"gate_{role}{os.getpid()}_{next(_names)}"
        add_person(uri, name, role, langs=langs)
        workspace = open_store(uri.replace("postgresql://postgres@", f"postgresql://{name}@"))
        session = Session(workspace, watch_ms=0)
        session.policy = workspace.policy(policy.id)
        settings = AppSettings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.IniFormat))
        window = MainWindow(session, settings, variables)
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        # The roles are read on the database worker; until then nothing needing one is allowed.
        qtbot.waitUntil(lambda: not window.reading_role, timeout=5000)
        return window

    yield open_as, policy
    for window in opened:
        window.close()
        window.session.workspace.close()


def _approve_button(qtbot, window):
    window.docks["history"].show()
    panel = window.history.panel
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.reading, timeout=5000)  # read on the database worker
    panel.select_number(1)
    return panel.approve_button


def test_a_translator_may_translate_into_their_language_only(qtbot, team_window):
    open_as, policy = team_window
    window = open_as("translator", ("ar",))
    for action in (window.new_policy_action, window.outline.remove_action):
        assert not action.isEnabled()
        assert "translator into ar" in action.toolTip()
    assert window.outline.select(policy.sections[1].id)  # the outline enables its actions…
    assert not window.outline.remove_action.isEnabled()  # …the role keeps them grey
    assert not window.variables_panel.isEnabled()
    assert not window.library_panel.insert_button.isEnabled()
    assert window.role_label.text().endswith("(translator into ar)")
    assert window.editor.text.isReadOnly()  # source text and structure: not in the Write view
    assert "Translate view" in window.editor.text.toolTip()
    button = _approve_button(qtbot, window)
    assert not button.isEnabled() and "may not approve" in button.toolTip()
    window.set_mode(1)
    window.translate_view.set_pair("en", "ar")
    model = window.translate_view.ensure_grid().model
    target = model.index(0, 1)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable  # Arabic: theirs
    from policy_studio.ui.properties_dialog import PropertiesDialog

    dialog = PropertiesDialog(window.session.policy, window, permissions=window.permissions)
    assert dialog.titles["ar"].isEnabled()  # the Arabic title: theirs (schema 8)
    assert not dialog.titles["en"].isEnabled()
    assert "translator into ar" in dialog.titles["en"].toolTip()
    assert not dialog.version_label.isEnabled()


def test_a_translator_into_french_cannot_edit_the_arabic_column(qtbot, team_window):
    open_as, _policy = team_window
    window = open_as("translator", ("fr",))
    window.set_mode(1)
    window.translate_view.set_pair("en", "ar")
    model = window.translate_view.ensure_grid().model
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_an_approver_may_approve_but_not_edit(qtbot, team_window):
    open_as, _policy = team_window
    window = open_as("approver")
    assert _approve_button(qtbot, window).isEnabled()
    assert not window.new_policy_action.isEnabled()
    assert "approver" in window.new_policy_action.toolTip()
    assert window.editor.text.isReadOnly()
    window.set_mode(1)
    window.translate_view.set_pair("en", "ar")
    model = window.translate_view.ensure_grid().model
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def _edit_clause_offered(window) -> bool:
    """Both doors to "Edit clause…" (the library's button, Library > Edit selected clause…)
    after a clause is selected in the library panel; they must agree."""
    import time

    from PySide6.QtWidgets import QApplication

    panel = window.library_panel
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (panel.searching or not panel.results.count()):
        QApplication.processEvents()  # the library is read on the database worker
    panel.results.setCurrentRow(0)
    while time.monotonic() < deadline and panel.searching:
        QApplication.processEvents()
    assert panel.current_key() is not None and panel.current_clause() is not None
    assert panel.edit_button.isEnabled() == window.edit_clause_action.isEnabled()
    return panel.edit_button.isEnabled()


def test_edit_clause_is_offered_only_to_roles_that_may_change_the_library(qtbot, team_window):
    """An approver may change nothing of the library: "Edit clause…" is greyed out (a
    selection in the library does not enable it again) and says why; a translator may edit
    a clause's wording in their language (the server allows it), an author everything."""
    open_as, _policy = team_window
    approver = open_as("approver")
    assert not _edit_clause_offered(approver)
    for target in (approver.library_panel.edit_button, approver.edit_clause_action):
        assert "(approver) may not change the library" in target.toolTip()
    assert _edit_clause_offered(open_as("translator", ("ar",)))
    author = open_as("author")
    assert _edit_clause_offered(author)
    assert "may not" not in author.library_panel.edit_button.toolTip()


def test_an_author_may_edit_everything_but_not_approve(qtbot, team_window):
    open_as, policy = team_window
    window = open_as("author")
    assert window.new_policy_action.isEnabled()
    assert window.outline.select(policy.sections[1].id)
    assert window.outline.remove_action.isEnabled()
    assert not window.editor.text.isReadOnly()
    button = _approve_button(qtbot, window)
    assert not button.isEnabled() and "author" in button.toolTip()


def test_the_single_user_file_greys_out_nothing(qtbot, window):
    assert window.new_policy_action.isEnabled()
    assert not window.editor.text.isReadOnly()
    assert window.permissions.approve and window.permissions.languages is None


def test_roles_that_cannot_be_read_allow_nothing_that_needs_a_role_and_say_why(
    qtbot, workspace, clauses, settings, variables, monkeypatch
):
    """The server did not answer when the window asked who this is: the window allows nothing
    that needs a role (it used to allow everything), says why, and asks again on the database
    worker until the server answers."""
    from policy_studio.storage import StorageError
    from policy_studio.ui import main_window

    monkeypatch.setattr(main_window, "ROLES_RETRY_MS", 100)
    policy = policy_from_clauses("Notice", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)

    def unanswered():
        raise StorageError("the database server cannot be reached (timeout expired)")

    monkeypatch.setattr(workspace, "permissions", unanswered)
    session = Session(workspace, watch_ms=0)
    session.policy = workspace.policy(policy.id)
    window = main_window.MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    for action in (window.new_policy_action, window.outline.remove_action):
        assert not action.isEnabled()
        assert "could not be read from the server" in action.toolTip()
        assert "cannot be reached" in action.toolTip()
    assert not window.variables_panel.isEnabled()
    assert window.editor.text.isReadOnly()
    # (Checked at once: the roles come back within ~0.1 s here. A selection cannot enable it
    # meanwhile: the approver's test shows that.)
    for target in (window.library_panel.edit_button, window.edit_clause_action):
        assert not target.isEnabled() and "could not be read" in target.toolTip()
    assert window.role_label.isVisible() and "not known" in window.role_label.text()
    assert not window.permissions.approve
    # the worker's connection reads the roles again (here: the single-user file's everything)
    qtbot.waitUntil(lambda: window.new_policy_action.isEnabled(), timeout=3000)
    assert not window.editor.text.isReadOnly()
    assert window.library_panel.edit_button.isEnabled() and window.edit_clause_action.isEnabled()
    assert window.variables_panel.isEnabled()
    assert not window.role_label.isVisible()
    window.close()


def test_the_server_refuses_an_author_s_approval_and_the_panel_says_so(qtbot, team_window):
    """The gate greys "Mark approved" out for an author; should an approval reach the server
    anyway (a role changed since it was read), the server refuses it and the panel says so in
    one sentence: the version is not shown as approved."""
    open_as, policy = team_window
    window = open_as("author")
    window.settings.set_user_name("Rehema")  # no name prompt in the test
    _approve_button(qtbot, window)
    panel = window.history.panel
    panel.confirm_approval = lambda version, blockers: True
    panel.toggle_approved()  # what the held button would have done
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    shown = panel.status_label.text()
    assert panel.status_label.isVisible()
    assert shown.startswith("The version could not be approved: ")
    assert "the database refused: permission denied" in shown  # the server's own words
    assert "\n" not in shown
    assert panel.tree.topLevelItem(0).text(4) == ""  # not "approved"
    assert not window.session.workspace.version(policy.id, 1).approved
