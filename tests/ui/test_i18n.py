"""The interface in Arabic, Swahili and French: complete translations, mirrored Arabic layout."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from policy_studio.ui.bilingual_grid import BilingualGrid
from policy_studio.ui.i18n import InterfaceLanguage, set_ui_language, ui_language

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LANGS = ["ar", "sw", "fr"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_interface_string_is_translated(lang):
    tree = etree.parse(
        str(TRANSLATIONS / f"policy_studio_{lang}.ts"), etree.XMLParser(resolve_entities=False)
    )
    assert tree.getroot().get("language") == lang
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert unfinished == []


def qt_tool(name: str) -> str:
    """Qt's lupdate/lrelease as the PySide6 wheel ships them (a dependency, so never skipped)."""
    import PySide6

    for candidate in (
        shutil.which(f"pyside6-{name}"),
        str(Path(sys.executable).parent / f"pyside6-{name}"),
        str(Path(PySide6.__file__).parent / name),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    raise AssertionError(f"pyside6-{name} not found although PySide6 is installed")


def compile_qm(lang: str, tmp_path: Path) -> bytes:
    lrelease = qt_tool("lrelease")
    out = tmp_path / f"{lang}.qm"
    subprocess.run(
        [lrelease, "-silent", str(TRANSLATIONS / f"policy_studio_{lang}.ts"), "-qm", str(out)],
        check=True,
    )
    return out.read_bytes()


@pytest.fixture
def interface(qapp, tmp_path):
    installed: list[InterfaceLanguage] = []

    def install(lang: str) -> InterfaceLanguage:
        found = InterfaceLanguage(qapp, lang, compile_qm(lang, tmp_path))
        installed.append(found)
        return found

    yield install
    for found in installed:
        found.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _buttons(widget) -> set[str]:
    return {b.text() for b in widget.findChildren(QPushButton)}


def test_the_arabic_interface_translates_the_grid_and_mirrors_the_layout(
    qtbot, interface, grid_policy
):
    assert interface("ar").translated
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    grid = BilingualGrid(grid_policy, "en", "ar")
    qtbot.addWidget(grid)
    assert {"تأكيد", "نسخ المصدر", "ليس خطأً"} <= _buttons(grid)
    assert grid.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert grid.model.data(grid.model.index(2, 2)).startswith("غير مترجم")
    assert (
        grid.progress_label.text()
        == "\u200f\u2068العربية\u2069\u200f: 67٪ مترجم · 33٪ مُراجَع · 0 متقادم"
    )


@pytest.mark.parametrize("lang, confirm", [("sw", "Thibitisha"), ("fr", "Confirmer")])
def test_swahili_and_french_interfaces_stay_left_to_right(
    qtbot, interface, grid_policy, lang, confirm
):
    interface(lang)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    grid = BilingualGrid(grid_policy, "en", "ar")
    qtbot.addWidget(grid)
    assert confirm in _buttons(grid)


def test_the_language_setting_is_remembered(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    set_ui_language(settings, "sw")
    assert ui_language(settings) == "sw"
    with pytest.raises(ValueError):
        set_ui_language(settings, "xx")


def test_a_missing_translation_falls_back_to_english_without_failing(qapp):
    found = InterfaceLanguage(qapp, "ar", b"")
    try:
        assert not found.translated
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        found.remove(qapp)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("lang", LANGS)
def test_no_string_of_the_interface_is_missing_from_the_ts_files(lang, tmp_path):
    """lupdate over the current source finds nothing new: every tr() string has a translation."""
    lupdate = qt_tool("lupdate")
    copy = tmp_path / f"policy_studio_{lang}.ts"
    copy.write_bytes((TRANSLATIONS / copy.name).read_bytes())
    sources = sorted(str(p) for p in (TRANSLATIONS.parent / "policy_studio" / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-target-language", lang, "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    tree = etree.parse(str(copy), etree.XMLParser(resolve_entities=False))
    untranslated = [
        f"{m.getparent().findtext('name')}: {m.findtext('source')}"
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == [], "run scripts/update_translations.py and translate these"


def test_the_main_window_in_arabic_has_arabic_menus_and_mirrors(qtbot, interface, request):
    interface("ar")
    window = request.getfixturevalue("window")
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&ملف", "&تحرير", "&قسم"]
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.modes.tabText(1) == "الترجمة"
    assert window.export_action.text() == "تصدير…"
    # Qt does not mirror dock areas itself: the library moves to the right with the text.
    assert window.dockWidgetArea(window.docks["library"]) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(window.docks["preview"]) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_undo_menu_names_the_edit_in_the_interface_language(qtbot, interface, request):
    interface("fr")
    window = request.getfixturevalue("window")
    section = window.session.policy.sections[0]
    from policy_studio.ops.sections import rename_section

    window.apply_edit(rename_section(window.session.policy, section.id, "en", "Nous joindre"))
    assert window.undo_action.text() == "Annuler Renommer la section"


def test_list_items_are_laid_out_in_their_own_direction(qtbot, interface, request):
    """In the mirrored interface an English section title keeps "1." at its start."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    interface("ar")
    window = request.getfixturevalue("window")
    view = window.outline.view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegate().initStyleOption(option, window.outline.model.index(0))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_every_placeholder(lang):
    """A translation that drops %1 or {path} would silently lose the file name or number."""
    import re

    tree = etree.parse(
        str(TRANSLATIONS / f"policy_studio_{lang}.ts"), etree.XMLParser(resolve_entities=False)
    )
    pattern = re.compile(r"%n|%\d|\{[a-z]+(?::[^}]*)?\}")
    broken = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        wanted = set(pattern.findall(source)) - {"%n"}
        for form in forms:
            if not wanted <= set(pattern.findall(form)):
                broken.append((source, form))
    assert broken == []


def test_restoring_a_version_is_named_in_arabic_from_its_operation(qtbot, interface, request):
    """The undo name comes from the operation kind and its argument, translated when shown:
    "Restore version …" is no longer English in the Arabic interface."""
    interface("ar")
    window = request.getfixturevalue("window")
    from policy_studio.ops.versions import restore_version

    workspace = window.session.workspace
    policy = window.session.policy
    version = workspace.save_version(policy, "1.0")
    edit = restore_version(policy, version)
    assert (edit[1].kind, edit[1].args, edit[1].label) == (
        "restore_version",
        ("1.0",),
        "Restore version 1.0",
    )
    window.apply_edit(edit)
    assert window.undo.undoText() == "استعادة الإصدار 1.0"


def test_every_edit_is_named_in_arabic_from_its_kind_and_arguments(qtbot, interface, request):
    """Each operation names its edit by kind and arguments; the Undo menu translates the
    kind's template when shown and fills in the arguments (a section title, a variable name)
    as they are. None of these was translated before, or only by parsing English back."""
    import re as _re

    from policy_studio.model import BlockKind, Status
    from policy_studio.ops import blocks, policy_edits, sections, text_edits
    from policy_studio.ui.undo import describe

    interface("ar")
    window = request.getfixturevalue("window")
    policy = window.session.policy
    first, second = policy.sections[0], policy.sections[1]
    block = first.blocks[0]
    edits = {
        "move_section": sections.move_section(policy, second.id, 0)[1],
        "set_variable": policy_edits.set_variable(policy, "company_name", "en", "Acme")[1],
        "set_regulations": policy_edits.set_regulations(policy, ["gdpr"], None)[1],
        "set_status": text_edits.set_status(policy, block.id, "ar", Status.REVIEWED)[1],
        "change_block_kind": blocks.set_block_kind(policy, block.id, BlockKind.BULLET)[1],
        "rename_section": sections.rename_section(policy, first.id, "en", "Keeping")[1],
    }
    arabic = _re.compile(r"[\u0600-\u06ff]")
    for kind, edit in edits.items():
        assert edit.kind == kind
        shown = describe(edit)
        assert arabic.search(shown), f"{kind}: {shown!r} is not Arabic"
        assert shown != edit.label
        for arg in edit.args:
            assert arg in shown  # the argument itself is never translated or dropped
    assert describe(edits["set_variable"]) == "تعيين company_name"
    window.apply_edit(sections.move_section(policy, first.id, 0))
    assert window.undo.undoText() == "نقل القسم"


def test_operation_kinds_and_their_translatable_templates_agree() -> None:
    """ops.base describes each kind in English; ui.undo marks the same template for
    translation: a kind missing there would show English in every interface language."""
    from policy_studio.ops.base import OP_DESCRIPTIONS
    from policy_studio.ui.undo import OP_LABELS

    assert OP_LABELS == OP_DESCRIPTIONS


def test_no_operation_names_its_edit_with_a_bare_english_string() -> None:
    """Every Edit in ops/ (and every label the UI or app/ passes to an operation) is an
    op(kind, …)."""
    import ast

    root = Path(__file__).resolve().parents[2] / "policy_studio"
    found = []
    for path in [
        *(root / "ops").glob("*.py"),
        *(root / "ui").rglob("*.py"),
        *(root / "app").glob("*.py"),
    ]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            labels = [k.value for k in node.keywords if k.arg == "label"]
            if name in ("Edit", "then", "_combined") and node.args:
                labels.append(node.args[0])
            for label in labels:
                if isinstance(label, (ast.Constant, ast.JoinedStr)):
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []
