"""The window as a Word or Trados user meets it (issue 15): selection, layout, dialogs, menus.

Each test drives the real MainWindow with keys, menus and buttons and asserts what the user
sees: the highlighted row, the text in the editor, panel widths, visible labels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from policy_studio.model import Variable

# The offscreen platform cannot resize native windows, raise popups or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def highlighted_title(window) -> str:
    return str(window.outline.view.currentIndex().data())


def test_moving_a_section_keeps_the_highlight_and_the_editor_on_it(window):
    outline = window.outline
    outline.select(window.session.policy.sections[0].id)
    moved = window.session.policy.sections[0].id
    outline.view.setFocus()
    QTest.keyClick(outline.view, Qt.Key_Down, Qt.AltModifier)
    assert highlighted_title(window).startswith("2. Reaching the team")
    assert outline.view.selectionModel().isSelected(outline.view.currentIndex())
    assert window.editor.section_id == moved
    assert "Write to" in window.editor.text.toPlainText()
    # A second move goes on in the same direction's opposite from the new place: back to the top.
    assert outline.move_up_action.isEnabled() and not outline.move_down_action.isEnabled()
    QTest.keyClick(outline.view, Qt.Key_Up, Qt.AltModifier)
    assert highlighted_title(window).startswith("1. Reaching the team")
    assert window.editor.section_id == moved


def test_section_menu_move_keeps_the_moved_section_selected(window):
    window.outline.select(window.session.policy.sections[1].id)
    moved = window.session.policy.sections[1].id
    window.outline.move_up_action.trigger()
    assert highlighted_title(window).startswith("1. Keeping records")
    assert window.editor.section_id == moved
    assert "Records stay with us" in window.editor.text.toPlainText()
    window.undo_action.trigger()
    assert highlighted_title(window).startswith("2. Keeping records")
    assert window.editor.section_id == moved


def dock_widths(window) -> dict[str, int]:
    return {name: dock.width() for name, dock in window.docks.items() if dock.isVisible()}


def settle(qtbot) -> None:
    qtbot.wait(50)


def test_write_compare_write_keeps_the_outline_width(window, qtbot):
    window.resize(1300, 740)
    settle(qtbot)
    before = dock_widths(window)
    window.compare_action.trigger()
    settle(qtbot)
    window.write_action.trigger()
    settle(qtbot)
    after = dock_widths(window)
    assert after == before


def test_translate_write_keeps_preview_and_variables(window, qtbot):
    window.resize(1300, 740)
    settle(qtbot)
    before = dock_widths(window)
    heights = (window.docks["preview"].height(), window.docks["variables"].height())
    window.translate_action.trigger()
    settle(qtbot)
    window.write_action.trigger()
    settle(qtbot)
    assert dock_widths(window) == before
    assert (window.docks["preview"].height(), window.docks["variables"].height()) == heights


def reopen(qtbot, window, settings, variables):
    """Close ``window`` as the user does and open the same policy in a new window."""
    from policy_studio.app.session import Session
    from policy_studio.storage import Workspace
    from policy_studio.ui.main_window import MainWindow

    path, policy_id = window.session.workspace.path, window.session.policy.id
    window.close()
    workspace = Workspace.open(path)
    session = Session(workspace)
    session.policy = workspace.policy(policy_id)
    second = MainWindow(session, settings, variables)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    settle(qtbot)
    return second


def test_the_layout_is_kept_per_view_across_a_restart(window, qtbot, settings, variables):
    window.resize(900, 700)  # within the offscreen test screen (800×800; the window's minimum)
    settle(qtbot)
    size = window.size()
    window.docks["preview"].hide()
    window.translate_action.trigger()
    window.docks["outline"].hide()  # a translator who wants the whole width for the grid
    window.write_action.trigger()
    settle(qtbot)
    write_widths = dock_widths(window)
    second = reopen(qtbot, window, settings, variables)
    assert second.size() == size
    assert dock_widths(second) == write_widths
    assert second.docks["preview"].isHidden()
    second.translate_action.trigger()
    assert second.docks["outline"].isHidden()
    second.write_action.trigger()
    assert not second.docks["outline"].isHidden()
    second.close()


def test_the_english_layout_is_not_restored_over_the_arabic_one(window, qtbot, settings, variables):
    window.docks["preview"].hide()
    QApplication.setLayoutDirection(Qt.RightToLeft)
    try:
        arabic = reopen(qtbot, window, settings, variables)
        # A fresh Arabic start, mirrored: library outermost on the right, preview shown.
        assert arabic.dockWidgetArea(arabic.docks["library"]) == Qt.RightDockWidgetArea
        assert arabic.dockWidgetArea(arabic.docks["preview"]) == Qt.LeftDockWidgetArea
        assert not arabic.docks["preview"].isHidden()
        arabic.docks["variables"].hide()
    finally:
        QApplication.setLayoutDirection(Qt.LeftToRight)
    english = reopen(qtbot, arabic, settings, variables)
    assert english.dockWidgetArea(english.docks["library"]) == Qt.LeftDockWidgetArea
    assert english.docks["preview"].isHidden()  # the English layout as the user left it
    assert not english.docks["variables"].isHidden()  # the Arabic one's choice stays there
    english.close()


# -- screens of real sizes (a subprocess each: Qt picks its screen once per process) ---------


def run_window(folder, screen, direction, steps):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "window_probe", Path(__file__).with_name("window_probe.py")
    )
    assert spec is not None and spec.loader is not None
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    return probe.run_window(folder, screen, direction, steps)


@pytest.fixture
def probe_folder(tmp_path, clauses):
    from policy_studio.library.compose import policy_from_clauses
    from policy_studio.storage import Workspace

    with Workspace.create(tmp_path / "probe.pstudio") as ws:
        for clause in clauses:
            ws.save_clause(clause)
        ws.save_policy(
            policy_from_clauses(
                "Probe", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
            )
        )
    return tmp_path


def on_screen(measured: dict) -> bool:
    sx, sy, sw, sh = measured["screen"]
    x, y, w, h = measured["frame"]
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def visible_docks(measured: dict) -> dict[str, dict]:
    return {name: d for name, d in measured["docks"].items() if d["visible"]}


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_first_start_on_a_1366x768_laptop_fits_the_screen(probe_folder, direction):
    (first,) = run_window(probe_folder, (1366, 768), direction, ["measure"])
    assert on_screen(first)
    assert first["window"][2] >= 1200  # most of the screen, not a small default
    docks = visible_docks(first)
    assert set(docks) == {"library", "outline", "variables", "preview"}
    assert docks["outline"]["width"] >= 200 and docks["library"]["width"] >= 200
    assert first["central_width"] >= 400  # the editor keeps room to write
    outer, inner = ("library", "outline") if direction == "ltr" else ("outline", "library")
    assert docks[outer]["x"] < docks[inner]["x"]  # mirrored in Arabic: library outermost


def test_a_layout_too_big_for_this_screen_is_not_restored(probe_folder):
    (big,) = run_window(probe_folder, (1920, 1080), "ltr", ["resize 1850 1000", "measure"])
    assert big["window"][2:] == [1850, 1000]
    (laptop,) = run_window(probe_folder, (1366, 768), "ltr", ["measure", "close"])
    assert on_screen(laptop)
    assert visible_docks(laptop)["outline"]["width"] >= 200
    # Back on the big monitor, the layout saved on the laptop fits and is used as left.
    (again,) = run_window(probe_folder, (1920, 1080), "ltr", ["measure"])
    assert again["window"] == laptop["window"]
    assert again["docks"] == laptop["docks"]


# -- the language pair in Translate -----------------------------------------------------------


def choose(box, code: str) -> None:
    """Pick an entry of a combo box as the user does: open its list, click the entry."""
    index = box.findData(code)
    assert index >= 0, f"{code} is not offered"
    box.showPopup()
    view = box.view()
    rect = view.visualRect(view.model().index(index, 0))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    QApplication.processEvents()  # the grid for the new pair is shown on the next pass


def test_a_pivot_pair_translates_into_french_and_keeps_the_typing(window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from policy_studio.ops.policy_edits import set_properties

    window.apply_edit(set_properties(window.session.policy, target_languages=["ar", "fr"]))
    window.translate_action.trigger()
    view = window.translate_view
    codes = lambda box: [box.itemData(i) for i in range(box.count())]  # noqa: E731
    assert codes(view.target_box) == ["ar", "fr"]
    choose(view.target_box, "fr")
    assert codes(view.source_box) == ["en", "ar"]
    choose(view.source_box, "ar")
    assert view.pair() == ("ar", "fr")
    grid = view.grid
    grid.go_to_row(1, edit=True)
    qtbot.waitUntil(lambda: grid.editor() is not None, timeout=1000)
    editor = grid.editor()
    for ch in "Écrivez-nous.":
        QApplication.postEvent(
            editor, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch)
        )
    QApplication.processEvents()
    QApplication.postEvent(editor, QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.ControlModifier))
    QApplication.processEvents()
    assert grid.model.block_at(1).get("fr") == "Écrivez-nous."
    # English, the policy's source, is in no target list whatever the source chosen.
    assert "en" not in codes(view.target_box)


# -- the QA findings panel ---------------------------------------------------------------------


def visible_finding_text(panel, row: int) -> str:
    """The finding text of ``row`` as far as it is drawn in full within the panel."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    tree = panel.tree
    item = tree.topLevelItem(row)
    shown = [c for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
    drawn = []
    for column in shown:
        rect = tree.visualItemRect(item)
        metric = tree.style().pixelMetric(tree.style().PixelMetric.PM_SmallIconSize)
        icon = metric + 4 if not item.icon(column).isNull() else 0
        width = tree.columnWidth(column) - 12 - icon  # the delegate's margins and the icon
        text = item.text(column)
        needed = QFontMetrics(tree.font()).boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextWordWrap), text
        )
        fits_across = tree.header().sectionPosition(column) + tree.columnWidth(column) <= (
            tree.viewport().width() + tree.horizontalScrollBar().value()
        )
        if needed.height() <= rect.height() and needed.width() <= width and fits_across:
            drawn.append(text)
    return "\n".join(drawn)


