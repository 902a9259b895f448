"""Library clause edits in the real window are undo steps: create, edit, status, save section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from policy_studio.model import ClauseStatus
from policy_studio.ui.clause_dialog import ClauseDialog
from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache
from policy_studio.ui.models.outline_model import ROLE_LINKED
from tests.ui.clause_dialogs import on_modal, written

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def settle(window) -> None:
    """The library panel reads on the database worker: wait for its answer (at most 5 s)."""
    import time

    def busy() -> bool:  # the window reads the catalog first, then the panel lists it again
        return window.reading_marks or window.library_panel.searching

    deadline = time.monotonic() + 5
    while busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not busy(), "the library panel got no answer in 5 s"


def panel_keys(window) -> list[str]:
    settle(window)
    results = window.library_panel.results
    return [results.item(i).data(Qt.UserRole) for i in range(results.count())]


def panel_tooltip(window, key: str) -> str:
    settle(window)
    results = window.library_panel.results
    for i in range(results.count()):
        if results.item(i).data(Qt.UserRole) == key:
            return results.item(i).toolTip()
    raise AssertionError(f"{key} not in the library panel")


def test_creating_a_clause_is_undone_and_redone(qtbot, window):
    def fill(dialog: ClauseDialog) -> None:
        dialog.key.setText("t-sharing")
        dialog.titles["en"].setText("Who sees your data")
        dialog.titles["ar"].setText("من يرى بياناتك")
        dialog.bodies["en"].setPlainText("Only our own staff read it.")
        dialog.bodies["ar"].setPlainText("لا يقرؤها إلا موظفونا.")
        dialog._accept()

    on_modal(fill)
    written(qtbot, window, lambda: window.new_clause())
    workspace = window.session.workspace
    assert workspace.clause("t-sharing") is not None
    assert "t-sharing" in panel_keys(window)
    assert window.undo_action.text() == "Undo Create clause t-sharing"

    written(qtbot, window, window.undo_action.trigger)  # written on the database worker
    assert workspace.clause("t-sharing") is None
    assert "t-sharing" not in panel_keys(window)
    qtbot.waitUntil(lambda: not window.reading_marks, timeout=5000)  # the catalog, re-read
    assert "t-sharing" not in window.library_catalog
    assert window.redo_action.text() == "Redo Create clause t-sharing"

    written(qtbot, window, window.redo_action.trigger)
    clause = workspace.clause("t-sharing")
    assert clause is not None and clause.blocks[0].get("ar") == "لا يقرؤها إلا موظفونا."
    assert "t-sharing" in panel_keys(window)
    # The policy was not touched, so nothing waits to be saved.
    assert not window.session.dirty


def test_editing_a_clause_is_undone_by_saving_the_old_wording_again(qtbot, window):
    workspace = window.session.workspace
    old_text = workspace.clause("t-keeping").blocks[0].get("en")

    def fill(dialog: ClauseDialog) -> None:
        dialog.bodies["en"].setPlainText(
            "Records stay with us for {{retention_period}} at most.\n- Invoices are archived."
        )
        dialog._accept()

    on_modal(fill)
    written(qtbot, window, lambda: window.edit_clause("t-keeping"))
    assert workspace.clause("t-keeping").version == 2
    assert window.undo_action.text() == "Undo Edit clause t-keeping"
    settle(window)  # the outline's marks are read on the database worker
    assert "update available" in window.outline.model.index(1).data()

    written(qtbot, window, window.undo_action.trigger)  # written on the database worker
    restored = workspace.clause("t-keeping")
    assert restored.blocks[0].get("en") == old_text
    # The history is honest: the old wording comes back as a new version.
    assert restored.version == 3
    assert [r.version for r in workspace.clause_history("t-keeping")] == [1, 2, 3]
    assert "v3" in panel_tooltip(window, "t-keeping")

    written(qtbot, window, window.redo_action.trigger)
    assert workspace.clause("t-keeping").blocks[0].get("en").endswith("at most.")
    assert "v4" in panel_tooltip(window, "t-keeping")


def test_deprecating_a_clause_is_named_and_undone_in_place(qtbot, window):
    workspace = window.session.workspace

    def deprecate(dialog: ClauseDialog) -> None:
        dialog.status.setCurrentIndex(list(ClauseStatus).index(ClauseStatus.DEPRECATED))
        dialog._accept()

    on_modal(deprecate)
    written(qtbot, window, lambda: window.edit_clause("t-contact"))
    assert workspace.clause("t-contact").status is ClauseStatus.DEPRECATED
    assert "deprecated" in panel_tooltip(window, "t-contact")
    assert "update available" not in window.outline.model.index(0).data()
    assert window.undo_action.text() == "Undo Deprecate clause t-contact"
    assert window.statusBar().currentMessage() == "Deprecate clause t-contact"

    written(qtbot, window, window.undo_action.trigger)  # written on the database worker
    clause = workspace.clause("t-contact")
    # A status change keeps the version, and so does taking it back: no false "update".
    assert clause.status is ClauseStatus.APPROVED and clause.version == 1
    assert "approved" in panel_tooltip(window, "t-contact")
    assert "update available" not in window.outline.model.index(0).data()

    written(qtbot, window, window.redo_action.trigger)
    assert workspace.clause("t-contact").status is ClauseStatus.DEPRECATED
    assert "deprecated" in panel_tooltip(window, "t-contact")


def test_approving_a_draft_clause_is_named_for_it(qtbot, window):
    def approve(dialog: ClauseDialog) -> None:
        dialog.status.setCurrentIndex(list(ClauseStatus).index(ClauseStatus.APPROVED))
        dialog._accept()

    on_modal(approve)
    written(qtbot, window, lambda: window.edit_clause("t-young"))
    assert window.undo_action.text() == "Undo Approve clause t-young"
    written(qtbot, window, window.undo_action.trigger)  # written on the database worker
    assert window.session.workspace.clause("t-young").status is ClauseStatus.DRAFT


def test_saving_a_clause_unchanged_adds_no_undo_step(qtbot, window):
    on_modal(lambda dialog: dialog._accept())
    written(qtbot, window, lambda: window.edit_clause("t-keeping"))
    assert not window.undo.canUndo()
    assert window.session.workspace.clause("t-keeping").version == 1


def test_save_section_to_library_is_one_step_with_its_link(qtbot, window, monkeypatch):
    workspace = window.session.workspace
    section = window.session.policy.sections[0]
    window.outline.select(section.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("our-reach", True))
    on_modal(lambda dialog: dialog._accept())
    written(qtbot, window, lambda: window.save_section_to_library())
    assert section.clause.key == "our-reach"
    assert window.undo_action.text() == "Undo Save section to library"

    written(qtbot, window, window.undo_action.trigger)  # written on the database worker
    assert workspace.clause("our-reach") is None
    assert "our-reach" not in panel_keys(window)
    assert section.clause.key == "t-contact"  # linked back to the clause it came from
    assert window.outline.model.index(0).data(ROLE_LINKED) is True

    written(qtbot, window, window.redo_action.trigger)
    assert workspace.clause("our-reach") is not None
    assert section.clause.key == "our-reach"
    assert "our-reach" in panel_keys(window)


@pytest.fixture
def arabic_interface(qapp, tmp_path):
    # Compiled by the lrelease of the PySide6 wheel, as the app compiles it: no skip when the
    # wheel's console script is not on PATH (a venv used without activating it).
    qm = _compile_in_cache((TRANSLATIONS / "policy_studio_ar.ts").read_bytes(), "ar")
    assert qm is not None, "the Arabic interface could not be compiled"
    installed = InterfaceLanguage(qapp, "ar", qm)
    yield installed
    installed.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_undo_menu_names_a_library_edit_in_arabic(qtbot, arabic_interface, request):
    window = request.getfixturevalue("window")

    def deprecate(dialog: ClauseDialog) -> None:
        dialog.status.setCurrentIndex(list(ClauseStatus).index(ClauseStatus.DEPRECATED))
        dialog._accept()

    on_modal(deprecate)
    written(qtbot, window, lambda: window.edit_clause("t-contact"))
    # The clause key stays as typed (Latin) inside the Arabic label.
    assert window.undo_action.text().endswith("إهمال البند t-contact")
