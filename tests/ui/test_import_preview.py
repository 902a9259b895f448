"""The import preview dialog: what the user sees of a read file, and correcting it before import."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from policy_studio.io.build import build
from policy_studio.io.intermediate import ParsedDocument, Role
from policy_studio.io.readers.structure import classify_text
from policy_studio.ui.import_preview import ImportPreviewDialog
from policy_studio.ui.models.import_lines import ImportLinesModel

TEXT = (
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


def parsed() -> ParsedDocument:
    return ParsedDocument(classify_text(TEXT), file="bakery.txt", encoding="utf-8")


def summarize(document: ParsedDocument) -> str:
    result = build(document)
    return f"{len(result.policy.sections)} sections."


def test_model_shows_roles_and_one_text_column_per_language():
    model = ImportLinesModel(parsed())
    assert model.languages == ["en", "ar"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Role",
        "English",
        "Arabic",
    ]
    rows = {
        model.data(model.index(r, 1)) or model.data(model.index(r, 2)): model.data(
            model.index(r, 0)
        )
        for r in range(model.rowCount())
    }
    assert rows["Skip to main content"] == "Dropped"
    assert rows["Bakery Notice"] == "Title"
    assert rows["Bread Orders"] == "Heading"
    assert rows["• phone number"] == "Bullet"
    arabic_row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 2)) == "طلبات الخبز"
    )
    assert model.data(model.index(arabic_row, 1)) is None


def test_user_corrects_a_line_and_the_summary_follows(qtbot):
    dialog = ImportPreviewDialog(parsed(), summarize)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert dialog.summary.text() == (
        "4 headings, 1 lines dropped; languages: English, Arabic. 2 sections."
    )
    before = dialog.summary.text()
    row = next(
        r for r in range(model.rowCount()) if model.lines[r].text == "Thank you for shopping"
    )
    assert model.lines[row].role is Role.HEADING
    dialog.table.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    with qtbot.waitSignal(model.line_role_did_change):
        dialog.role_buttons[Role.DEBRIS].click()
    assert model.lines[row].role is Role.DEBRIS
    assert model.data(model.index(row, 0)) == "Dropped"
    assert dialog.summary.text() != before
    # Nothing is written by the dialog: the caller builds from the corrected lines.
    result = build(dialog.document())
    assert "Thank you for shopping" in [d.text for d in result.report.dropped]
    assert [s.heading.text for s in result.policy.sections] == [
        {"en": "Bread Orders", "ar": "طلبات الخبز"}
    ]


def test_a_paragraph_can_become_a_heading(qtbot):
    dialog = ImportPreviewDialog(parsed())
    qtbot.addWidget(dialog)
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.lines[r].text.startswith("We keep"))
    assert model.setData(model.index(row, 0), Role.HEADING.value)
    assert model.lines[row].role is Role.HEADING and model.lines[row].level == 1
    assert not model.setData(model.index(0, 1), "heading")  # text columns are not role editors


def test_arabic_column_is_painted_right_to_left(qtbot):
    dialog = ImportPreviewDialog(parsed())
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    dialog.table.itemDelegate().initStyleOption(option, dialog.model.index(0, 2))
    assert option.direction == Qt.LayoutDirection.RightToLeft
    option = QStyleOptionViewItem()
    dialog.table.itemDelegate().initStyleOption(option, dialog.model.index(0, 1))
    assert option.direction == Qt.LayoutDirection.LeftToRight


def test_the_preview_gets_its_lines_from_the_registry(tmp_path, qtbot):
    from policy_studio.io import registry

    path = tmp_path / "bakery.txt"
    path.write_text(TEXT, encoding="utf-8")
    dialog = ImportPreviewDialog(registry.parser_for_path(path)(path))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Import preview — {path}"
    assert dialog.model.rowCount() == len(classify_text(TEXT))


def test_the_preview_summary_accounts_for_every_word_per_language(qtbot):
    from policy_studio.ui.transfer_actions import _summary

    dialog = ImportPreviewDialog(parsed(), _summary)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "English: 30 words in, 26 imported, 4 dropped, 0 changed." in text
    assert "Arabic: 18 words in, 18 imported, 0 dropped, 0 changed." in text
    assert "to check" not in text
    # Summarising builds a copy: the lines the user sees keep their text and roles.
    assert [line.text for line in dialog.model.lines][:2] == [
        "Skip to main content",
        "Bakery Notice",
    ]
