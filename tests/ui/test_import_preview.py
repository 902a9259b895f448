"""The import preview window: both files side by side, corrections a user makes with the buttons,
undo, tables drawn as tables, and a report naming each file (no folders) and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from policy_studio.io.intermediate import ParsedDocument, Role
from policy_studio.io.readers.markdown import parse as parse_markdown
from policy_studio.io.readers.structure import classify_text
from policy_studio.model import Status
from policy_studio.ui.import_preview import ImportPreviewDialog, SplitDialog
from policy_studio.ui.models.import_pairs import ImportPairsModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"
ENGLISH = (FIXTURES / "garden_en.md").read_text(encoding="utf-8")
ARABIC = (FIXTURES / "garden_ar.md").read_text(encoding="utf-8")

BAKERY = (
    "Skip to main content\n\n"
    "Bakery Notice\n\n"
    "Bread Orders\n\n"
    "We keep your phone number until your order is collected, then we delete it.\n\n"
    "Thank you for shopping\n\n"
    "  • phone number\n  • order list\n\n"
    "إشعار المخبز\n\n"
    "طلبات الخبز\n\n"
    "نحتفظ برقم هاتفك حتى تستلم طلبك، ثم نحذفه مباشرة بعد ذلك من سجلاتنا كلها.\n"
)


def garden_files(tmp_path, arabic: str = ARABIC):
    folder = tmp_path / "deep" / "folder"
    folder.mkdir(parents=True)
    english = folder / "garden.md"
    english.write_text(ENGLISH, encoding="utf-8")
    second = folder / "garden-ar.md"
    second.write_text(arabic, encoding="utf-8")
    return english, second


def garden_dialog(qtbot, tmp_path, arabic: str = ARABIC) -> ImportPreviewDialog:
    english, second = garden_files(tmp_path, arabic)
    dialog = ImportPreviewDialog(
        parse_markdown(english), translation=("ar", parse_markdown(second))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown(dialog: ImportPreviewDialog) -> list[list[str]]:
    """Every cell's visible text, row by row."""
    model = dialog.model
    return [
        [model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def row_of(dialog: ImportPreviewDialog, start: str) -> int:
    return next(
        r for r, cells in enumerate(shown(dialog)) if any(c.startswith(start) for c in cells)
    )


def report(dialog: ImportPreviewDialog) -> list[str]:
    return [dialog.report.item(i).text() for i in range(dialog.report.count())]


def test_both_files_show_side_by_side_with_pairs_on_one_row(qtbot, tmp_path):
    dialog = garden_dialog(qtbot, tmp_path)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Kind", "Pairing", "English — garden.md", "Arabic — garden-ar.md"]
    assert dialog.windowTitle() == "Import preview — garden.md + garden-ar.md"
    rows = shown(dialog)
    assert rows[0] == ["Title", "Paired", "Garden Club Privacy Notice", "إشعار خصوصية نادي الحديقة"]
    assert rows[1] == ["Section 1", "Paired", "What we keep", "ما نحتفظ به"]
    # The English paragraph whose translation was run into the next one has no partner: marked.
    alone = row_of(dialog, "We keep each member")
    assert rows[alone][1] == "Only in English" and rows[alone][3] == ""
    assert model.data(model.index(alone, 3), Qt.ItemDataRole.BackgroundRole) is not None
    # A pair sits on one row: English on the left, Arabic beside it, at the same height.
    english = dialog.table.visualRect(model.index(0, 2))
    arabic = dialog.table.visualRect(model.index(0, 3))
    assert english.top() == arabic.top() and english.right() < arabic.left()
    assert english.width() > 200 and arabic.width() > 200
    # Each row is as tall as its wrapped text, no taller (heights follow the column widths).
    spacing = dialog.table.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: dialog.table.rowHeight(alone) < 4 * spacing)
    assert dialog.table.rowHeight(alone) >= spacing
    # The Arabic cell is laid out right to left.
    assert model.data(model.index(0, 3), ImportPairsModel.HtmlRole).startswith('<div dir="rtl"')


def test_a_table_shows_as_a_table_paired_cell_by_cell(qtbot, tmp_path):
    dialog = garden_dialog(qtbot, tmp_path)
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Table")
    assert model.data(model.index(row, 1)) == "Paired"
    html = model.data(model.index(row, 2), ImportPairsModel.HtmlRole)
    assert html.count("<tr>") == 3 and html.count("<th") == 2 and html.count("<td") == 4
    assert "Membership contract" in html and "bgcolor" not in html  # every cell has its partner
    arabic = model.data(model.index(row, 3), ImportPairsModel.HtmlRole)
    # Right to left: the first column ("الغرض") is drawn at the right, i.e. written last.
    assert 'dir="rtl"' in arabic and arabic.index("الأساس القانوني") < arabic.index("الغرض")
    # Drawn as a table: the row is as tall as three table rows, not one line of text.
    qtbot.waitUntil(lambda: dialog.table.rowHeight(row) > 2 * dialog.table.rowHeight(0))
    # A table keeps its kind and is not split like text.
    dialog.select(row, "en")
    assert not dialog.split_button.isEnabled()
    assert not dialog.role_buttons[Role.HEADING].isEnabled()


def test_a_cell_missing_in_the_other_language_is_marked(qtbot, tmp_path):
    arabic = ARABIC.replace("| إرسال النشرة | الموافقة |", "| إرسال النشرة | |")
    dialog = garden_dialog(qtbot, tmp_path, arabic)
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Table")
    assert model.data(model.index(row, 1)) == "Cells without a partner: 1"
    assert model.data(model.index(row, 2), ImportPairsModel.HtmlRole).count("bgcolor") == 1
    assert model.data(model.index(row, 3), ImportPairsModel.HtmlRole).count("bgcolor") == 1


def test_split_with_the_split_dialog_pairs_both_and_undo_redo(qtbot, tmp_path):
    dialog = garden_dialog(qtbot, tmp_path)
    before = shown(dialog)
    row = row_of(dialog, "نحتفظ باسم")
    dialog.select(row, "ar")
    assert dialog.split_button.isEnabled()

    def split_in_the_dialog():
        box = dialog.split_dialog
        assert isinstance(box, SplitDialog) and box.isVisible()
        cursor = box.editor.textCursor()
        cursor.setPosition(box.editor.toPlainText().index("نحتفظ بمحاضر"))
        box.editor.setTextCursor(cursor)
        box.split_button.click()

    QTimer.singleShot(0, lambda: QTimer.singleShot(50, split_in_the_dialog))
    dialog.split_dialog = None
    dialog.split_button.click()
    rows = shown(dialog)
    first, second = row_of(dialog, "We keep each member"), row_of(dialog, "We keep the minutes")
    assert rows[first][1:] == [
        "Paired",
        "We keep each member's name and phone number so we can call them about meetings.",
        "نحتفظ باسم كل عضو ورقم هاتفه حتى نتصل به بشأن الاجتماعات.",
    ]
    assert rows[second][3] == "نحتفظ بمحاضر الاجتماعات لمدة 5 سنوات."
    assert report(dialog)[0] == (
        "You: “نحتفظ باسم كل عضو ورقم هاتفه حتى نتصل به بشأن الاجتماعات. ن…” "
        "(garden-ar.md, line 5) split before “نحتفظ بمحاضر الاجتماعات لمدة 5 سنوات.”"
    )
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert shown(dialog) == before
    assert not any(line.startswith("You:") for line in report(dialog))
    dialog.redo_button.click()
    assert shown(dialog)[row_of(dialog, "We keep the minutes")][3].startswith("نحتفظ بمحاضر")


def test_merge_two_lines_with_the_merge_button(qtbot, tmp_path):
    arabic = ARABIC.replace("راسلونا على", "راسلونا\n\nعلى")
    dialog = garden_dialog(qtbot, tmp_path, arabic)
    first = row_of(dialog, "راسلونا")
    assert shown(dialog)[first][3] == "راسلونا"
    dialog.select(first, "ar")
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    contact = row_of(dialog, "Write to")
    assert shown(dialog)[contact][1:] == [
        "Paired",
        "Write to privacy@garden.example with any question.",
        "راسلونا على privacy@garden.example بأي سؤال.",
    ]
    assert report(dialog)[0] == (
        "You: “راسلونا” (garden-ar.md, line 16) merged with “على privacy@garden.example بأي سؤال.” "
        "(garden-ar.md, line 18)"
    )


def test_unpair_then_pair_with_the_buttons(qtbot, tmp_path):
    dialog = garden_dialog(qtbot, tmp_path)
    contact = row_of(dialog, "Write to")
    dialog.select(contact, "en")
    assert dialog.unpair_button.isEnabled() and not dialog.pair_button.isEnabled()
    dialog.unpair_button.click()
    english, arabic = row_of(dialog, "Write to"), row_of(dialog, "راسلونا")
    assert english != arabic
    assert shown(dialog)[english][1] == shown(dialog)[arabic][1] == "Unpaired by you"
    # Ctrl+click the two texts, then Pair.
    dialog.select(english, "en", (arabic, "ar"))
    assert dialog.pair_button.isEnabled()
    dialog.pair_button.click()
    row = row_of(dialog, "Write to")
    assert shown(dialog)[row][1:] == [
        "Paired by you",
        "Write to privacy@garden.example with any question.",
        "راسلونا على privacy@garden.example بأي سؤال.",
    ]
    lines = report(dialog)
    assert lines[0].startswith("You: “Write to privacy@garden.example with any question.” ")
    assert "unpaired from “راسلونا" in lines[0]
    assert lines[1] == (
        "You: “Write to privacy@garden.example with any question.” (garden.md, line 18) paired "
        "with “راسلونا على privacy@garden.example بأي سؤال.” (garden-ar.md, line 16)"
    )
    dialog.import_button.click()
    policy = dialog.import_result().policy
    block = next(b for _, b in policy.iter_blocks() if b.get("en").startswith("Write to"))
    assert block.get("ar").startswith("راسلونا") and block.state("ar").status is Status.TRANSLATED
    dialog.undo_button.click()
    dialog.undo_button.click()
    assert shown(dialog)[row_of(dialog, "Write to")][1] == "Paired"


def test_kind_and_language_of_a_line_in_a_bilingual_file(qtbot):
    document = ParsedDocument(classify_text(BAKERY), file="/home/user/bakery.txt", encoding="utf-8")
    dialog = ImportPreviewDialog(document)
    qtbot.addWidget(dialog)
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Kind",
        "Pairing",
        "English — bakery.txt",
        "Arabic — bakery.txt",
    ]
    row = row_of(dialog, "Thank you for shopping")
    assert shown(dialog)[row][:2] == ["Section 2", "Only in English"]
    dialog.select(row, "en")
    dialog.role_buttons[Role.PARAGRAPH].click()
    assert shown(dialog)[row_of(dialog, "Thank you for shopping")][0] == "Paragraph"
    assert report(dialog)[0] == (
        "You: “Thank you for shopping” (bakery.txt, line 9): heading → paragraph"
    )
    dialog.select(row_of(dialog, "Thank you for shopping"), "en")
    actions = {a.text(): a for a in dialog.language_menu.actions()}
    assert list(actions) == ["English", "Arabic"]  # the two languages being imported
    actions["Arabic"].trigger()
    # Now Arabic text, it opens the Arabic half: joined to the Arabic title (and reported so).
    moved = row_of(dialog, "Thank you for shopping")
    assert shown(dialog)[moved][2:] == ["Bakery Notice", "Thank you for shopping إشعار المخبز"]
    assert any(
        line.startswith("Joined into one block — bakery.txt, line 9; bakery.txt, line 14")
        for line in report(dialog)
    )
    assert report(dialog)[1].endswith(": language English → Arabic")
    # The report names the file without its folders, and every dropped line with its place.
    assert "Dropped — bakery.txt, line 1: “Skip to main content” (navigation)" in report(dialog)
    assert not any("/home/user" in line for line in report(dialog))
    dialog.undo_stack.undo()
    dialog.undo_stack.undo()
    assert shown(dialog)[row][:3] == ["Section 2", "Only in English", "Thank you for shopping"]


