"""Three users walk their main path through one real window, with a screenshot at every step.

The compliance officer assembles and exports a policy, the translator translates it, the
approver saves a version, compares, exports the redline and approves. Each step asserts what the
user sees (selection, text, enabled actions, widths); the screenshots are for a developer to look
at, never compared pixel by pixel. They go to $POLICY_STUDIO_JOURNEYS (a folder) or the test's
temporary folder, named USER-LANG-WxH-NN-step.png.

Run at other sizes with POLICY_STUDIO_JOURNEY_SIZES="1366x768,1920x1080", and as a real X11
window with: xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb pytest …
"""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from policy_studio.ops.sections import rename_section
from policy_studio.ui.export_dialog import ExportDialog
from policy_studio.ui.window_layout import first_start_geometry

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SIZES = [
    tuple(int(n) for n in size.split("x"))
    for size in os.environ.get("POLICY_STUDIO_JOURNEY_SIZES", "1366x768").split(",")
]
LANGS = ["en", "ar"]


class Journey:
    """Numbered screenshots of one user's walk, each after the window has settled."""

    def __init__(self, window, folder: Path, user: str, lang: str, size: tuple[int, int]) -> None:
        self.window = window
        self.prefix = f"{user}-{lang}-{size[0]}x{size[1]}"
        self.folder = folder
        self.step = 0
        folder.mkdir(parents=True, exist_ok=True)
        # As on that screen at a first start: the window and its panels sized to it.
        window.setGeometry(first_start_geometry(QRect(0, 0, *size)))
        QApplication.processEvents()
        window.reset_layout()
        QApplication.processEvents()

    def shot(self, name: str, widget=None) -> Path:
        QTest.qWait(200)  # the preview redraws 150 ms after an edit
        self.step += 1
        path = self.folder / f"{self.prefix}-{self.step:02d}-{name}.png"
        assert (widget or self.window).grab().save(str(path))
        return path


@pytest.fixture(params=[(lang, size) for lang in LANGS for size in SIZES], ids=str)
def journey_setup(request, qapp, tmp_path):
    lang, size = request.param
    folder = Path(os.environ.get("POLICY_STUDIO_JOURNEYS") or tmp_path / "journeys")
    interface = None
    if lang != "en":
        from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache

        ts = Path(__file__).resolve().parents[2] / "translations" / f"policy_studio_{lang}.ts"
        interface = InterfaceLanguage(qapp, lang, qm=_compile_in_cache(ts.read_bytes(), lang))
    yield lang, size, folder
    if interface is not None:
        interface.remove(qapp)
        qapp.setLayoutDirection(Qt.LeftToRight)


@pytest.fixture
def journey_window(journey_setup, qtbot, workspace, clauses, settings, variables):
    from policy_studio.app.session import Session
    from policy_studio.library.compose import policy_from_clauses
    from policy_studio.ui.main_window import MainWindow

    policy = policy_from_clauses(
        "Garden club notice", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    workspace.save_policy(policy)
    session = Session(workspace)
    session.policy = workspace.policy(policy.id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Keyboard shortcuts go to the active window: under a real X server (no window manager)
    # it is not active until asked.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    lang, size, folder = journey_setup
    yield window, lang, size, folder
    window.close()


def type_text(widget, text: str) -> None:
    for ch in text:
        QApplication.postEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.NoModifier, ch)
        )
    QApplication.processEvents()


