"""Open the bilingual grid on a small en+ar demo policy in a real window (for screenshots)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from policy_studio.library.memory import MemoryEntry, TranslationMemory
from policy_studio.model import Block, BlockKind, GlossaryEntry, Policy, Section, Status
from policy_studio.ui.bilingual_grid import BilingualGrid


def demo_policy() -> Policy:
    def block(kind: BlockKind, en: str, ar: str = "", status: Status | None = None) -> Block:
        b = Block(kind, {"en": en, "ar": ar} if ar else {"en": en})
        if status is not None:
            b.confirm("ar", "en", status)
        return b

    stale = block(
        BlockKind.PARAGRAPH,
        "We keep your records for 2 years.",
        "نحتفظ بسجلاتك مدة سنتين (٢).",
        Status.TRANSLATED,
    )
    stale.set_text("en", "We keep your records for 3 years after your last order.")
    first = Section(
        heading=block(BlockKind.TITLE, "Who we are", "من نحن", Status.APPROVED),
        blocks=[
            block(
                BlockKind.PARAGRAPH,
                "**{{organization}}** runs this service; write to help@example.org (any day).",
                "تدير **{{organization}}** هذه الخدمة؛ راسلنا على help@example.org (في أي يوم).",
                Status.REVIEWED,
            ),
            block(
                BlockKind.PARAGRAPH,
                "This notice takes effect on 2024-02-18.",
                "يسري هذا الإشعار اعتبارًا من 18-02-2024.",
                Status.TRANSLATED,
            ),
        ],
    )
    second = Section(
        heading=block(BlockKind.TITLE, "Your personal data", "بياناتك الشخصية", Status.TRANSLATED),
        blocks=[
            stale,
            block(
                BlockKind.BULLET,
                "You may ask for a copy of your personal data.",
                "يمكنك طلب نسخة من معلوماتك.",
            ),
            block(
                BlockKind.BULLET,
                "You may ask us to correct it within 30 days.",
                "يمكنك أن تطلب منا تصحيحها خلال ٤٠ يومًا.",
            ),
            block(BlockKind.BULLET, "You may object to marketing at any time."),
        ],
    )
    return Policy(title={"en": "Demo notice"}, target_languages=["ar"], sections=[first, second])


def main() -> int:
    app = QApplication(sys.argv[:1])
    if "--ui" in sys.argv:  # e.g. --ui ar: the interface in Arabic, mirrored
        from policy_studio.ui.i18n import InterfaceLanguage

        lang = sys.argv[sys.argv.index("--ui") + 1]
        qm = Path(__file__).resolve().parent.parent / "translations" / f"policy_studio_{lang}.qm"
        interface = InterfaceLanguage(app, lang, qm.read_bytes() if qm.exists() else None)
        assert interface.translated, (
            f"no compiled translation for {lang}: run scripts/update_translations.py --qm"
        )
    memory = TranslationMemory(
        "en",
        "ar",
        [
            MemoryEntry(
                "You may object to marketing.", "يحق لك الاعتراض على التسويق.", "clause objection"
            )
        ],
    )
    glossary = [GlossaryEntry("en", "ar", "personal data", "البيانات الشخصية")]
    grid = BilingualGrid(demo_policy(), "en", "ar", memory=memory, glossary=glossary)
    grid.setWindowTitle("Policy Studio — bilingual grid")
    grid.resize(1380, 860)
    grid.show()
    grid.go_to_row(grid.model.rowCount() - 1, edit="--edit" in sys.argv)
    if "--edit" in sys.argv:  # show the editor with Arabic typed into it (mixed with a number)
        editor = grid.editor()
        if editor is not None:
            editor.insertPlainText("يحق لك الاعتراض على التسويق (في أي وقت) خلال ٣٠ يومًا.")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
