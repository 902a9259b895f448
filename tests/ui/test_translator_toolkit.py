"""The translator's toolkit in the grid: propagation, pre-translation, concordance (Ctrl+K),
find and replace, spell-check underlines and suggestions — looked at as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from policy_studio.library.memory import MemoryEntry, TranslationMemory
from policy_studio.model import Block, BlockKind, Policy, Section, Status
from policy_studio.ops.translator import FindOptions
from policy_studio.text.spelling import Speller
from policy_studio.ui.bilingual_grid import BilingualGrid
from policy_studio.ui.models.segment_model import Column, Role

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints", r"This plugin does not support raise"
)

needs_arabic_dictionary = pytest.mark.skipif(
    not Speller("ar").available, reason="hunspell-ar (and libenchant-2-2) not installed"
)


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.processEvents()


def open_translate(window):
    window.translate_action.trigger()
    QApplication.processEvents()
    grid = window.translate_view.grid
    assert grid is not None
    # The glossary and the dismissed findings are read on the database worker.
    for _ in range(500):
        if not grid.reading_workspace():
            break
        QTest.qWait(10)
    return grid


def _policy() -> Policy:
    same = "You can ask us for a copy."
    return Policy(
        title={"en": "Club"},
        target_languages=["ar"],
        sections=[
            Section(
                heading=Block(BlockKind.TITLE, {"en": "Your rights"}, id="t1"),
                blocks=[
                    Block(text={"en": same}, id="a"),
                    Block(text={"en": "Write to {{contact_email}} about your data."}, id="b"),
                    Block(text={"en": same}, id="c"),
                    Block(
                        text={
                            "en": "See [our data page](https://club.example/data).",
                            "ar": "راجع [صفحة البيانات](https://club.example/data) "
                            "والبيانات الشخصيّة.",
                        },
                        id="d",
                    ),
                ],
            )
        ],
    )


@pytest.fixture
def grid(qtbot):
    memory = TranslationMemory(
        "en",
        "ar",
        [
            MemoryEntry("Your rights", "حقوقك", "clause rights"),
            MemoryEntry(
                "Write to {{contact_email}} about your account.",
                "راسلنا على {{contact_email}} بشأن حسابك.",
                "Shop",
                Status.TRANSLATED,
            ),
        ],
    )
    widget = BilingualGrid(_policy(), "en", "ar", memory=memory)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_confirming_propagates_to_same_source_segments_in_one_undo_step(qtbot, window):
    grid = open_translate(window)
    policy = window.session.policy
    twin = policy.sections[0].blocks[0].copy(keep_id=False)
    twin.text.pop("ar", None)
    twin.translations.clear()
    first = policy.sections[0].blocks[0]
    first.text.pop("ar", None)
    first.translations.clear()
    policy.sections[1].blocks.append(twin)
    grid.model.reset()
    row = grid.model.row_of(first.id)
    grid.model.set_target(row, "اكتب إلينا.")
    grid.confirm_and_next(row)
    # The source's {{contact_email}} is missing: the first Ctrl+Enter only shows the error.
    assert first.state("ar").status is Status.DRAFT and grid.error_warning.isVisible()
    grid.confirm_and_next(row)
    assert twin.get("ar") == "اكتب إلينا."
    assert twin.state("ar").status is Status.TRANSLATED  # translated, never approved
    assert "1 other segment" in grid.notice.text() and grid.notice.isVisible()
    assert window.undo_action.text().endswith("Confirm and propagate translation")
    window.undo_action.trigger()
    assert twin.get("ar") == "" and first.state("ar").status is Status.DRAFT
    assert first.get("ar") == "اكتب إلينا."
    twin_row = grid.model.row_of(twin.id)
    assert grid.model.index(twin_row, Column.TARGET).data() == ""


def test_pretranslate_fills_drafts_shows_scores_and_the_report(grid, qtbot):
    report = grid.pretranslate(min_score=75)
    assert report is not None and report.isVisible()
    model = grid.model
    title = model.row_of("t1")
    fuzzy = model.row_of("b")
    assert model.index(title, Column.STATUS).data() == "pre-translated 100%"
    assert model.index(fuzzy, Column.STATUS).data() == "pre-translated 92%"
    assert model.index(fuzzy, Column.TARGET).data() == "راسلنا على {{contact_email}} بشأن حسابك."
    assert "Shop" in model.index(fuzzy, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.status(fuzzy) is Status.DRAFT
    # Ctrl+Enter visits pre-translated segments: nobody has looked at them yet.
    assert model.next_needing_work(model.row_of("a")) == fuzzy
    grid.confirm_and_next(fuzzy)
    assert model.index(fuzzy, Column.STATUS).data() == "translated"
    assert report.table.rowCount() == 2
    assert report.table.item(0, 1).text() == "exact"
    assert report.table.item(1, 1).text().endswith("%")
    summary = report.findChildren(type(grid.notice), "summary")[0].text()
    assert summary.startswith(
        "2 segments pre-translated as drafts: 1 exact, 1 fuzzy (at least 75%)."
    )
    assert "2 had no match" in summary and "1 already had a translation" in summary


def test_ctrl_k_opens_the_concordance_and_finds_arabic_spelling_variants(grid, qtbot):
    grid.view.setFocus()
    press(grid.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = grid._concordance
    assert dialog is not None and dialog.isVisible()
    dialog.search_for("البيانات الشخصية")  # stored as الشخصيّة (with shadda)
    assert dialog.table.rowCount() == 1
    shown = dialog.table.cellWidget(0, 1).text()
    assert "الشخصيّة</span>" in shown and "background-color:#ffe27a" in shown
    assert dialog.table.item(0, 2).text().startswith("Club 1.4")
    assert "1 matches" in dialog.count.text()
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert grid.current_row() == grid.model.row_of("d")


def test_replace_all_changes_text_but_never_variables_or_link_targets(grid, qtbot):
    policy = grid.policy
    dialog = grid.open_find_replace()
    dialog.find.setText("data")
    dialog.column.setCurrentIndex(dialog.column.findData("en"))
    dialog.replace.setText("information")
    dialog.replace_all_button.click()
    b = policy.find_block("b")[1].get("en")
    d = policy.find_block("d")[1].get("en")
    assert b == "Write to {{contact_email}} about your information."
    assert d == "See [our information page](https://club.example/data)."
    assert "2 replacement(s) in 2 segment(s)." == dialog.message.text()
    # Arabic, folded: البيانات matches الشخصيّة-free and with-prefix forms, not the URL.
    count = grid.replace(FindOptions("البيانات", whole_word=True), "ar", "المعلومات", True)
    assert count == 1
    assert policy.find_block("d")[1].get("ar") == (
        "راجع [صفحة المعلومات](https://club.example/data) والبيانات الشخصيّة."
    )


@needs_arabic_dictionary
def test_arabic_misspellings_get_a_wavy_underline_and_suggestions(grid, qtbot):
    row = grid.model.row_of("a")
    grid.model.set_target(row, "يمكنك طلب نسخة من البيانت.")
    html = grid.model.index(row, Column.TARGET).data(Role.HTML)
    assert "#fe0102" in html  # the misspelled word is marked...
    option = QStyleOptionViewItem()
    option.font = grid.view.font()
    option.widget = grid.view
    doc = grid.delegate._document(option, grid.model.index(row, Column.TARGET), 400)
    underlined = []
    block = doc.begin()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            underlined.append(fragment.text())
        it += 1
    assert underlined == ["البيانت"]  # ...and drawn as a wavy line, nothing else underlined
    menu = grid.cell_menu(grid.model.index(row, Column.TARGET))
    (sub,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert sub.title() == "البيانت"
    texts = [a.text() for a in sub.actions()]
    assert "البيانات" in texts and texts[-1] == "Add “البيانت” to the dictionary"
    next(a for a in sub.actions() if a.text() == "البيانات").trigger()
    assert grid.model.block_at(row).get("ar") == "يمكنك طلب نسخة من البيانات."


@needs_arabic_dictionary
def test_the_editor_underlines_and_offers_suggestions_on_right_click(grid, qtbot):
    row = grid.model.row_of("a")
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    editor.setPlainText("نحتفظ بالبيانت")
    formats = editor.document().firstBlock().layout().formats()
    wavy = [
        f
        for f in formats
        if f.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert [(f.start, f.length) for f in wavy] == [(6, 8)]
    menu = editor.spelling_menu(9)
    assert "بالبيانات" in [a.text() for a in menu.actions()[:8]]
    next(a for a in menu.actions() if a.text() == "بالبيانات").trigger()
    assert editor.toPlainText() == "نحتفظ بالبيانات"


def test_a_missing_dictionary_means_no_underline_and_one_notice(qtbot):
    spellers = {"en": Speller("en"), "zz": Speller("zz")}
    policy = Policy(
        title={"en": "P"},
        target_languages=["zz"],
        sections=[Section(blocks=[Block(text={"en": "Hello", "zz": "qwrtp xkcd"}, id="x")])],
    )
    widget = BilingualGrid(
        policy, "en", "zz", memory=TranslationMemory("en", "zz"), spellers=spellers
    )
    qtbot.addWidget(widget)
    widget.show()
    assert widget.notice.isVisibleTo(widget)
    assert widget.notice.text().count("Spell-check is off") == 1
    assert "hunspell-zz" in widget.notice.text()
    html = widget.model.index(0, Column.TARGET).data(Role.HTML)
    assert "#fe0102" not in html
    assert widget.cell_menu(widget.model.index(0, Column.TARGET)).isEmpty()


def test_right_click_on_the_status_column_offers_no_spelling(grid):
    assert grid.cell_menu(grid.model.index(0, Column.STATUS)).isEmpty()


@needs_arabic_dictionary
def test_the_section_editor_underlines_arabic_and_corrects_from_the_menu(window, qtbot):
    from PySide6.QtGui import QTextCursor as Cursor

    editor = window.editor
    section = window.session.policy.sections[0]
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    cursor = editor.text.textCursor()
    cursor.movePosition(Cursor.MoveOperation.End)
    editor.text.setTextCursor(cursor)
    editor.text.insertPlainText(" البيانت")
    editor.commit()
    assert section.blocks[0].get("ar").endswith(" البيانت")
    block = editor.text.document().firstBlock()
    wavy = [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert wavy == ["البيانت"]  # and not the variables or the other words
    position = block.position() + block.text().index("البيانت") + 2
    rect = editor.text.cursorRect(_cursor_at(editor.text, position))
    menu = editor.context_menu(rect.center())
    fix = next(a for a in menu.actions() if a.text() == "البيانات")
    fix.trigger()
    editor.commit()
    assert section.blocks[0].get("ar").endswith(" البيانات")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()  # typing and the correction merge into one step
    assert "البيان" not in section.blocks[0].get("ar")


def _cursor_at(edit, position):
    from PySide6.QtGui import QTextCursor as Cursor

    cursor = Cursor(edit.document())
    cursor.setPosition(position)
    return cursor


def test_the_section_editor_replaces_in_its_language_never_in_variables(window, qtbot):
    editor = window.editor
    section = window.session.policy.sections[0]
    before = section.blocks[0].get("ar")
    editor.lang_box.setCurrentIndex(editor.lang_box.findData("ar"))
    dialog = editor.open_find_replace()
    assert dialog.isVisible() and dialog.column.currentData() == "ar"
    dialog.find.setText("عليك")
    dialog.replace.setText("إليك")
    dialog.replace_all_button.click()
    after = section.blocks[0].get("ar")
    assert after == before.replace("عليك", "إليك")
    assert "{{contact_email}}" in after and "**{{organization}}**" in after
    assert dialog.message.text() == "1 replacement(s) in 1 paragraph(s)."
    window.undo_action.trigger()
    assert section.blocks[0].get("ar") == before
    # A variable's name is never matched: nothing to replace.
    dialog.find.setText("organization")
    dialog.replace_all_button.click()
    assert section.blocks[0].get("ar") == before
    assert dialog.message.text() == "0 replacement(s) in 0 paragraph(s)."


def test_tmx_out_and_in_from_the_tools_menu(window, qtbot, tmp_path):
    """Both run on the database worker; the report comes when it is done."""
    path = tmp_path / "memory.tmx"
    assert window.export_tmx_action.text() == "Export translation memory (TMX)…"
    with qtbot.waitSignal(window.transfer.memory_did_end, timeout=10000) as ended:
        assert window.transfer.export_tmx(path) == path
    assert ended.args == [""]
    message = window.transfer.last_message
    assert message is not None and message.text().startswith("Wrote ")
    assert "en→ar" in message.text()
    assert path.read_bytes().startswith(b"<?xml")
    with qtbot.waitSignal(window.transfer.memory_did_end, timeout=10000) as ended:
        assert window.transfer.import_tmx(path)
    assert ended.args == [""]
    assert "already in the memory" in window.transfer.last_message.text()
    bad = tmp_path / "bad.tmx"
    bad.write_text('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx/>', encoding="utf-8")
    with qtbot.waitSignal(window.transfer.memory_did_end, timeout=10000) as ended:
        assert window.transfer.import_tmx(bad)  # started; the worker finds the file bad
    assert "declares XML entities" in ended.args[0] and "bad.tmx" in ended.args[0]
    shown = window.transfer.last_message
    assert shown.icon() == shown.Icon.Warning and "declares XML entities" in shown.text()
    # Nothing is held once they are done.
    assert window.import_tmx_action.isEnabled() and window.export_tmx_action.isEnabled()


def test_the_glossary_dialog_exports_and_imports_tbx_and_csv(qtbot, workspace, tmp_path):
    from policy_studio.storage import Workspace
    from policy_studio.ui.glossary_dialog import GlossaryDialog

    workspace.add_glossary_term("en", "ar", "personal data", "البيانات الشخصية", "legal")
    dialog = GlossaryDialog(workspace, "en", "ar")
    qtbot.addWidget(dialog)
    for name in ("terms.tbx", "terms.csv"):
        assert dialog.export_file(tmp_path / name)
        assert dialog.message.text() == f"Wrote 1 term pairs to {tmp_path / name}."
        other = Workspace.create(tmp_path / f"{name}.pstudio")
        fresh = GlossaryDialog(other, "en", "ar")
        qtbot.addWidget(fresh)
        changed: list[bool] = []
        fresh.glossary_did_change.connect(lambda seen=changed: seen.append(True))
        assert fresh.import_file(tmp_path / name)
        assert fresh.table.rowCount() == 1 and fresh.table.item(0, 1).text() == "البيانات الشخصية"
        assert changed and "1 added" in fresh.message.text()
        other.close()
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"term;translation\n")
    assert not dialog.import_file(broken)
    assert "first row must name the languages" in dialog.message.text()


def test_ctrl_k_inside_the_open_editor_opens_the_concordance_and_keeps_the_text(grid, qtbot):
    row = grid.model.row_of("d")
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    text = editor.toPlainText()
    cursor = editor.textCursor()
    cursor.setPosition(text.index("والبيانات"))
    cursor.setPosition(text.index("والبيانات") + len("والبيانات"), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    press(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == text  # not Qt's "delete to end of line"
    dialog = grid._concordance
    assert dialog is not None and dialog.isVisible()
    assert dialog.query.text() == "والبيانات"


def test_propagation_can_be_switched_off_in_the_grid(grid, qtbot):
    assert grid.propagate_box.isChecked() and grid.propagate_box.isVisible()
    grid.propagate_box.setChecked(False)
    first, twin = grid.model.row_of("a"), grid.model.row_of("c")
    grid.model.set_target(first, "يمكنك أن تطلب نسخة.")
    grid.confirm_and_next(first)
    assert grid.model.block_at(twin).get("ar") == ""
    assert grid.model.last_propagation is None


def test_the_pre_translate_button_asks_for_the_threshold(grid, monkeypatch):
    """The button's click used to hand its "checked" (False) over as the threshold: nothing
    was asked and any fuzzy match was taken."""
    from PySide6.QtWidgets import QDialog, QPushButton

    from policy_studio.ui import bilingual_grid

    asked = []
    monkeypatch.setattr(
        bilingual_grid.PretranslateDialog,
        "exec",
        lambda dialog: asked.append(dialog.min_score.value()) or QDialog.DialogCode.Rejected,
    )
    grid.findChild(QPushButton, "pretranslate").click()
    assert len(asked) == 1  # the threshold was asked; cancelled: nothing filled
    model = grid.model
    assert not any(model.block_at(r).state("ar").pretranslated for r in range(model.rowCount()))
