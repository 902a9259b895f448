"""Meaning checks across languages: negation, modality, absolutes and quantities on one side only.

Offline and rule-based. The rules are data, one file per language in resources/meaning/ (see
its README and docs/meaning-checks.md): for each category (negation, possibility, firm, absolute,
universal, exclusive) the *strong* cues that raise a finding when the other language has no cue
of the category, and the *weak* cues that only count as a counterpart. The asymmetry is what
keeps precision: "never" must find some negation on the other side, but "without", "unless" or
Arabic غير are enough to answer it.

Texts are compared sentence by sentence when both sides have the same number of sentences, else
as whole blocks. Arabic words are looked up whole first and then with their proclitics taken off
(text.tokenize.clitic_readings), so ولا, فلن and لكل find لا, لن and كل. Spans are offsets in
the block's markup, so the grid can underline them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from math import comb
from pathlib import Path
from typing import Any

from ..model.errors import PolicyStudioError
from ..text.markup import VARIABLE_PATTERN
from ..text.tokenize import clitic_readings

CATEGORIES = ("negation", "possibility", "firm", "absolute", "universal", "exclusive")
STRENGTHS = ("strong", "weak", "not")


class MeaningRulesError(PolicyStudioError):
    """A rules file under resources/meaning/ that cannot be read."""


# -- folding: case, Arabic diacritics and tatweel, apostrophes; offsets kept --------------

_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]"
)
_SAME = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})


def fold_indexed(text: str) -> tuple[str, Sequence[int]]:
    """``text`` case-folded, Arabic harakat and tatweel removed, apostrophes made straight;
    with, for each character of the result, the offset in ``text`` it comes from.

    Hamza forms are kept apart on purpose: ألا (that … not) and إلا (except) differ in meaning.
    """
    if not _DROP.search(text):
        simple = text.translate(_SAME).lower()
        if len(simple) == len(text):  # the usual case: one character for one
            return simple, range(len(text))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        for piece in ch.translate(_SAME).lower():
            out.append(piece)
            index.append(i)
    return "".join(out), index


def fold(text: str) -> str:
    return fold_indexed(unicodedata.normalize("NFC", text))[0]


# -- rules --------------------------------------------------------------------------------

_WORD = re.compile(r"[\w\u0300-\u036f\u0900-\u0963\u0966-\u09ff\u200c\u200d]+(?:'\w+)*")
"""A word: letters, marks and joiners (Indic vowel signs are marks; the danda । ends a word)."""
_START = r"(?<![\w\u0900-\u0963\u0966-\u09ff])"
_STOP = r"(?:(?<![\w\u0900-\u0963\u0966-\u09ff])|(?![\w\u0900-\u0963\u0966-\u09ff]))"
"""Pattern entries match whole words (or whole runs of words): a match starts at a word start
and, when it ends in a letter, at a word end (qu' may be glued to the next word)."""


@dataclass(frozen=True, slots=True)
class Entry:
    category: str
    """A category, or "ignore" (a phrase that is no cue of any category)."""
    strength: str
    text: str
    """The entry as written in the rules file (shown in test failures and the docs)."""


@dataclass(slots=True)
class LanguageRules:
    """The compiled rules of one language."""

    lang: str
    words: dict[str, list[Entry]] = field(default_factory=dict)
    prefixes: dict[str, list[Entry]] = field(default_factory=dict)
    """Stem → entries matching any word that starts with it."""
    prefix_lengths: list[int] = field(default_factory=list)
    phrases: dict[str, list[tuple[tuple[str, ...], bool, Entry]]] = field(default_factory=dict)
    """First word → (the other words, last word is a prefix, entry)."""
    patterns: list[tuple[re.Pattern[str], Entry]] = field(default_factory=list)
    combined: list[tuple[re.Pattern[str], dict[str, str]]] = field(default_factory=list)
    abbreviations: frozenset[str] = frozenset()
    joins: tuple[str, ...] = ()
    """Conjunctions (``word`` or ``stem*``, folded) that may join two sentences after a comma."""

    def add(self, entry: Entry, where: str) -> None:
        raw = entry.text.strip()
        if not raw:
            raise MeaningRulesError(f"{where}: an empty entry in [{entry.category}]")
        if raw.startswith("re:"):
            try:
                pattern = re.compile(rf"{_START}(?:{fold(raw[3:])}){_STOP}")
            except re.error as exc:
                raise MeaningRulesError(f"{where}: [{entry.category}] {raw!r}: {exc}") from None
            self.patterns.append((pattern, entry))
            return
        words = fold(raw).split()
        prefix = words[-1].endswith("*")
        if prefix:
            words[-1] = words[-1][:-1]
        if len(words) > 1:
            self.phrases.setdefault(words[0], []).append((tuple(words[1:]), prefix, entry))
        elif prefix:
            self.prefixes.setdefault(words[0], []).append(entry)
            self.prefix_lengths = sorted({len(stem) for stem in self.prefixes})
        else:
            self.words.setdefault(words[0], []).append(entry)


def _rules_dir() -> Path:
    """resources/meaning of this checkout when there is one, else of the installed package."""
    checkout = Path(__file__).resolve().parents[2] / "resources" / "meaning"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("policy_studio.resources").joinpath("meaning")))


