"""The diff view widget: what a reviewer sees, navigation between changes, RTL, filtering."""

from __future__ import annotations

from PySide6.QtCore import Qt

from policy_studio.diff import compare
from policy_studio.ui.diff_view import SIDE_BY_SIDE, DiffView


def make_view(qtbot, policy_pair):
    old, new = policy_pair
    view = DiffView(compare(old, new, old_label="1.0", new_label="2.0"))
    qtbot.addWidget(view)
    view.resize(900, 500)
    return view


def select(view, combo, data):
    combo.setCurrentIndex(
        combo.findData(data) if data in ("en", "ar", "both") else combo.findText(data)
    )


def test_inline_shows_deletions_and_insertions_in_context(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    text = view.browser.toPlainText()
    assert "We keep notes for twothree seasons." in text
    assert "Who we are" in text
    assert "moved and changed" in text
    html = view.browser.toHtml()
    assert "line-through" in html and "underline" in html
    assert "1 added, 1 removed, 1 moved, 2 changed" in view.summary.text()


def test_next_and_previous_walk_through_every_change(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    total = view.change_count()
    assert total > 3
    assert view.position.text() == f"Change 0 of {total}"
    with qtbot.waitSignal(view.current_change_did_change) as signal:
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert signal.args == [0]
    for _ in range(total + 2):
        view.next_change()
    assert view.current_change() == total - 1 and not view.next_button.isEnabled()
    view.previous_change()
    assert view.current_change() == total - 2
    assert view.position.text() == f"Change {total - 1} of {total}"


def test_changed_sections_only_hides_untouched_sections(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    view.changed_only.setChecked(True)
    text = view.browser.toPlainText()
    assert "Who we are" not in text and "What we note down" in text


def test_arabic_alone_is_right_to_left(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    select(view, view.language, "ar")
    document = view.browser.document()
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    block = document.begin()
    directions = set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    assert "ثلاثة مواسم" in view.browser.toPlainText()


def test_side_by_side_both_languages_shows_old_and_new_columns(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    select(view, view.mode, SIDE_BY_SIDE)
    select(view, view.language, "both")
    assert view.languages_shown() == ["en", "ar"]
    text = view.browser.toPlainText()
    assert "We keep notes for two seasons." in text
    assert "We keep notes for three seasons." in text
    assert "نحتفظ بالملاحظات موسمين." in text


def test_side_by_side_arabic_puts_the_old_text_in_the_right_column(qtbot, policy_pair):
    view = make_view(qtbot, policy_pair)
    select(view, view.mode, SIDE_BY_SIDE)
    select(view, view.language, "ar")
    html = view.browser.toHtml()
    # Cells are written after-then-before, so Qt's left-to-right table shows "before" on the right.
    assert html.index("ثلاثة مواسم") < html.index("موسمين")