def test_the_summary_accounts_for_every_word_per_language(qtbot):
    document = ParsedDocument(classify_text(BAKERY), file="bakery.txt", encoding="utf-8")
    dialog = ImportPreviewDialog(document)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "English: 30 words in, 26 imported, 4 dropped, 0 changed." in text
    assert "Arabic: 18 words in, 18 imported, 0 dropped, 0 changed." in text
    assert "In one language only: 3." in text
    dialog.select(row_of(dialog, "Thank you for shopping"), "en")
    dialog.role_buttons[Role.DEBRIS].click()
    assert "English: 30 words in, 22 imported, 8 dropped, 0 changed." in dialog.summary.text()
    assert "Dropped — bakery.txt, line 9: “Thank you for shopping” (changed by you)" in report(
        dialog
    )


def test_a_refused_correction_says_why_and_changes_nothing(qtbot, tmp_path):
    dialog = garden_dialog(qtbot, tmp_path)
    before = shown(dialog)
    row = row_of(dialog, "Write to")
    dialog.select(row, "en")
    assert not dialog.split_selected(0)
    assert dialog.message.text() == "Not changed: split inside the text, not at its start or end"
    assert shown(dialog) == before and not dialog.undo_button.isEnabled()


def test_import_through_the_window_with_a_second_file(qtbot, window, tmp_path):
    english, arabic = garden_files(tmp_path)
    dialog = window.transfer.import_document(english, translation=("ar", arabic))
    assert dialog.isVisible() and dialog.windowTitle().endswith("garden.md + garden-ar.md")
    dialog.select(row_of(dialog, "نحتفظ باسم"), "ar")
    dialog.split_selected(
        dialog.draft.line_text(dialog.selected_texts()[0][0].keys["ar"][0]).index("نحتفظ بمحاضر")
    )
    dialog.import_button.click()
    QApplication.processEvents()
    policy = window.session.policy
    assert policy.languages == ["en", "ar"]
    blocks = [b for b in policy.sections[0].blocks]
    assert [b.get("ar")[:12] for b in blocks] == ["نحتفظ باسم ك", "نحتفظ بمحاضر"]
    message = window.transfer.last_message.text()
    assert "You: “نحتفظ باسم" in message and str(tmp_path) not in message