def available_languages() -> list[str]:
    return sorted(p.stem for p in _rules_dir().glob("*.toml"))


def _list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise MeaningRulesError(f"{where}: expected a list of strings")
    return value


@lru_cache(maxsize=32)
def rules_for(lang: str) -> LanguageRules | None:
    """The rules of ``lang`` (a base code: ar-EG uses ar), or None when there is no file."""
    base = lang.split("-")[0].lower()
    path = _rules_dir() / f"{base}.toml"
    if not path.is_file():
        return None
    return load_rules(path, base)


def load_rules(path: Path, lang: str) -> LanguageRules:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MeaningRulesError(f"{path}: cannot read the meaning rules: {exc}") from None
    rules = LanguageRules(lang)
    rules.abbreviations = frozenset(
        fold(a) for a in _list(data.get("abbreviations", []), f"{path}: abbreviations")
    )
    rules.joins = tuple(fold(j) for j in _list(data.get("joins", []), f"{path}: joins"))
    for category in (*CATEGORIES, "ignore"):
        table = data.get(category, {})
        if not isinstance(table, dict):
            raise MeaningRulesError(f"{path}: [{category}] must be a table")
        for strength in STRENGTHS:
            for text in _list(table.get(strength, []), f"{path}: [{category}] {strength}"):
                rules.add(Entry(category, strength, text), str(path))
    unknown = set(data) - {*CATEGORIES, "ignore", "combined", "language", "abbreviations", "joins"}
    if unknown:
        raise MeaningRulesError(f"{path}: unknown tables {', '.join(sorted(unknown))}")
    for i, item in enumerate(data.get("combined", []), start=1):
        where = f"{path}: [[combined]] #{i}"
        match, counts = item.get("match", ""), item.get("counts", {})
        if (
            not isinstance(match, str)
            or not match.startswith("re:")
            or not isinstance(counts, dict)
        ):
            raise MeaningRulesError(f'{where}: needs match = "re:…" and a counts table')
        if any(c not in CATEGORIES or s not in ("strong", "weak") for c, s in counts.items()):
            raise MeaningRulesError(f"{where}: counts maps categories to strong or weak")
        try:
            pattern = re.compile(rf"{_START}(?:{fold(match[3:])}){_STOP}")
        except re.error as exc:
            raise MeaningRulesError(f"{where}: {exc}") from None
        rules.combined.append((pattern, {str(c): str(s) for c, s in counts.items()}))
    return rules


# -- finding cues in a text ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    category: str
    strength: str
    start: int
    """Offsets in the analysed text (the block's markup)."""
    end: int
    text: str
    combined: bool = False
    """From a [[combined]] entry (ne … que, لا … إلا): a construction built on a negation,
    which answers a negation on the other side as fully as a strong cue does."""


