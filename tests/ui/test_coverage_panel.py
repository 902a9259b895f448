"""The Coverage panel in the main window: choose the laws, see each requirement, insert the
clause that covers a gap, confirm a section's topic — all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _choose(qtbot, panel, *keys: str, untick_conditions: bool = False) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        for key in keys:
            dialog.findChild(QCheckBox, f"law_{key}").setChecked(True)
        if untick_conditions:
            for box in dialog.findChildren(QCheckBox):
                if box.objectName().startswith("condition_"):
                    box.setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)


def _row(panel, article_prefix: str):
    top = panel.tree.topLevelItem(0)
    for i in range(top.childCount()):
        if top.child(i).text(0).startswith(article_prefix):
            return top.child(i)
    raise AssertionError(f"no row {article_prefix!r}")


def test_choosing_a_law_lists_its_requirements_and_a_gap_is_one_click_away(qtbot, window):
    window.docks["coverage"].show()
    window.docks["coverage"].raise_()
    panel = window.coverage
    assert panel.isVisible()
    assert "Choose the regulations" in panel.summary.text()

    _choose(qtbot, panel, "kenya-dpa")
    assert window.session.policy.regulations == ["kenya-dpa"]
    assert panel.tree.topLevelItem(0).text(0) == "Kenya Data Protection Act, 2019"
    assert _row(panel, "s. 39").text(1) == "covered"  # t-keeping carries the retention topic
    children = _row(panel, "s. 33")
    assert children.text(1) == "missing"
    panel.tree.setCurrentItem(children)
    assert panel.insert_button.isEnabled()
    assert "t-young" in panel.detail.text()

    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
    # The library panel has not read t-young: it is read on the database worker first.
    qtbot.waitUntil(lambda: not window.reading_insert, timeout=5000)
    keys = [s.clause.key for s in window.session.policy.sections if s.clause]
    assert "t-young" in keys
    assert _row(panel, "s. 33").text(1) == "covered"
    assert "missing" in panel.summary.text()  # the summary counts what is still to do

    window.undo_action.trigger()
    assert _row(panel, "s. 33").text(1) == "missing"


def test_unticked_conditions_make_their_requirements_not_applicable(qtbot, window):
    window.docks["coverage"].show()
    panel = window.coverage
    _choose(qtbot, panel, "kenya-dpa", untick_conditions=True)
    assert window.session.policy.conditions == []
    assert _row(panel, "s. 33").text(1) == "not applicable"
    assert not panel.insert_button.isEnabled()


def test_tools_menu_opens_coverage_and_asks_for_the_laws_first(qtbot, window):
    assert not window.docks["coverage"].isVisible()  # hidden until asked for, like History

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.findChild(QCheckBox, "law_gdpr").setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.coverage_action.trigger()
    assert window.docks["coverage"].isVisible()
    assert window.session.policy.regulations == ["gdpr"]
    assert window.coverage.tree.topLevelItem(0).text(0).startswith("EU General Data Protection")


def test_readiness_lists_the_laws_gaps_under_their_own_heading(qtbot, window):
    window.docks["coverage"].show()
    _choose(qtbot, window.coverage, "kenya-dpa")
    panel = window.readiness
    panel.refresh()
    qtbot.waitUntil(lambda: panel.verdict is not None)  # checked on the database worker
    groups = panel.shown_groups()
    assert any(g.startswith("Requirements of the law not (fully) covered (") for g in groups)
    assert panel.tree.topLevelItemCount() == len(groups) > 0


def test_a_changed_law_marks_its_clauses_in_the_library_and_the_outline(
    qtbot, window, tmp_path, monkeypatch
):
    from policy_studio.library.law_changes import accept
    from policy_studio.library.regulations import USER_FOLDER_ENV, load_all, shipped_folder

    accept(window.session.workspace, load_all().regulations.values())
    mine = tmp_path / "laws"
    mine.mkdir()
    text = (shipped_folder() / "gdpr.toml").read_text(encoding="utf-8")
    text = text.replace(
        "How long the personal data will be kept, or the criteria used to decide.",
        "How long the personal data will be kept, per purpose.",
    )
    (mine / "gdpr.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(USER_FOLDER_ENV, str(mine))
    window._library_did_change()
    qtbot.waitUntil(lambda: not window.reading_marks)  # read on the database worker
    qtbot.waitUntil(lambda: not window.library_panel.searching)

    outline = window.outline.model
    rows = [outline.index(r).data() for r in range(outline.rowCount())]
    keeping = next(r for r in rows if "Keeping records" in r)
    assert keeping.endswith("§ law changed")  # t-keeping carries the retention tags
    assert not next(r for r in rows if "Reaching the team" in r).endswith("law changed")
    panel = window.library_panel
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert any(t.startswith("Keeping records") and "law changed" in t for t in texts)
    tip = outline.index(rows.index(keeping)).data(Qt.ItemDataRole.ToolTipRole)
    assert "− How long the personal data will be kept, or the criteria used to decide." in tip
    assert "+ How long the personal data will be kept, per purpose." in tip
