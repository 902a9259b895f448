"""QA findings in the interface language: check names, severities and messages.

The checks (policy_studio/checks) have no Qt and word their messages in English. The UI
recognises each message's shape here and shows it translated (context "Findings" in the .ts
files), with the quoted text, numbers and language codes put back in their places. A message
whose shape is not in the table (a check added later) is shown as it is, in English, rather
than wrongly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..checks import Finding

CHECK_NAMES: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Findings", "missing"),
    "same": QT_TRANSLATE_NOOP("Findings", "same as source"),
    "numbers": QT_TRANSLATE_NOOP("Findings", "numbers"),
    "dates": QT_TRANSLATE_NOOP("Findings", "dates"),
    "emails": QT_TRANSLATE_NOOP("Findings", "e-mail addresses"),
    "urls": QT_TRANSLATE_NOOP("Findings", "links"),
    "variables": QT_TRANSLATE_NOOP("Findings", "variables"),
    "length": QT_TRANSLATE_NOOP("Findings", "length"),
    "invisible": QT_TRANSLATE_NOOP("Findings", "invisible characters"),
    "brackets": QT_TRANSLATE_NOOP("Findings", "brackets"),
    "rtl_dates": QT_TRANSLATE_NOOP("Findings", "dates in RTL"),
    "glossary": QT_TRANSLATE_NOOP("Findings", "glossary"),
    "forbidden": QT_TRANSLATE_NOOP("Findings", "forbidden term"),
    "tags": QT_TRANSLATE_NOOP("Findings", "formatting"),
    "negation": QT_TRANSLATE_NOOP("Findings", "negation"),
    "modality": QT_TRANSLATE_NOOP("Findings", "modality"),
    "absolute": QT_TRANSLATE_NOOP("Findings", "guarantee"),
    "quantity": QT_TRANSLATE_NOOP("Findings", "quantity"),
    "sentences": QT_TRANSLATE_NOOP("Findings", "sentences"),
    "list_items": QT_TRANSLATE_NOOP("Findings", "list items"),
    "consistency": QT_TRANSLATE_NOOP("Findings", "consistency"),
}

_WORDS: dict[str, str] = {
    # Fragments the checks put inside their messages.
    "number": QT_TRANSLATE_NOOP("Findings", "number"),
    "e-mail address": QT_TRANSLATE_NOOP("Findings", "e-mail address"),
    "link": QT_TRANSLATE_NOOP("Findings", "link"),
    "bold text": QT_TRANSLATE_NOOP("Findings", "bold text"),
    "italic text": QT_TRANSLATE_NOOP("Findings", "italic text"),
    "bullet": QT_TRANSLATE_NOOP("Findings", "bullet"),
    "numbered": QT_TRANSLATE_NOOP("Findings", "numbered"),
    "a negation": QT_TRANSLATE_NOOP("Findings", "a negation"),
    "an absolute or a guarantee": QT_TRANSLATE_NOOP("Findings", "an absolute or a guarantee"),
    "a word for all or every": QT_TRANSLATE_NOOP("Findings", "a word for all or every"),
    "a word for only": QT_TRANSLATE_NOOP("Findings", "a word for only"),
}

_Q = "“(.*?)”"
_PATTERNS: list[tuple[re.Pattern[str], str, tuple[int, ...]]] = [
    # (English shape, translatable template, which groups are words to translate)
    (re.compile(r"no translation yet"), QT_TRANSLATE_NOOP("Findings", "no translation yet"), ()),
    (
        re.compile(r"translation of an empty source text"),
        QT_TRANSLATE_NOOP("Findings", "translation of an empty source text"),
        (),
    ),
    (
        re.compile(r"the translation is the same as the source"),
        QT_TRANSLATE_NOOP("Findings", "the translation is the same as the source"),
        (),
    ),
    (
        re.compile(r"(number|e-mail address|link) (.+) is missing in the translation"),
        QT_TRANSLATE_NOOP("Findings", "%1 %2 is missing in the translation"),
        (1,),
    ),
    (
        re.compile(r"(number|e-mail address|link) (.+) is not in the source"),
        QT_TRANSLATE_NOOP("Findings", "%1 %2 is not in the source"),
        (1,),
    ),
    (
        re.compile(r"date (.+) is missing in the translation"),
        QT_TRANSLATE_NOOP("Findings", "date %1 is missing in the translation"),
        (),
    ),
    (
        re.compile(r"date (.+) is not in the source"),
        QT_TRANSLATE_NOOP("Findings", "date %1 is not in the source"),
        (),
    ),
    (
        re.compile(r"variable (\{\{.+\}\}) is missing in the translation"),
        QT_TRANSLATE_NOOP("Findings", "variable %1 is missing in the translation"),
        (),
    ),
    (
        re.compile(r"variable (\{\{.+\}\}) is not in the source"),
        QT_TRANSLATE_NOOP("Findings", "variable %1 is not in the source"),
        (),
    ),
    (
        re.compile(
            r"the translation is ([\d.]+)× as long as the source \(usually ([\d.]+)×\): "
            r"text may be missing"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "the translation is %1× as long as the source (usually %2×): text may be missing",
        ),
        (),
    ),
    (
        re.compile(r"the translation is ([\d.]+)× as long as the source \(usually ([\d.]+)×\)"),
        QT_TRANSLATE_NOOP("Findings", "the translation is %1× as long as the source (usually %2×)"),
        (),
    ),
    (
        re.compile(
            r"invisible character (U\+[0-9A-F]{4,6} .+): the text may display differently from "
            r"what is stored"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "invisible character %1: the text may display differently from what is stored",
        ),
        (),
    ),
    (
        re.compile(
            r"the date (.+) displays as (.+) in right-to-left text; write it with slashes "
            r"\((.+)\) to keep its order"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "the date %1 displays as %2 in right-to-left text; write it with slashes (%3) to "
            "keep its order",
        ),
        (),
    ),
    (
        re.compile(r"unbalanced (.) in the translation"),
        QT_TRANSLATE_NOOP("Findings", "unbalanced %1 in the translation"),
        (),
    ),
    (
        re.compile(f"{_Q} should be translated as {_Q}"),
        QT_TRANSLATE_NOOP("Findings", "“%1” should be translated as “%2”"),
        (),
    ),
    (
        re.compile(f"{_Q} is a forbidden translation of {_Q} in the glossary(.*)"),
        QT_TRANSLATE_NOOP("Findings", "“%1” is a forbidden translation of “%2” in the glossary%3"),
        (),
    ),
    (
        re.compile(
            rf"the source has (\d+) (bold text|italic text|link) element\(s\), the translation "
            rf"(\d+): {_Q} has no counterpart"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "the source has %1 %2 element(s), the translation %3: “%4” has no counterpart",
        ),
        (2,),
    ),
    (
        re.compile(
            rf"the translation has (\d+) (bold text|italic text|link) element\(s\), the source "
            rf"(\d+): {_Q} is not in the source"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "the translation has %1 %2 element(s), the source %3: “%4” is not in the source",
        ),
        (2,),
    ),
    (
        re.compile(r"the (bullet|numbered) list has (\d+) items in (\S+) but (\d+) in (\S+)"),
        QT_TRANSLATE_NOOP("Findings", "the %1 list has %2 items in %3 but %4 in %5"),
        (1,),
    ),
    (
        re.compile(rf"the same source is translated differently in (§\d+): {_Q}"),
        QT_TRANSLATE_NOOP("Findings", "the same source is translated differently in %1: “%2”"),
        (),
    ),
    (
        re.compile(rf"(.+) translates the same source as {_Q}"),
        QT_TRANSLATE_NOOP("Findings", "%1 translates the same source as “%2”"),
        (),
    ),
    (
        re.compile(rf"this sentence of the source seems to have no translation: (\S+) {_Q}"),
        QT_TRANSLATE_NOOP(
            "Findings", "this sentence of the source seems to have no translation: %1 “%2”"
        ),
        (),
    ),
    (
        re.compile(rf"this sentence of the translation seems to have no source: (\S+) {_Q}"),
        QT_TRANSLATE_NOOP(
            "Findings", "this sentence of the translation seems to have no source: %1 “%2”"
        ),
        (),
    ),
    (
        re.compile(
            rf"the source has (.+?) \({_Q}\) that the translation does not: (\S+) {_Q} — "
            rf"(\S+) {_Q}"
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "the source has %1 (“%2”) that the translation does not: %3 “%4” — %5 “%6”"
        ),
        (1,),
    ),
    (
        re.compile(
            rf"the translation has (.+?) \({_Q}\) that the source does not: (\S+) {_Q} — "
            rf"(\S+) {_Q}"
        ),
        QT_TRANSLATE_NOOP(
            "Findings", "the translation has %1 (“%2”) that the source does not: %3 “%4” — %5 “%6”"
        ),
        (1,),
    ),
    (
        re.compile(
            rf"the modality changed: the source says {_Q}, the translation {_Q} "
            rf"\((\S+) {_Q} — (\S+) {_Q}\)"
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "the modality changed: the source says “%1”, the translation “%2” (%3 “%4” — %5 “%6”)",
        ),
        (),
    ),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def check_name(check: str) -> str:
    """The check's name in the interface language (its id when the table does not know it)."""
    name = CHECK_NAMES.get(check)
    return _tr(name) if name is not None else check


def translate_message(message: str) -> str:
    """A check's English message in the interface language, or as it is when unknown."""
    for pattern, template, words in _PATTERNS:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        out = _tr(template)
        # Replace from the highest number down, so %1 does not eat the start of %10.
        for n in range(len(match.groups()), 0, -1):
            value = match.group(n)
            if n in words and value in _WORDS:
                value = _tr(_WORDS[value])
            out = out.replace(f"%{n}", value)
        return out
    return message


def finding_message(finding: Finding) -> str:
    return translate_message(finding.message)


SEVERITY_NAMES = {
    "error": QT_TRANSLATE_NOOP("Findings", "error"),
    "warning": QT_TRANSLATE_NOOP("Findings", "warning"),
    "info": QT_TRANSLATE_NOOP("Findings", "info"),
}


def finding_line(finding: Finding) -> str:
    """ "error: the date … is missing" for tooltips, in the interface language."""
    severity = SEVERITY_NAMES.get(finding.severity.value)
    name = _tr(severity) if severity is not None else finding.severity.value
    return f"{name}: {finding_message(finding)}"
