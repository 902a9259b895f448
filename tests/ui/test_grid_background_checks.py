"""The window's grid shows its rows at once and runs the QA checks in the background (issue 19,
speed): progress while checking, the findings when they are ready, and never a verdict on a row
that has not been checked."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, BlockKind, Policy, Section, Status
from policy_studio.ui.bilingual_grid import BilingualGrid, Filter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SECTIONS = 40


def long_policy() -> Policy:
    """40 sections; only the last one's translation has a wrong number (30 → 31: two errors)."""
    sections = []
    for n in range(SECTIONS):
        days = 30 if n < SECTIONS - 1 else 31
        body = Block(
            BlockKind.PARAGRAPH,
            {
                "en": f"We answer within 30 days (case {n}).",
                "ar": f"نرد خلال {days} يومًا (الحالة {n}).",
            },
            id=f"b{n}",
        )
        body.confirm("ar", "en", Status.TRANSLATED)
        heading = Block(BlockKind.TITLE, {"en": f"Part {n}", "ar": f"الجزء {n}"}, id=f"t{n}")
        heading.confirm("ar", "en", Status.TRANSLATED)
        sections.append(Section(id=f"s{n}", heading=heading, blocks=[body]))
    return Policy(title={"en": "Long"}, id="long", target_languages=["ar"], sections=sections)


def make_grid(qtbot, policy: Policy) -> BilingualGrid:
    grid = BilingualGrid(policy, "en", "ar", spellers={}, deferred_checks=True)
    qtbot.addWidget(grid)
    grid.resize(1000, 300)  # a few rows on screen, the last section far below
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def test_rows_show_before_the_findings_which_then_appear_with_progress(qtbot):
    grid = make_grid(qtbot, long_policy())
    model = grid.model
    last = model.row_of(f"b{SECTIONS - 1}")
    # Usable at once: every row is there, the first ones on screen with their text.
    assert model.rowCount() == 2 * SECTIONS
    assert model.index(1, 1).data() == "نرد خلال 30 يومًا (الحالة 0)."
    assert model.checking()
    assert "checking" in grid.progress_label.text()
    assert grid.findings_panel.summary.text().startswith("Checking…")
    assert grid.findings_panel.tree.topLevelItemCount() == 0
    # The error of the last section is not claimed yet, nor denied: its status cell waits.
    assert model.index(last, 2).data() == "translated"

    qtbot.waitUntil(lambda: not model.checking(), timeout=10000)
    assert "checking" not in grid.progress_label.text()
    assert grid.findings_panel.summary.text() == "2 finding(s) · 2 error(s)"
    tree = grid.findings_panel.tree
    assert {tree.topLevelItem(i).text(2) for i in range(2)} == {model.rows[last].label}
    assert "⚠ 2" in model.index(last, 2).data()


def test_a_row_asked_for_its_findings_is_checked_at_once(qtbot):
    grid = make_grid(qtbot, long_policy())
    model = grid.model
    last = model.row_of(f"b{SECTIONS - 1}")
    assert model.checking()
    # Confirming a segment warns about its errors: the row is checked on demand.
    assert [f.check for f in model.findings(last)] == ["numbers", "numbers"]  # 30 gone, 31 new
    assert model.checking()  # the others are still left to the background


def test_the_findings_filter_waits_for_every_check(qtbot):
    grid = make_grid(qtbot, long_policy())
    assert grid.model.checking()
    grid.apply_filter(Filter.FINDINGS)
    assert not grid.model.checking()
    assert grid.visible_rows() == [grid.model.row_of(f"b{SECTIONS - 1}")]
    assert grid.findings_panel.summary.text() == "2 finding(s) · 2 error(s)"


def test_the_checks_pause_while_translate_is_hidden(qtbot, workspace, settings, variables):
    from policy_studio.app.session import Session
    from policy_studio.ui.main_window import MainWindow

    policy = long_policy()
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.translate_action.trigger()
    model = window.translate_view.grid.model
    assert model.checking()
    window.write_action.trigger()
    done = model.checks_done()
    qtbot.wait(200)  # the Write view in front: nothing checked behind it
    assert model.checks_done() == done and model.checking()
    window.translate_action.trigger()
    qtbot.waitUntil(lambda: not model.checking(), timeout=10000)
    assert window.translate_view.grid.findings_panel.summary.text() == "2 finding(s) · 2 error(s)"
    window.close()


def test_typing_in_a_cell_survives_the_background_checks(qtbot):
    """The checks' redraws never put the model's text back into a cell being typed in."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    grid = make_grid(qtbot, long_policy())
    row = grid.model.row_of("b0")
    grid.go_to_row(row, edit=True)
    qtbot.waitUntil(lambda: grid.editor() is not None, timeout=2000)
    editor = grid.editor()
    editor.setPlainText("")
    for ch in "نص جديد":
        QApplication.sendEvent(
            editor,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
    assert grid.model.checking()
    qtbot.waitUntil(lambda: not grid.model.checking(), timeout=10000)
    assert grid.editor() is editor and editor.toPlainText() == "نص جديد"


def test_typing_in_a_cell_survives_the_spell_checkers_arriving(qtbot):
    """The dictionaries load in the background; when they arrive the grid repaints its
    underlines and never puts the model's text back into the cell being typed in (the letters
    typed since the last write into the model were lost: seen in the French pivot test)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from policy_studio.text.spelling import Speller

    grid = make_grid(qtbot, long_policy())
    row = grid.model.row_of("b0")
    grid.go_to_row(row, edit=True)
    qtbot.waitUntil(lambda: grid.editor() is not None, timeout=2000)
    editor = grid.editor()
    editor.setPlainText("")
    for ch in "نص":
        QApplication.sendEvent(
            editor,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
    grid.model.set_spellers({"ar": Speller("ar", set())})  # what the background loader delivers
    QApplication.processEvents()
    assert grid.editor() is editor and editor.toPlainText() == "نص"
