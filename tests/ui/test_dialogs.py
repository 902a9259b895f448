"""Properties, clause editing and 'Save section to library' through the real dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from policy_studio.model import ClauseStatus
from policy_studio.ui.clause_dialog import ClauseDialog
from policy_studio.ui.properties_dialog import PropertiesDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def on_modal(action):
    """Run ``action(dialog)`` on the next modal dialog, then accept it."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        action(dialog)

    QTimer.singleShot(0, run)


def test_properties_dialog_adds_a_language_and_sets_metadata(window):
    policy = window.session.policy

    def fill(dialog: PropertiesDialog) -> None:
        dialog.organization.setText("Harbour Clinic")
        dialog.titles["ar"].setText("سياسة الخصوصية")
        dialog.has_date.setChecked(True)
        dialog.date.setDate(QDate(2026, 3, 1))
        dialog.version_label.setText("1.1")
        dialog.targets["sw"].setChecked(True)
        dialog.accept()

    on_modal(fill)
    window.edit_properties()
    assert policy.organization == "Harbour Clinic"
    assert policy.effective_date == "2026-03-01"
    assert policy.title == {"en": "Test policy", "ar": "سياسة الخصوصية"}
    assert policy.languages == ["en", "ar", "sw"]
    assert window.preview_lang.findData("sw") >= 0
    assert window.editor.lang_box.findData("sw") >= 0
    assert window.undo_action.text() == "Undo Change policy properties"
    window.undo_action.trigger()
    assert policy.languages == ["en", "ar"] and policy.organization == ""


def test_new_clause_from_the_library_menu(window, monkeypatch):
    def fill(dialog: ClauseDialog) -> None:
        dialog.key.setText("t-cookies")
        dialog.titles["en"].setText("Small files")
        dialog.titles["ar"].setText("ملفات صغيرة")
        dialog.bodies["en"].setPlainText("We use {{cookie_tool}}.\n- Only needed ones.")
        dialog.bodies["ar"].setPlainText("نستخدم {{cookie_tool}}.\n- الضرورية فقط.")
        dialog.tags.setText("cookies, eprivacy:5(3)")
        dialog._accept()

    on_modal(fill)
    window.new_clause()
    clause = window.session.workspace.clause("t-cookies")
    assert clause is not None and clause.status is ClauseStatus.DRAFT
    assert clause.variables == ["cookie_tool"]
    assert [b.kind.value for b in clause.blocks] == ["paragraph", "bullet"]
    assert clause.blocks[1].get("ar") == "الضرورية فقط."
    window.library_panel.search.setText("ملفات")
    assert window.library_panel.current_key() == "t-cookies"


def test_edit_clause_creates_a_version_and_offers_the_update(window):
    def fill(dialog: ClauseDialog) -> None:
        dialog.bodies["en"].setPlainText(
            "Records stay with us for {{retention_period}} only.\n- Invoices are archived."
        )
        dialog._accept()

    on_modal(fill)
    window.edit_clause("t-keeping")
    assert window.session.workspace.clause("t-keeping").version == 2
    assert "update available" in window.outline.model.index(1).data()


def test_save_section_to_library(window, monkeypatch):
    section = window.session.policy.sections[0]
    window.outline.select(section.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("our-contact", True))
    on_modal(lambda dialog: dialog._accept())
    window.save_section_to_library()
    clause = window.session.workspace.clause("our-contact")
    assert clause.title == section.heading.text
    assert clause.blocks[0].get("ar") == section.blocks[0].get("ar")
    assert clause.status is ClauseStatus.DRAFT


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


def test_clause_dialog_edits_a_variant_and_adds_one(window, qtbot, monkeypatch):
    clause = window.session.workspace.clause("t-keeping")
    dialog = ClauseDialog(clause, ["en", "ar"], window.library_index)
    qtbot.addWidget(dialog)
    dialog.wording.setCurrentIndex(dialog.wording.findData("by-need"))
    assert dialog.bodies["en"].toPlainText() == "Records stay only while a task needs them."
    dialog.bodies["en"].setPlainText("Records stay only while a task still needs them.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Legal minimum", True))
    dialog.add_variant.click()
    assert dialog.wording.currentData() == "legal-minimum"
    dialog.bodies["en"].setPlainText("Records stay for the legal minimum.")
    result = dialog.result_clause()
    assert [v.key for v in result.variants] == ["by-need", "legal-minimum"]
    assert result.variant("by-need").blocks[0].get("en").endswith("still needs them.")
    assert result.variant("by-need").blocks[0].id == "t-keeping.by-need.1"  # kept by position
    assert (
        result.variant("legal-minimum").blocks[0].get("en") == "Records stay for the legal minimum."
    )
    assert result.blocks[0].get("en") == clause.blocks[0].get("en")  # main wording untouched
