"""Sign-off readiness: every reason a policy is not ready to be signed, as pure data.

A policy is ready in a set of languages when nothing below stands in the way; each blocker
points to its section and segment so the app can take the user there in one click and the
`ready` command can list it:

- a segment untranslated, stale (its source changed since it was translated) or not approved;
- an open proposal (a tracked change nobody accepted or rejected) or an unresolved review note
  on a block, in a language asked for (docs/import.md, "Comments and tracked changes");
- a QA finding of error severity that nobody dismissed (every check counts, meaning checks
  included: the caller passes the findings with dismissals already removed);
- a variable with no value in a language;
- a section linked to a draft or deprecated library clause, or with a library update pending;
- no approved version, or changes since the last approved one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..model import Block, Clause, ClauseStatus, Policy, Section, Status, Version
from ..text.markup import variables_in
from .findings import Finding, Severity


class BlockerKind(StrEnum):
    """What stands in the way; the order is the order the panel and the command list them."""

    UNTRANSLATED = "untranslated"
    STALE = "stale"
    UNAPPROVED = "unapproved"
    OPEN_PROPOSAL = "open-proposal"
    """A proposed change nobody accepted or rejected: nobody has accepted that text."""
    REVIEW_NOTE = "review-note"
    """A review note (a comment) nobody resolved."""
    QA_ERROR = "qa-error"
    UNFILLED_VARIABLE = "unfilled-variable"
    DRAFT_CLAUSE = "draft-clause"
    DEPRECATED_CLAUSE = "deprecated-clause"
    LIBRARY_UPDATE = "library-update"
    REQUIREMENT = "requirement"
    """A requirement of a regulation the policy is under that it does not (fully) say."""
    LAW_CHANGED = "law-changed"
    """A requirement the policy relies on changed in a newer version of its regulation."""
    NOT_APPROVED = "not-approved"
    """No version approved, or the text changed since the last approved version."""


@dataclass(frozen=True, slots=True)
class Blocker:
    """One reason the policy is not ready, with where to go to clear it."""

    kind: BlockerKind
    message: str
    language: str = ""
    section_id: str = ""
    block_id: str = ""
    section_number: int = 0
    template: str = ""
    """The message's English wording with %1, %2… where ``args`` go: what the window shows in
    its own language (``message`` is this wording filled in). Empty for a message made of
    other data (a QA finding, a regulation's requirement), shown as it is."""
    args: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "message": self.message,
            "language": self.language,
            "section_id": self.section_id,
            "block_id": self.block_id,
            "section": self.section_number or None,
        }


@dataclass(frozen=True, slots=True)
class Readiness:
    """The verdict for one policy in some languages."""

    languages: tuple[str, ...]
    blockers: tuple[Blocker, ...]
    complete: bool = True
    """False when only the blocker that decides the verdict was looked for (an export of a text
    that is not an approved version: `app.signoff.signoff_options(complete=False)`); such a
    verdict always has that blocker, so it is never "ready", and `ready` lists every one."""

    def __post_init__(self) -> None:
        if not self.complete and not self.blockers:
            raise ValueError("an incomplete verdict must carry the blocker that decides it")

    @property
    def ready(self) -> bool:
        return not self.blockers

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for blocker in self.blockers:
            out[blocker.kind.value] = out.get(blocker.kind.value, 0) + 1
        return out

    def summary(self) -> str:
        if self.ready:
            return f"ready for sign-off ({', '.join(self.languages)})"
        parts = [f"{n} {kind}" for kind, n in self.counts().items()]
        return f"not ready: {', '.join(parts)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "languages": list(self.languages),
            "counts": self.counts(),
            "blockers": [b.to_dict() for b in self.blockers],
        }


def _places(text: str) -> list[str]:
    return [f"§%1 title [%2]: {text}", f"§%1 block %3 [%2]: {text}"]


WORDINGS = frozenset(
    [
        *_places("untranslated"),
        *_places("stale: the source changed since translation"),
        *_places("not approved (%4)"),
        *_places("proposed change (%4) by %5 neither accepted nor rejected"),
        *_places("proposed change (%4) neither accepted nor rejected"),
        *_places("review note by %5 not resolved: %4"),
        *_places("review note not resolved: %4"),
        "{{%1}} has no value in %2 (first used in §%3)",
        "§%1: clause %2 is a draft",
        "§%1: clause %2 is deprecated",
        "§%1: the library has version %2 of %3 (the section has %4)",
        "no version of the policy has been approved",
        "the text changed since version %1 was approved by %2",
        "the text changed since version %1 was approved",
        "regulation %1: no file describes it",
    ]
)
"""Every wording a blocker's ``template`` can have: the window translates each one
(ui/blocker_text.py lists them for the translators; a test holds the two lists equal)."""


