"""The import preview shows the text as the import stores it (bold, links, variables) and gives
the reader's and the aligner's reasons in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from policy_studio.io import reasons
from policy_studio.io.readers.markdown import parse as parse_markdown
from policy_studio.io.reasons import Reason, said, several
from policy_studio.ui.import_preview import ImportPreviewDialog
from policy_studio.ui.import_reasons import KINDS, REASONS, WORDINGS, reason_text
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


def test_reasons_made_of_values_are_said_from_their_kind():
    # English interface: the English sentence, built again from the kind and its values.
    assert reason_text(said("heading-level", 3)) == "heading level 3"
    doubts = several([said("kinds-differ", "heading", "paragraph"), "weak evidence"])
    assert isinstance(doubts, Reason) and doubts.kind == reasons.SEVERAL
    assert reason_text(doubts) == "a heading paired with a paragraph; weak evidence"
    assert reason_text("something new") == "something new"
    # The UI marks every wording the readers use for translation, the same English.
    assert {kind: text for kind, text in WORDINGS.items()} == reasons.WORDINGS


SHARE = (
    "# Sharing Notice\n\n## 1. Sharing\n\nWe share **payroll data** with 2 banks.\n\n"
    "- Couriers get 1 address.\n\n## 2. Keeping\n\nWe keep records for 6 years.\n"
)
SHARE_AR = (
    "# إشعار المشاركة\n\n## 1. المشاركة\n\nنشارك **بيانات الرواتب** مع ٣ مصارف وشركات تأمين عدة في "
    "المنطقة كلها، وكذلك مع جهات حكومية تطلبها بموجب القوانين السارية في كل بلد نعمل فيه ومع مدققي "
    "الحسابات الخارجيين الذين نتعامل معهم كل عام.\n\nيحصل السعاة على عنوان ١.\n\n## 2. الحفظ\n\n"
    "نحتفظ بالسجلات ٦ سنوات.\n"
)


def test_reasons_made_of_several_values_are_wholly_arabic(qtbot, tmp_path, qapp):
    """Pairs doubted for several reasons (lengths and numbers; a heading paired with a
    paragraph) and typed heading numbers: every word of the reason in Arabic, the values kept."""
    from policy_studio.ui.i18n import InterfaceLanguage

    english, arabic = tmp_path / "share.md", tmp_path / "share-ar.md"
    english.write_text(SHARE, encoding="utf-8")
    arabic.write_text(SHARE_AR, encoding="utf-8")
    installed = InterfaceLanguage(qapp, "ar", compile_qm("ar", tmp_path))
    try:
        dialog = ImportPreviewDialog(
            parse_markdown(english), translation=("ar", parse_markdown(arabic))
        )
        qtbot.addWidget(dialog)
        model = dialog.model
        row = _row(model, "We share payroll")
        why = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        assert (
            why == "الطولان مختلفان (35 و190 حرفًا)؛ أرقام أو روابط أو عناوين بريد إلكتروني مختلفة"
        )
        checks = [
            dialog.report.item(i).text()
            for i in range(dialog.report.count())
            if dialog.report.item(i).text().startswith("تحقّق من هذا الزوج")
        ]
        assert len(checks) == 2
        assert any("عنوان مقترن بـفقرة" in line for line in checks)
        # The pair's two places joined the Arabic way ("؛"), as its reasons are.
        assert all("؛ share-ar.md" in line and "; " not in line for line in checks), checks
        changed = [
            dialog.report.item(i).text()
            for i in range(dialog.report.count())
            if "الرقم المكتوب" in dialog.report.item(i).text()
        ]
        assert len(changed) == 4 and "(أُخذ الرقم المكتوب «1» ترقيمًا)" in changed[0]
        # The sentences quoted from the files are theirs; every reason is wholly Arabic.
        reasons_shown = [line[line.rindex("» (") + 3 : -1] for line in changed]
        for line in checks:
            after = line[line.index("↔") :]
            reasons_shown.append(after[after.index(" (") + 2 : -1])
        assert reasons_shown[-1] == (
            "أرقام أو روابط أو عناوين بريد إلكتروني في جهة واحدة فقط؛ عنوان مقترن بـفقرة"
        )
        for shown in reasons_shown:
            assert not re.search(r"[A-Za-z]", shown), shown
        # A metadata field, a language and a variable's name.
        assert reason_text(said("kept-as-meta", "organization", "ar")) == (
            "حُفظ بوصفه مؤسسة السياسة في العربية (السياسة › الخصائص)، لا بوصفه نصًا"
        )
        assert reason_text(said("export-variable", "contact_email", "en")) == (
            "متغير من ملف مُصدَّر: حُفظ بوصفه قيمة {{contact_email}} في الإنجليزية"
        )
    finally:
        installed.remove(qapp)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


_FIXED = [
    r'reason\s*=\s*"([^"{}]+)"',
    r'Role\.[A-Z]+,\s*(?:\d+,\s*)?"([a-z][^"{}]+)"',
    r'\.reason == "([^"]+)"',
    r'why\.append\("([^"]+)"\)',
    r'_start_item\([^)]*?"([^"]+)"\s*\)',
    r'mark_changed\([^)]*?,\s*"([^"]+)"\s*\)',
    r'self\.(?:debris|furniture)\([^)]*?"([^"]+)"\)',
    r'\.reason(?: = \w+\.reason)? = "([^"]+)"',
    r'^(?:SIGNOFF|DRAFT|VERSION) = "([^"]+)"',
]
"""Where a reader, the build or the alignment writes a fixed reason."""


def _literals(path: Path) -> set[str]:
    """The fixed reasons written in a source file; an f-string reason is a mistake (it would
    stay English in the preview: a reason made of values is ``said(kind, …)``)."""
    text = path.read_text(encoding="utf-8")
    found: set[str] = set()
    for pattern in _FIXED:
        found |= set(re.findall(pattern, text, re.MULTILINE | re.DOTALL))
    found |= {f"f-string: {m}" for m in re.findall(r'reason\s*=\s*f"([^"]+)"', text)}
    found |= {f"f-string: {m}" for m in re.findall(r'why\.append\(f"([^"]+)"\)', text)}
    found |= {f"f-string: {m}" for m in re.findall(r'mark_changed\([^()]*?,\s*f"([^"]+)"', text)}
    return found


def test_every_fixed_reason_of_the_readers_is_in_the_table():
    files = [*(SOURCES / "io" / "readers").glob("*.py"), SOURCES / "io" / "build.py"]
    files += [SOURCES / "io" / "align.py", SOURCES / "app" / "import_draft.py"]
    written = set().union(*(_literals(path) for path in files))
    written |= {"changed by you", "split by you", "merged by you", "page header", "page footer"}
    written |= {"footnote", "endnote", "changed", "debris"}
    missing = sorted(reason for reason in written if reason not in REASONS)
    assert missing == []
    assert set(KINDS) >= {"heading", "paragraph", "bullet", "numbered"}
