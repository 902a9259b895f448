"""Facts about languages that come from CLDR (through Babel): names in every language.

The rest of what the application knows about a language (tag, direction, script, digits,
fonts, quotation marks) is in ``policy_studio.model.language``; CLDR's date formats are used
where dates are written (``policy_studio.layout.format_date``).
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from ..model import language


@lru_cache(maxsize=256)
def display_name(code: str, in_lang: str = "en") -> str:
    """The name of language ``code`` written in language ``in_lang`` ("ar" in "fr" is "arabe").

    CLDR's name when Babel has it; else the language's own name, else the code.
    """
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(in_lang)
    except (UnknownLocaleError, ValueError, TypeError):
        name = None
    if name:
        return str(name)
    known = language(code)
    return known.native_name if known.native_name != known.code else code
