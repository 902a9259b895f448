"""Button words for Qt's standard buttons where Qt's own translation reads badly.

Qt's Arabic catalogue words "Cancel" as the imperative ألغِ, whose final kasra is so small that
users read the button as cut off ("ألغ"). Arabic desktop software says إلغاء. This translator is
installed after Qt's own, so it is asked first; anything it does not know falls through.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

WORDING: dict[str, dict[tuple[str, str], str]] = {
    "ar": {
        ("QPlatformTheme", "Cancel"): "إلغاء",
        ("QPlatformTheme", "Close"): "إغلاق",
        ("QPlatformTheme", "Save"): "حفظ",
        ("QPlatformTheme", "Open"): "فتح",
        ("QPlatformTheme", "Apply"): "تطبيق",
        ("QPlatformTheme", "OK"): "موافق",
    }
}


class ButtonWording(QTranslator):
    """Answers only for the (context, text) pairs in ``WORDING[lang]``."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = WORDING.get(lang, {})

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table

    def translate(  # noqa: N802 - Qt's name
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None is a null QString, which Qt reads as "not mine"; "" would blank every other text.
        return self.table.get((context, source_text))
