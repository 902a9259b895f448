"""The bilingual grid driven like a translator: Arabic typed as key events, Ctrl+Enter, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from policy_studio.library.memory import MemoryEntry, TranslationMemory
from policy_studio.model import Status
from policy_studio.ops import text_edits
from policy_studio.ui.bilingual_grid import BilingualGrid, Filter, SegmentEditor

# The offscreen platform says this whenever a top-level window is shown: not our warning.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def grid(qtbot, grid_policy):
    memory = TranslationMemory(
        "en", "ar", [MemoryEntry("You may object.", "يحق لك الاعتراض.", "clause t")]
    )
    widget = BilingualGrid(grid_policy, "en", "ar", memory=memory)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_text(widget, text: str) -> None:
    """Post one key event per character (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        QApplication.postEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )
    QApplication.processEvents()


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.processEvents()


def open_editor(grid, row: int) -> SegmentEditor:
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    return editor


def test_typing_arabic_into_the_target_column_updates_the_model_as_a_draft(grid, grid_policy):
    edits = []
    grid.edit_did_happen.connect(lambda changes, edit: edits.append((changes, edit)))
    editor = open_editor(grid, 2)
    assert editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    type_text(editor, "اكتب إلينا")
    assert editor.toPlainText() == "اكتب إلينا"
    press(editor, Qt.Key.Key_Return)
    block = grid_policy.find_block("b2")[1]
    assert block.get("ar") == "اكتب إلينا"
    assert block.state("ar").status is Status.DRAFT
    assert len(edits) == 1 and edits[0][0].blocks == {"b2"}
    assert grid.editor() is None


def test_ctrl_enter_confirms_and_jumps_to_the_next_untranslated_segment(grid, grid_policy):
    editor = open_editor(grid, 2)
    type_text(editor, "اكتب إلينا في أي وقت.")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert grid_policy.find_block("b2")[1].state("ar").status is Status.TRANSLATED
    assert grid.current_row() == 5
    nxt = grid.editor()
    assert nxt is not None and nxt.toPlainText() == ""
    assert "translated" in grid.progress_label.text()


