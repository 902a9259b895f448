"""The Translate view never holds the window (issue 17): what its grid reads (the glossary, the
findings dismissed in the policy, the translation memory) and writes (a dismissal, the
glossary's terms) goes to the database worker. The server's processes are SIGSTOPped (to the
client a dead network); the window's 20 ms timer keeps ticking, the grid shows its rows at once
and says what it waits for, and the answer appears when the server answers. With the call on
the window's thread it blocks until the watchdog thaws the server (~6 s): these tests fail."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from policy_studio.checks.translation import check_policy
from policy_studio.ops import translation
from policy_studio.storage.locate import open_store
from policy_studio.ui.glossary_dialog import GlossaryDialog
from policy_studio.ui.translator_dialogs import PretranslationReportDialog
from tests.event_loop import HELD, kept_ticking, ticks_while
from tests.ui import test_window_frozen_server as frozen

team_window = frozen.team_window
"""A window on a team workspace with three policies (the fixture of the frozen-server tests)."""
_merged = frozen._merged

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARABIC = "نص عربي"
"""A translation too short, without the source's variables and bold, and not the library
clause's: five findings, one of them dismissed."""


def _translated(qtbot, window) -> tuple[str, list[str]]:
    """The Staff notice's sentence translated in the window (saved): its block id and the
    keys of its findings."""
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", ARABIC))
    assert window.session.flush()
    keys = [f.key for f in check_policy(policy, "ar") if f.block_id == block.id]
    assert len(keys) == 4
    return block.id, keys


def _finding_rows(grid) -> list[str]:
    """The findings list as the translator reads it (the visible column)."""
    tree = grid.findings_panel.tree
    return [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]


def _source_tooltip(grid, row: int) -> str:
    index = grid.model.index(row, 0)
    return grid.model.data(index, Qt.ItemDataRole.ToolTipRole) or ""


def test_the_grid_reads_the_glossary_and_the_dismissed_findings_on_the_worker(
    qtbot, pg_cluster, team_window
):
    """Building the grid asks the workspace for the glossary and the findings dismissed in
    the policy on the worker: the rows are there at once; no finding is listed (one could
    be dismissed) and the grid says it reads the glossary, until the server answers."""
    window, _policies = team_window
    block_id, keys = _translated(qtbot, window)
    dismissed = next(k for k in keys if k.startswith("length:"))
    with open_store(window.session.workspace.location) as other:
        other.dismiss_finding(window.session.policy.id, dismissed, author="Hassan")
        other.add_glossary_term("en", "ar", "team", "الفريق")
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.set_mode(1)
        assert time.monotonic() - start < HELD  # the reads went to the worker
        grid = window.translate_view.grid
        qtbot.wait(100)  # the view lays the new grid out
        assert grid is not None and grid.isVisible()
        # The rows at once, with the translation as it is.
        assert grid.model.rowCount() == 2
        assert grid.model.data(grid.model.index(1, 1)) == ARABIC
        assert grid.reading.isVisible() and grid.reading.text() == "Reading the glossary…"
        panel = grid.findings_panel
        assert panel.summary.text() == "Reading the dismissed findings…"
        assert _finding_rows(grid) == []  # no finding shown that someone may have dismissed
        assert "⚠" not in grid.model.data(grid.model.index(1, 2))
        assert "team" not in _source_tooltip(grid, 0)  # no glossary hit claimed either way
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _finding_rows(grid) == [] and grid.reading.isVisible()
    qtbot.waitUntil(lambda: not grid.model.checking(), timeout=15000)
    rows = "\n".join(_finding_rows(grid))
    assert "{{contact_email}}" in rows and "bold" in rows
    assert "clause t-contact translates the same source" in rows  # the library's
    assert "as long as the source" not in rows  # the dismissed one stays dismissed
    assert grid.findings_panel.summary.text() == "4 finding(s) · 2 error(s)"
    assert "⚠ 4" in grid.model.data(grid.model.index(1, 2))
    assert not grid.reading.isVisible()
    assert "team → الفريق" in _source_tooltip(grid, 0)  # the glossary's hit in the heading


def _suggestions(grid) -> list[str]:
    """The translation memory pane's lines."""
    shown = grid.suggestion_list
    return [shown.item(i).text().strip("\u200e\u200f") for i in range(shown.count())]