def test_a_pair_on_weak_evidence_is_marked_to_check(qtbot, tmp_path):
    english = tmp_path / "share.md"
    english.write_text(
        "# Sharing Notice\n\n## Sharing\n\nWe share payroll data with 2 banks.\n\n"
        "We share addresses with 1 courier.\n",
        encoding="utf-8",
    )
    arabic = tmp_path / "share-ar.md"
    arabic.write_text(
        "# إشعار المشاركة\n\n## المشاركة\n\n"
        "نشارك بيانات الرواتب مع ٣ مصارف وشركات تأمين عدة في المنطقة كلها.\n\n"
        "نشارك العناوين مع شركة توصيل ١ فقط.\n",
        encoding="utf-8",
    )
    dialog = ImportPreviewDialog(
        parse_markdown(english), translation=("ar", parse_markdown(arabic))
    )
    qtbot.addWidget(dialog)
    model = dialog.model
    row = row_of(dialog, "We share payroll")
    status = model.data(model.index(row, 1))
    assert status.startswith("Check this pair (0.")
    assert "numbers" in model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert any(
        line.startswith("Check this pair — share.md, line 5; share-ar.md, line 5: We share payroll")
        for line in report(dialog)
    )
    assert "1 pairs to check (kept as drafts)." in dialog.summary.text()
    # The user separates them: nothing left to check, both texts kept on rows of their own.
    dialog.select(row, "en")
    dialog.unpair_button.click()
    assert "pairs to check" not in dialog.summary.text()
    assert shown(dialog)[row_of(dialog, "We share payroll")][1] == "Unpaired by you"
    assert shown(dialog)[row_of(dialog, "نشارك بيانات")][1] == "Unpaired by you"


