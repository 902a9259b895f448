"""The import preview shows the text as the import stores it (bold, links, variables) and gives
the reader's and the aligner's reasons in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from policy_studio.io.readers.markdown import parse as parse_markdown
from policy_studio.ui.import_preview import ImportPreviewDialog
from policy_studio.ui.import_reasons import KINDS, PATTERNS, REASONS, reason_text, why_text
from policy_studio.ui.models.import_pairs import ImportPairsModel

from .test_i18n import compile_qm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SOURCES = Path(__file__).parents[2] / "policy_studio"
FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"

ENGLISH = (
    "# Sharing Notice\n\n## Sharing\n\n"
    "We share **payroll data** with 2 banks.\n\n"
    "We share addresses with 1 courier, see [our list](https://example.org/banks).\n"
)
ARABIC = (
    "# إشعار المشاركة\n\n## المشاركة\n\n"
    "نشارك **بيانات الرواتب** مع ٣ مصارف وشركات تأمين عدة في المنطقة كلها.\n\n"
    "نشارك العناوين مع شركة توصيل ١ فقط، انظر [قائمتنا](https://example.org/banks).\n"
)


def _dialog(qtbot, tmp_path) -> ImportPreviewDialog:
    english, arabic = tmp_path / "share.md", tmp_path / "share-ar.md"
    english.write_text(ENGLISH, encoding="utf-8")
    arabic.write_text(ARABIC, encoding="utf-8")
    dialog = ImportPreviewDialog(
        parse_markdown(english), translation=("ar", parse_markdown(arabic))
    )
    qtbot.addWidget(dialog)
    return dialog


def _row(model: ImportPairsModel, start: str) -> int:
    return next(
        i
        for i in range(model.rowCount())
        if str(model.data(model.index(i, 2)) or "").startswith(start)
    )


def test_bold_and_links_show_as_the_import_stores_them(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    model = dialog.model
    rows = (_row(model, "We share payroll"), _row(model, "We share addresses"))
    for column, bold, label in ((2, "payroll data", "our list"), (3, "بيانات الرواتب", "قائمتنا")):
        html = "".join(
            model.data(model.index(row, column), ImportPairsModel.HtmlRole) for row in rows
        )
        doc = QTextDocument()
        doc.setHtml(html)
        # What the cell draws: the bold words bold, the link's words a link to its target.
        found_bold, found_link = [], []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.fontWeight() >= 600:
                    found_bold.append(fragment.text())
                if fmt.isAnchor():
                    found_link.append((fragment.text(), fmt.anchorHref()))
                it += 1
            block = block.next()
        assert "".join(found_bold) == bold
        assert found_link == [(label, "https://example.org/banks")]
        # The plain text the table also offers is the same words, no markup characters.
        assert "**" not in str(model.data(model.index(rows[0], column)))


def test_reasons_are_in_the_arabic_interface(qtbot, tmp_path, qapp):
    from policy_studio.ui.i18n import InterfaceLanguage

    installed = InterfaceLanguage(qapp, "ar", compile_qm("ar", tmp_path))
    try:
        dialog = _dialog(qtbot, tmp_path)
        model = dialog.model
        row = _row(model, "We share payroll")
        why = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        # The numbers differ (2 banks, ٣ مصارف): said in Arabic, no English left.
        assert why == "أرقام أو روابط أو عناوين بريد إلكتروني مختلفة"
        assert not re.search(r"[A-Za-z]{3,}", why)
        kind = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert "فقرة" in kind and "paragraph" not in kind
        heading = next(
            i for i in range(model.rowCount()) if model.data(model.index(i, 2)) == "Sharing"
        )
        assert "عنوان من المستوى 2" in model.data(
            model.index(heading, 0), Qt.ItemDataRole.ToolTipRole
        )
        checks = [dialog.report.item(i).text() for i in range(dialog.report.count())]
        assert any(why in line for line in checks)
    finally:
        installed.remove(qapp)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_patterns_keep_their_varying_part_and_translate_kinds():
    assert reason_text("heading level 3") == "heading level 3"  # English interface: as written
    assert why_text("a heading paired with a paragraph; weak evidence") == (
        "a heading paired with a paragraph; weak evidence"
    )
    assert reason_text("something new") == "something new"


def _literals(path: Path) -> set[str]:
    """The fixed reasons a reader writes: ``reason="…"`` and role/reason pairs in the source."""
    text = path.read_text(encoding="utf-8")
    found = set(re.findall(r'reason\s*=\s*"([^"{}]+)"', text))
    found |= set(re.findall(r'Role\.[A-Z]+,\s*(?:\d+,\s*)?"([a-z][^"{}]+)"', text))
    found |= set(re.findall(r'line\.reason == "([^"]+)"', text))
    # Doubts about a pair; an f-string's fields stand for a value (1) a pattern must keep.
    found |= {
        re.sub(r"\{[^}]*\}", "1", why) for why in re.findall(r'why\.append\(f?"([^"]+)"\)', text)
    }
    return found


def test_every_fixed_reason_of_the_readers_is_in_the_table():
    files = [*(SOURCES / "io" / "readers").glob("*.py"), SOURCES / "io" / "build.py"]
    files.append(SOURCES / "io" / "align.py")
    written = set().union(*(_literals(path) for path in files))
    written |= {"changed by you", "split by you", "merged by you"}
    patterns = [pattern for pattern, _ in PATTERNS]
    missing = sorted(
        reason
        for reason in written
        if reason not in REASONS and not any(p.fullmatch(reason) for p in patterns)
    )
    assert missing == []
    assert set(KINDS) >= {"heading", "paragraph", "bullet", "numbered"}