def test_a_source_edit_makes_a_row_stale_and_ctrl_enter_visits_it(grid, grid_policy):
    changes, _ = text_edits.set_block_text(grid_policy, "b3", "en", "You may ask for a full copy.")
    grid.apply_changes(changes)
    assert grid.model.is_stale(4)
    grid.go_to_row(1)
    grid.confirm_and_next(1)
    assert grid.current_row() == 2
    editor = grid.editor()
    type_text(editor, "راسلنا")
    press(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert grid.current_row() == 4  # the stale row comes before the untranslated 2.2
    press(grid.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not grid.model.is_stale(4)
    assert grid.current_row() == 5


def test_filters_show_untranslated_stale_and_rows_with_findings(grid, grid_policy):
    grid.apply_filter(Filter.UNTRANSLATED)
    assert grid.visible_rows() == [2, 5]
    grid.apply_filter(Filter.STALE)
    assert grid.visible_rows() == []
    changes, _ = text_edits.set_block_text(grid_policy, "b1", "en", "We answer within 14 days.")
    grid.apply_changes(changes)
    grid.apply_filter(Filter.STALE)
    assert grid.visible_rows() == [1]
    grid.apply_filter(Filter.FINDINGS)
    assert 1 in grid.visible_rows()  # 14 in the source, ٣٠ in the target
    assert 0 not in grid.visible_rows()
    grid.apply_filter(Filter.ALL)
    assert len(grid.visible_rows()) == 6


def test_copy_source_and_translation_memory_insert(grid, grid_policy):
    grid.go_to_row(5)
    assert grid.suggestion_list.count() == 1
    editor = open_editor(grid, 5)
    press(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "يحق لك الاعتراض."
    press(editor, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "You may object."
    press(editor, Qt.Key.Key_Return)
    assert grid_policy.find_block("b4")[1].get("ar") == "You may object."


def test_findings_panel_lists_findings_and_not_an_error_hides_one(grid, grid_policy, workspace):
    grid_policy.find_block("b1")[1].set_text("ar", "نرد خلال ٤٠ يومًا.")
    widget = BilingualGrid(grid_policy, "en", "ar", workspace=workspace)
    panel = widget.findings_panel
    checks = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert checks.count("numbers") == 2
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    finding = panel.current_finding()
    panel.dismiss_button.click()
    assert finding.key in workspace.dismissed_findings("gp")
    assert finding not in widget.model.all_findings()
    assert panel.tree.topLevelItemCount() == len(checks) - 1
    widget.deleteLater()


def test_rows_off_screen_are_not_measured(qtbot, grid_policy):
    from policy_studio.model import Block, Section

    for n in range(300):
        grid_policy.sections.append(
            Section(blocks=[Block(text={"en": f"Clause {n} text.", "ar": "نص."})])
        )
    widget = BilingualGrid(grid_policy, "en", "ar")
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    assert 0 < len(widget._sized) < 60
    widget.go_to_row(widget.model.rowCount() - 1)
    assert widget.model.rowCount() - 1 in widget._sized


def test_edits_can_go_on_a_qundostack_and_undo_redraws_the_grid(grid, grid_policy):
    from PySide6.QtGui import QUndoCommand, QUndoStack

    class Command(QUndoCommand):
        """What the main window does with an Edit: already applied, so the first redo is a no-op."""

        def __init__(self, edit):
            super().__init__(edit.label)
            self.edit, self.done = edit, True

        def redo(self):
            if self.done:
                self.done = False
                return
            grid.apply_changes(self.edit.redo(grid_policy))

        def undo(self):
            grid.apply_changes(self.edit.undo(grid_policy))

    stack = QUndoStack()
    grid.edit_did_happen.connect(lambda _changes, edit: stack.push(Command(edit)))
    editor = open_editor(grid, 2)
    type_text(editor, "نص")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 2  # the text, then the confirmation
    stack.undo()
    assert grid.model.status(2) is Status.DRAFT
    stack.undo()
    assert grid.model.data(grid.model.index(2, 1)) == ""
    assert grid.model.needs_work(2)
    stack.redo()
    stack.redo()
    assert grid.model.status(2) is Status.TRANSLATED
    assert grid_policy.find_block("b2")[1].get("ar") == "نص"


def test_cells_show_formatted_text_and_variable_names_not_markup(grid, grid_policy):
    block = grid_policy.find_block("b1")[1]
    block.set_text("en", "**Address:** {{organization_address}}")
    block.confirm("ar", "en")
    block.set_text("ar", "**العنوان:** {{organization_address}}.")
    grid.model.refresh_blocks({"b1"})
    delegate, view = grid.delegate, grid.view
    for column, rtl in ((0, False), (1, True)):
        index = grid.model.index(1, column)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, index)
        doc, tags = delegate._cell(option, index, 300)
        text = doc.toPlainText()
        assert len(tags) == 1 and tags[0].width() > 20  # the variable's rounded tag box
        assert "**" not in text and "{{" not in text and "organization_address" in text
        assert (option.direction == Qt.LayoutDirection.RightToLeft) is rtl
        assert (doc.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    # Editing still works on the markup itself.
    assert (
        grid.model.data(grid.model.index(1, 1), Qt.ItemDataRole.EditRole)
        == "**العنوان:** {{organization_address}}."
    )
    grid.view.viewport().repaint()  # painting the formatted cells raises no Qt warning


def test_the_editor_keeps_the_markup_and_tints_its_variables(grid, grid_policy):
    grid_policy.find_block("b2")[1].set_text("ar", "راسلنا على {{contact_email}}")
    grid.model.refresh_blocks({"b2"})
    editor = open_editor(grid, 2)
    assert editor.toPlainText() == "راسلنا على {{contact_email}}"
    # The variable is one token drawn as a tinted chip with its name (ui/variable_tokens.py).
    from policy_studio.ui import variable_tokens

    assert editor.document().toRawText() == "راسلنا على \ufffc"
    cursor = QTextCursor(editor.document())
    cursor.setPosition(12)
    fmt = cursor.charFormat()
    assert variable_tokens.is_token(fmt) and fmt.property(variable_tokens.NAME) == "contact_email"
    layout = editor.document().documentLayout()
    assert layout.handlerForObject(variable_tokens.TOKEN_TYPE) is not None


def test_ctrl_enter_on_a_segment_with_qa_errors_does_not_confirm_it_silently(qtbot, grid_policy):
    grid_policy.find_block("b2")[1].text["en"] = "Write to us within 30 days."
    widget = BilingualGrid(grid_policy, "en", "ar")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    row = widget.model.row_of("b2")
    editor = open_editor(widget, row)
    type_text(editor, "اكتب إلينا خلال أيام.")  # the 30 is lost
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    block = grid_policy.find_block("b2")[1]
    # The first Ctrl+Enter keeps the typing but does not confirm: the translator sees why and
    # stays on the segment.
    assert block.get("ar") == "اكتب إلينا خلال أيام."
    assert block.state("ar").status is Status.DRAFT
    assert widget.current_row() == row and widget.editor() is not None
    assert widget.error_warning.isVisible()
    shown = widget.error_warning.text()
    assert shown.startswith("Segment 1.2 has QA errors (1): ") and "30" in shown
    assert shown.endswith("Press Ctrl+Enter again to confirm it anyway.")
    # A second Ctrl+Enter on the same text confirms, and the warning says what was done.
    press(widget.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert block.state("ar").status is Status.TRANSLATED
    assert widget.current_row() != row
    assert widget.error_warning.text().startswith(
        "Segment 1.2 was marked translated with QA errors"
    )


def test_ctrl_enter_asks_again_after_the_text_changed(qtbot, grid_policy):
    grid_policy.find_block("b2")[1].text["en"] = "Write to us within 30 days."
    widget = BilingualGrid(grid_policy, "en", "ar")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    row = widget.model.row_of("b2")
    editor = open_editor(widget, row)
    type_text(editor, "اكتب إلينا خلال أيام.")
    press(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    type_text(widget.editor(), " ")
    press(widget.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    block = grid_policy.find_block("b2")[1]
    assert block.state("ar").status is Status.DRAFT  # a new text is a new question
    type_text(widget.editor(), "٣٠")
    press(widget.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert block.state("ar").status is Status.TRANSLATED  # fixed: confirmed at once
    assert widget.error_warning.isHidden()


# -- variables are atomic tokens in the cell editor (issue 15) -------------------------------

TOKEN = "\ufffc"


def editor_with_variable(grid):
    """The real cell editor on an Arabic target holding {{contact_email}} between words."""
    row = grid.model.row_of("b2")
    grid.model.set_target(row, "راسلنا على {{contact_email}} متى شئت")
    return open_editor(grid, row)


def place(editor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def test_a_variable_is_one_token_in_the_arabic_editor(grid, grid_policy):
    editor = editor_with_variable(grid)
    shown = editor.document().toRawText()
    # One object character drawn as a chip: no braces for the bidi algorithm to split.
    assert shown == "راسلنا على " + TOKEN + " متى شئت"
    assert editor.toPlainText() == "راسلنا على {{contact_email}} متى شئت"
    at = shown.index(TOKEN)
    # Typing right before and right after the token leaves it whole.
    place(editor, at)
    type_text(editor, "ب")
    place(editor, at + 2)
    type_text(editor, "ـ")
    assert editor.toPlainText() == "راسلنا على ب{{contact_email}}ـ متى شئت"
    press(editor, Qt.Key.Key_Return)
    assert grid_policy.find_block("b2")[1].get("ar") == "راسلنا على ب{{contact_email}}ـ متى شئت"


def test_backspace_and_delete_remove_a_variable_whole(grid):
    editor = editor_with_variable(grid)
    at = editor.document().toRawText().index(TOKEN)
    place(editor, at + 1)
    press(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "راسلنا على  متى شئت"
    editor.undo()
    assert editor.toPlainText() == "راسلنا على {{contact_email}} متى شئت"
    place(editor, at)
    press(editor, Qt.Key.Key_Delete)
    assert editor.toPlainText() == "راسلنا على  متى شئت"


def test_the_cursor_and_a_selection_take_a_variable_as_one_unit(grid):
    editor = editor_with_variable(grid)
    at = editor.document().toRawText().index(TOKEN)
    place(editor, at)
    # Shift+→ in Arabic text moves left visually, i.e. back in logical order: use the logical
    # move, one step over the whole variable.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    assert cursor.selectionEnd() - cursor.selectionStart() == 1
    editor.copy()
    assert QApplication.clipboard().text() == "{{contact_email}}"
    type_text(editor, "x")  # typing over the selection replaces the whole variable
    assert editor.toPlainText() == "راسلنا على x متى شئت"
    editor.selectAll()
    editor.paste()  # pasted markup is a token again
    assert editor.document().toRawText() == TOKEN
    assert editor.toPlainText() == "{{contact_email}}"


def test_the_arrow_keys_step_over_a_variable_in_one_press(grid):
    editor = editor_with_variable(grid)
    at = editor.document().toRawText().index(TOKEN)
    place(editor, at)
    positions = set()
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        place(editor, at)
        press(editor, key)
        positions.add(editor.textCursor().position())
    # One press lands on either side of the token, never inside a variable.
    assert positions == {at - 1, at + 1}


def test_a_variable_typed_by_hand_becomes_a_token_and_keeps_its_spelling(grid):
    editor = editor_with_variable(grid)
    editor.setPlainText("")
    type_text(editor, "اكتب إلى {{ dpo_email }}.")
    assert editor.document().toRawText() == "اكتب إلى " + TOKEN + "."
    assert editor.toPlainText() == "اكتب إلى {{ dpo_email }}."  # the spaces are the user's
