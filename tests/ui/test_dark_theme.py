"""On a dark desktop theme every text the user reads keeps its contrast: the previews show the
page the exports print on (dark ink on white, whatever the theme), and the editor's variables
and the unfilled variables' rows carry their own dark ink on their light fill."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from policy_studio.ui.section_editor import VARIABLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; 4.5 is the minimum for body text)."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark():
    app = QApplication.instance()
    before = app.palette()
    palette = QPalette(before)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    yield palette
    app.setPalette(before)


def test_the_preview_is_a_white_page_with_dark_ink_on_a_dark_theme(dark, window, qtbot):
    window.refresh_preview()
    qtbot.waitUntil(lambda: window.preview.toPlainText().strip() != "", timeout=5000)
    image = window.preview.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() > 245, corner.name()  # the page, not the theme's dark base
    ink = window.preview.palette().color(QPalette.ColorRole.Text)
    assert contrast(ink, corner) >= 7
    # The library's clause preview too.
    library = window.library_panel.preview
    assert (
        contrast(
            library.palette().color(QPalette.ColorRole.Text),
            library.palette().color(QPalette.ColorRole.Base),
        )
        >= 7
    )
    assert library.palette().color(QPalette.ColorRole.Base).lightness() > 245
    # And the app around them keeps its dark theme.
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80


def test_a_variable_in_the_editor_keeps_its_contrast_on_a_dark_theme(dark, window, qtbot):
    window.outline.select(window.session.policy.sections[0].id)
    document = window.editor.text.document()
    qtbot.waitUntil(lambda: "{{" not in document.toPlainText() and document.characterCount() > 5)
    cursor = QTextCursor(document)
    found = []
    while not cursor.atEnd():
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        fmt = cursor.charFormat()
        if fmt.property(VARIABLE):
            found.append(fmt)
    assert found, "the section shows no variable"
    for fmt in found:
        fill = fmt.background().color()
        theirs = window.editor.text.palette().color(QPalette.ColorRole.Text)  # the theme's ink
        own = fmt.foreground().style() != Qt.BrushStyle.NoBrush
        ink = fmt.foreground().color() if own else theirs
        assert contrast(ink, fill) >= 4.5, (ink.name(), fill.name())


def test_the_grids_status_cells_keep_their_contrast_on_a_dark_theme(dark, window, qtbot):
    from policy_studio.ui.models.segment_model import Column

    window.set_mode(1)
    grid = window.translate_view.grid
    qtbot.waitUntil(lambda: grid.model.rowCount() > 0, timeout=5000)
    theirs = grid.palette().color(QPalette.ColorRole.Text)
    for row in range(grid.model.rowCount()):
        index = grid.model.index(row, Column.STATUS)
        fill = grid.model.data(index, Qt.ItemDataRole.BackgroundRole).color()
        brush = grid.model.data(index, Qt.ItemDataRole.ForegroundRole)
        ink = brush.color() if brush is not None else theirs
        assert contrast(ink, fill) >= 4.5, (row, ink.name(), fill.name())