def test_the_translation_memory_is_read_on_the_worker(qtbot, pg_cluster, team_window):
    """The memory (every approved clause and every other policy) is read on the worker when
    the grid is built: the suggestions pane says "Reading the translation memory…" for the
    selected segment until the server answers, then shows the library's translation."""
    window, _policies = team_window
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", ""))  # to translate
    assert window.session.flush()
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.set_mode(1)
        grid = window.translate_view.grid
        grid.go_to_row(1)  # the sentence the library clause t-contact translates
        assert time.monotonic() - start < HELD  # nothing read on the window's thread
        qtbot.wait(100)
        assert grid.current_row() == 1
        assert _suggestions(grid) == ["Reading the translation memory…"]
        assert grid.suggestion_list.item(0).flags() == Qt.ItemFlag.NoItemFlags  # not a match
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert _suggestions(grid) == ["Reading the translation memory…"]
    qtbot.waitUntil(lambda: not grid.reading_workspace(), timeout=15000)
    shown = _suggestions(grid)
    assert len(shown) == 1 and shown[0].startswith("1. 100%  راسلنا على {{contact_email}}")
    assert shown[0].endswith("— clause t-contact")
    grid.insert_suggestion(1, 0)  # Ctrl+1
    assert grid.model.data(grid.model.index(1, 1)).startswith("راسلنا على {{contact_email}}")


def _held_memory(monkeypatch) -> threading.Event:
    """Hold the translation memory's read on the database worker until the event is set."""
    from policy_studio.library.memory import TranslationMemory

    release = threading.Event()
    read_stored = TranslationMemory.read_stored

    def held(*args, **kwargs):
        release.wait(10)  # on the database worker
        return read_stored(*args, **kwargs)

    monkeypatch.setattr(TranslationMemory, "read_stored", held)
    return release


def test_the_consistency_check_waits_for_the_translation_memory(qtbot, window, monkeypatch):
    """Until the memory is read, the findings list never claims a translation agrees with
    the library: it says the consistency check waits, and the library's finding comes with
    the memory. (The file workspace takes the same path; the memory's read is held here.)"""
    release = _held_memory(monkeypatch)
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    other = "اكتبوا إلى {{contact_email}} وسترد **{{organization}}** عليكم."
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", other))
    window.set_mode(1)
    grid = window.translate_view.grid
    try:
        qtbot.waitUntil(lambda: grid.model.checks_done()[0] == grid.model.checks_done()[1])
        qtbot.wait(100)
        panel = grid.findings_panel
        assert panel.note.isVisible()
        assert panel.note.text() == "The consistency check waits for the translation memory."
        assert not any("consistency" in row for row in _finding_rows(grid))
        assert grid.model.checking()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not grid.reading_workspace(), timeout=10000)
    qtbot.waitUntil(lambda: not grid.findings_panel.note.isVisible())
    rows = "\n".join(_finding_rows(grid))
    assert "consistency · 1.1" in rows and "clause t-contact translates the same source" in rows


def test_the_with_findings_filter_shows_a_row_whose_finding_came_with_the_memory(
    qtbot, window, monkeypatch
):
    """The "With findings" filter chosen while the memory is read: the row whose only finding is the
    library's (consistency) appears when the memory comes, not only when the filter is
    chosen again."""
    from policy_studio.ui.bilingual_grid import Filter

    release = _held_memory(monkeypatch)
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    other = "اكتبوا إلى {{contact_email}} وسترد **{{organization}}** عليكم."
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", other))
    window.set_mode(1)
    grid = window.translate_view.grid
    row = grid.model.row_of(block.id)
    try:
        qtbot.waitUntil(lambda: grid.model.dismissed_known)
        grid.apply_filter(Filter.FINDINGS)
        assert row not in grid.visible_rows()  # no finding known for it yet
    finally:
        release.set()
    qtbot.waitUntil(lambda: not grid.reading_workspace(), timeout=10000)
    assert grid.model.findings(row)  # the library's translation differs
    qtbot.waitUntil(lambda: row in grid.visible_rows(), timeout=5000)


def _checked(qtbot, grid) -> None:
    qtbot.waitUntil(
        lambda: not grid.reading_workspace() and not grid.model.checking(), timeout=15000
    )


def _select_finding(grid, text: str) -> None:
    tree = grid.findings_panel.tree
    for i in range(tree.topLevelItemCount()):
        if text in tree.topLevelItem(i).text(3):
            tree.setCurrentItem(tree.topLevelItem(i))
            return
    raise AssertionError(f"no finding with {text!r}")