def fill(template: str, args: Sequence[str]) -> str:
    """``template`` with %1, %2… replaced by ``args`` (in one pass: an argument that holds
    "%1" stays as it is)."""
    return re.sub(r"%(\d+)", lambda m: args[int(m[1]) - 1], template)


def said(
    kind: BlockerKind,
    template: str,
    *args: object,
    language: str = "",
    section_id: str = "",
    block_id: str = "",
    section_number: int = 0,
) -> Blocker:
    """A blocker whose message is ``template`` filled with ``args`` (kept, for the window)."""
    shown = tuple(str(a) for a in args)
    return Blocker(
        kind,
        fill(template, shown),
        language,
        section_id,
        block_id,
        section_number,
        template,
        shown,
    )


def _where(number: int, section: Section, block: Block) -> tuple[str, str]:
    """Where a segment is, as the start of a template and its %3 (the block's place):
    "§%1 title" or "§%1 block %3" (%1 the section's number, %2 the language)."""
    if block is section.heading:
        return "§%1 title", ""
    index = section.blocks.index(block) + 1 if block in section.blocks else 0
    return "§%1 block %3", str(index)


def segment_blockers(policy: Policy, targets: Sequence[str]) -> list[Blocker]:
    """Untranslated, stale and not yet approved segments, per target language."""
    source = policy.source_language
    out: list[Blocker] = []
    for lang in targets:
        for number, section in enumerate(policy.sections, start=1):
            for block in section.all_blocks():
                if not block.get(source).strip():
                    continue
                where, place = _where(number, section, block)
                status = ""
                if not block.get(lang).strip():
                    kind, text = BlockerKind.UNTRANSLATED, "untranslated"
                elif block.is_stale(lang, source):
                    kind, text = BlockerKind.STALE, "stale: the source changed since translation"
                elif block.state(lang).status is not Status.APPROVED:
                    kind, text = BlockerKind.UNAPPROVED, "not approved (%4)"
                    status = block.state(lang).status.value
                else:
                    continue
                out.append(
                    said(
                        kind,
                        f"{where} [%2]: {text}",
                        number,
                        lang,
                        place,
                        status,
                        language=lang,
                        section_id=section.id,
                        block_id=block.id,
                        section_number=number,
                    )
                )
    return out


def review_blockers(policy: Policy, languages: Sequence[str]) -> list[Blocker]:
    """Open proposals and unresolved review notes on blocks, in ``languages``."""
    wanted = set(languages)
    out: list[Blocker] = []
    for number, section in enumerate(policy.sections, start=1):
        for block in (section.heading, *section.blocks):
            notes, proposals = block.open_review()
            where, place = _where(number, section, block)
            for proposal in proposals:
                if proposal.lang not in wanted:
                    continue
                by = " by %5" if proposal.author else ""
                out.append(
                    said(
                        BlockerKind.OPEN_PROPOSAL,
                        f"{where} [%2]: proposed change (%4){by} neither accepted nor rejected",
                        number,
                        proposal.lang,
                        place,
                        proposal.kind.value,
                        proposal.author,
                        language=proposal.lang,
                        section_id=section.id,
                        block_id=block.id,
                        section_number=number,
                    )
                )
            for note in notes:
                if note.lang not in wanted:
                    continue
                by = " by %5" if note.author else ""
                out.append(
                    said(
                        BlockerKind.REVIEW_NOTE,
                        f"{where} [%2]: review note{by} not resolved: %4",
                        number,
                        note.lang,
                        place,
                        note.text,
                        note.author,
                        language=note.lang,
                        section_id=section.id,
                        block_id=block.id,
                        section_number=number,
                    )
                )
    return out