def open_findings(window):
    from policy_studio.ops.translation import set_target_text

    policy = window.session.policy
    block = policy.sections[0].blocks[0]
    # A target that lost its variable: the placeholder check reports it.
    window.apply_edit(set_target_text(policy, block.id, "ar", "راسلنا وسنرد عليك."))
    window.translate_action.trigger()
    QApplication.processEvents()
    grid = window.translate_view.grid
    # The dismissed findings and the memory are read on the database worker, the checks run
    # in the background: the list is complete once both are done, as the panel then says.
    for _ in range(1000):
        if not grid.reading_workspace() and not grid.model.checking():
            break
        QTest.qWait(10)
    findings = grid.model.all_findings()
    assert findings
    return grid.findings_panel, findings


@pytest.mark.parametrize("direction", [Qt.LeftToRight, Qt.RightToLeft])
def test_qa_findings_are_readable_at_the_default_size(window, qtbot, direction):
    window.setLayoutDirection(direction)
    panel, findings = open_findings(window)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == len(findings), timeout=1000)
    QApplication.processEvents()
    for row in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(row)
        finding = item.data(0, Qt.UserRole)
        text = visible_finding_text(panel, row)
        assert finding.message in text, (text, finding.message)
        assert item.toolTip(0) and finding.message in item.toolTip(0)


