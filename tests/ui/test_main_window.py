"""The main window shows the library, the policy outline and a preview, Arabic right-to-left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from policy_studio.library.compose import policy_from_clauses
from policy_studio.ui.main_window import MainWindow


def test_window_lists_library_and_outline_and_previews_arabic_rtl(qtbot, workspace, clauses):
    policy = policy_from_clauses(
        "Club notice", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.variables = {"organization": {"en": "Harbour Club", "ar": "نادي الميناء"}}
    workspace.save_policy(policy)
    window = MainWindow(workspace)
    qtbot.addWidget(window)

    assert window.library.count() == 3
    assert [window.outline.item(i).text()[:3] for i in range(3)] == ["1. ", "2. ", "3. "]

    window.lang_box.setCurrentIndex(window.lang_box.findData("ar"))
    document = window.preview.document()
    text = document.toPlainText()
    assert "التواصل مع الفريق" in text and "نادي الميناء" in text
    assert "{{" not in text
    block = document.findBlock(text.index("التواصل"))
    assert block.blockFormat().layoutDirection() == Qt.RightToLeft
    assert document.defaultTextOption().textDirection() == Qt.RightToLeft

    window.lang_box.setCurrentIndex(window.lang_box.findData("en"))
    text = window.preview.document().toPlainText()
    assert "Reaching the team" in text
    assert "[contact_email]" in text  # unfilled: shown as a visible placeholder


def test_search_filters_the_library_as_you_type(qtbot, workspace):
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.search.setText("سجلات")
    assert window.library.count() == 1
    window.search.setText("")
    assert window.library.count() == 3


def test_selecting_a_section_previews_only_that_section(qtbot, workspace, clauses):
    policy = policy_from_clauses("P", [(c, None) for c in clauses])
    workspace.save_policy(policy)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.outline.setCurrentRow(1)
    text = window.preview.document().toPlainText()
    assert text.startswith("2. Keeping records")
    assert "Reaching the team" not in text
    cursor = QTextCursor(window.preview.document())
    assert cursor.block().text().startswith("2.")