def finding_blockers(policy: Policy, findings: Iterable[Finding]) -> list[Blocker]:
    """QA findings of error severity (the caller has removed the dismissed ones)."""
    numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
    out = []
    for f in findings:
        if f.severity is not Severity.ERROR:
            continue
        number = numbers.get(f.section_id, 0)
        out.append(
            Blocker(
                BlockerKind.QA_ERROR,
                f"§{number or '?'} [{f.language}] {f.check}: {f.message}",
                f.language,
                f.section_id,
                f.block_id,
                number,
            )
        )
    return out


def variable_blockers(policy: Policy, languages: Sequence[str]) -> list[Blocker]:
    """Variables used in the text with no value in a language (nor in the source language)."""
    used: dict[str, tuple[int, Section]] = {}
    for number, section in enumerate(policy.sections, start=1):
        for block in section.all_blocks():
            for text in block.text.values():
                for name in variables_in(text):
                    used.setdefault(name, (number, section))
    out = []
    for name, (number, section) in used.items():
        for lang in languages:
            if not policy.variable_value(name, lang).strip():
                out.append(
                    said(
                        BlockerKind.UNFILLED_VARIABLE,
                        "{{%1}} has no value in %2 (first used in §%3)",
                        name,
                        lang,
                        number,
                        language=lang,
                        section_id=section.id,
                        section_number=number,
                    )
                )
    return out


def clause_blockers(policy: Policy, library: Mapping[str, Clause]) -> list[Blocker]:
    """Sections linked to a draft or deprecated clause, or with a library update pending."""
    out = []
    for number, section in enumerate(policy.sections, start=1):
        if section.clause is None:
            continue
        clause = library.get(section.clause.key)
        if clause is None:
            continue
        key, sid = clause.key, section.id
        if clause.status is ClauseStatus.DRAFT:
            out.append(
                said(
                    BlockerKind.DRAFT_CLAUSE,
                    "§%1: clause %2 is a draft",
                    number,
                    key,
                    section_id=sid,
                    section_number=number,
                )
            )
        elif clause.status is ClauseStatus.DEPRECATED:
            out.append(
                said(
                    BlockerKind.DEPRECATED_CLAUSE,
                    "§%1: clause %2 is deprecated",
                    number,
                    key,
                    section_id=sid,
                    section_number=number,
                )
            )
        if clause.version > section.clause.version:
            out.append(
                said(
                    BlockerKind.LIBRARY_UPDATE,
                    "§%1: the library has version %2 of %3 (the section has %4)",
                    number,
                    clause.version,
                    key,
                    section.clause.version,
                    section_id=sid,
                    section_number=number,
                )
            )
    return out


def approval_blockers(
    policy: Policy, versions: Sequence[Version], same_text: bool | None
) -> list[Blocker]:
    """No approved version, or changes since the last one (``same_text`` compares the policy
    with the last approved version's text in the languages asked; None when none is approved)."""
    approved = [v for v in versions if v.approved]
    if not approved:
        return [said(BlockerKind.NOT_APPROVED, "no version of the policy has been approved")]
    last = approved[-1]
    if same_text:
        return []
    if last.approved_by:
        template = "the text changed since version %1 was approved by %2"
        return [said(BlockerKind.NOT_APPROVED, template, last.label, last.approved_by)]
    template = "the text changed since version %1 was approved"
    return [said(BlockerKind.NOT_APPROVED, template, last.label)]


def readiness(
    policy: Policy,
    languages: Sequence[str],
    *,
    findings: Iterable[Finding] = (),
    library: Mapping[str, Clause] | None = None,
    versions: Sequence[Version] = (),
    same_as_approved: bool | None = None,
    extra: Iterable[Blocker] = (),
) -> Readiness:
    """Every blocker of ``policy`` in ``languages`` (source language included); ``extra`` are
    blockers found elsewhere (regulation coverage, laws that changed)."""
    source = policy.source_language
    langs = [source, *[lang for lang in languages if lang != source]]
    targets = langs[1:]
    blockers: list[Blocker] = []
    blockers += segment_blockers(policy, targets)
    blockers += review_blockers(policy, langs)
    blockers += finding_blockers(policy, (f for f in findings if f.language in langs))
    blockers += variable_blockers(policy, langs)
    blockers += clause_blockers(policy, library or {})
    blockers += approval_blockers(policy, versions, same_as_approved)
    blockers += extra
    order = list(BlockerKind)
    blockers.sort(key=lambda b: order.index(b.kind))
    return Readiness(tuple(langs), tuple(blockers))
