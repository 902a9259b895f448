"""Spell-checking of segment text: pyenchant over the system's Hunspell dictionaries.

Debian packages the dictionaries (hunspell-en-us, hunspell-ar, hunspell-fr, hunspell-sw,
hunspell-bn; README "Spell-check"). A language without a dictionary, or a machine without the
enchant library, is not an error: nothing is underlined and ``Speller.notice`` says once why.

What is checked is the text a reader sees: ``{{variables}}``, link targets, bare URLs, e-mail
addresses, words with digits and all-capital abbreviations (GDPR) are skipped. Arabic words
are checked without their harakat and tatweel (the dictionary's forms carry none), so a
vocalised word is not flagged for its vowels. Spans are offsets in the markup, so the grid and
the editor underline exactly the word.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

_SKIP = re.compile(
    r"\{\{[^}]*\}\}"  # variables
    r"|\]\([^)\s]*\)"  # the target of a [label](url) link
    r"|(?:https?://|mailto:|www\.)\S+"  # bare links
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
)
_WORD = re.compile(r"[^\W\d_](?:[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]|['’](?=\w))*")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

PREFERRED = {"en": ("en_US", "en_GB"), "sw": ("sw_TZ", "sw_KE"), "bn": ("bn_BD", "bn_IN")}


class _Dict(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


@lru_cache(maxsize=1)
def _broker() -> Any:
    try:
        import enchant  # type: ignore[import-untyped]
    except (ImportError, OSError):  # the C library is missing: pyenchant raises ImportError
        return None
    try:
        return enchant.Broker()
    except Exception:  # noqa: BLE001 - a broken enchant install is "no spell-check"
        return None


_LOADING = threading.Lock()
"""Dictionaries may be loaded off the UI thread (the grid does): one load at a time."""


def _dictionary(tag: str) -> Any:
    with _LOADING:
        return _load_dictionary(tag)


@lru_cache(maxsize=16)
def _load_dictionary(tag: str) -> Any:
    """One loaded Hunspell dictionary per tag for the process: loading the Arabic one takes
    ~0.3 s, and every grid or editor opened asks for it (our own words live in Speller)."""
    return _broker().request_dict(tag)


def dictionary_tag(lang: str) -> str | None:
    """The enchant tag of the dictionary for a language code (en → en_US), or None."""
    broker = _broker()
    if broker is None:
        return None
    try:
        available = list(broker.list_languages())
    except Exception:  # noqa: BLE001
        return None
    for tag in (*PREFERRED.get(lang, ()), lang):
        if tag in available:
            return str(tag)
    found = sorted(str(t) for t in available if str(t).split("_")[0] == lang)
    return found[0] if found else None


def words(markup: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word worth checking, in markup offsets."""
    skipped: list[tuple[int, int]] = [m.span() for m in _SKIP.finditer(markup)]
    out: list[tuple[int, int, str]] = []
    at = 0
    for match in _WORD.finditer(markup):
        start, end = match.span()
        while at < len(skipped) and skipped[at][1] <= start:
            at += 1
        if at < len(skipped) and skipped[at][0] < end:
            continue
        word = match.group()
        if len(word) < 2 or (word.isupper() and word.isascii()):
            continue
        out.append((start, end, word))
    return out


@dataclass
class Speller:
    """Spell-checking in one language, with the workspace's own words accepted."""

    lang: str
    extra_words: set[str] = field(default_factory=set)
    _dict: _Dict | None = None
    tag: str | None = None
    notice: str = ""
    """Why nothing is checked (no enchant library, no dictionary), for one notice to the user."""
    _cache: dict[str, bool] = field(default_factory=dict, repr=False)
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        broker = _broker()
        if broker is None:
            self.notice = (
                "Spell-check is off: the enchant library is not installed "
                "(Debian/Ubuntu: apt-get install libenchant-2-2)."
            )
            return
        self.tag = dictionary_tag(self.lang)
        if self.tag is None:
            self.notice = (
                f"Spell-check is off for {self.lang}: no dictionary is installed "
                f"(Debian/Ubuntu: apt-get install hunspell-{self.lang})."
            )
            return
        try:
            self._dict = _dictionary(self.tag)
        except Exception as exc:  # noqa: BLE001 - a broken dictionary: no underline
            self.notice = f"Spell-check is off for {self.lang}: {exc}"

    @property
    def available(self) -> bool:
        return self._dict is not None

    def _plain(self, word: str) -> str:
        return _ARABIC_MARKS.sub("", word).replace("’", "'")

    def check(self, word: str) -> bool:
        """True when the word is spelled right (or cannot be checked)."""
        if self._dict is None:
            return True
        known = self._cache.get(word)
        if known is not None:
            return known
        plain = self._plain(word)
        ok = (
            not plain
            or plain in self.extra_words
            or plain.casefold() in self.extra_words
            or self._dict.check(plain)
        )
        if not ok and plain[:1].isupper() and plain[1:].islower():
            ok = self._dict.check(plain.lower())  # a capitalised first word of a sentence
        self._cache[word] = ok
        return ok

    def misspelled(self, markup: str) -> list[tuple[int, int]]:
        """Spans (markup offsets) of the words not in the dictionary."""
        if self._dict is None:
            return []
        # A grid asks for a cell's spans on every paint: remember the last few thousand.
        known = self._spans.get(markup)
        if known is None:
            known = [(s, e) for s, e, w in words(markup) if not self.check(w)]
            if len(self._spans) > 4000:
                self._spans.clear()
            self._spans[markup] = known
        return list(known)

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        if self._dict is None:
            return []
        return list(self._dict.suggest(self._plain(word)))[:limit]

    def add_word(self, word: str) -> None:
        """Accept a word from now on (the caller stores it in the workspace)."""
        self.extra_words.add(self._plain(word))
        self._cache.clear()
        self._spans.clear()


def word_at(markup: str, position: int) -> tuple[int, int, str] | None:
    """The checkable word under a cursor position, if any."""
    for start, end, word in words(markup):
        if start <= position <= end:
            return start, end, word
    return None


def spellers(langs: Iterable[str], extra: Callable[[str], set[str]]) -> dict[str, Speller]:
    """One speller per language, each with the workspace's words for that language."""
    return {lang: Speller(lang, set(extra(lang))) for lang in langs}
