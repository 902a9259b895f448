"""Language names in the interface language ("الإنجليزية" in the Arabic interface, not "English").

The model's Language carries an English name and the native name; the interface needs the name
as its own reader says it. Each name is a translatable string here (context "LanguageNames");
a language without one falls back to its English name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..model import language


def language_name(code: str) -> str:
    """The name of ``code`` in the interface language."""
    # Literal calls, so that lupdate finds each name.
    names = {
        "en": QCoreApplication.translate("LanguageNames", "English"),
        "ar": QCoreApplication.translate("LanguageNames", "Arabic"),
        "sw": QCoreApplication.translate("LanguageNames", "Swahili"),
        "fr": QCoreApplication.translate("LanguageNames", "French"),
        "bn": QCoreApplication.translate("LanguageNames", "Bengali"),
        "fa": QCoreApplication.translate("LanguageNames", "Persian"),
        "ur": QCoreApplication.translate("LanguageNames", "Urdu"),
        "he": QCoreApplication.translate("LanguageNames", "Hebrew"),
        "hi": QCoreApplication.translate("LanguageNames", "Hindi"),
        "am": QCoreApplication.translate("LanguageNames", "Amharic"),
        "so": QCoreApplication.translate("LanguageNames", "Somali"),
        "pt": QCoreApplication.translate("LanguageNames", "Portuguese"),
        "es": QCoreApplication.translate("LanguageNames", "Spanish"),
        "de": QCoreApplication.translate("LanguageNames", "German"),
    }
    return names.get(code, language(code).name)


def interface_language() -> str:
    """The interface language's code (InterfaceLanguage makes it QLocale's default)."""
    return QLocale().name().split("_")[0] or "en"
