"""Languages a policy can be written in: every fact the application needs about one, in one place.

Each language's BCP 47 tag, direction, script, digits, fonts, quotation marks and list-number
styles live here (the model imports the standard library only, so these are written out; the
names of languages in every interface language come from Babel/CLDR in
``policy_studio.text.languages``). Renderers, checks and the UI read these facts instead of
keeping tables of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Direction(StrEnum):
    """Base writing direction of a language or a block."""

    LTR = "ltr"
    RTL = "rtl"

    @classmethod
    def of(cls, rtl: bool) -> Direction:
        return cls.RTL if rtl else cls.LTR


ASCII_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
DEVANAGARI_DIGITS = "०१२३४५६७८९"

FONTS: dict[str, tuple[str, ...]] = {
    # Fonts per script, preferred first (all from Debian's fonts-noto-core / fonts-noto-*).
    "Latn": ("Noto Sans", "DejaVu Sans"),
    "Arab": ("Noto Naskh Arabic",),
    "Aran": ("Noto Nastaliq Urdu", "Noto Naskh Arabic"),
    "Hebr": ("Noto Sans Hebrew",),
    "Beng": ("Noto Sans Bengali",),
    "Deva": ("Noto Sans Devanagari",),
    "Ethi": ("Noto Sans Ethiopic",),
}

LIST_STYLES: dict[str, tuple[str, str]] = {
    # digits → (CSS list-style-type, WordprocessingML w:numFmt)
    ARABIC_INDIC_DIGITS: ("arabic-indic", "hindiNumbers"),
    EXTENDED_ARABIC_INDIC_DIGITS: ("persian", "hindiNumbers"),
    BENGALI_DIGITS: ("bengali", "decimal"),
    DEVANAGARI_DIGITS: ("devanagari", "hindiNumbers"),
}


@dataclass(frozen=True, slots=True)
class Language:
    """A language the application knows how to lay out."""

    code: str
    """Primary language subtag, e.g. ``"ar"`` (the key policies store)."""
    name: str
    """English name, e.g. ``"Arabic"`` (see text.languages.display_name for other languages)."""
    native_name: str
    """The language's own name for itself, e.g. ``"العربية"``."""
    direction: Direction = Direction.LTR
    """Writing direction of running text."""
    digits: str = ASCII_DIGITS
    """The ten digits used when numbering is localised (index = value)."""
    script: str = "Latn"
    """ISO 15924 script code."""
    tag: str = ""
    """The full BCP 47 tag written into documents (``w:lang``, ``lang=""``), e.g. ``"ar-SA"``;
    empty = ``code``."""
    quotes: tuple[str, str] = ("“", "”")
    """Opening and closing quotation marks (CLDR's quotationStart/End)."""

    @property
    def is_rtl(self) -> bool:
        return self.direction is Direction.RTL

    @property
    def bcp47(self) -> str:
        return self.tag or self.code

    @property
    def fonts(self) -> tuple[str, ...]:
        """Fonts for this language's script, preferred first."""
        return FONTS.get(self.script, FONTS["Latn"])

    @property
    def css_list_style(self) -> str:
        """CSS ``list-style-type`` for numbered lists in this language's own digits."""
        return LIST_STYLES.get(self.digits, ("decimal", "decimal"))[0]

    @property
    def docx_num_format(self) -> str:
        """WordprocessingML ``w:numFmt`` for numbered lists in this language's own digits."""
        return LIST_STYLES.get(self.digits, ("decimal", "decimal"))[1]

    def localise_digits(self, text: str) -> str:
        """``text`` with ASCII digits written in this language's digits."""
        if self.digits == ASCII_DIGITS:
            return text
        return text.translate(str.maketrans(ASCII_DIGITS, self.digits))


_RTL = Direction.RTL
_KNOWN = [
    Language("en", "English", "English", tag="en"),
    Language("ar", "Arabic", "العربية", _RTL, ARABIC_INDIC_DIGITS, "Arab", "ar-SA", ("”", "“")),
    Language("sw", "Swahili", "Kiswahili", tag="sw-KE"),
    Language("fr", "French", "Français", tag="fr-FR", quotes=("«\u202f", "\u202f»")),
    Language("bn", "Bengali", "বাংলা", digits=BENGALI_DIGITS, script="Beng", tag="bn-BD"),
    Language(
        "fa", "Persian", "فارسی", _RTL, EXTENDED_ARABIC_INDIC_DIGITS, "Arab", "fa-IR", ("«", "»")
    ),
    Language("ur", "Urdu", "اردو", _RTL, EXTENDED_ARABIC_INDIC_DIGITS, "Aran", "ur-PK", ("”", "“")),
    Language("he", "Hebrew", "עברית", _RTL, script="Hebr", tag="he-IL", quotes=("”", "”")),
    Language("hi", "Hindi", "हिन्दी", digits=DEVANAGARI_DIGITS, script="Deva", tag="hi-IN"),
    Language("am", "Amharic", "አማርኛ", script="Ethi", tag="am-ET", quotes=("«", "»")),
    Language("so", "Somali", "Soomaali", tag="so-SO"),
    Language("pt", "Portuguese", "Português", tag="pt-PT", quotes=("«", "»")),
    Language("es", "Spanish", "Español", tag="es-ES", quotes=("«", "»")),
    Language("de", "German", "Deutsch", tag="de-DE", quotes=("„", "“")),
]

KNOWN_LANGUAGES: dict[str, Language] = {lang.code: lang for lang in _KNOWN}

_RTL_CODES = {"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"}
_RTL_SCRIPTS = {"ar": "Arab", "fa": "Arab", "ur": "Aran", "ps": "Arab", "sd": "Arab", "ug": "Arab"}
_RTL_SCRIPTS |= {"he": "Hebr", "yi": "Hebr", "dv": "Thaa", "ckb": "Arab"}


def language(code: str) -> Language:
    """The Language for ``code``; unknown codes get a plain entry with a guessed direction."""
    code = code.strip().lower().replace("_", "-")
    primary = code.split("-")[0]
    if primary in KNOWN_LANGUAGES:
        return KNOWN_LANGUAGES[primary]
    if primary in _RTL_CODES:
        return Language(primary, primary, primary, Direction.RTL, script=_RTL_SCRIPTS[primary])
    return Language(primary, primary, primary)


def is_valid_code(code: str) -> bool:
    """True for a plausible primary language code (two or three ASCII letters)."""
    primary = code.strip().lower().split("-")[0]
    return 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()