# -- the Export dialog -----------------------------------------------------------------------


def open_export(window):
    from policy_studio.ui.export_dialog import ExportDialog

    window.export_action.trigger()
    dialog = window.findChildren(ExportDialog)[-1]
    assert dialog.isVisible()
    return dialog


def test_export_opens_on_docx_and_remembers_format_and_approvers(window, qtbot, tmp_path):
    dialog = open_export(window)
    assert dialog.format_box.currentData() == "docx"
    assert dialog.format_box.currentText() == "Word document (DOCX)"
    assert dialog.preview.isVisible()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("xliff"))
    # XLIFF has no pages: no document preview, no sign-off block.
    assert not dialog.preview.isVisible() and not dialog.signers.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.add_signer_button.click()
    dialog.signers.item(0, 0).setText("Amina Yusuf")
    dialog.signers.item(0, 1).setText("Data protection officer")
    dialog.output.setText(str(tmp_path / "notice"))
    # Export waits for the readiness verdict (computed in the background): as a user would.
    qtbot.waitUntil(lambda: not dialog.checking_signoff(), timeout=10000)
    with qtbot.waitSignal(dialog.export_did_finish):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.LeftButton)
    assert (tmp_path / "notice.html").exists()

    again = open_export(window)
    assert again.format_box.currentData() == "html"
    assert again.signers.rowCount() == 1
    assert [again.signers.item(0, c).text() for c in (0, 1)] == [
        "Amina Yusuf",
        "Data protection officer",
    ]
    # Into the folder of the last export, named after the policy.
    assert again.output.text() == str(tmp_path / "Test-policy.html")
    again.reject()


