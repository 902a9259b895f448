"""Sign-off blockers in the interface's language (the checks word them in English).

A blocker made by checks.readiness carries its English wording with %1, %2… and the values
that fill it; the window translates the wording and fills it. Every wording is listed here for
lupdate; tests/ui/test_blocker_text.py fails when checks.readiness makes one this list lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..checks.readiness import Blocker, fill

BLOCKER_WORDING = frozenset(  # every Blocker.template of checks.readiness, marked for lupdate
    [
        QT_TRANSLATE_NOOP("Blocker", "§%1 title [%2]: untranslated"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 block %3 [%2]: untranslated"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 title [%2]: stale: the source changed since translation"),
        QT_TRANSLATE_NOOP(
            "Blocker", "§%1 block %3 [%2]: stale: the source changed since translation"
        ),
        QT_TRANSLATE_NOOP("Blocker", "§%1 title [%2]: not approved (%4)"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 block %3 [%2]: not approved (%4)"),
        QT_TRANSLATE_NOOP(
            "Blocker", "§%1 title [%2]: proposed change (%4) by %5 neither accepted nor rejected"
        ),
        QT_TRANSLATE_NOOP(
            "Blocker",
            "§%1 block %3 [%2]: proposed change (%4) by %5 neither accepted nor rejected",
        ),
        QT_TRANSLATE_NOOP(
            "Blocker", "§%1 title [%2]: proposed change (%4) neither accepted nor rejected"
        ),
        QT_TRANSLATE_NOOP(
            "Blocker", "§%1 block %3 [%2]: proposed change (%4) neither accepted nor rejected"
        ),
        QT_TRANSLATE_NOOP("Blocker", "§%1 title [%2]: review note by %5 not resolved: %4"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 block %3 [%2]: review note by %5 not resolved: %4"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 title [%2]: review note not resolved: %4"),
        QT_TRANSLATE_NOOP("Blocker", "§%1 block %3 [%2]: review note not resolved: %4"),
        QT_TRANSLATE_NOOP("Blocker", "{{%1}} has no value in %2 (first used in §%3)"),
        QT_TRANSLATE_NOOP("Blocker", "§%1: clause %2 is a draft"),
        QT_TRANSLATE_NOOP("Blocker", "§%1: clause %2 is deprecated"),
        QT_TRANSLATE_NOOP("Blocker", "§%1: the library has version %2 of %3 (the section has %4)"),
        QT_TRANSLATE_NOOP("Blocker", "no version of the policy has been approved"),
        QT_TRANSLATE_NOOP("Blocker", "the text changed since version %1 was approved by %2"),
        QT_TRANSLATE_NOOP("Blocker", "the text changed since version %1 was approved"),
        QT_TRANSLATE_NOOP("Blocker", "regulation %1: no file describes it"),
    ]
)


VALUE_WORDS = {  # what "(%4)" holds: a segment's state or a proposal's kind, for lupdate
    "untranslated": QT_TRANSLATE_NOOP("BlockerValue", "untranslated"),
    "draft": QT_TRANSLATE_NOOP("BlockerValue", "draft"),
    "translated": QT_TRANSLATE_NOOP("BlockerValue", "translated"),
    "reviewed": QT_TRANSLATE_NOOP("BlockerValue", "reviewed"),
    "insert": QT_TRANSLATE_NOOP("BlockerValue", "insert"),
    "delete": QT_TRANSLATE_NOOP("BlockerValue", "delete"),
    "replace": QT_TRANSLATE_NOOP("BlockerValue", "replace"),
    "move": QT_TRANSLATE_NOOP("BlockerValue", "move"),
    "format": QT_TRANSLATE_NOOP("BlockerValue", "format"),
}


def blocker_text(blocker: Blocker) -> str:
    """A blocker's message in the interface's language: its wording translated, then filled
    (a QA finding's or a requirement's message, made of other data, is shown as it is).

    The state or proposal kind in "(%4)" is one of our own words and is translated too; the
    language code in "[%2]" and names stay as they are."""
    if not blocker.template:
        return blocker.message
    args = list(blocker.args)
    if "(%4)" in blocker.template and len(args) > 3 and args[3] in VALUE_WORDS:
        args[3] = QCoreApplication.translate("BlockerValue", VALUE_WORDS[args[3]])
    return fill(QCoreApplication.translate("Blocker", blocker.template), args)
