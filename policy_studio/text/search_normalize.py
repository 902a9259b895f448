"""Folding text for search: Arabic diacritics removed, letter variants made equal, case folded."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_HARAKAT_CHARS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"


@cache
def _harakat() -> re.Pattern[str]:
    """Harakat and tatweel (compiled when first used: every command that opens a workspace
    imports this module, few fold text)."""
    return re.compile(f"[{_HARAKAT_CHARS}]")


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


_LETTER_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ة", "ه"), ("ى", "ي"))
"""_FOLD as str.replace pairs: six C passes beat one translate() through a dict per character."""


@cache
def _latin_marks() -> re.Pattern[str]:
    """Combining marks below U+0600 (Latin, Greek, Cyrillic, Hebrew accents), dropped after
    NFD."""
    return re.compile(
        "[" + "".join(chr(c) for c in range(0x0600) if unicodedata.combining(chr(c))) + "]"
    )


def fold(text: str) -> str:
    """The form under which text is indexed and queried.

    Arabic: harakat and tatweel removed; alef forms (أ إ آ ٱ) → ا; taa marbuta → haa;
    alef maqsura → yaa. Latin: case folded, accents removed (so "donnees" finds "données").
    """
    # Whole-string passes in C (translate, casefold, NFD, one regex): this runs over every
    # memory entry and every concordance segment.
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text.casefold()
    text = _harakat().sub("", text)
    for old, new in _LETTER_FOLDS:
        text = text.replace(old, new)
    text = text.casefold()
    return _latin_marks().sub("", unicodedata.normalize("NFD", text))


def _fold_reference(text: str) -> str:
    """The definition ``fold`` implements faster (kept for the equivalence test)."""
    text = unicodedata.normalize("NFC", text)
    text = _harakat().sub("", text)
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ch < "\u0600"))


_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")


def index_form(text: str) -> str:
    """The folded text plus each Arabic word without its article and conjunction.

    Indexing both forms lets a search for سجلات find السجلات and والسجلات, while a search
    that includes the article still matches exactly.
    """
    folded = fold(text)
    stems = []
    for word in folded.split():
        for prefix in _ARTICLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                stems.append(word[len(prefix) :])
                break
    return f"{folded} {' '.join(stems)}" if stems else folded
