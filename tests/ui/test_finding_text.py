"""QA check names and messages in the interface language (Arabic, Swahili, French)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from policy_studio.checks import check_policy
from policy_studio.checks.translation import CHECKS, SECTION_CHECKS
from policy_studio.model import Block, BlockKind, GlossaryEntry, Policy, Section
from policy_studio.ui.finding_text import _PATTERNS, CHECK_NAMES, check_name, translate_message
from policy_studio.ui.findings_panel import FindingsPanel
from policy_studio.ui.i18n import InterfaceLanguage

from .test_i18n import compile_qm

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def language(qapp, tmp_path):
    installed: list[InterfaceLanguage] = []

    def install(lang: str) -> None:
        installed.append(InterfaceLanguage(qapp, lang, compile_qm(lang, tmp_path)))

    yield install
    for found in installed:
        found.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _faulty_policy() -> Policy:
    """One segment per kind of mistake the segment checks report (own wording)."""
    pairs = [
        ("We answer within 30 days.", "نرد خلال 40 يومًا."),
        ("Effective 2024-02-18.", "يسري من 2024-03-18."),
        ("Write to help@club.example.", "راسلنا على info@club.example."),
        ("See [the site](https://club.example).", "راجع الموقع."),
        ("Contact {{contact_email}}.", "تواصل معنا."),
        ("Same text here.", "Same text here."),
        ("We keep your data.", "نحتفظ\u200f ببياناتك."),
        ("Bracketed (note).", "ملاحظة (بين قوسين."),
        ("Your personal data is protected.", "معلوماتك محمية."),
        ("We **never** sell data.", "لا نبيع البيانات."),
        ("Untranslated yet.", ""),
    ]
    blocks = [
        Block(BlockKind.PARAGRAPH, {"en": en, "ar": ar} if ar else {"en": en}) for en, ar in pairs
    ]
    blocks += [
        Block(BlockKind.BULLET, {"en": "One.", "ar": "واحد."}),
        Block(BlockKind.BULLET, {"en": "Two."}),
    ]
    return Policy(
        title={"en": "Faults"}, target_languages=["ar"], sections=[Section(blocks=blocks)]
    )


def test_every_check_has_a_name_and_every_message_shape_a_pattern():
    ids = {c for c, _, _ in CHECKS} | {c for c, _, _ in SECTION_CHECKS} | {"consistency"}
    assert ids <= set(CHECK_NAMES)
    glossary = [GlossaryEntry("en", "ar", "personal data", "البيانات الشخصية")]
    findings = check_policy(_faulty_policy(), "ar", glossary=glossary)
    assert {f.check for f in findings} >= {
        "numbers",
        "dates",
        "emails",
        "urls",
        "variables",
        "same",
        "invisible",
        "brackets",
        "glossary",
        "tags",
        "missing",
        "list_items",
    }
    unknown = [
        f.message for f in findings if not any(p.fullmatch(f.message) for p, _, _ in _PATTERNS)
    ]
    assert unknown == []
    # Without a translation installed (English) every message comes back word for word.
    assert [translate_message(f.message) for f in findings] == [f.message for f in findings]


@pytest.mark.parametrize(
    ("lang", "name", "message"),
    [
        ("ar", "الأرقام", "الرقم 30 غير موجود في الترجمة"),
        ("sw", "namba", "namba 30 haipo kwenye tafsiri"),
        ("fr", "nombres", "le nombre 30 manque dans la traduction"),
    ],
)
def test_the_findings_panel_speaks_the_interface_language(qtbot, language, lang, name, message):
    language(lang)
    assert check_name("numbers") == name
    assert translate_message("number 30 is missing in the translation") == message
    findings = [f for f in check_policy(_faulty_policy(), "ar") if f.check == "numbers"]
    panel = FindingsPanel(lambda f: None)
    qtbot.addWidget(panel)
    panel.set_findings(findings)
    item = panel.tree.topLevelItem(0)
    assert item.text(1) == name
    assert translate_message(findings[0].message) in item.text(3)
    assert "missing in the translation" not in item.text(3)
    # An unknown shape stays as it is, never half-translated.
    assert translate_message("a message from a future check") == "a message from a future check"
