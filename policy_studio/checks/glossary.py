"""Glossary terms: finding a term in text the way a translator means it (case and Arabic folded)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model.glossary import GlossaryEntry
from ..text.search_normalize import fold

__all__ = ["GlossaryEntry", "find_term"]


# Arabic attaches conjunctions, prepositions and the article to the next word: وال، بال، لل…
_AR_PREFIX = "(?:و?[فبلك]?(?:ال|لل)?)"
_AR_SUFFIX = "(?:ك|كم|كما|كن|ه|ها|هم|هما|هن|نا|ي)?"


@lru_cache(maxsize=2048)
def _term_pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(term).split()]
    body = r"\s+".join(words)
    arabic = any("\u0600" <= ch <= "\u06ff" for ch in term)
    if arabic:
        # The term may be listed with its article (البيانات) or without (بيانات); both forms
        # take the same attached prefixes in running text.
        words[0] = words[0].removeprefix("ال")
        # A possessive ends the first noun and drops its article:
        # البيانات الشخصية → بياناتك الشخصية.
        body = rf"{words[0]}{_AR_SUFFIX}" + "".join(rf"\s+{w}" for w in words[1:])
        return re.compile(rf"(?<![\w]){_AR_PREFIX}{body}(?!\w)")
    # Latin terms: allow a plural or possessive ending on the last word (data subject → subjects).
    return re.compile(rf"(?<!\w){body}(?:s|es|'s)?(?!\w)")


def find_term(text: str, term: str) -> list[tuple[int, int]]:
    """Spans of ``term`` in ``text`` (offsets into ``text``), ignoring case and Arabic variants.

    Folding keeps one character per character for everything except removed diacritics, so the
    spans are mapped back through an index table.
    """
    if not term.strip():
        return []
    folded_chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for out in fold(ch):
            folded_chars.append(out)
            index.append(i)
    folded = "".join(folded_chars)
    spans = []
    for match in _term_pattern(term).finditer(folded):
        if match.end() == match.start():
            continue
        spans.append((index[match.start()], index[match.end() - 1] + 1))
    return spans