def test_a_dismissal_is_written_on_the_worker(qtbot, pg_cluster, team_window):
    """ "Not an error" hides the finding at once; the dismissal and its activity line are
    written on the worker, when the server answers."""
    window, _policies = team_window
    _block_id, keys = _translated(qtbot, window)
    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    assert len(_finding_rows(grid)) == 5
    _merged(qtbot, window)
    location = window.session.workspace.location
    with pg_cluster.frozen(longest=6.0):
        _select_finding(grid, "variable {{organization}} is missing")
        grid.findings_panel.reason_edit.setText("the organisation is in the heading")
        start = time.monotonic()
        grid.findings_panel.dismiss_button.click()
        assert time.monotonic() - start < HELD  # written on the worker
        assert len(_finding_rows(grid)) == 4  # gone at once
        assert not any("{{organization}} is missing" in row for row in _finding_rows(grid))
        assert "⚠ 4" in grid.model.data(grid.model.index(1, 2))
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert len(_finding_rows(grid)) == 4
    policy_id = window.session.policy.id
    key = next(k for k in keys if k.endswith("-organization"))
    with open_store(location) as other:
        qtbot.waitUntil(lambda: key in other.dismissed_findings(policy_id), timeout=15000)
        # Its log line, written next in the same job (its own transaction).
        qtbot.waitUntil(
            lambda: bool(other.log_entries(policy_id, action_prefix="finding.")), timeout=5000
        )
        [line] = other.log_entries(policy_id, action_prefix="finding.")
    assert (line.actor, line.target) == ("Amina", _block_id)
    assert line.detail["reason"] == "the organisation is in the heading"
    assert line.detail["policy"] == "Staff notice"
    assert len(_finding_rows(grid)) == 4 and grid.notice.isHidden()


def _terms(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_glossary_dialog_reads_and_writes_on_the_worker(qtbot, pg_cluster, team_window):
    """The glossary dialog says "Reading the glossary…" until its terms are in; a term added
    shows at once and is written on the worker; the grid highlights it once it is stored."""
    window, _policies = team_window
    location = window.session.workspace.location
    with open_store(location) as other:
        other.add_glossary_term("en", "ar", "team", "الفريق")
    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        window.edit_glossary()
        dialog = grid.findChild(GlossaryDialog)
        assert time.monotonic() - start < HELD  # the terms are read on the worker
        qtbot.wait(100)
        assert dialog.isVisible() and dialog.message.text() == "Reading the glossary…"
        assert _terms(dialog) == []  # nothing it has not read
        assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
        dialog.term.setText("reply")  # typing goes on meanwhile
        dialog.translation.setText("الرد")
        QTest.keyClick(dialog.translation, Qt.Key.Key_Return)  # Enter adds nothing unread
        assert _terms(dialog) == [] and dialog.translation.text() == "الرد"
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert dialog.message.text() == "Reading the glossary…"
    qtbot.waitUntil(lambda: _terms(dialog) == [("team", "الفريق")], timeout=15000)
    assert dialog.message.text() == "" and dialog.add_button.isEnabled()
    assert (dialog.term.text(), dialog.translation.text()) == ("reply", "الرد")
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        dialog.add_button.click()
        assert time.monotonic() - start < HELD  # written on the worker
        assert _terms(dialog) == [("team", "الفريق"), ("reply", "الرد")]  # shown at once
        assert dialog.term.text() == "" and dialog.translation.text() == ""
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert "reply" not in _source_tooltip(grid, 1)  # not stored yet: not claimed
    with open_store(location) as other:
        qtbot.waitUntil(
            lambda: (
                ("reply", "الرد")
                in [(t.source_term, t.target_term) for t in other.glossary("en", "ar")]
            ),
            timeout=15000,
        )
    qtbot.waitUntil(lambda: "reply → الرد" in _source_tooltip(grid, 1), timeout=10000)
    assert "team → الفريق" in _source_tooltip(grid, 0)
    assert dialog.message.text() == ""
    dialog.close()


def test_a_dismissal_that_cannot_be_written_brings_the_finding_back(qtbot, window, monkeypatch):
    from policy_studio.storage import Workspace, WorkspaceError

    def refuse(self, *args, **kwargs):
        raise WorkspaceError(f"{self.path}: the disk is full")

    monkeypatch.setattr(Workspace, "dismiss_finding", refuse)
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", ARABIC))
    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    before = _finding_rows(grid)
    _select_finding(grid, "variable {{organization}} is missing")
    grid.findings_panel.reason_edit.setText("named in the heading")
    grid.findings_panel.dismiss_button.click()
    qtbot.waitUntil(lambda: _finding_rows(grid) == before, timeout=5000)  # back
    # The spell-checkers, loaded in the background, leave the sentence alone when they come
    # (they used to clear the line: 1 run in 3).
    qtbot.waitUntil(lambda: grid._pending_spellers is None, timeout=10000)
    said = grid.notice.text()  # one sentence, naming the workspace and the problem
    assert said.startswith("The finding was not marked “not an error”: ")
    assert said.endswith("test.pstudio: the disk is full. It is shown again.")
    assert grid.findings_panel.reason_edit.text() == "named in the heading"  # not lost


def test_a_glossary_term_that_cannot_be_added_is_given_back(qtbot, window, monkeypatch):
    from policy_studio.storage import Workspace, WorkspaceError

    def refuse(self, *args, **kwargs):
        raise WorkspaceError(f"{self.path}: the disk is full")

    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    dialog = grid.edit_glossary()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled())
    monkeypatch.setattr(Workspace, "add_glossary_term", refuse)
    dialog.term.setText("reply")
    dialog.translation.setText("الرد")
    dialog.note.setText("the verb")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=5000)
    assert dialog.message.text() == "“reply” → “الرد” was not added: the disk is full"
    assert _terms(dialog) == []
    assert (dialog.term.text(), dialog.translation.text(), dialog.note.text()) == (
        "reply",
        "الرد",
        "the verb",
    )
    dialog.close()