def test_compliance_officer_assembles_and_exports_a_policy(
    qtbot, journey_window, tmp_path, settled
):
    window, lang, size, folder = journey_window
    walk = Journey(window, folder, "officer", lang, size)
    walk.shot("start")
    assert window.outline.model.rowCount() == 2
    assert window.docks["outline"].width() >= 0.15 * window.width()

    panel = window.library_panel
    QTest.keyClicks(panel.search, "young")
    settled(panel).results.setCurrentRow(0)
    settled(panel).insert_button.click()
    assert [s.clause.key for s in window.session.policy.sections] == [
        "t-contact",
        "t-young",
        "t-keeping",
    ]
    assert window.outline.view.currentIndex().row() == 1
    walk.shot("clause-inserted")

    window.outline.view.setFocus()
    QTest.keyClick(window.outline.view, Qt.Key_Up, Qt.AltModifier)
    assert window.outline.view.currentIndex().row() == 0
    assert window.editor.section_id == window.session.policy.sections[0].id
    assert window.session.policy.sections[0].clause.key == "t-young"
    walk.shot("section-moved-up")

    window.variables_panel.set_value("minimum_age", "en", "16")
    QApplication.processEvents()
    assert window.session.policy.variables["minimum_age"] == {"en": "16"}
    walk.shot("variable-filled")

    window.export_action.trigger()
    dialog = window.findChildren(ExportDialog)[-1]
    assert dialog.format_box.currentData() == "docx"
    dialog.output.setText(str(tmp_path / "notice.docx"))
    walk.shot("export-dialog", dialog)
    # Export waits for the readiness verdict (computed in the background: draft or not).
    qtbot.waitUntil(lambda: not dialog.checking_signoff(), timeout=30_000)
    with qtbot.waitSignal(dialog.export_did_finish, timeout=60_000):
        dialog.export()  # the file is written on a worker thread while the dialog shows progress
    document = docx.Document(str(tmp_path / "notice.docx"))
    assert any("16" in cell.text for t in document.tables for r in t.rows for cell in r.cells)
    walk.shot("exported")


def test_translator_translates_a_segment_and_reads_the_findings(journey_window):
    window, lang, size, folder = journey_window
    walk = Journey(window, folder, "translator", lang, size)
    outline_width = window.docks["outline"].width()
    window.translate_action.trigger()
    QApplication.processEvents()
    grid = window.translate_view.grid
    # As a translator waits for "Reading…" to go: the dismissed findings and the memory are
    # read on the database worker.
    for _ in range(1000):
        if not grid.reading_workspace():
            break
        QTest.qWait(10)
    assert window.translate_view.pair() == ("en", "ar")
    assert not window.docks["library"].isVisible()
    walk.shot("translate-view")

    row = 1
    grid.go_to_row(row, edit=True)
    QApplication.processEvents()
    editor = grid.editor()
    assert editor is not None
    editor.selectAll()
    type_text(editor, "راسلنا في أي وقت.")
    walk.shot("typing-arabic")
    QApplication.postEvent(
        editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.ControlModifier)
    )
    QApplication.processEvents()
    assert grid.model.block_at(row).get("ar") == "راسلنا في أي وقت."
    walk.shot("segment-confirmed")

    findings = grid.findings_panel.tree
    assert findings.topLevelItemCount() >= 1  # the variables the new text dropped
    first = findings.topLevelItem(0)
    assert findings.visualItemRect(first).height() > findings.fontMetrics().height() * 1.5
    walk.shot("findings")

    window.write_action.trigger()
    QApplication.processEvents()
    assert window.docks["outline"].width() == outline_width
    assert window.docks["library"].isVisible()
    walk.shot("back-to-write")


def test_approver_versions_compares_exports_the_redline_and_approves(
    qtbot, journey_window, tmp_path, monkeypatch
):
    from policy_studio.ui.history_panel import SaveVersionDialog

    window, lang, size, folder = journey_window
    walk = Journey(window, folder, "approver", lang, size)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveVersionDialog)
        dialog.label_edit.setText("1.0")
        walk.shot("save-version-dialog", dialog)
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.save_version_action.trigger()
    assert window.docks["history"].isVisible()
    history = window.history.panel  # saved on the database worker, then listed
    qtbot.waitUntil(lambda: not history.busy and not history.reading, timeout=10000)
    assert history.tree.topLevelItem(0).text(1) == "1.0"
    walk.shot("version-saved")

    policy = window.session.policy
    window.apply_edit(rename_section(policy, policy.sections[0].id, "en", "Talking to us"))
    window.compare_action.trigger()
    window.compare_view.wait_for_comparison()
    QApplication.processEvents()
    diff = window.compare_view.diff
    assert diff.change_count() >= 1
    assert "Talking to us" in diff.browser.toPlainText()
    walk.shot("compare")

    out = tmp_path / "changes.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.compare_view.export_button.click()
    assert out.exists()
    preview = window.print_preview()
    walk.shot("print-preview", preview)
    preview.reject()

    history = window.history.panel
    qtbot.waitUntil(lambda: not history.reading, timeout=5000)  # read on the database worker
    history.tree.setCurrentItem(history.tree.topLevelItem(0))
    asked = []
    # The question would be a modal box; the approver reads the blockers and approves anyway.
    history.confirm_approval = lambda version, blockers: asked.append(blockers) or True
    history.approve_button.click()
    qtbot.waitUntil(lambda: not history.busy and not history.reading, timeout=10000)
    assert asked and asked[0]
    assert window.session.workspace.versions(policy.id)[0].approved
    walk.shot("approved")


