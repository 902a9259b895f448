"""The Compare view over a redline whose unchanged table rows are carried whole (issue 13): it
counts, draws and walks through exactly the changes of the cell-by-cell comparison."""

from __future__ import annotations

import pytest

from policy_studio.diff import compare
from policy_studio.diff.compare import _Comparer
from policy_studio.model import Block, BlockKind, Policy, Section, make_table
from policy_studio.ui.diff_view import SIDE_BY_SIDE, DiffView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _pair() -> tuple[Policy, Policy]:
    sections = []
    for s in range(1, 4):
        rows = [
            [{"en": f"part {s} row {r} cell {c}", "ar": f"جزء {s} صف {r} خلية {c}"} for c in (1, 2)]
            for r in range(1, 5)
        ]
        heading = Block(BlockKind.TITLE, {"en": f"Part {s}", "ar": f"الجزء {s}"})
        sections.append(Section(heading=heading, blocks=[make_table(rows)]))
    old = Policy(title={"en": "T", "ar": "ج"}, target_languages=["ar"], sections=sections)
    new = old.copy()
    first = new.sections[0].blocks[0].table
    third = new.sections[2].blocks[0].table
    assert first is not None and third is not None
    first.rows[2][1].set_text("en", "part 1 row 3 cell 2 edited")
    third.rows.pop(1)
    return old, new


def _view(qtbot, redline) -> DiffView:
    view = DiffView(redline)
    qtbot.addWidget(view)
    view.resize(700, 220)
    view.show()
    qtbot.waitExposed(view)
    return view


def _walk(view: DiffView) -> list[tuple[str, int]]:
    """The position label and where the page is scrolled to at each change, in turn."""
    seen = []
    for _ in range(view.change_count()):
        view.next_button.click()
        seen.append((view.position.text(), view.browser.verticalScrollBar().value()))
    return seen


@pytest.mark.parametrize("changed_only", [False, True])
def test_the_view_counts_draws_and_walks_the_same_changes(
    qtbot, monkeypatch: pytest.MonkeyPatch, changed_only: bool
) -> None:
    old, new = _pair()
    redline = compare(old, new)
    assert any(r.deferred for b in redline.sections[1].blocks for r in b.rows or [])
    view = _view(qtbot, redline)
    view.changed_only.setChecked(changed_only)
    # One changed cell, one removed row of two cells.
    assert view.change_count() == 3
    assert view.position.text() == "Change 0 of 3"
    text = view.browser.toPlainText()
    assert "part 1 row 3 cell 2 edited" in text and "part 3 row 2 cell 1" in text
    assert ("Part 2" in text) is not changed_only
    walked = _walk(view)
    assert [label for label, _ in walked] == ["Change 1 of 3", "Change 2 of 3", "Change 3 of 3"]
    assert not view.next_button.isEnabled()
    view.mode.setCurrentIndex(view.mode.findData(SIDE_BY_SIDE))
    side = view.browser.toHtml()

    monkeypatch.setattr(_Comparer, "unchanged_row", lambda self, a, b, i, j: None)
    full = _view(qtbot, compare(old, new))
    full.changed_only.setChecked(changed_only)
    assert full.browser.toPlainText() == text
    assert _walk(full) == walked
    full.mode.setCurrentIndex(full.mode.findData(SIDE_BY_SIDE))
    assert full.browser.toHtml() == side
