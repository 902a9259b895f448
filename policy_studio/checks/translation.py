"""Translation QA: checks that numbers, dates, addresses, links and variables survive translation,
that both languages say the same thing (negation, modality, absolutes, quantities, sentences:
checks/meaning.py), and the form checks CAT users expect (inline tags, forbidden terms and
consistency).

Each check is one row of CHECKS (segment level) or SECTION_CHECKS (section level): adding a
check is adding a function and a row. Checks read the markup of a block in the source and
target language and return Findings with spans into that markup; nothing here changes the policy.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..model import Block, BlockKind, Policy, Section, language
from ..text.markup import VARIABLE_PATTERN, parse, variables_in
from . import meaning
from .findings import Finding, Severity
from .glossary import GlossaryEntry, find_term

# -- text helpers -----------------------------------------------------------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯०१२३४५६७८९", "0123456789" * 4)
"""Arabic-Indic, Eastern Arabic-Indic (Persian/Urdu), Bengali and Devanagari digits → ASCII."""

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)
URL = re.compile(r"\b(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%\[\]]+", re.IGNORECASE)
"""ASCII only: a suffix in another script glued to a link (www.example.org-এ) is not part of it;
an internationalised domain in a link target is percent- or punycode-encoded anyway."""
_TRAILING = ".,;:!?،؛'\"’”)]»-"
DIGIT = r"[0-9٠-٩۰-۹০-৯०-९]"
NUMBER = re.compile(rf"{DIGIT}+(?:[.,٫٬]{DIGIT}+)*")

INVISIBLE = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u202a": "LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE",
    "\u2060": "WORD JOINER",
    "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE",
    "\u2068": "FIRST STRONG ISOLATE",
    "\u2069": "POP DIRECTIONAL ISOLATE",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
    "\u061c": "ARABIC LETTER MARK",
    "\u00ad": "SOFT HYPHEN",
}
"""Characters that do not show but can change how the text displays or compares."""
# Joiners are legitimate inside Persian/Urdu/Indic words; only report them elsewhere.
_JOINERS_OK_IN = {"fa", "ur", "bn", "hi", "ps"}

BRACKETS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "«": "»",
    "‹": "›",
    "“": "”",
    "‘": "’",
    "\ufd3f": "\ufd3e",
}
"""Opening → closing, in logical order. Arabic uses the same code points as English (the glyphs
mirror on display), «» for quotes and ﴿﴾ (U+FD3F opens, U+FD3E closes since Unicode 14)."""
_CLOSERS = {v: k for k, v in BRACKETS.items()}


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the spans blanked out, offsets unchanged (so later spans still fit)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _strip_trailing(match: re.Match[str]) -> tuple[str, int, int]:
    value = match.group(0)
    while value and value[-1] in _TRAILING:
        value = value[:-1]
    return value, match.start(), match.start() + len(value)


# The text helpers below are pure functions of one string, called by several checks on the
# same text (and again on every edit of another row of the section): cache them, and return
# tuples so no caller can change a cached answer.


@lru_cache(maxsize=16384)
def emails(text: str) -> tuple[tuple[str, int, int], ...]:
    if "@" not in text:
        return ()
    return tuple((m.group(0).lower(), m.start(), m.end()) for m in EMAIL.finditer(text))


@lru_cache(maxsize=16384)
def urls(text: str) -> tuple[tuple[str, int, int], ...]:
    """URLs written out or as link targets, normalised (scheme and host case, trailing slash)."""
    lowered = text.lower()
    if "http" not in lowered and "www." not in lowered:
        return ()
    found = []
    masked = _mask(text, [(s, e) for _, s, e in emails(text)])
    for match in URL.finditer(masked):
        value, start, end = _strip_trailing(match)
        found.append((_normal_url(value), start, end))
    return tuple(found)


def _normal_url(url: str) -> str:
    url = re.sub(r"^https?://", "", url, flags=re.IGNORECASE)
    host, _, rest = url.partition("/")
    host = host.lower().removeprefix("www.")
    return (host + ("/" + rest if rest else "")).rstrip("/")


# -- dates ------------------------------------------------------------------------------

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january janvier januari يناير كانون_الثاني جانفي জানুয়ারি জানুয়ারী",
        "february février fevrier februari فبراير شباط فيفري ফেব্রুয়ারি ফেব্রুয়ারী",
        "march mars machi مارس آذار মার্চ",
        "april avril aprili أبريل ابريل إبريل نيسان أفريل এপ্রিল",
        "may mai mei مايو أيار ماي মে",
        "june juin juni يونيو حزيران جوان জুন",
        "july juillet julai يوليو تموز جويلية জুলাই",
        "august août aout agosti أغسطس آب اوت আগস্ট",
        "september septembre septemba سبتمبر أيلول সেপ্টেম্বর",
        "october octobre oktoba أكتوبر اكتوبر تشرين_الأول অক্টোবর",
        "november novembre novemba نوفمبر تشرين_الثاني নভেম্বর",
        "december décembre decembre desemba ديسمبر كانون_الأول ডিসেম্বর",
    ],
    start=1,
):
    for _name in _names.split():
        # Both forms: the model stores NFC (where Bengali য় U+09DF decomposes), pasted text may not.
        _nfc = unicodedata.normalize("NFC", _name.replace("_", " "))
        MONTHS[_nfc] = _number
        MONTHS[_nfc.replace("\u09af\u09bc", "\u09df")] = _number
for _name, _number in list(MONTHS.items()):
    if _name.isascii() and len(_name) > 3:
        MONTHS.setdefault(_name[:3], _number)

_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_D = rf"{DIGIT}{{1,2}}"
_Y = rf"{DIGIT}{{4}}"
DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(?<!{DIGIT})({_Y})[-/.]({_D})[-/.]({_D})(?!{DIGIT})"), "ymd"),
    (re.compile(rf"(?<!{DIGIT})({_D})[-/.]({_D})[-/.]({_Y})(?!{DIGIT})"), "dmy|mdy"),
    (
        re.compile(
            rf"(?<!\w)({_D})(?:st|nd|rd|th|er)?\s+(?:of\s+)?({_MONTH_NAMES})\.?,?\s+({_Y})(?!{DIGIT})",
            re.IGNORECASE,
        ),
        "d name y",
    ),
    (
        re.compile(
            rf"(?<!\w)({_MONTH_NAMES})\.?\s+({_D})(?:st|nd|rd|th)?,?\s+({_Y})(?!{DIGIT})",
            re.IGNORECASE,
        ),
        "name d y",
    ),
]
"""Numeric dates in ISO, day-first and month-first order, and dates with month names (en, fr,
sw, bn, ar with both the Egyptian and the Levantine month names)."""


def _to_int(text: str) -> int:
    return int(text.translate(_DIGITS))


def _candidates(groups: Sequence[str], layout: str) -> set[date]:
    """Every calendar date the written form can mean (12/02/2024 is two dates)."""
    out: set[date] = set()

    def add(y: int, m: int, d: int) -> None:
        try:
            out.add(date(y, m, d))
        except ValueError:
            pass

    if layout == "ymd":
        add(_to_int(groups[0]), _to_int(groups[1]), _to_int(groups[2]))
    elif layout == "dmy|mdy":
        a, b, y = (_to_int(g) for g in groups)
        add(y, b, a)
        add(y, a, b)
    elif layout == "d name y":
        add(_to_int(groups[2]), MONTHS[groups[1].lower()], _to_int(groups[0]))
    else:
        add(_to_int(groups[2]), MONTHS[groups[0].lower()], _to_int(groups[1]))
    return out


@dataclass(frozen=True, slots=True)
class DateMention:
    meanings: frozenset[date]
    start: int
    end: int
    text: str


_YEAR = re.compile(rf"{DIGIT}{{4}}")


@lru_cache(maxsize=16384)
def dates(text: str) -> tuple[DateMention, ...]:
    if not _YEAR.search(text):
        return ()  # every pattern needs a four-digit year: most segments have none
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    for pattern, layout in DATE_PATTERNS:
        for match in pattern.finditer(lowered):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            meanings = _candidates(match.groups(), layout)
            if meanings:
                taken.append((match.start(), match.end()))
                found.append(
                    DateMention(
                        frozenset(meanings),
                        match.start(),
                        match.end(),
                        text[match.start() : match.end()],
                    )
                )
    return tuple(sorted(found, key=lambda d: d.start))


def _variable_spans(text: str) -> list[tuple[int, int]]:
    if "{{" not in text:
        return []
    return [(m.start(), m.end()) for m in VARIABLE_PATTERN.finditer(text)]


_ANY_DIGIT = re.compile(DIGIT)


@lru_cache(maxsize=16384)
def numbers(text: str) -> tuple[tuple[str, int, int], ...]:
    """Numbers outside dates, addresses, links and variables, as ASCII with grouping removed."""
    if not _ANY_DIGIT.search(text):
        return ()
    hidden = [
        *[(s, e) for _, s, e in emails(text)],
        *[(s, e) for _, s, e in urls(text)],
        *[(d.start, d.end) for d in dates(text)],
        *_variable_spans(text),
    ]
    masked = _mask(text, hidden) if hidden else text
    out = []
    for match in NUMBER.finditer(masked):
        out.append((_normal_number(match.group(0)), match.start(), match.end()))
    return tuple(out)


def _normal_number(raw: str) -> str:
    ascii_ = raw.translate(_DIGITS).replace("٬", ",").replace("٫", ".")
    # "1,000" and "1.000" group thousands (English, French/Swahili print); "2,5" is a decimal.
    parts = re.split(r"([.,])", ascii_)
    digits = parts[0::2]
    seps = parts[1::2]
    if seps and all(len(d) == 3 for d in digits[1:]) and len(set(seps)) == 1 and len(seps) > 1:
        return "".join(digits)
    if len(seps) == 1 and len(digits[1]) == 3 and seps[0] == ",":
        return "".join(digits)
    if len(seps) == 1:
        return f"{digits[0]}.{digits[1]}"
    return ascii_


# -- the segment checks -----------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    """What a segment check looks at: one block in a source and a target language."""

    block: Block
    section: Section
    source_lang: str
    target_lang: str
    glossary: Sequence[GlossaryEntry] = field(default_factory=tuple)

    @property
    def source(self) -> str:
        return self.block.get(self.source_lang)

    @property
    def target(self) -> str:
        return self.block.get(self.target_lang)

    def finding(
        self,
        check: str,
        severity: Severity,
        message: str,
        span: tuple[int, int] | None = None,
        detail: str = "",
        lang: str | None = None,
        source_span: tuple[int, int] | None = None,
    ) -> Finding:
        return Finding(
            check,
            severity,
            self.block.id,
            lang or self.target_lang,
            message,
            span,
            detail,
            self.section.id,
            source_span,
        )


def _both(seg: Segment) -> bool:
    """Comparison checks need text on both sides; a missing target is its own finding."""
    return bool(seg.source.strip() and seg.target.strip())


def check_missing_target(seg: Segment) -> Iterable[Finding]:
    if seg.source.strip() and not seg.target.strip():
        yield seg.finding("missing", Severity.WARNING, "no translation yet")
    elif seg.target.strip() and not seg.source.strip():
        yield seg.finding(
            "missing", Severity.WARNING, "translation of an empty source text", lang=seg.source_lang
        )


def check_same_as_source(seg: Segment) -> Iterable[Finding]:
    if not _both(seg):
        return
    src = " ".join(seg.source.split())
    if src == " ".join(seg.target.split()):
        masked = _mask(
            src,
            [
                *_variable_spans(src),
                *[(s, e) for _, s, e in urls(src)],
                *[(s, e) for _, s, e in emails(src)],
            ],
        )
        # A segment of only a name ("Acme Ltd"), address or number rightly stays the same.
        words = [w for w in masked.split() if sum(ch.isalpha() for ch in w) >= 2]
        if len(words) >= 3:
            yield seg.finding("same", Severity.WARNING, "the translation is the same as the source")


def _compare_lists(
    seg: Segment,
    check: str,
    what: str,
    source: Sequence[tuple[str, int, int]],
    target: Sequence[tuple[str, int, int]],
) -> Iterable[Finding]:
    if not source and not target:
        return
    missing = Counter(v for v, _, _ in source) - Counter(v for v, _, _ in target)
    extra = Counter(v for v, _, _ in target) - Counter(v for v, _, _ in source)
    for value in missing:
        yield seg.finding(
            check,
            Severity.ERROR,
            f"{what} {value} is missing in the translation",
            None,
            f"-{value}",
        )
    for value in extra:
        span = next((s, e) for v, s, e in target if v == value)
        yield seg.finding(
            check, Severity.ERROR, f"{what} {value} is not in the source", span, f"+{value}"
        )


def check_numbers(seg: Segment) -> Iterable[Finding]:
    if _both(seg):
        yield from _compare_lists(
            seg, "numbers", "number", numbers(seg.source), numbers(seg.target)
        )


def check_dates(seg: Segment) -> Iterable[Finding]:
    if not _both(seg):
        return
    source, target = dates(seg.source), dates(seg.target)
    unused = list(target)
    for mention in source:
        match = next((t for t in unused if t.meanings & mention.meanings), None)
        if match is not None:
            unused.remove(match)
        else:
            yield seg.finding(
                "dates",
                Severity.ERROR,
                f"date {mention.text} is missing in the translation",
                None,
                f"-{mention.text}",
            )
    for mention in unused:
        yield seg.finding(
            "dates",
            Severity.ERROR,
            f"date {mention.text} is not in the source",
            (mention.start, mention.end),
            f"+{mention.text}",
        )


def check_emails(seg: Segment) -> Iterable[Finding]:
    if _both(seg):
        yield from _compare_lists(
            seg, "emails", "e-mail address", emails(seg.source), emails(seg.target)
        )


def check_urls(seg: Segment) -> Iterable[Finding]:
    if _both(seg):
        yield from _compare_lists(seg, "urls", "link", urls(seg.source), urls(seg.target))


def check_variables(seg: Segment) -> Iterable[Finding]:
    if not _both(seg):
        return
    if "{{" not in seg.source and "{{" not in seg.target:
        return
    src, tgt = variables_in(seg.source), variables_in(seg.target)
    for name in src:
        if name not in tgt:
            yield seg.finding(
                "variables",
                Severity.ERROR,
                f"variable {{{{{name}}}}} is missing in the translation",
                None,
                f"-{name}",
            )
    for name in tgt:
        if name not in src:
            span = next(
                (m.start(), m.end())
                for m in VARIABLE_PATTERN.finditer(seg.target)
                if m.group(1) == name
            )
            yield seg.finding(
                "variables",
                Severity.ERROR,
                f"variable {{{{{name}}}}} is not in the source",
                span,
                f"+{name}",
            )


EXPECTED_RATIO: dict[tuple[str, str], float] = {
    ("en", "ar"): 0.95,
    ("ar", "en"): 1.05,
    ("en", "fr"): 1.2,
    ("fr", "en"): 0.83,
    ("en", "sw"): 1.15,
    ("sw", "en"): 0.87,
    ("en", "bn"): 1.0,
    ("en", "fa"): 0.95,
    ("en", "ur"): 1.0,
}
"""Typical target/source length in characters (measured roughly on bilingual policies)."""
RATIO_TOLERANCE = 2.2
"""A target more than this many times longer, or shorter, than expected is reported."""
MIN_RATIO_LENGTH = 40
"""Short segments vary too much in length to judge."""


def check_length_ratio(seg: Segment) -> Iterable[Finding]:
    if not _both(seg):
        return
    src = len(" ".join(seg.source.split()))
    tgt = len(" ".join(seg.target.split()))
    if max(src, tgt) < MIN_RATIO_LENGTH:
        return
    expected = EXPECTED_RATIO.get((seg.source_lang, seg.target_lang), 1.0)
    ratio = tgt / src
    if ratio > expected * RATIO_TOLERANCE:
        yield seg.finding(
            "length",
            Severity.WARNING,
            f"the translation is {ratio:.1f}× as long as the source (usually {expected:.1f}×)",
            None,
            "long",
        )
    elif ratio < expected / RATIO_TOLERANCE:
        yield seg.finding(
            "length",
            Severity.WARNING,
            f"the translation is {ratio:.1f}× as long as the source (usually {expected:.1f}×): "
            "text may be missing",
            None,
            "short",
        )


_INVISIBLE_CHARS = re.compile("[" + "".join(INVISIBLE) + "]")


def _invisible_in(text: str, lang: str) -> Iterable[tuple[int, str]]:
    for match in _INVISIBLE_CHARS.finditer(text):
        ch = match.group(0)
        if ch in "\u200c\u200d" and language(lang).code in _JOINERS_OK_IN:
            continue
        yield match.start(), ch


def check_invisible(seg: Segment) -> Iterable[Finding]:
    for lang in (seg.source_lang, seg.target_lang):
        for i, ch in _invisible_in(seg.block.get(lang), lang):
            yield seg.finding(
                "invisible",
                Severity.WARNING,
                f"invisible character U+{ord(ch):04X} {INVISIBLE[ch]}: "
                "the text may display differently from what is stored",
                (i, i + 1),
                f"U+{ord(ch):04X}@{i}",
                lang,
            )


def _last_strong(text: str) -> str | None:
    for ch in reversed(text):
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return None


def reversed_dates(text: str) -> list[tuple[DateMention, str]]:
    """Numeric dates with hyphens that a right-to-left paragraph shows with their parts reversed.

    Unicode bidi (W2, W4): digits after an Arabic letter become Arabic numbers, and a hyphen
    between Arabic numbers is a neutral that takes the paragraph's direction, so 18-02-2024
    displays as 2024-02-18. Slashes and dots keep the date together.
    """
    out = []
    for mention in dates(text):
        if "-" not in mention.text:
            continue
        parts = mention.text.split("-")
        arabic_digits = any(unicodedata.bidirectional(ch) == "AN" for ch in mention.text)
        if arabic_digits or _last_strong(text[: mention.start]) == "AL":
            out.append((mention, "-".join(reversed(parts))))
    return out


def check_rtl_dates(seg: Segment) -> Iterable[Finding]:
    if not seg.target.strip() or not language(seg.target_lang).is_rtl:
        return
    for mention, shown in reversed_dates(seg.target):
        yield seg.finding(
            "rtl_dates",
            Severity.WARNING,
            f"the date {mention.text} displays as {shown} in right-to-left text; write it with "
            f"slashes ({mention.text.replace('-', '/')}) to keep its order",
            (mention.start, mention.end),
            mention.text,
        )


_BRACKET_CHARS = re.compile("[" + re.escape("".join(BRACKETS) + "".join(_CLOSERS)) + '"]')


@lru_cache(maxsize=16384)
def unbalanced(text: str) -> tuple[tuple[int, str], ...]:
    """Offsets and characters of brackets and quotes that do not pair up."""
    if not _BRACKET_CHARS.search(text):
        return ()
    masked = _mask(text, [(s, e) for _, s, e in urls(text)])
    stack: list[tuple[int, str]] = []
    bad: list[tuple[int, str]] = []
    for match in _BRACKET_CHARS.finditer(masked):
        i, ch = match.start(), match.group(0)
        if ch in BRACKETS:
            stack.append((i, ch))
        elif ch in _CLOSERS:
            if ch == "’" and not any(o == "‘" for _, o in stack):
                continue  # a typographic apostrophe (don’t), not a closing quote
            if stack and stack[-1][1] == _CLOSERS[ch]:
                stack.pop()
            else:
                bad.append((i, ch))
    bad.extend(stack)
    straight = [i for i, ch in enumerate(masked) if ch == '"'] if '"' in masked else []
    if len(straight) % 2:
        bad.append((straight[-1], '"'))
    return tuple(sorted(bad))


def check_brackets(seg: Segment) -> Iterable[Finding]:
    if not seg.target.strip():
        return
    source_bad = {ch for _, ch in unbalanced(seg.source)}
    for i, ch in unbalanced(seg.target):
        if ch in source_bad:
            continue  # the source has the same odd bracket: not the translator's doing
        yield seg.finding(
            "brackets",
            Severity.WARNING,
            f"unbalanced {ch} in the translation",
            (i, i + 1),
            f"{ch}@{i}",
        )


def check_glossary(seg: Segment) -> Iterable[Finding]:
    if not seg.glossary or not _both(seg):
        return
    src_plain = _visible(seg.source)
    tgt_plain = _visible(seg.target)
    for entry in seg.glossary:
        if entry.source_lang != seg.source_lang or entry.target_lang != seg.target_lang:
            continue
        if entry.forbidden:
            continue  # check_forbidden_terms
        if find_term(src_plain, entry.source_term) and not find_term(tgt_plain, entry.target_term):
            yield seg.finding(
                "glossary",
                Severity.WARNING,
                f"“{entry.source_term}” should be translated as “{entry.target_term}”",
                None,
                entry.source_term,
            )


def check_forbidden_terms(seg: Segment) -> Iterable[Finding]:
    """A glossary term marked forbidden used in the translation (in any sentence)."""
    if not seg.glossary or not seg.target.strip():
        return
    for entry in seg.glossary:
        if not entry.forbidden or entry.target_lang != seg.target_lang:
            continue
        if entry.source_lang != seg.source_lang:
            continue
        for start, end in find_term(seg.target, entry.target_term)[:1]:
            why = f" ({entry.note})" if entry.note else ""
            source = find_term(seg.source, entry.source_term)
            yield seg.finding(
                "forbidden",
                Severity.ERROR,
                f"“{seg.target[start:end]}” is a forbidden translation of “{entry.source_term}” "
                f"in the glossary{why}",
                (start, end),
                entry.target_term,
                source_span=source[0] if source else None,
            )


def _visible(markup: str) -> str:
    return "".join(run.text for run in parse(markup))


# -- meaning across languages (checks/meaning.py) ------------------------------------------

MEANING_SEVERITY = {
    "negation": Severity.ERROR,
    "modality": Severity.ERROR,
    "absolute": Severity.ERROR,
    "quantity": Severity.WARNING,
    "sentences": Severity.WARNING,
}
"""A reversed negation, a "may" that became "will" and a guarantee the other language does not
give change what the policy promises: errors. Quantity words and sentence counts vary more
between faithful translations (a translator adds "all" to a plural): warnings."""


@lru_cache(maxsize=16384)
def _meaning_issues(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[meaning.Issue, ...]:
    issues = list(meaning.compare(source, target, source_lang, target_lang))
    expected = EXPECTED_RATIO.get((source_lang, target_lang), 1.0)
    missing = meaning.missing_sentence(source, target, source_lang, target_lang, expected)
    if missing is not None:
        issues.append(missing)
    return tuple(issues)


def _meaning_check(check: str) -> Callable[[Segment], Iterable[Finding]]:
    def run(seg: Segment) -> Iterable[Finding]:
        if not _both(seg):
            return
        for issue in _meaning_issues(seg.source, seg.target, seg.source_lang, seg.target_lang):
            if issue.check == check:
                yield seg.finding(
                    check,
                    MEANING_SEVERITY[check],
                    issue.message,
                    issue.target_span,
                    issue.cue,
                    source_span=issue.source_span,
                )

    run.__name__ = f"check_{check}"
    return run


# -- inline elements (CAT "tags") ----------------------------------------------------------

_TAG_KINDS = ("bold", "italic", "link")


@lru_cache(maxsize=16384)
def inline_elements(markup: str) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """Bold, italic and linked stretches of ``markup``: (visible text, start, end in markup).

    Adjacent runs with the same property are one element ("**a *b* c**" is one bold stretch).
    """
    if not any(ch in markup for ch in "*_["):
        return {kind: () for kind in _TAG_KINDS}
    runs = parse(markup)
    located: list[tuple[int, int]] = []
    pos = 0
    for run in runs:
        if run.variable is not None:
            match = VARIABLE_PATTERN.search(markup, pos)
            span = (match.start(), match.end()) if match else (pos, pos)
        else:
            found = markup.find(run.text, pos) if run.text else -1
            span = (found, found + len(run.text)) if found >= 0 else (pos, pos)
        located.append(span)
        pos = max(pos, span[1])
    out: dict[str, tuple[tuple[str, int, int], ...]] = {}
    for kind in _TAG_KINDS:
        elements: list[tuple[str, int, int]] = []
        previous: object = None
        for run, (start, end) in zip(runs, located, strict=True):
            value: object = run.link if kind == "link" else getattr(run, kind)
            if not value:
                previous = None
                continue
            if elements and value == previous:
                text, first, _ = elements[-1]
                elements[-1] = (text + run.text, first, end)
            else:
                elements.append((run.text, start, end))
            previous = value
        out[kind] = tuple(e for e in elements if e[0].strip() or e[2] > e[1])
    return out


_TAG_NAMES = {"bold": "bold text", "italic": "italic text", "link": "link"}
UNSLANTED_SCRIPTS = frozenset({"Arab", "Hebr"})
"""Scripts whose typography has no italic (emphasis is left out or made another way, and a
slanted Naskh is a defect): a translation into them that leaves out an italic is not reported.
Italics the translation adds still are."""


def check_tags(seg: Segment) -> Iterable[Finding]:
    """Bold, italic and links on one side only (variables: check_variables)."""
    if not _both(seg):
        return
    source, target = inline_elements(seg.source), inline_elements(seg.target)
    for kind in _TAG_KINDS:
        src, tgt = source[kind], target[kind]
        if len(src) == len(tgt):
            continue
        if (
            kind == "italic"
            and len(src) > len(tgt)
            and language(seg.target_lang).script in UNSLANTED_SCRIPTS
        ):
            continue
        name = _TAG_NAMES[kind]
        detail = f"{kind}:{len(src)}:{len(tgt)}"
        if len(src) > len(tgt):
            text, start, end = src[len(tgt)] if tgt else src[0]
            where = tgt[-1][1:] if tgt else None
            yield seg.finding(
                "tags",
                Severity.WARNING,
                f"the source has {len(src)} {name} element(s), the translation {len(tgt)}: "
                f"“{text.strip()}” has no counterpart",
                where,
                detail,
                source_span=(start, end),
            )
        else:
            text, start, end = tgt[len(src)] if src else tgt[0]
            where = src[-1][1:] if src else None
            yield seg.finding(
                "tags",
                Severity.WARNING,
                f"the translation has {len(tgt)} {name} element(s), the source {len(src)}: "
                f"“{text.strip()}” is not in the source",
                (start, end),
                detail,
                source_span=where,
            )


SegmentCheck = Callable[[Segment], Iterable[Finding]]

CHECKS: list[tuple[str, str, SegmentCheck]] = [
    ("missing", "missing or empty translation", check_missing_target),
    ("same", "translation equal to the source", check_same_as_source),
    ("numbers", "numbers (any digits) kept", check_numbers),
    ("dates", "dates kept (any format)", check_dates),
    ("emails", "e-mail addresses kept", check_emails),
    ("urls", "links kept", check_urls),
    ("variables", "variables kept", check_variables),
    ("length", "length far from usual for the pair", check_length_ratio),
    ("invisible", "bidi controls and invisible characters", check_invisible),
    ("brackets", "unbalanced brackets and quotes", check_brackets),
    ("rtl_dates", "hyphenated dates that display reversed in RTL text", check_rtl_dates),
    ("glossary", "glossary terms used", check_glossary),
    ("forbidden", "glossary terms marked forbidden used in the translation", check_forbidden_terms),
    ("tags", "bold, italic and links on one side only", check_tags),
    (
        "negation",
        "a negation on one side only (never, not, لا, ha-, ne … pas)",
        _meaning_check("negation"),
    ),
    ("modality", "may on one side, will or must on the other", _meaning_check("modality")),
    ("absolute", "an absolute or a guarantee on one side only", _meaning_check("absolute")),
    ("quantity", "all / every / only on one side only", _meaning_check("quantity")),
    ("sentences", "a sentence with no counterpart", _meaning_check("sentences")),
]
"""Segment checks: (id, description, function). Adding a check is adding a row."""


# -- section checks ---------------------------------------------------------------------

_LIST_KINDS = (BlockKind.BULLET, BlockKind.NUMBERED)


def check_list_items(section: Section, source_lang: str, target_lang: str) -> Iterable[Finding]:
    """A list with fewer items in one language (an item dropped or two run together)."""
    for kind in _LIST_KINDS:
        blocks = [b for b in section.blocks if b.kind is kind]
        src = [b for b in blocks if b.get(source_lang).strip()]
        tgt = [b for b in blocks if b.get(target_lang).strip()]
        if not src or not tgt or len(src) == len(tgt):
            continue
        lacking = target_lang if len(tgt) < len(src) else source_lang
        other = source_lang if lacking == target_lang else target_lang
        first = next(b for b in blocks if b.get(other).strip() and not b.get(lacking).strip())
        name = "bullet" if kind is BlockKind.BULLET else "numbered"
        yield Finding(
            "list_items",
            Severity.ERROR,
            first.id,
            lacking,
            f"the {name} list has {len(src)} items in {source_lang} but {len(tgt)} in "
            f"{target_lang}",
            None,
            f"{kind.value}:{len(src)}:{len(tgt)}",
            section.id,
            (0, len(first.get(source_lang))) if lacking == target_lang else None,
        )


SectionCheck = Callable[[Section, str, str], Iterable[Finding]]

SECTION_CHECKS: list[tuple[str, str, SectionCheck]] = [
    ("list_items", "list items missing in one language", check_list_items),
]


# -- consistency across a policy and the library ------------------------------------------


@dataclass(frozen=True, slots=True)
class Reference:
    """A translation made elsewhere (an approved library clause, another policy's confirmed
    segment) that the same source text in this policy should agree with."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str
    """For the user: "clause retention-fixed" or a policy title."""


