"""The Export dialog driven like a user: pick languages, layout, approvers, path; export."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt

from policy_studio.layout.options import Layout
from policy_studio.model import Policy
from policy_studio.ui.export_dialog import ExportDialog


def choose(box: object, data: object) -> None:
    box.setCurrentIndex(box.findData(data))  # type: ignore[attr-defined]


def test_bilingual_docx_export_with_approvers(
    qtbot: object, export_policy: Policy, tmp_path: Path
) -> None:
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    choose(dialog.format_box, "docx")
    assert dialog.options().languages == ["en", "ar"]
    choose(dialog.layout_box, Layout.COLUMNS.value)
    dialog.add_signer("Amina Yusuf", "DPO")
    dialog.output.setText(str(tmp_path / "notice"))
    with qtbot.waitSignal(dialog.export_did_finish) as blocker:  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    path, warnings = blocker.args
    assert path == str(tmp_path / "notice.docx")
    assert any("retention_period" in w for w in warnings)
    document = docx.Document(path)
    assert [c.text for c in document.tables[0].rows[0].cells] == ["English", "العربية"]
    assert [c.text for c in document.tables[-1].rows[1].cells][:2] == ["Amina Yusuf", "DPO"]


def test_one_language_disables_layout_and_preview_is_right_to_left(
    qtbot: object, export_policy: Policy
) -> None:
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    choose(dialog.first_lang, "ar")
    choose(dialog.second_lang, "")
    assert not dialog.layout_box.isEnabled()
    assert dialog.options().layout is Layout.SINGLE
    dialog.refresh_preview()
    document = dialog.preview.document()
    assert "إشعار الخصوصية" in document.toPlainText()
    assert document.firstBlock().blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "retention_period" in dialog.message.text()


def test_export_without_a_path_says_so_and_stays_open(qtbot: object, export_policy: Policy) -> None:
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.export()
    assert "Choose where" in dialog.message.text()
    assert dialog.result() == 0  # not accepted: the dialog stays open


def test_format_change_updates_the_suffix(
    qtbot: object, export_policy: Policy, tmp_path: Path
) -> None:
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.output.setText(str(tmp_path / "notice.docx"))
    choose(dialog.format_box, "html")
    assert dialog.output.text() == str(tmp_path / "notice.html")


def test_preview_of_a_long_policy_shows_the_first_sections(
    qtbot: object, export_policy: Policy
) -> None:
    from policy_studio.ui.export_dialog import PREVIEW_SECTIONS

    export_policy.sections = [export_policy.sections[0].copy(keep_ids=False) for _ in range(40)]
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    text = dialog.preview.document().toPlainText()
    assert f"{PREVIEW_SECTIONS}. What we collect" in text
    assert f"{PREVIEW_SECTIONS + 1}. What we collect" not in text
    assert f"first {PREVIEW_SECTIONS} sections" in dialog.message.text()


def test_pdf_is_written_in_the_background_with_progress(
    qtbot: object, export_policy: Policy, tmp_path: Path
) -> None:
    """The window stays live while the PDF is printed: stages are shown, then the file."""
    dialog = ExportDialog(export_policy)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    dialog.output.setText(str(tmp_path / "notice.pdf"))
    stages: list[str] = []
    with qtbot.waitSignal(dialog.export_did_finish, timeout=60000) as blocker:  # type: ignore[attr-defined]
        dialog.export()
        assert not dialog.buttons.isEnabled() and not dialog.progress.isHidden()
        dialog.job.progress.connect(stages.append)
        shown: list[str] = []
        dialog.job.progress.connect(lambda _stage: shown.append(dialog.progress.format()))
    assert blocker.args[0] == str(tmp_path / "notice.pdf")
    assert (tmp_path / "notice.pdf").read_bytes().startswith(b"%PDF")
    assert "writing" in stages
    # The bar counts the pages as WeasyPrint lays them out, then says it writes the file.
    pages = [text for text in shown if "page " in text]
    assert pages and pages[0] == "Breaking it into pages… page 1", shown
    assert shown[-1] == "Writing the file…"
    assert dialog.buttons.isEnabled() and dialog.progress.isHidden()
