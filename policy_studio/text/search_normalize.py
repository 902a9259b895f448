"""Folding text for search: Arabic diacritics removed, letter variants made equal, case folded."""

from __future__ import annotations

import re
import unicodedata

_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
    }
)


def fold(text: str) -> str:
    """The form under which text is indexed and queried.

    Arabic: harakat and tatweel removed; alef forms (أ إ آ ٱ) → ا; taa marbuta → haa;
    alef maqsura → yaa. Latin: case folded, accents removed (so "donnees" finds "données").
    """
    text = unicodedata.normalize("NFC", text)
    text = _HARAKAT.sub("", text)
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(
        ch for ch in decomposed if not (unicodedata.combining(ch) and ch < "\u0600")
    )