# -- the Arabic interface ----------------------------------------------------------------------


@pytest.fixture
def arabic_interface(qapp):
    """The Arabic interface compiled from this checkout's translations/ (not an installed copy)."""
    from pathlib import Path

    from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache

    ts = Path(__file__).resolve().parents[2] / "translations" / "policy_studio_ar.ts"
    interface = InterfaceLanguage(qapp, "ar", qm=_compile_in_cache(ts.read_bytes(), "ar"))
    yield interface
    interface.remove(qapp)
    qapp.setLayoutDirection(Qt.LeftToRight)


def shown_in_full(button) -> bool:
    """The button's whole label fits inside it (its text is not clipped or elided)."""
    text_width = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    return text_width + 8 <= button.width()


def test_arabic_dialogs_say_cancel_in_full(arabic_interface, window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = open_export(window)
    QApplication.processEvents()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "إلغاء"
    assert shown_in_full(cancel)
    dialog.reject()


def test_export_dialog_labels_are_not_cut(window, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

    dialog = open_export(window)
    QApplication.processEvents()
    for label in dialog.findChildren(QLabel) + dialog.findChildren(QCheckBox):
        if label.isVisible() and label.text() and not getattr(label, "wordWrap", lambda: 0)():
            needed = label.fontMetrics().horizontalAdvance(label.text())
            assert needed <= label.width(), label.text()
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert shown_in_full(button), button.text()
    # Most of the screen, so the page preview has room for two columns of words.
    screen = dialog.screen().availableGeometry()
    assert dialog.width() >= min(1000, 0.8 * screen.width())
    assert dialog.preview.width() >= 0.3 * dialog.width()
    dialog.reject()


# -- the variables panel -----------------------------------------------------------------------


def variable_row(panel, name: str) -> int:
    table = panel.table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == name)


def test_variables_header_counts_arabic_cells_left_blank(window):
    panel = window.variables_panel
    policy = window.session.policy
    window.variables_panel.set_value("contact_email", "en", "desk@example.org")
    window.variables_panel.set_value("organization", "en", "Acme")
    window.variables_panel.set_value("organization", "ar", "أكمي")
    QApplication.processEvents()  # the table redraws once the cell's edit is done
    # Three variables; retention_period has no value at all; contact_email has only English.
    assert policy.variables["contact_email"] == {"en": "desk@example.org"}
    summary = panel.summary.text()
    assert "3 variables" in summary and "1 unfilled" in summary
    assert "1 blank in العربية" in summary
    # The blank Arabic cell shows, greyed, the English value the Arabic text will use.
    row, col = variable_row(panel, "contact_email"), policy.languages.index("ar") + 1
    index = panel.table.model().index(row, col)
    option = QStyleOptionViewItem()
    panel.table.itemDelegate().initStyleOption(option, index)
    # (in a left-to-right isolate, as the export's <bdi>, so it reads the same in the RTL cell;
    # the zero-width spaces only let a long address wrap)
    assert option.text.replace("\u200b", "") == "\u2066desk@example.org\u2069"
    assert panel.table.item(row, col).text() == ""  # nothing was written into Arabic


def test_variable_labels_are_shown_in_full_at_the_default_width(window):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    window.resize(1280, 720)  # the laptop size of the report
    window.resizeDocks([window.docks["variables"]], [345], Qt.Horizontal)
    panel = window.variables_panel
    window.variables["organization"] = Variable(
        "organization", {"en": "Data controller’s registered name"}
    )
    panel.variables = window.variables
    panel.refresh()
    QApplication.processEvents()
    table = panel.table
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        rect = table.visualItemRect(item)
        needed = QFontMetrics(table.font()).boundingRect(
            QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextWordWrap), item.text()
        )
        assert needed.height() <= rect.height() and needed.width() <= rect.width(), item.text()


