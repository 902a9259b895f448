"""Word tokenizer for the diff: words, numbers, punctuation and spaces, Arabic clitics split off.

Every character of the input lands in exactly one token, so ``"".join(tokenize(t)) == t``: a
diff over tokens can always be turned back into text. Addresses (e-mail, web) are single
tokens: a changed address is one replaced word. Arabic proclitics (و, ف, ب, ك, ل and the
article ال) become tokens of their own, so adding "and" in front of a word ("والبيانات" for
"البيانات") is one small insertion, not a rewritten word.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Combining marks (Latin accents, Arabic harakat, Quranic marks) and the zero-width joiners
# belong to the word they sit on; Python's \w does not include them.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<url>(?:https?://|mailto:|www\.)[^\s<>"]*[^\s<>".,;:!?)\]،؛])
  | (?P<email>(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)
  | (?P<number>\d+(?:[.,:/\-]\d+)*)
  | (?P<word>{_LETTER}+(?:['’\-]{_LETTER}+)*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ARABIC = re.compile("[\u0600-\u06ff]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]")

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
CLITICS = (*_CONJUNCTIONS, *_PREPOSITIONS, "ال")
"""Every token split_clitics can split off (ل also stands for the article after ل)."""
_MIN_STEM = 3
"""Letters a word must keep after a clitic is split off; shorter words are left whole, since
a short word starting with و is more often a root letter than the conjunction."""


def _letters(text: str) -> int:
    return len(_ARABIC_LETTERS.findall(text))


def split_clitics(word: str) -> list[str]:
    """An Arabic word as [conjunction][preposition][article] stem, each present part a token."""
    parts: list[str] = []
    rest = word
    for group in (_CONJUNCTIONS, _PREPOSITIONS):
        if rest[:1] in group and _letters(rest[1:]) >= _MIN_STEM:
            parts.append(rest[0])
            rest = rest[1:]
    # The article: ال, or just ل after the preposition ل ("للمستخدم" = ل + ال + مستخدم).
    article = "ل" if parts and parts[-1] == "ل" else "ال"
    if rest.startswith(article) and _letters(rest[len(article) :]) >= 2:
        parts.append(article)
        rest = rest[len(article) :]
    parts.append(rest)
    return parts


@lru_cache(maxsize=8192)
def _tokenize_cached(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if match.lastgroup == "word" and _ARABIC.match(token):
            tokens.extend(split_clitics(token))
        else:
            tokens.append(token)
    return tuple(tokens)


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` in order; joined, they give back ``text`` exactly."""
    return list(_tokenize_cached(text))


def is_word(token: str) -> bool:
    """True for tokens that count as words in a summary (letters or digits, not punctuation)."""
    return any(ch.isalnum() for ch in token)


_PROCLITIC_GROUPS = (_CONJUNCTIONS, _PREPOSITIONS)


def clitic_readings(word: str, min_stem: int = 2) -> list[str]:
    """The ways to read an Arabic word with its proclitics taken off, least stripped first.

    ``ولا`` → [ولا, لا]; ``للمستخدم`` → [للمستخدم, لمستخدم, مستخدم]; ``فقط`` → [فقط, قط]. Unlike
    split_clitics (which must choose one reading for the diff), every reading is offered, so a
    caller that looks words up in a list tries the whole word first and then the shorter stems;
    short particles (لا, لن, لم) count, which is why ``min_stem`` is 2 here. Non-Arabic words
    have one reading: themselves.
    """
    return list(_clitic_readings(word, min_stem))


@lru_cache(maxsize=65536)
def _clitic_readings(word: str, min_stem: int) -> tuple[str, ...]:
    if not _ARABIC.match(word):
        return (word,)
    readings = [word]
    stems = [word]
    for group in _PROCLITIC_GROUPS:
        stems = stems + [s[1:] for s in stems if s[:1] in group and _letters(s[1:]) >= min_stem]
    for stem in list(stems):
        # The article: ال, or just ل after the preposition ل (للمستخدم = ل + ال + مستخدم).
        for article in (
            ("ال", "ل") if stem != word and word[: len(word) - len(stem)].endswith("ل") else ("ال",)
        ):
            if stem.startswith(article) and _letters(stem[len(article) :]) >= min_stem:
                stems.append(stem[len(article) :])
    for stem in sorted(stems, key=len, reverse=True):
        if stem not in readings:
            readings.append(stem)
    return tuple(readings)
