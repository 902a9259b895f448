"""Languages a policy can be written in: code, name, direction and digits."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    """Base writing direction of a language or a block."""

    LTR = "ltr"
    RTL = "rtl"


@dataclass(frozen=True, slots=True)
class Language:
    """A language the application knows how to lay out."""

    code: str
    """BCP 47 primary code, e.g. ``"ar"``."""
    name: str
    """English name, e.g. ``"Arabic"``."""
    native_name: str
    """The language's own name for itself, e.g. ``"العربية"``."""
    direction: Direction = Direction.LTR
    """Writing direction of running text."""
    digits: str = "0123456789"
    """The ten digits used when numbering is localised (index = value)."""

    @property
    def is_rtl(self) -> bool:
        return self.direction is Direction.RTL


ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"

_KNOWN = [
    Language("en", "English", "English"),
    Language("ar", "Arabic", "العربية", Direction.RTL, ARABIC_INDIC_DIGITS),
    Language("sw", "Swahili", "Kiswahili"),
    Language("fr", "French", "Français"),
    Language("bn", "Bengali", "বাংলা", Direction.LTR, BENGALI_DIGITS),
    Language("fa", "Persian", "فارسی", Direction.RTL, EXTENDED_ARABIC_INDIC_DIGITS),
    Language("ur", "Urdu", "اردو", Direction.RTL, EXTENDED_ARABIC_INDIC_DIGITS),
    Language("he", "Hebrew", "עברית", Direction.RTL),
    Language("hi", "Hindi", "हिन्दी"),
    Language("am", "Amharic", "አማርኛ"),
    Language("so", "Somali", "Soomaali"),
    Language("pt", "Portuguese", "Português"),
    Language("es", "Spanish", "Español"),
    Language("de", "German", "Deutsch"),
]

KNOWN_LANGUAGES: dict[str, Language] = {lang.code: lang for lang in _KNOWN}

_RTL_CODES = {"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"}


def language(code: str) -> Language:
    """The Language for ``code``; unknown codes get a plain entry with a guessed direction."""
    code = code.strip().lower().replace("_", "-")
    primary = code.split("-")[0]
    if primary in KNOWN_LANGUAGES:
        return KNOWN_LANGUAGES[primary]
    direction = Direction.RTL if primary in _RTL_CODES else Direction.LTR
    return Language(primary, primary, primary, direction)


def is_valid_code(code: str) -> bool:
    """True for a plausible primary language code (two or three ASCII letters)."""
    primary = code.strip().lower().split("-")[0]
    return 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()