@lru_cache(maxsize=65536)
def _same(text: str) -> str:
    return " ".join(text.split())


def _short(text: str, limit: int = 70) -> str:
    text = _same(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_consistency(
    policy: Policy,
    source_lang: str,
    target_lang: str,
    references: Sequence[Reference] = (),
) -> list[Finding]:
    """Identical source text translated differently: within the policy (the translation most
    segments use is taken as the policy's; the others are reported) and against the library
    (a segment whose translation none of the references for its source uses)."""
    groups: dict[str, list[tuple[int, Section, Block]]] = {}
    for number, section in enumerate(policy.sections, start=1):
        for block in section.all_blocks():
            source = _same(block.get(source_lang))
            if len(source) >= 2 and _same(block.get(target_lang)):
                groups.setdefault(source, []).append((number, section, block))
    known: dict[str, list[Reference]] = {}
    for ref in references:
        if ref.source_lang == source_lang and ref.target_lang == target_lang and _same(ref.target):
            known.setdefault(_same(ref.source), []).append(ref)
    out: list[Finding] = []
    for source, members in groups.items():
        counts = (
            Counter(_same(b.get(target_lang)) for _, _, b in members) if len(members) > 1 else None
        )
        if counts is not None and len(counts) > 1:
            usual = counts.most_common(1)[0][0]
            model = next(m for m in members if _same(m[2].get(target_lang)) == usual)
            for _, section, block in members:
                target = block.get(target_lang)
                if _same(target) == usual:
                    continue
                out.append(
                    Finding(
                        "consistency",
                        Severity.WARNING,
                        block.id,
                        target_lang,
                        f"the same source is translated differently in §{model[0]}: "
                        f"“{_short(model[2].get(target_lang))}”",
                        (0, len(target)),
                        f"policy:{_short(usual, 40)}",
                        section.id,
                        (0, len(block.get(source_lang))),
                    )
                )
        refs = known.get(source)
        if not refs:
            continue
        agreed = {_same(r.target) for r in refs}
        for _, section, block in members:
            target = block.get(target_lang)
            if _same(target) in agreed:
                continue
            ref = refs[0]
            out.append(
                Finding(
                    "consistency",
                    Severity.WARNING,
                    block.id,
                    target_lang,
                    f"{ref.origin} translates the same source as “{_short(ref.target)}”",
                    (0, len(target)),
                    f"library:{_short(ref.target, 40)}",
                    section.id,
                    (0, len(block.get(source_lang))),
                )
            )
    return out


POLICY_CHECKS: list[tuple[str, str]] = [
    ("consistency", "the same source translated differently in the policy or the library"),
]
"""Checks over the whole policy (run by check_policy and the grid, not per segment)."""


# -- running them -----------------------------------------------------------------------


def clear_caches() -> None:
    """Forget the cached text analyses (for benchmarks that want cold timings)."""
    for cached in (emails, urls, dates, numbers, unbalanced, inline_elements, _meaning_issues):
        cached.cache_clear()
    meaning.cues.cache_clear()
    meaning._sentences.cache_clear()


def check_segment(
    block: Block,
    section: Section,
    source_lang: str,
    target_lang: str,
    glossary: Sequence[GlossaryEntry] = (),
) -> list[Finding]:
    seg = Segment(block, section, source_lang, target_lang, glossary)
    return [f for _, _, check in CHECKS for f in check(seg)]


def check_policy(
    policy: Policy,
    target_lang: str | None = None,
    *,
    source_lang: str | None = None,
    glossary: Sequence[GlossaryEntry] = (),
    dismissed: Iterable[str] = (),
    references: Sequence[Reference] = (),
) -> list[Finding]:
    """Findings for every segment of ``policy`` (every target language when none is given),
    in document order, without those whose key is in ``dismissed``. ``references`` are
    translations made elsewhere (any language pair) for the consistency check."""
    source = source_lang or policy.source_language
    targets = [target_lang] if target_lang else [t for t in policy.languages if t != source]
    skip = set(dismissed)
    order = {b.id: i for i, (_, b) in enumerate(policy.iter_blocks())}
    out: list[Finding] = []
    for target in targets:
        batch: list[Finding] = []
        for section in policy.sections:
            for block in section.all_blocks():
                batch.extend(check_segment(block, section, source, target, glossary))
            for _, _, section_check in SECTION_CHECKS:
                batch.extend(section_check(section, source, target))
        batch.extend(check_consistency(policy, source, target, references))
        batch.sort(key=lambda f: order.get(f.block_id, 0))  # stable: a segment's own order kept
        out.extend(batch)
    return [f for f in out if f.key not in skip]
