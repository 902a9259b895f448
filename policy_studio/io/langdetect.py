"""Language of a paragraph from its script, and of Latin-script text from its stop words.

Arabic and Bengali are told apart by script alone. Latin text is English, Swahili or French for
our users; a handful of very frequent function words separates them reliably on a paragraph,
while a short heading has too few words and takes the document's Latin language instead.
"""

from __future__ import annotations

import re

from .intermediate import USER_LANG, Line

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_WORD = re.compile(r"[a-z]+")
"""``_WORD`` on lower-case ASCII text."""

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to we you your our is are for with that this in on by or be as may not "
        "will from it us an at have which".split()
    ),
    "sw": frozenset(
        "na ya wa za kwa la ni katika kwamba au kama hii huu zetu yako yetu wako sisi "
        "taarifa binafsi huduma kuhusu pia hizo".split()
    ),
    "fr": frozenset(
        "le la les des de du et vous nous votre vos est sont pour avec que qui dans sur par "
        "une un ou pas ces ce au aux".split()
    ),
}


_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_BENGALI_LETTERS = re.compile("[\u0980-\u09ff]")
_LATIN_LETTERS = re.compile("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_ASCII_LETTER = re.compile("[A-Za-z]")


SAMPLE_CHARS = 4096
"""Longest text read whole; a longer one is read through ``SAMPLE_WINDOWS`` evenly spaced
windows of this size in total, so deciding a paragraph's language costs the same for a
10 MB paragraph as for a 4 KB one (issue 18 item 11)."""
SAMPLE_WINDOWS = 16


def sample(text: str) -> str:
    """``text`` itself when short; else evenly spaced windows of it, cut at spaces, joined.

    Deterministic (the same text always gives the same sample) and linear in nothing: a
    bounded number of slices, whatever the length.
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    size = SAMPLE_CHARS // SAMPLE_WINDOWS
    step = (len(text) - size) / (SAMPLE_WINDOWS - 1)
    pieces = []
    for index in range(SAMPLE_WINDOWS):
        start = round(index * step)  # the last window ends where the text ends
        piece = text[start : start + size]
        if start and not text[start - 1].isspace():
            # Start and end on a word boundary: no half word is counted as a stop word.
            cut = piece.find(" ")
            piece = piece[cut + 1 :] if 0 <= cut < size // 2 else piece
        if start + size < len(text) and not text[start + size].isspace():
            end = piece.rfind(" ")
            piece = piece[:end] if end > size // 2 else piece
        pieces.append(piece.strip())
    return " ".join(pieces)


def script_of(text: str) -> str | None:
    """``"ar"``, ``"bn"`` or ``"latin"``: the script most letters are in (None: no letters).

    Counted with compiled character classes, not a Python loop over characters: this runs on
    every paragraph of every imported or compared document. A long text is judged on its
    sample (see ``sample``).
    """
    text = sample(text)
    if text.isascii():
        return "latin" if _ASCII_LETTER.search(text) else None
    arabic = len(_ARABIC_LETTERS.findall(text))
    bengali = len(_BENGALI_LETTERS.findall(text))
    latin = len(_LATIN_LETTERS.findall(text))
    best = max(arabic, bengali, latin)
    if best == 0:
        return None
    if best == arabic:
        return "ar"
    if best == bengali:
        return "bn"
    return "latin"


_STOP_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _stops in STOP_WORDS.items():
    for _stop in _stops:
        _STOP_LANGS[_stop] = (*_STOP_LANGS.get(_stop, ()), _lang)


def stop_word_scores(text: str) -> dict[str, int]:
    """How many of each language's stop words ``text`` uses (one pass over the words of its
    sample: a long paragraph is judged on ``SAMPLE_CHARS`` characters, see ``sample``)."""
    scores = dict.fromkeys(STOP_WORDS, 0)
    get = _STOP_LANGS.get
    text = sample(text).lower()
    # ASCII text (most Latin paragraphs) has the same words under a plain [a-z] class, which
    # the regex engine scans twice as fast as the Unicode one.
    for word in (_ASCII_WORD if text.isascii() else _WORD).findall(text):
        for lang in get(word, ()):
            scores[lang] += 1
    return scores


_LINK_TARGET = re.compile(r"\]\([^()]*\)")
"""A Markdown link target. ``[^()]`` (not ``[^)]``) stops each attempt at the next "(", so a
run of "](](](…" without a closing parenthesis costs linear time, not quadratic."""
_ADDRESS = re.compile(r"(?<!\S)\S*(?:@|https?://|www\.|\.(?:org|com|net|io))\S*")
"""A whitespace-separated token holding an e-mail address, a URL or a domain. The look-behind
lets a match start only at the start of a token, so a 10 MB token is scanned a bounded number
of times (the former ``\\S+@\\S+`` restarted at every character: 16 s on one 50 KB word)."""
_ADDRESS_SIGNS = ("@", "://", "www.", ".org", ".com", ".net", ".io", "](")
_ADDRESS_SIGN = re.compile("|".join(re.escape(sign) for sign in _ADDRESS_SIGNS))
"""Any of ``_ADDRESS_SIGNS``: one scan in C instead of eight substring searches."""


_VARIABLE = re.compile(r"\{\{[^{}\n]{1,80}\}\}")
"""A variable ({{organization_address}}): its name is Latin in every language."""


def _strip_links(markup: str) -> str:
    """Link targets, e-mail-like tokens and variables' names are Latin in every language:
    ignore them ("العنوان: {{organization_address}}" is Arabic, not English).

    Linear in the length of the text whatever it holds (untrusted input: issue 18 item 9).
    """
    if "{{" in markup:
        markup = _VARIABLE.sub(" ", markup)
    if not _ADDRESS_SIGN.search(markup):
        return markup
    markup = _LINK_TARGET.sub("]", markup)
    return _ADDRESS.sub(" ", markup)


def detect_languages(lines: list[Line], latin_language: str | None = None) -> str:
    """Set ``line.lang`` on every line; return the main language of the document.

    ``latin_language`` (the user's --lang) overrides the stop-word guess for Latin text; a
    language the source declared for a line (``line.attrs["lang"]``) wins over both.
    """
    totals = {lang: 0 for lang in STOP_WORDS}
    scripts: list[str | None] = []
    line_scores: list[dict[str, int] | None] = []
    for line in lines:
        text = sample(line.text)
        cleaned = _strip_links(text)
        script = script_of(cleaned) or script_of(text)
        scripts.append(script)
        scores = stop_word_scores(cleaned) if script == "latin" else None
        line_scores.append(scores)
        if scores is not None:
            for lang, score in scores.items():
                totals[lang] += score
    default_latin = latin_language or (
        max(totals, key=lambda k: totals[k]) if any(totals.values()) else "en"
    )
    for line, script, line_score in zip(lines, scripts, line_scores, strict=True):
        declared = line.attrs.get("lang", "")
        chosen = line.attrs.get(USER_LANG, "")
        if chosen:
            line.lang = chosen  # the user said so in the import preview: nothing overrides it
        elif declared and (script not in ("ar", "bn") or script == declared):
            # The source said so (HTML lang, DOCX w:lang) — unless the script plainly disagrees
            # (a page marked lang="en" whose paragraph is in Arabic letters).
            line.lang = declared
        elif script in ("ar", "bn"):
            line.lang = script
        elif script == "latin":
            line.lang = default_latin
            if latin_language is None:
                scores = line_score or stop_word_scores(sample(line.text))
                best = max(scores, key=lambda k: scores[k])
                # Only a clear majority of several stop words overrides the document's language.
                if (
                    best != default_latin
                    and scores[best] >= 4
                    and scores[best] > 2 * scores[default_latin]
                ):
                    line.lang = best
    # Lines without letters (a phone number, "2024") belong with their neighbours.
    previous = ""
    for line in lines:
        if line.lang:
            previous = line.lang
        else:
            line.lang = previous
    following = ""
    for line in reversed(lines):
        if line.lang:
            following = line.lang
        else:
            line.lang = following or default_latin
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.lang] = counts.get(line.lang, 0) + len(line.text)
    return max(counts, key=lambda k: counts[k]) if counts else default_latin
