"""Compare shows the inline markup the export shows (bold, links, bullets), marks a change of
formatting alone, keeps a phone number's groups in order in Arabic, and compares off the UI
thread (issue 15, issue 12 item 6)."""

from __future__ import annotations

import importlib.util
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from policy_studio.diff import compare
from policy_studio.ui.diff_view import SIDE_BY_SIDE, DiffView

_spec = importlib.util.spec_from_file_location(
    "redline_formatting",
    Path(__file__).parents[1] / "io" / "writers" / "test_redline_formatting.py",
)
assert _spec is not None and _spec.loader is not None
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)
formatting_pair = _fixtures.formatting_pair
_menus_spec = importlib.util.spec_from_file_location(
    "window_menus", Path(__file__).with_name("test_window_menus.py")
)
assert _menus_spec is not None and _menus_spec.loader is not None
_menus = importlib.util.module_from_spec(_menus_spec)
_menus_spec.loader.exec_module(_menus)
LRI, PDI = "\u2066", "\u2069"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _view(qtbot, lang: str = "en") -> DiffView:
    old, new = formatting_pair()
    view = DiffView(compare(old, new))
    qtbot.addWidget(view)
    view.language.setCurrentIndex(view.language.findData(lang))
    view.resize(900, 600)
    return view


def _format_at(view: DiffView, words: str):
    document = view.browser.document()
    found = document.find(words)
    assert not found.isNull(), words
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat()


def test_bold_words_show_bold_and_a_bold_only_change_is_marked(qtbot):
    view = _view(qtbot)
    fmt = _format_at(view, "never")
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert fmt.background().color().name() == "#fff0c2"  # the formatting-change mark
    assert "plain → bold" in fmt.toolTip()
    text = view.browser.toPlainText()
    assert "✎ “never”: plain → bold" in text
    # Words whose formatting did not change are not marked.
    assert _format_at(view, "personal").background().style() == Qt.BrushStyle.NoBrush


def test_links_show_as_links_with_their_new_target(qtbot):
    view = _view(qtbot)
    fmt = _format_at(view, "partner list")
    assert fmt.isAnchor() and fmt.anchorHref() == "https://partners.example/new-list"


def test_a_bullet_that_became_a_paragraph_is_named(qtbot):
    view = _view(qtbot)
    assert "✎ bullet item → paragraph" in view.browser.toPlainText()


def test_side_by_side_draws_each_column_in_its_own_formatting(qtbot):
    view = _view(qtbot)
    view.mode.setCurrentIndex(view.mode.findData(SIDE_BY_SIDE))
    document = view.browser.document()
    first = document.find("never")
    second = document.find("never", first)
    cursor_first = QTextCursor(first)
    cursor_first.setPosition(first.selectionStart() + 1)
    cursor_second = QTextCursor(second)
    cursor_second.setPosition(second.selectionStart() + 1)
    weights = {cursor_first.charFormat().fontWeight(), cursor_second.charFormat().fontWeight()}
    assert weights == {QFont.Weight.Normal, QFont.Weight.Bold}


def test_arabic_phone_number_is_one_left_to_right_isolate_across_the_change(qtbot):
    """The preview isolates a number inside Arabic (LRI…PDI); so does Compare, around the
    kept groups and the deleted and inserted ones together, so they keep the export's order."""
    view = _view(qtbot, "ar")
    text = view.browser.toPlainText()
    assert f"{LRI}+255 22 211 00004477{PDI}" in text
    assert "✎ “أبدًا”:" in text


def test_compare_runs_off_the_ui_thread_and_the_window_stays_live(qtbot, window, monkeypatch):
    from policy_studio.app import jobs
    from policy_studio.ops.sections import rename_section

    save_version = _menus.save_version

    save_version(window, "1.0")
    policy = window.session.policy
    window.apply_edit(rename_section(policy, policy.sections[0].id, "en", "Talking to us"))
    seen: dict[str, object] = {}
    real = jobs.compare

    def slow_compare(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        time.sleep(0.6)
        return real(*args, **kwargs)

    monkeypatch.setattr(jobs, "compare", slow_compare)
    # The saved versions are read (every snapshot parsed) on a connection of the worker's own,
    # never on the window's connection on the UI thread.
    own_reads: list[object] = []
    workspace = window.session.workspace
    real_versions = workspace.versions
    monkeypatch.setattr(
        workspace,
        "versions",
        lambda *a, **k: own_reads.append(threading.current_thread()) or real_versions(*a, **k),
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    window.compare_action.trigger()
    opened = time.perf_counter() - started
    view = window.compare_view
    assert view.comparing() and view.busy.isVisible()  # "Comparing…" while it works
    view.wait_for_comparison()
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert own_reads == []
    assert opened < 0.5  # the switch did not wait for the 0.6 s comparison
    assert len(ticks) >= 10  # the event loop kept running (typing, painting) meanwhile
    assert not view.busy.isVisible()
    assert "Talking to us" in view.diff.browser.toPlainText()
    QApplication.processEvents()


def test_export_comparison_offers_pdf_and_writes_one(qtbot, window, monkeypatch, tmp_path):
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from policy_studio.ops.sections import rename_section

    _menus.save_version(window, "1.0")
    policy = window.session.policy
    window.apply_edit(rename_section(policy, policy.sections[0].id, "en", "Talking to us"))
    window.compare_action.trigger()
    window.compare_view.wait_for_comparison()
    offered: list[str] = []

    def choose(*args, **kwargs):
        filters = args[3].split(";;")
        offered.extend(filters)
        pdf = next(f for f in filters if "*.pdf" in f)
        return str(tmp_path / "changes"), pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.compare_view.export_button.click()
    written = tmp_path / "changes.pdf"
    assert any("*.docx" in f for f in offered) and any("*.html" in f for f in offered)
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert "Talking to us" in text
