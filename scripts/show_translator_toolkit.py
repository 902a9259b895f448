"""Screenshots of the translator's toolkit (offscreen): the grid with Arabic spelling underlines,
the concordance window, the pre-translation report.

Run: python scripts/show_translator_toolkit.py [OUT_DIR]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from policy_studio.library.memory import MemoryEntry, TranslationMemory  # noqa: E402
from policy_studio.model import Block, BlockKind, Policy, Section, Status  # noqa: E402
from policy_studio.ui.bilingual_grid import BilingualGrid  # noqa: E402


def demo() -> tuple[Policy, TranslationMemory]:
    def block(en: str, ar: str = "", status: Status | None = None, kind=BlockKind.PARAGRAPH):
        b = Block(kind, {"en": en, "ar": ar} if ar else {"en": en})
        if status is not None:
            b.confirm("ar", "en", status)
        return b

    policy = Policy(
        title={"en": "Demo notice"},
        target_languages=["ar"],
        sections=[
            Section(
                heading=block(
                    "Your personal data", "بياناتك الشخصية", Status.TRANSLATED, BlockKind.TITLE
                ),
                blocks=[
                    block(
                        "We keep your personal data for two years.",
                        "نحتفظ ببياناتك الشخصيه مدة سنتين.",
                        Status.REVIEWED,
                    ),
                    block(
                        "You may ask for a copy of your personal data.",
                        "يمكنك طلب نسخه من البيانت الشخصية الخاصه بك.",
                    ),
                    block(
                        "Write to {{contact_email}} about your account.",
                        "راسلنا على {{contact_email}} بشأن حسابكك.",
                    ),
                    block("You may object to marketing at any time.", kind=BlockKind.BULLET),
                    block("We never sell your personal data.", kind=BlockKind.BULLET),
                ],
            ),
            Section(
                heading=block("Cookies", kind=BlockKind.TITLE),
                blocks=[
                    block("We use cookies to keep you signed in."),
                    block("We never sell your personal data.", kind=BlockKind.BULLET),
                ],
            ),
        ],
    )
    memory = TranslationMemory(
        "en",
        "ar",
        [
            MemoryEntry("Cookies", "ملفات تعريف الارتباط", "clause cookies"),
            MemoryEntry(
                "We never sell your personal data.",
                "لا نبيع بياناتك الشخصية أبدًا.",
                "clause no-sale",
            ),
            MemoryEntry(
                "We use cookies to keep you logged in.",
                "نستخدم ملفات تعريف الارتباط لإبقائك مسجلًا للدخول.",
                "Shop policy",
                Status.TRANSLATED,
            ),
            MemoryEntry(
                "Your personal data is deleted after a year.",
                "تُحذَف بياناتك الشخصيّة بعد سنة.",
                "clause retention",
            ),
        ],
    )
    return policy, memory


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    app = QApplication(sys.argv[:1])
    policy, memory = demo()
    grid = BilingualGrid(policy, "en", "ar", memory=memory)
    grid.resize(1250, 560)
    grid.show()
    app.processEvents()
    grid.go_to_row(4)  # an untranslated row: the Arabic rows show unselected
    app.processEvents()
    grid.grab().save(str(out / "grid-spelling-ar.png"))

    report = grid.pretranslate(min_score=75)
    assert report is not None
    report.resize(1000, 300)
    app.processEvents()
    report.grab().save(str(out / "pretranslation-report.png"))
    report.close()
    grid.go_to_row(1)
    app.processEvents()
    grid.grab().save(str(out / "grid-pretranslated.png"))

    dialog = grid.open_concordance()
    dialog.search_for("الشخصية")  # finds الشخصيّة and الشخصيه too
    dialog.resize(1000, 420)
    app.processEvents()
    dialog.grab().save(str(out / "concordance.png"))
    print(
        f"wrote {out}/grid-spelling-ar.png, pretranslation-report.png, grid-pretranslated.png, "
        "concordance.png"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