def test_the_preview_keeps_its_language_when_the_editor_switches(window):
    window.preview_lang.setCurrentIndex(window.preview_lang.findData("en"))
    editor_lang = window.editor.lang_box
    editor_lang.setCurrentIndex(editor_lang.findData("ar"))  # the author now writes Arabic
    assert window.editor.lang == "ar"
    assert window.preview_lang.currentData() == "en"
    assert "Reaching the team" in window.preview.toPlainText()


# -- import ------------------------------------------------------------------------------------


def test_the_import_report_names_files_without_their_folders(window, tmp_path):
    # Markdown in .txt files: the report says so for each file, naming it.
    english = tmp_path / "deep" / "folder" / "notes.txt"
    english.parent.mkdir(parents=True)
    english.write_text(
        "# Notes\n\n## What we keep\n\nWe keep **names**.\n\n## How long\n\n- One year.\n",
        encoding="utf-8",
    )
    arabic = tmp_path / "deep" / "folder" / "notes-ar.txt"
    arabic.write_text(
        "# ملاحظات\n\n## ما نحتفظ به\n\nنحتفظ **بالأسماء**.\n\n## المدة\n\n- سنة واحدة.\n",
        encoding="utf-8",
    )
    dialog = window.transfer.import_document(english, translation=("ar", arabic))
    dialog.import_button.click()
    report = window.transfer.last_message.text()
    assert "notes.txt" in report
    assert str(tmp_path) not in report


def test_the_library_names_its_history_as_the_clause_s_versions(window, settled):
    panel = window.library_panel
    panel.search.setText("young")
    settled(panel).results.setCurrentRow(0)
    settled(panel)
    assert panel.history_label.text() == "Versions of the clause “Young users”"
    assert panel.history.item(0).text().startswith("v1")
    assert "History" in [a.text() for a in window._view_menu.actions()]  # the policy's versions


# -- library updates -----------------------------------------------------------------------------


def test_update_available_only_when_the_library_changed_the_wording_in_use(qtbot, window):
    from policy_studio.ui.models.outline_model import ROLE_BADGE

    outline = window.outline
    keeping = window.session.policy.sections[1]
    assert keeping.clause.key == "t-keeping" and keeping.clause.variant is None
    # The library edits the "by-need" variant, which this section does not use.
    clause = window.session.workspace.clause("t-keeping")
    clause.variants[0].blocks[0].text["en"] = "Records stay only while a task still needs them."
    window.session.save_clause(clause, note="Variant wording")
    qtbot.waitUntil(lambda: not window.reading_marks)  # read on the database worker
    assert window.session.workspace.clause("t-keeping").version == 2
    assert outline.model.index(1).data(ROLE_BADGE) == ""
    assert "update available" not in outline.model.index(1).data()
    outline.select(keeping.id)
    assert not outline.update_action.isEnabled()
    # Then it edits the main wording, which the section does use.
    clause = window.session.workspace.clause("t-keeping")
    clause.blocks[0].text["en"] = "Records stay with us for {{retention_period}} at most."
    window.session.save_clause(clause, note="Main wording")
    qtbot.waitUntil(lambda: not window.reading_marks)
    assert outline.model.index(1).data(ROLE_BADGE) == "update"
    assert outline.update_action.isEnabled()


def test_the_update_badge_and_button_fit_the_outline_at_its_default_width(qtbot, window):
    from policy_studio.ui.models.outline_model import ROLE_BADGE

    clause = window.session.workspace.clause("t-contact")
    clause.title["en"] = "Reaching the team that answers your privacy questions"
    clause.blocks[0].text["en"] = "Write to {{contact_email}}; we reply within a week."
    window.session.save_clause(clause, note="Reply time")
    qtbot.waitUntil(lambda: not window.reading_marks)  # read on the database worker
    window.resize(1284, 691)  # the first-start size on a 1366×768 laptop
    window.resizeDocks([window.docks["outline"]], [250], Qt.Horizontal)
    QApplication.processEvents()
    view = window.outline.view
    index = window.outline.model.index(0)
    assert index.data(ROLE_BADGE) == "update"
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    title, marks = view.itemDelegate().row_text(option, index)
    assert "⟳" in marks  # the badge is painted whatever the title's length
    assert title.startswith("1. Reaching the")
    window.outline.select(window.session.policy.sections[0].id)
    button = window.outline.toolbar.widgetForAction(
        next(a for a in window.outline.toolbar.actions() if a.text() == "Update…")
    )
    assert button is not None and button.isVisible() and button.isEnabled()