def test_pre_translation_reads_its_memory_on_the_worker(qtbot, pg_cluster, team_window):
    """Pre-translate… reads a fresh memory on the worker: the grid says so, and the segments
    are filled (with the report) when the server answers."""
    window, _policies = team_window
    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    window.apply_edit(translation.set_target_text(policy, block.id, "ar", ""))  # to translate
    assert window.session.flush()
    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        assert grid.pretranslate(min_score=75) is None  # asked; answered later
        assert time.monotonic() - start < HELD  # the memory is read on the worker
        assert grid.notice.text() == "Reading the translation memory for pre-translation…"
        assert grid.model.data(grid.model.index(1, 1)) == ""  # nothing filled yet
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert grid.model.data(grid.model.index(1, 1)) == ""
    qtbot.waitUntil(lambda: grid.model.data(grid.model.index(1, 1)) != "", timeout=15000)
    assert grid.model.data(grid.model.index(1, 1)).startswith("راسلنا على {{contact_email}}")
    assert grid.model.data(grid.model.index(1, 2)).startswith("pre-translated 100%")
    assert grid.notice.isHidden()
    report = grid.findChild(PretranslationReportDialog)
    assert report is not None and report.isVisible() and report.table.rowCount() == 1
    report.close()


@pytest.mark.qt_log_ignore(  # the dialog's raise_() too
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
def test_the_concordance_reads_on_the_worker(qtbot, pg_cluster, team_window):
    """Ctrl+K opens the concordance at once; what it searches (a fresh memory, the library)
    is read on the worker, "Reading the translation memory and the library…" meanwhile, and
    the phrase typed is searched when the server answers."""
    window, _policies = team_window
    window.set_mode(1)
    grid = window.translate_view.grid
    _checked(qtbot, grid)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        start = time.monotonic()
        dialog = grid.open_concordance()
        dialog.search_for("records")
        assert time.monotonic() - start < HELD  # read on the worker
        assert dialog.isVisible() and dialog.building
        assert dialog.count.text() == "Reading the translation memory and the library…"
        assert dialog.table.rowCount() == 0  # no "0 matches" before anything is read
        assert kept_ticking(ticks_while(qtbot, 1500))
        assert dialog.count.text() == "Reading the translation memory and the library…"
    qtbot.waitUntil(lambda: not dialog.building, timeout=15000)
    assert dialog.count.text().startswith(f"{len(dialog.hits)} matches in ")
    assert dialog.hits and any(h.entry.origin.startswith("clause t-keeping") for h in dialog.hits)
    dialog.close()


def test_ctrl_enter_before_the_dismissed_findings_are_read_still_stops_at_qa_errors(
    qtbot, pg_cluster, team_window
):
    """Confirming a segment while the dismissed findings are being read: the row is checked
    without them (nothing is listed), so the confirmation stops at its QA errors as it does
    once they are read — it may stop at one someone dismissed, never pass one unseen."""
    from policy_studio.model import Status

    window, _policies = team_window
    _translated(qtbot, window)
    _merged(qtbot, window)
    with pg_cluster.frozen(longest=6.0):
        window.set_mode(1)
        grid = window.translate_view.grid
        qtbot.wait(100)
        assert grid.findings_panel.summary.text() == "Reading the dismissed findings…"
        grid.confirm_and_next(1)
        shown = grid.error_warning.text()
        assert grid.error_warning.isVisible()
        assert shown.startswith("Segment ") and " has QA errors (2): " in shown
        assert "{{contact_email}}" in shown
        assert grid.model.status(1) is not Status.TRANSLATED  # not confirmed
        assert _finding_rows(grid) == []  # and still nothing listed before the answer
        grid.confirm_and_next(1)  # again, on the same text: confirmed anyway, as always
        assert grid.model.status(1) is Status.TRANSLATED
        assert kept_ticking(ticks_while(qtbot, 1000))
    qtbot.waitUntil(lambda: not grid.model.checking(), timeout=15000)