def test_a_long_import_lays_out_the_rows_the_user_scrolls_to(qtbot):
    long = " ".join(["We keep the delivery note of every order we send to you."] * 12)
    text = "Delivery Notice\n\n" + "".join(f"Note {n} is kept.\n\n" for n in range(300)) + long
    dialog = ImportPreviewDialog(ParsedDocument(classify_text(text), file="notes.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, last = dialog.table, dialog.model.rowCount() - 1
    spacing = table.fontMetrics().lineSpacing()
    assert shown(dialog)[last][2].startswith("We keep the delivery note")
    table.scrollToBottom()
    # The long paragraph wraps: its row grows to show every line once it is on screen.
    qtbot.waitUntil(lambda: table.rowHeight(last) > 3 * spacing)
    # …and stays whole on screen at the end of the list.
    qtbot.waitUntil(
        lambda: (
            table.visualRect(dialog.model.index(last, 2)).bottom() <= table.viewport().height() + 1
        )
    )


def test_a_line_the_reader_dropped_can_be_kept_from_the_report(qtbot):
    document = ParsedDocument(classify_text(BAKERY), file="bakery.txt", encoding="utf-8")
    dialog = ImportPreviewDialog(document)
    qtbot.addWidget(dialog)
    assert not dialog.keep_button.isEnabled()
    lines = report(dialog)
    dropped = lines.index("Dropped — bakery.txt, line 1: “Skip to main content” (navigation)")
    dialog.report.setCurrentRow(dropped)
    assert dialog.keep_button.isEnabled()
    dialog.keep_button.click()
    row = row_of(dialog, "Skip to main content")
    assert shown(dialog)[row][0] == "Paragraph" and shown(dialog)[row][2] == "Skip to main content"
    assert report(dialog)[0] == (
        "You: “Skip to main content” (bakery.txt, line 1): left out → paragraph"
    )
    assert "English: 30 words in, 30 imported, 0 dropped" in dialog.summary.text()
    # Kept, the line took the Arabic title as its partner (the reason of each kind is the
    # tooltip of the kind): the user unpairs them and pairs the Arabic title with the title.
    model = dialog.model
    assert shown(dialog)[row][3] == "إشعار المخبز"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == (
        "English: changed by you\nArabic: title-like line"
    )
    assert shown(dialog)[0][:4] == ["Title", "Only in English", "Bakery Notice", ""]
    dialog.select(row, "en")
    dialog.unpair_button.click()
    dialog.select(0, "en", (row_of(dialog, "إشعار المخبز"), "ar"))
    assert dialog.pair_button.isEnabled()
    dialog.pair_button.click()
    assert shown(dialog)[0][:4] == ["Title", "Paired by you", "Bakery Notice", "إشعار المخبز"]
    assert shown(dialog)[row_of(dialog, "Skip to main content")][3] == ""
    assert dialog.import_result().policy.title == {"en": "Bakery Notice", "ar": "إشعار المخبز"}
    for _ in range(3):
        dialog.undo_button.click()
    assert not any(cells[2] == "Skip to main content" for cells in shown(dialog))


def test_add_a_translation_file_from_the_preview(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    english, arabic = garden_files(tmp_path)
    dialog = window.transfer.import_document(english)
    assert dialog.add_file_button.isVisible()
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Kind",
        "Pairing",
        "English — garden.md",
    ]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(arabic), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda _w, _t, _l, items, *a: (items[0], True))
    dialog.add_file_button.click()
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Arabic — garden-ar.md"
    assert not dialog.add_file_button.isVisible()
    assert shown(dialog)[0][3] == "إشعار خصوصية نادي الحديقة"
    dialog.import_button.click()
    assert window.session.policy.languages == ["en", "ar"]


@pytest.fixture
def arabic_interface(qapp, tmp_path):
    from policy_studio.ui.i18n import InterfaceLanguage

    from .test_i18n import compile_qm

    installed = InterfaceLanguage(qapp, "ar", compile_qm("ar", tmp_path))
    yield
    installed.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_preview_in_the_arabic_interface(qtbot, tmp_path, arabic_interface):
    dialog = garden_dialog(qtbot, tmp_path)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["النوع", "المطابقة", "الإنجليزية — garden.md", "العربية — garden-ar.md"]
    assert shown(dialog)[0][:2] == ["العنوان", "مطابَق"]
    assert shown(dialog)[row_of(dialog, "We keep each member")][1] == "في الإنجليزية فقط"
    # Mirrored: the source language's column is at the right, its translation to its left.
    english = dialog.table.visualRect(model.index(0, 2))
    arabic = dialog.table.visualRect(model.index(0, 3))
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.table.isRightToLeft() and english.top() == arabic.top()
    assert english.left() > arabic.right()
    dialog.select(row_of(dialog, "Write to"), "en")
    assert not dialog.split_selected(0)
    assert dialog.message.text() == "لم يتغير شيء: اقسم داخل النص، لا عند بدايته أو نهايته"
    dialog.select(row_of(dialog, "Write to"), "en")
    dialog.unpair_button.click()
    assert report(dialog)[0].startswith(
        "أنت: «Write to privacy@garden.example with any question.» "
    )
    assert "(garden.md، السطر 18) فُصل عن «راسلونا" in report(dialog)[0]
