"""Policies: metadata, languages, variable values and ordered sections."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .block import Block, new_id
from .section import Section

BUILTIN_VARIABLES = ("organization", "effective_date", "version_label")
"""Variables whose value defaults to the policy's metadata when not set explicitly."""

META_KEYS = ("title", "subtitle", "organization", "address")
"""Metadata kept per language (``set-meta POLICY --lang L KEY VALUE``); ``title`` lives in
``Policy.title``, the others in ``Policy.meta``."""


@dataclass(slots=True)
class Policy:
    """A policy document in a source language and any number of target languages."""

    title: dict[str, str] = field(default_factory=dict)
    """Title per language."""
    id: str = field(default_factory=new_id)
    """Stable identity of the policy in its workspace."""
    organization: str = ""
    """The organisation the policy is for (default for ``{{organization}}``)."""
    effective_date: str = ""
    """ISO date the policy takes effect (default for ``{{effective_date}}``)."""
    version_label: str = ""
    """Label of the version being drafted, e.g. ``"2.1"``."""
    source_language: str = "en"
    """The language the policy is written in; targets are translated from it."""
    target_languages: list[str] = field(default_factory=list)
    """Languages the policy is translated into."""
    variables: dict[str, dict[str, str]] = field(default_factory=dict)
    """Variable values: name → language code → value."""
    sections: list[Section] = field(default_factory=list)
    """Sections in order; numbering is derived from the order."""
    regulations: list[str] = field(default_factory=list)
    """Keys of the regulations the policy is under (resources/regulations), for coverage."""
    conditions: list[str] | None = None
    """What the organisation does that makes a conditional requirement apply
    (``transfers-abroad``, ``children``, ``automated-decisions``, ``dpo``…), from the
    questionnaire; None while nobody answered, and then every requirement is asked for."""
    meta: dict[str, dict[str, str]] = field(default_factory=dict)
    """Cover metadata per language: key (``subtitle``, ``organization``, ``address``) → language
    code → text. ``organization`` here is the name as written in that language; the field
    ``organization`` above stays the source-language name and the variable's default."""
    native_digits: bool = False
    """Number sections and lists with each language's own digits (Arabic-Indic for Arabic…);
    one setting read by the preview and every export alike."""

    @property
    def languages(self) -> list[str]:
        """Source language first, then the targets."""
        return [
            self.source_language,
            *[t for t in self.target_languages if t != self.source_language],
        ]

    def display_title(self, lang: str | None = None) -> str:
        lang = lang or self.source_language
        return (
            self.title.get(lang)
            or self.title.get(self.source_language)
            or next(iter(self.title.values()), "")
        )

    def meta_value(self, key: str, lang: str) -> str:
        """Metadata ``key`` as written in ``lang`` ("" when not set in that language).

        The organisation in the source language falls back to the ``organization`` field.
        """
        if key == "title":
            return self.title.get(lang, "")
        value = self.meta.get(key, {}).get(lang, "")
        if not value and key == "organization" and lang == self.source_language:
            return self.organization
        return value

    def set_meta(self, key: str, lang: str, value: str) -> None:
        """Set metadata ``key`` in ``lang`` (an empty value removes it)."""
        if key not in META_KEYS:
            raise ValueError(f"unknown metadata key {key!r} (known: {', '.join(META_KEYS)})")
        target = self.title if key == "title" else self.meta.setdefault(key, {})
        if value.strip():
            target[lang] = value.strip()
        else:
            target.pop(lang, None)
        if key == "organization" and lang == self.source_language:
            self.organization = value.strip()

    def variable_value(self, name: str, lang: str) -> str:
        """The value of ``name`` in ``lang``, falling back to the source language and metadata."""
        values = self.variables.get(name, {})
        for candidate in (values.get(lang, ""), values.get(self.source_language, "")):
            if candidate.strip():
                return candidate
        if name == "organization" and self.meta.get("organization", {}).get(lang, "").strip():
            return self.meta["organization"][lang]
        if name in BUILTIN_VARIABLES:
            return str(getattr(self, name))
        return ""

    def iter_blocks(self) -> Iterator[tuple[Section, Block]]:
        """Every translatable block with its section: titles first within each section."""
        for section in self.sections:
            for block in section.all_blocks():
                yield section, block

    def find_section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def find_block(self, block_id: str) -> tuple[Section, Block] | None:
        return next(((s, b) for s, b in self.iter_blocks() if b.id == block_id), None)

    def copy(self) -> Policy:
        """A deep copy with the same ids."""
        return Policy(
            title=dict(self.title),
            id=self.id,
            organization=self.organization,
            effective_date=self.effective_date,
            version_label=self.version_label,
            source_language=self.source_language,
            target_languages=list(self.target_languages),
            variables={k: dict(v) for k, v in self.variables.items()},
            sections=[s.copy() for s in self.sections],
            regulations=list(self.regulations),
            conditions=None if self.conditions is None else list(self.conditions),
            meta={k: dict(v) for k, v in self.meta.items()},
            native_digits=self.native_digits,
        )
