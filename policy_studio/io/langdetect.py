"""Language of a paragraph from its script, and of Latin-script text from its stop words.

Arabic and Bengali are told apart by script alone. Latin text is English, Swahili or French for
our users; a handful of very frequent function words separates them reliably on a paragraph,
while a short heading has too few words and takes the document's Latin language instead.
"""

from __future__ import annotations

import re

from .intermediate import Line

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

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


def script_of(text: str) -> str | None:
    """``"ar"``, ``"bn"`` or ``"latin"``: the script most letters are in (None: no letters)."""
    arabic = bengali = latin = 0
    for ch in text:
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            arabic += 1
        elif 0x0980 <= code <= 0x09FF:
            bengali += 1
        elif ch.isalpha() and code < 0x0250:
            latin += 1
    best = max(arabic, bengali, latin)
    if best == 0:
        return None
    if best == arabic:
        return "ar"
    if best == bengali:
        return "bn"
    return "latin"


def stop_word_scores(text: str) -> dict[str, int]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {lang: sum(1 for w in words if w in stops) for lang, stops in STOP_WORDS.items()}


def _strip_links(markup: str) -> str:
    """Link targets and e-mail-like tokens are Latin in every language: ignore them."""
    markup = re.sub(r"\]\([^)]*\)", "]", markup)
    return re.sub(r"\S+@\S+|https?://\S+|www\.\S+|\S+\.(?:org|com|net|io)\S*", " ", markup)


def detect_languages(lines: list[Line], latin_language: str | None = None) -> str:
    """Set ``line.lang`` on every line; return the main language of the document.

    ``latin_language`` (the user's --lang) overrides the stop-word guess for Latin text; a
    language the source declared for a line (``line.attrs["lang"]``) wins over both.
    """
    totals = {lang: 0 for lang in STOP_WORDS}
    scripts: list[str | None] = []
    for line in lines:
        cleaned = _strip_links(line.text)
        script = script_of(cleaned) or script_of(line.text)
        scripts.append(script)
        if script == "latin":
            for lang, score in stop_word_scores(cleaned).items():
                totals[lang] += score
    default_latin = latin_language or (
        max(totals, key=lambda k: totals[k]) if any(totals.values()) else "en"
    )
    for line, script in zip(lines, scripts, strict=True):
        declared = line.attrs.get("lang", "")
        if declared and (script not in ("ar", "bn") or script == declared):
            # The source said so (HTML lang, DOCX w:lang) — unless the script plainly disagrees
            # (a page marked lang="en" whose paragraph is in Arabic letters).
            line.lang = declared
        elif script in ("ar", "bn"):
            line.lang = script
        elif script == "latin":
            line.lang = default_latin
            if latin_language is None:
                scores = stop_word_scores(_strip_links(line.text))
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
