"""The section editor in the real window: Arabic typing, links, translations, lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_typing_arabic_in_the_editor_is_stored_in_logical_order(window, qtbot):
    editor = window.editor
    section = window.session.policy.sections[0]
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    editor.text.setFocus()
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    # QTest.keyClicks aborts on non-ASCII text (RTL-NOTES): post key events instead.
    for ch in " شكرا":
        QApplication.sendEvent(
            editor.text, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch)
        )
    qtbot.waitUntil(lambda: section.blocks[0].get("ar").endswith("شكرا"), timeout=1000)
    assert section.blocks[0].get("ar") == (
        "راسلنا على {{contact_email}} وسترد **{{organization}}** عليك. شكرا"
    )
    assert section.blocks[0].get("en").startswith("Write to")  # other language untouched


def test_link_from_the_toolbar_is_stored_as_markup(window):
    editor = window.editor
    section = window.session.policy.sections[1]
    window.outline.select(section.id)
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText(" See ")
    editor.insert_link("https://example.org/keep")
    editor.insert_link("javascript:alert(1)")
    editor.commit()
    assert (
        section.blocks[-1]
        .get("en")
        .endswith("See [https://example.org/keep](https://example.org/keep)")
    )
    assert "javascript" not in section.blocks[-1].get("en")


def test_translating_an_untranslated_block_never_removes_blocks(window, qtbot):
    from policy_studio.model import BlockKind
    from policy_studio.ops.blocks import add_block

    policy = window.session.policy
    section = policy.sections[1]
    window.outline.select(section.id)
    window.apply_edit(
        add_block(policy, section.id, None, BlockKind.PARAGRAPH, {"en": "Only English."})
    )
    ids = [b.id for b in section.blocks]
    editor = window.editor
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    assert not editor.kind_box.isEnabled()
    # Put the caret in the empty (untranslated) last paragraph and type a translation.
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    for ch in "إنجليزي":
        QApplication.sendEvent(
            editor.text, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch)
        )
    QApplication.sendEvent(editor.text, QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))
    for ch in "فقط":
        QApplication.sendEvent(
            editor.text, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch)
        )
    editor.commit()
    assert [b.id for b in section.blocks] == ids
    assert section.blocks[-1].get("ar") == "إنجليزي\nفقط"
    assert section.blocks[-1].get("en") == "Only English."
    assert window.undo_action.text() == "Undo Edit translation"
    # Clearing a translation leaves the block (and its English) in place.
    editor.text.selectAll()
    editor.text.textCursor().removeSelectedText()
    editor.commit()
    assert [b.id for b in section.blocks] == ids
    assert section.blocks[0].get("en").startswith("Records stay")


def test_a_block_with_line_breaks_stays_one_block(window):
    from policy_studio.ops.text_edits import set_block_text

    policy = window.session.policy
    section = policy.sections[0]
    window.apply_edit(
        set_block_text(policy, section.blocks[0].id, "en", "P.O. Box 1\nExample Town")
    )
    window.outline.select(policy.sections[1].id)
    window.outline.select(section.id)
    assert window.editor.text.document().blockCount() == 1
    depth = window.undo.count()
    window.editor.commit()
    assert window.undo.count() == depth  # nothing changed, nothing recorded
    assert section.blocks[0].get("en") == "P.O. Box 1\nExample Town"


def test_tab_nests_a_list_item_and_shift_tab_brings_it_back(window):
    section = window.session.policy.sections[1]
    window.outline.select(section.id)
    editor = window.editor
    editor.text.setFocus()
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)  # in the bullet "Invoices are archived."
    editor.text.setTextCursor(cursor)
    QTest.keyClick(editor.text, Qt.Key_Tab)
    editor.commit()
    assert (section.blocks[1].kind.value, section.blocks[1].level) == ("bullet", 1)
    assert section.blocks[1].get("en") == "Invoices are archived."
    QTest.keyClick(editor.text, Qt.Key_Backtab, Qt.ShiftModifier)
    editor.commit()
    assert section.blocks[1].level == 0


def test_numbering_continues_after_a_nested_item(window):
    from policy_studio.model import BlockKind
    from policy_studio.ops.blocks import BodyItem, set_section_body

    policy = window.session.policy
    section = policy.sections[1]
    items = [
        BodyItem(None, BlockKind.NUMBERED, "First."),
        BodyItem(None, BlockKind.BULLET, "A detail.", 1),
        BodyItem(None, BlockKind.NUMBERED, "Second."),
    ]
    window.apply_edit(set_section_body(policy, section.id, "en", items))
    window.outline.select(section.id)
    document = window.editor.text.document()
    first, detail, second = (
        document.begin(),
        document.begin().next(),
        document.begin().next().next(),
    )
    assert first.textList() is second.textList()
    assert second.textList().itemNumber(second) == 1  # shown as "2."
    assert detail.textList().format().indent() == 2
    assert [(b.kind, b.level) for b in section.blocks] == [
        (BlockKind.NUMBERED, 0),
        (BlockKind.BULLET, 1),
        (BlockKind.NUMBERED, 0),
    ]


def test_pasting_several_lines_into_a_translation_keeps_them_all(window):
    section = window.session.policy.sections[1]
    window.outline.select(section.id)
    editor = window.editor
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.Start)
    cursor.movePosition(QTextCursor.EndOfBlock)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText("\nسطر ملصوق")  # a paste makes a new paragraph in the document
    editor.commit()
    assert len(section.blocks) == 2
    assert section.blocks[0].get("ar").endswith("{{retention_period}}.\nسطر ملصوق")
    assert editor.text.document().blockCount() == 2  # redrawn as the real two segments
