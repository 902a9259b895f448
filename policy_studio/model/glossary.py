"""Glossary entries: a term and the translation it must have in one language pair."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term pair for one language pair, e.g. personal data ↔ البيانات الشخصية."""

    source_lang: str
    target_lang: str
    source_term: str
    """The term as it appears in the source (matched ignoring case and Arabic variants)."""
    target_term: str
    """The translation the target must use."""
    note: str = ""
    """Why, or in which sense (shown to the translator)."""
    id: int = 0
    """Row id in the workspace (0 for an entry not yet stored)."""
    forbidden: bool = False
    """The target term must NOT be used (a known mistranslation): the ``forbidden`` check reports
    it wherever it appears in a translation, and the ``glossary`` check does not require it."""