def test_arabic_interface_names_languages_and_variables_in_arabic(arabic_interface, window):
    from PySide6.QtWidgets import QCheckBox, QLabel

    from policy_studio.ui.properties_dialog import PropertiesDialog

    dialog = PropertiesDialog(window.session.policy, window)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "العنوان (الإنجليزية)" in labels
    boxes = [b.text() for b in dialog.findChildren(QCheckBox)]
    assert "العربية — العربية" in boxes and "الفرنسية — Français" in boxes
    dialog.reject()
    # The variables panel labels a variable in Arabic when the catalogue has an Arabic label.
    window.variables_panel.refresh()
    table = window.variables_panel.table
    row = variable_row(window.variables_panel, "contact_email")
    assert table.item(row, 0).text().endswith("البريد")


# -- compare -----------------------------------------------------------------------------------


def test_compare_keeps_bullets_as_bullets(window, qtbot):
    from policy_studio.ui.history_panel import SaveVersionDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveVersionDialog)
        dialog.label_edit.setText("1.0")
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill)
    window.save_version_action.trigger()
    history = window.history.panel  # saved on the database worker, then listed
    qtbot.waitUntil(lambda: not history.busy and not history.reading, timeout=10000)
    policy = window.session.policy
    bullet = policy.sections[1].blocks[1]
    from policy_studio.ops.text_edits import set_block_text

    window.apply_edit(set_block_text(policy, bullet.id, "en", "Invoices are archived for audits."))
    window.compare_action.trigger()
    window.compare_view.wait_for_comparison()
    QApplication.processEvents()
    document = window.compare_view.diff.browser.document()
    block = document.begin()
    found = None
    while block.isValid():
        if "Invoices are archived" in block.text():
            found = block
        block = block.next()
    assert found is not None and found.textList() is not None  # a list item, with its bullet


# -- library › edit clause ---------------------------------------------------------------------


def test_edit_clause_shows_wording_not_markup(window):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QTextEdit

    from policy_studio.ui.clause_dialog import ClauseDialog

    clause = window.session.workspace.clause("t-contact")
    dialog = ClauseDialog(clause, ["en", "ar"], window.library_catalog, parent=window)
    dialog.show()
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    assert dialog.width() >= min(1000, 0.8 * screen.width())
    body = dialog.findChild(QTextEdit, "clause_body_en")
    assert body.width() >= 0.4 * dialog.width()
    text = body.toPlainText()
    assert text == "Write to {{contact_email}} and **{{organization}}** will reply."  # as stored
    formats = body.document().firstBlock().layout().formats()

    def format_at(position: int):
        return next(f.format for f in formats if f.start <= position < f.start + f.length)

    stars = text.index("**")
    assert format_at(stars).foreground().color().name() == "#8a8a8a"  # the markers dimmed
    assert format_at(text.index("organization")).fontWeight() == QFont.Weight.Bold
    assert format_at(text.index("contact_email")).background().color().name() == "#e8eefc"
    dialog.reject()


def test_a_new_variable_is_inserted_and_listed_to_fill(window, monkeypatch):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("dpo_phone", True))
    editor = window.editor
    cursor = editor.text.textCursor()
    cursor.movePosition(QTextCursor.End)
    editor.text.setTextCursor(cursor)
    box = editor.variable_box
    assert box.itemText(box.count() - 1) == "New variable…"
    box.setCurrentIndex(box.count() - 1)
    box.activated.emit(box.count() - 1)  # what choosing the entry does
    editor.commit()
    QApplication.processEvents()
    block = window.session.policy.sections[0].blocks[-1]
    assert block.get("en").endswith("{{dpo_phone}}")
    panel = window.variables_panel
    row = variable_row(panel, "dpo_phone")
    assert "dpo_phone" in panel.table.item(row, 0).text()
    # A name the text could not hold is refused with a sentence, nothing inserted.
    warned = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("dpo phone!", True))
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    box.activated.emit(box.count() - 1)
    assert warned and "cannot be a variable name" in warned[0]