_LINKS = re.compile(r"\]\([^)\s]*\)|https?://\S+|www\.\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _hide(text: str) -> str:
    """Link targets, addresses and variables blanked (offsets kept): they carry no cues."""
    spans: list[tuple[int, int]] = []
    if "](" in text or "http" in text or "www." in text:
        spans += [m.span() for m in _LINKS.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
    if "{{" in text:
        spans += [m.span() for m in VARIABLE_PATTERN.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@lru_cache(maxsize=16384)
def cues(text: str, lang: str) -> tuple[Cue, ...]:
    """Every cue of every category in ``text``, after the exceptions are taken out."""
    rules = rules_for(lang)
    if rules is None or not text.strip():
        return ()
    folded, index = fold_indexed(_hide(text))
    found: list[tuple[Entry, int, int]] = []  # spans in folded
    # The scanner (one regular expression) finds the words that may match an entry; only those
    # are looked at word by word.
    for candidate in _scanner(rules.lang).finditer(folded):
        word_match = _WORD.match(folded, candidate.start())
        if word_match is None:
            continue
        word, start, end = word_match.group(0), word_match.start(), word_match.end()
        for reading, entries in _candidates(rules.lang, word):
            hits: list[tuple[Entry, int]] = []
            if reading in rules.phrases:
                hits = _phrases_at(rules, reading, folded, end)
            hits = hits or [(entry, end) for entry in entries]
            if hits:
                first = start + len(word) - len(reading)
                found.extend((entry, first, stop) for entry, stop in hits)
                break
    for pattern, entry in rules.patterns:
        found.extend(
            (entry, m.start(), m.end()) for m in pattern.finditer(folded) if m.end() > m.start()
        )
    combined: list[tuple[int, int, dict[str, str]]] = [
        (m.start(), m.end(), counts)
        for pattern, counts in rules.combined
        for m in pattern.finditer(folded)
    ]
    blockers = [
        (s, e, entry.category)
        for entry, s, e in found
        if entry.strength == "not" or entry.category == "ignore"
    ]
    out: list[Cue] = []
    for entry, s, e in found:
        if entry.category == "ignore" or entry.strength == "not":
            continue
        if blockers and any(
            (cat in ("ignore", entry.category)) and bs < e and s < be and (be - bs) >= (e - s)
            for bs, be, cat in blockers
        ):
            continue
        if combined and any(
            cs < e and s < ce and entry.category in counts for cs, ce, counts in combined
        ):
            continue
        out.append(_cue(entry.category, entry.strength, s, e, index, text))
    for s, e, counts in combined:
        for category, strength in counts.items():
            out.append(_cue(category, strength, s, e, index, text, combined=True))
    return tuple(sorted(_merge(out), key=lambda c: (c.start, c.category)))


def _merge(found: list[Cue]) -> list[Cue]:
    """One cue per place and category: a cue inside a longer one of its category is dropped
    ("ne … pas" and its "pas" are one negation); of two with the same span the strong stays."""
    rank = {"strong": 0, "weak": 1}
    ordered = sorted(set(found), key=lambda c: (c.start - c.end, rank[c.strength]))
    kept: list[Cue] = []
    for cue in ordered:
        if not any(
            k.category == cue.category and k.start <= cue.start and cue.end <= k.end for k in kept
        ):
            kept.append(cue)
    return kept


def _cue(
    category: str,
    strength: str,
    s: int,
    e: int,
    index: Sequence[int],
    text: str,
    *,
    combined: bool = False,
) -> Cue:
    start, end = index[s], index[e - 1] + 1
    while end < len(text) and _DROP.match(text[end]):
        end += 1  # the harakat on the cue's last letter belong to it
    return Cue(category, strength, start, end, text[start:end], combined)


_WORD_CHARS = r"\w\u0300-\u036f\u0900-\u0963\u0966-\u09ff\u200c\u200d"
_AR_PROCLITICS = "(?:[وف]?[بلك]?(?:ال|ل)?)"


@lru_cache(maxsize=32)
def _scanner(lang: str) -> re.Pattern[str]:
    """One expression matching every word that can start an entry of ``lang`` (whole words,
    stems, first words of phrases; in Arabic after any proclitics): a fast first pass."""
    rules = rules_for(lang)
    if rules is None:
        return re.compile(r"(?!)")
    words = {*rules.words, *rules.phrases}
    if not words and not rules.prefixes:
        return re.compile(r"(?!)")
    # A trie of the words as one expression: the engine tries one branch per letter instead of
    # every word at every word start.
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node.setdefault("", "end")
    for stem in rules.prefixes:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = "stem"
    clitics = _AR_PROCLITICS if lang == "ar" else ""
    return re.compile(
        rf"(?<![{_WORD_CHARS}']){clitics}(?:{_trie_pattern(trie)})(?![{_WORD_CHARS}])"
    )


def _trie_pattern(node: dict[str, Any]) -> str:
    """The expression matching the words of a trie (a stem's end also matches any
    continuation of the word)."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    end = node.get("")
    if end == "stem":
        branches.append(f"[{_WORD_CHARS}']*")
    elif end == "end":
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=65536)
def _candidates(lang: str, word: str) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    """The readings of ``word`` (text.tokenize.clitic_readings) worth a look, in order: those
    that start a phrase or match single-word entries, up to the first single-word match. Most
    words have none; words repeat, so the answer is cached."""
    rules = rules_for(lang)
    if rules is None:
        return ()
    out: list[tuple[str, tuple[Entry, ...]]] = []
    for reading in clitic_readings(word):
        entries = _word_entries(lang, reading)
        if entries or reading in rules.phrases:
            out.append((reading, entries))
        if entries:
            break
    return tuple(out)


def _phrases_at(
    rules: LanguageRules, reading: str, folded: str, end: int
) -> list[tuple[Entry, int]]:
    """Phrases starting with ``reading`` (a word ending at ``end``): (entry, end of the phrase).

    Phrases win over single words (the longest phrase wins), so "not only" is not "not".
    """
    phrases = rules.phrases.get(reading, ())
    longest_rest = max(len(rest) for rest, _, _ in phrases)
    following: list[tuple[str, int]] = []
    for match in _WORD.finditer(folded, end):
        following.append((match.group(0), match.end()))
        if len(following) == longest_rest:
            break
    best: list[tuple[Entry, int]] = []
    longest = -1
    for rest, prefix, entry in phrases:
        if len(rest) > len(following):
            continue
        words = [w for w, _ in following[: len(rest)]]
        ok = all(a == b for a, b in zip(words[:-1], rest[:-1], strict=True)) and (
            words[-1].startswith(rest[-1]) if prefix else words[-1] == rest[-1]
        )
        if not ok:
            continue
        if len(rest) > longest:
            best, longest = [], len(rest)
        if len(rest) == longest:
            best.append((entry, following[len(rest) - 1][1]))
    return best


@lru_cache(maxsize=65536)
def _word_entries(lang: str, reading: str) -> tuple[Entry, ...]:
    """Single-word entries (whole words and stems*) matching ``reading``: words repeat, so the
    answer is cached."""
    rules = rules_for(lang)
    if rules is None:
        return ()
    hits = list(rules.words.get(reading, ()))
    for length in rules.prefix_lengths:
        if length > len(reading):
            break
        hits += rules.prefixes.get(reading[:length], ())
    return tuple(hits)


# -- sentences -----------------------------------------------------------------------------

_END = re.compile(r"[.!?؟।॥]+[\"'”’»)\]]*(?=\s|$)|\n+")


def sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (offsets kept), split after . ! ? ؟ । and line breaks,
    not after an abbreviation of the language (e.g., etc., k.m.) or a single letter; a bold
    run-in label ("**Retention**: …") is a unit of its own."""
    return list(_sentences(text, lang))


_RUN_IN = re.compile(r"\s*(\*\*[^*\n]{1,80}?(?:\*\*\s*[:：]|[:：]\s*\*\*))")


@lru_cache(maxsize=16384)
def _sentences(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of ``text`` (offsets kept), split after . ! ? ؟ । and line breaks,
    not after an abbreviation of the language (e.g., etc., k.m.) or a single letter."""
    rules = rules_for(lang)
    abbreviations = rules.abbreviations if rules is not None else frozenset()
    hidden = _hide(text)
    out: list[tuple[int, int]] = []
    start = 0
    label = _RUN_IN.match(hidden)
    if label:
        # A bold run-in label ("**Do Not Track**: …") is a unit of its own: the words of a
        # name must not answer for the sentence after it.
        out.append(_trim(text, label.start(1), label.end(1)))
        start = label.end()
    for match in _END.finditer(hidden, start):
        before = hidden[start : match.start()].split()
        last = fold(before[-1]).strip("(\"'“«") if before else ""
        if match.group(0).startswith(".") and (
            last in abbreviations or (len(last) == 1 and last.isalpha()) or last.endswith(".")
        ):
            continue
        if re.search(r"\w", hidden[start : match.end()]):
            out.append(_trim(text, start, match.end()))
        start = match.end()
    if re.search(r"\w", hidden[start:]):
        out.append(_trim(text, start, len(text)))
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- comparing two texts -------------------------------------------------------------------

WHAT = {
    "negation": "a negation",
    "absolute": "an absolute or a guarantee",
    "universal": "a word for all or every",
    "exclusive": "a word for only",
}
PRESENCE_CHECKS = {
    "negation": "negation",
    "absolute": "absolute",
    "universal": "quantity",
    "exclusive": "quantity",
}
"""Category → the check (row of the checks table) that reports it."""


@dataclass(frozen=True, slots=True)
class Issue:
    """A meaning difference between a source and a target text (offsets in each markup)."""

    check: str
    category: str
    side: str
    """"source" when the source has the cue the target lacks, else "target"."""
    message: str
    source_span: tuple[int, int]
    target_span: tuple[int, int]
    cue: str
    """The folded cue: part of the finding's key, stable while the problem stays."""


def _has(found: Iterable[Cue], category: str, strong: bool = False) -> bool:
    return any(c.category == category and (c.strength == "strong" or not strong) for c in found)


def _count(found: Iterable[Cue], category: str) -> int:
    return sum(c.category == category for c in found)


def _unanswered(a: list[Cue], b: list[Cue], category: str) -> bool:
    """A strong cue of ``a`` with no counterpart in ``b``: ``b`` has no cue of the category at
    all, or has no strong one and fewer cues than ``a`` ("not … without" against "… without")."""
    if not _has(a, category, strong=True):
        return False
    if not _has(b, category):
        return True
    answered = any(c.category == category and (c.strength == "strong" or c.combined) for c in b)
    return not answered and _count(b, category) < _count(a, category)


def _first(found: Iterable[Cue], category: str) -> Cue:
    return next(c for c in found if c.category == category and c.strength == "strong")


def _quote(text: str, span: tuple[int, int], limit: int = 60) -> str:
    part = " ".join(text[span[0] : span[1]].split())
    return part if len(part) <= limit else part[: limit - 1] + "…"


def _units(text: str, lang: str) -> list[tuple[int, int]]:
    return sentences(text, lang) or [_trim(text, 0, len(text))]


def compare(source: str, target: str, source_lang: str, target_lang: str) -> list[Issue]:
    """Meaning differences between ``source`` and ``target`` (block markup in two languages).

    Nothing is reported when either language has no rules file.
    """
    if rules_for(source_lang) is None or rules_for(target_lang) is None:
        return []
    if not source.strip() or not target.strip():
        return []
    src_units, tgt_units = _units(source, source_lang), _units(target, target_lang)
    if len(src_units) != len(tgt_units):
        src_units, tgt_units = [_trim(source, 0, len(source))], [_trim(target, 0, len(target))]
    src_cues, tgt_cues = cues(source, source_lang), cues(target, target_lang)
    issues: list[Issue] = []
    seen: set[tuple[str, str, str]] = set()
    for s_span, t_span in zip(src_units, tgt_units, strict=True):
        s = [c for c in src_cues if s_span[0] <= c.start < s_span[1]]
        t = [c for c in tgt_cues if t_span[0] <= c.start < t_span[1]]
        pair = (source, target, source_lang, target_lang, s_span, t_span)
        for issue in _presence(s, t, pair) + _modality(s, t, pair):
            key = (issue.check, issue.side, issue.cue)
            if key not in seen:
                seen.add(key)
                issues.append(issue)
    return issues


_Pair = tuple[str, str, str, str, tuple[int, int], tuple[int, int]]


def _presence(s: list[Cue], t: list[Cue], pair: _Pair) -> list[Issue]:
    source, target, source_lang, target_lang, s_span, t_span = pair
    out = []
    for category, what in WHAT.items():
        check = PRESENCE_CHECKS[category]
        if _unanswered(s, t, category):
            cue = _first(s, category)
            out.append(
                Issue(
                    check,
                    category,
                    "source",
                    f"the source has {what} (“{cue.text}”) that the translation does not: "
                    f"{source_lang} “{_quote(source, s_span)}” — "
                    f"{target_lang} “{_quote(target, t_span)}”",
                    (cue.start, cue.end),
                    t_span,
                    f"{category}:-{fold(cue.text)}",
                )
            )
        elif _unanswered(t, s, category):
            cue = _first(t, category)
            out.append(
                Issue(
                    check,
                    category,
                    "target",
                    f"the translation has {what} (“{cue.text}”) that the source does not: "
                    f"{source_lang} “{_quote(source, s_span)}” — "
                    f"{target_lang} “{_quote(target, t_span)}”",
                    s_span,
                    (cue.start, cue.end),
                    f"{category}:+{fold(cue.text)}",
                )
            )
    return out


def _modality(s: list[Cue], t: list[Cue], pair: _Pair) -> list[Issue]:
    """ "may" on one side where the other says "will" or "must" (and not "may")."""
    source, target, source_lang, target_lang, s_span, t_span = pair
    for a, b, side in ((s, t, "source"), (t, s, "target")):
        if (
            _has(a, "possibility", strong=True)
            and not _has(a, "firm")
            and _has(b, "firm", strong=True)
            and not _has(b, "possibility")
        ):
            may, must = _first(a, "possibility"), _first(b, "firm")
            src_cue, tgt_cue = (may, must) if side == "source" else (must, may)
            return [
                Issue(
                    "modality",
                    "possibility" if side == "source" else "firm",
                    side,
                    f"the modality changed: the source says “{src_cue.text}”, the translation "
                    f"“{tgt_cue.text}” ({source_lang} “{_quote(source, s_span)}” — "
                    f"{target_lang} “{_quote(target, t_span)}”)",
                    (src_cue.start, src_cue.end),
                    (tgt_cue.start, tgt_cue.end),
                    f"modality:{fold(src_cue.text)}>{fold(tgt_cue.text)}",
                )
            ]
    return []


# -- a sentence missing on one side ----------------------------------------------------------

SENTENCE_MIN_SHARE = 0.2
"""A missing sentence is only reported when it is at least this share of its block's length."""
SENTENCE_TOLERANCE = 0.6
"""…and when the other side is short by at least this share of that sentence's length."""


def missing_sentence(
    source: str, target: str, source_lang: str, target_lang: str, expected_ratio: float
) -> Issue | None:
    """A sentence with no counterpart: one side has more sentences and the other side is
    shorter than the usual length ratio allows by about that sentence's length."""
    if not source.strip() or not target.strip():
        return None
    src, tgt = sentences(source, source_lang), sentences(target, target_lang)
    if len(src) == len(tgt) or not src or not tgt:
        return None
    # Lengths in source characters: a target length is divided by the usual ratio.
    scale = {"source": 1.0, "target": expected_ratio}
    side = "source" if len(src) > len(tgt) else "target"
    longer, text = (src, source) if side == "source" else (tgt, target)
    shorter = tgt if side == "source" else src
    other_side = "target" if side == "source" else "source"
    more = sum(e - s for s, e in longer) / scale[side]
    fewer = sum(e - s for s, e in shorter) / scale[other_side]

    def size(span: tuple[int, int]) -> float:
        return (span[1] - span[0]) / scale[side]

    # The sentence whose removal brings the two lengths closest.
    best = min(longer, key=lambda sp: abs(more - size(sp) - fewer))
    if size(best) < SENTENCE_MIN_SHARE * more or more - fewer < SENTENCE_TOLERANCE * size(best):
        return None
    # A translator may join two sentences with a comma (normal Arabic style): not a gap.
    other_text = target if side == "source" else source
    other_lang = target_lang if side == "source" else source_lang
    if _joined_at_commas(
        [size(span) for span in longer], other_text, other_lang, shorter, scale[other_side]
    ):
        return None
    quoted = _quote(text, best, 80)
    lang = source_lang if side == "source" else target_lang
    if side == "source":
        message = f"this sentence of the source seems to have no translation: {lang} “{quoted}”"
        spans = (best, _trim(target, 0, len(target)))
    else:
        message = f"this sentence of the translation seems to have no source: {lang} “{quoted}”"
        spans = (_trim(source, 0, len(source)), best)
    return Issue(
        "sentences", "sentence", side, message, spans[0], spans[1], f"{side}:{fold(quoted)[:40]}"
    )


JOIN_TOLERANCE = 0.15
"""Each piece of a joined sentence is within this share of its counterpart's length times the
pair's own length ratio… (0.3 lost 5 of 49 dropped Arabic sentences the check found before in
the Mozilla notice; 0.15 with JOIN_MIN_WORDS loses none, and accepts the starter library's
joins)"""
JOIN_SLACK = 8
"""…or within this many characters (short pieces vary more)."""
JOIN_MIN_WORDS = 3
"""A join starts a clause: at least this many words before the next comma, semicolon or the
sentence end (Arabic lists join every item with "، و": "X، وY، وZ" is no sentence join)."""
JOIN_MAX_TRIALS = 256
"""Ways of choosing the commas to split at that are tried; past it, no join is assumed."""

_JOIN = re.compile(r"[,،;؛]\s+")
"""A comma or semicolon (Latin or Arabic) and a space: where a translator may join two sentences
of the other language, when a conjunction follows (the rules' ``joins``)."""
_CLAUSE_END = re.compile(r"[,،;؛]|[.!?؟।]+(?=\s|$)")


def _joins_at(text: str, lang: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Offsets in ``text`` just after each comma or semicolon followed by a conjunction of
    ``lang`` (``joins`` in its rules file: و…, ف…, and, et, na…): where two sentences may be
    joined. Commas inside link targets, addresses and variables do not count."""
    rules = rules_for(lang)
    if rules is None or not rules.joins:
        return []
    hidden = _hide(text)
    out = []
    for start, end in spans:
        for m in _JOIN.finditer(hidden, start, end):
            word = _WORD.match(hidden, m.end(), end)
            if word is None or not _is_join(rules, fold(word.group(0))):
                continue
            clause = _CLAUSE_END.split(hidden[m.end() : end], maxsplit=1)[0]
            if sum(_WORD.search(w) is not None for w in clause.split()) >= JOIN_MIN_WORDS:
                out.append(m.start() + 1)
    return out


def _is_join(rules: LanguageRules, word: str) -> bool:
    return any(
        word.startswith(stem[:-1]) and len(word) > len(stem) - 1
        if stem.endswith("*")
        else word == stem
        for stem in rules.joins
    )


def _joined_at_commas(
    longer: Sequence[float],
    text: str,
    lang: str,
    spans: Sequence[tuple[int, int]],
    scale: float,
) -> bool:
    """Whether the side with fewer sentences (``spans`` of ``text`` in ``lang``) reads as the
    other side's sentences (their lengths ``longer``, in source characters) joined with a comma
    and a conjunction ("We appointed X. X checks…" → "عيّنا X، ويتحقق…"): cutting it there, at
    as many joins as sentences are missing, gives pieces in proportion to the other side's
    sentences. A sentence truly left out leaves pieces out of proportion (one of them would have
    to stand for the whole missing sentence), so it is still reported."""
    missing = len(longer) - len(spans)
    joins = _joins_at(text, lang, spans)
    if missing <= 0 or len(joins) < missing or comb(len(joins), missing) > JOIN_MAX_TRIALS:
        return False
    ends = [end for _, end in spans]
    total = sum(e - s for s, e in spans) / scale
    ratio = total / sum(longer)
    for chosen in combinations(joins, missing):
        pieces, start = [], spans[0][0]
        for cut in sorted({*ends, *chosen}):
            piece = _trim(text, start, cut)
            pieces.append((piece[1] - piece[0]) / scale)
            start = cut
        if len(pieces) == len(longer) and all(
            abs(piece - ratio * length) <= max(JOIN_TOLERANCE * ratio * length, JOIN_SLACK)
            for length, piece in zip(longer, pieces, strict=True)
        ):
            return True
    return False
