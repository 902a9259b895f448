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