def test_no_panel_scrolls_sideways_on_the_starter_policy(
    journey_setup, qtbot, tmp_path, settings, variables
):
    """Issue 15: in the Arabic interface at 1366×768 the preview had a horizontal scrollbar
    and drew every line cut on the left. Every view, every visible panel, at first start."""
    from PySide6.QtWidgets import QAbstractScrollArea

    from policy_studio.app.session import Session
    from policy_studio.library.starter import new_workspace
    from policy_studio.ui.main_window import MainWindow

    lang, size, folder = journey_setup
    workspace = new_workspace(tmp_path / "starter.pstudio")
    session = Session(workspace)
    session.policy = workspace.policy(workspace.policies()[0].id)
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    walk = Journey(window, folder, "panels", lang, size)
    sideways = []
    for mode, name in enumerate(["write", "translate", "compare"]):
        window.set_mode(mode)
        walk.shot(name)
        sideways += [
            (name, area.objectName() or type(area).__name__, area.horizontalScrollBar().maximum())
            for area in window.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]
    assert sideways == []
    window.close()
    workspace.close()


@pytest.mark.parametrize("start", ["write", "translate"])
def test_language_boxes_show_their_whole_text_when_the_policy_arrives_after_the_first_paint(
    journey_setup, qtbot, tmp_path, settings, variables, start
):
    """The app paints its window first and reads the policy after (open_after_paint): a combo
    box sized on its first show, while still empty, stayed that narrow, and the Arabic
    interface showed "lish (en)" for "English (en)" in Translate, and the library "Main wc"."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    from policy_studio.app.session import Session
    from policy_studio.library.starter import new_workspace
    from policy_studio.ui.main_window import MODE_KEY, MainWindow

    lang, size, folder = journey_setup
    workspace = new_workspace(tmp_path / "starter.pstudio")
    session = Session(workspace)
    settings.store.setValue(MODE_KEY, start)  # a translator comes back to Translate
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    # The first-start geometry on a screen of the journey's size (the offscreen screen is smaller).
    window.setGeometry(first_start_geometry(QRect(0, 0, *size)))
    window.reset_layout()
    window.show()
    qtbot.waitExposed(window)
    window.open_after_paint(None)
    qtbot.waitUntil(lambda: window.opening is None and session.policy is not None, timeout=20000)
    cut = []
    for mode in range(3):
        window.set_mode(mode)
        QApplication.processEvents()
        for box in window.findChildren(QComboBox):
            if not box.isVisible() or not box.currentText() or box.objectName() == "policy_box":
                continue  # a policy's title may be long: its box stretches and elides
            needed = box.fontMetrics().horizontalAdvance(box.currentText())
            # The style's text field: the box less its frame and arrow.
            option = QStyleOptionComboBox()
            box.initStyleOption(option)
            field = box.style().subControlRect(
                QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, box
            )
            if field.width() < needed:
                cut.append((mode, box.objectName(), box.currentText(), field.width(), needed))
    assert cut == []
    window.close()
    workspace.close()


def test_translate_says_nothing_about_translations_while_the_policy_is_being_opened(
    qapp, qtbot, tmp_path, settings, variables
):
    """A translator who comes back to Translate saw "This policy has no translation yet" for
    the second it takes to read the policy: a state nobody set."""
    from policy_studio.app.session import Session
    from policy_studio.library.starter import new_workspace
    from policy_studio.ui.main_window import MODE_KEY, MainWindow

    workspace = new_workspace(tmp_path / "starter.pstudio")
    session = Session(workspace)
    settings.store.setValue(MODE_KEY, "translate")
    window = MainWindow(session, settings, variables)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.translate_view.isVisible()
    assert not window.translate_view.empty.isVisible()
    window.open_after_paint(None)
    qtbot.waitUntil(lambda: window.opening is None and session.policy is not None, timeout=20000)
    QApplication.processEvents()
    # The starter policy has Arabic: the grid, never the "no translation" sentence.
    assert not window.translate_view.empty.isVisible()
    assert window.translate_view.grid is not None and window.translate_view.grid.isVisible()
    window.close()
    workspace.close()
