"""Concordance: where a word or phrase occurs in the memory, the library and the policy.

The translator types a phrase ("personal data", "البيانات الشخصية") and sees every segment
containing it, in source or target, with its translation beside it: how was this rendered
before? Matching is on folded text (``text.search_normalize.fold``): case, Latin accents,
Arabic diacritics and letter variants (أ/إ/آ/ا, ة/ه, ى/ي) and tatweel do not matter, and runs
of spaces count as one. The index keeps, for every entry, its folded source and target joined
into one string per side, so a search is a few ``str.find`` calls over two large strings: a
memory of 20,000 units answers in a few milliseconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Clause, ClauseStatus, Policy, Status
from ..storage import WorkspaceStore
from ..text.search_normalize import fold
from .memory import TranslationMemory

SEPARATOR = "\x00"


@dataclass(frozen=True, slots=True)
class ConcordanceEntry:
    source: str
    target: str
    origin: str
    """Where it is: "clause t-keeping", a policy title, "this policy 3.2", a TMX file."""
    status: Status
    kind: str = "memory"
    """memory (a confirmed or approved pair), library (a clause not approved), policy."""
    block_id: str = ""
    """For a segment of the current policy: its block, so the grid can go there."""


@dataclass(frozen=True, slots=True)
class ConcordanceHit:
    entry: ConcordanceEntry
    side: str
    """"source" or "target": where the phrase was found."""
    needle: str
    """The folded phrase."""
    folded_at: int
    """Where in the folded text of that side."""

    @property
    def text(self) -> str:
        return self.entry.source if self.side == "source" else self.entry.target

    @property
    def span(self) -> tuple[int, int]:
        """Where in that side's original text (computed when shown: a search stays fast)."""
        return _span(self.text, self.needle, self.folded_at)

    def to_dict(self) -> dict[str, object]:
        e = self.entry
        return {
            "found_in": self.side,
            "span": list(self.span),
            "source": e.source,
            "target": e.target,
            "origin": e.origin,
            "status": e.status.value,
            "kind": e.kind,
            "block_id": e.block_id,
        }


_CHAR_FOLD: dict[str, str] = {}


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text (whitespace runs as one space) and, per folded character, its offset
    in ``text`` — so a match found in the folded form can be shown in the original."""
    out: list[str] = []
    where: list[int] = []
    last_space = True
    cache = _CHAR_FOLD
    for i, ch in enumerate(text):
        if ch.isspace():
            if not last_space:
                out.append(" ")
                where.append(i)
            last_space = True
            continue
        folded = cache.get(ch)
        if folded is None:
            # Stored text is NFC, so folding character by character equals folding the whole.
            folded = cache[ch] = fold(ch)
        for f in folded:
            out.append(f)
            where.append(i)
        if folded:
            last_space = False
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


class Concordance:
    """A searchable index of source/target pairs."""

    def __init__(self, entries: Iterable[ConcordanceEntry] = ()) -> None:
        self.entries: list[ConcordanceEntry] = []
        seen: set[tuple[str, str, str]] = set()
        sources: list[str] = []
        targets: list[str] = []
        for entry in entries:
            if not entry.source.strip() and not entry.target.strip():
                continue
            key = (entry.source, entry.target, entry.block_id)
            if key in seen:
                continue
            seen.add(key)
            self.entries.append(entry)
            sources.append(_norm(entry.source))
            targets.append(_norm(entry.target))
        self._sides = {"source": self._join(sources), "target": self._join(targets)}

    @staticmethod
    def _join(texts: list[str]) -> tuple[str, list[int]]:
        starts: list[int] = []
        pos = 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        return SEPARATOR.join(texts), starts

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, phrase: str, *, side: str = "both", limit: int = 200) -> list[ConcordanceHit]:
        """Entries containing ``phrase`` (folded), source side first, in index order."""
        needle = _norm(phrase)
        if not needle:
            return []
        hits: list[ConcordanceHit] = []
        found: set[int] = set()
        for name in ("source", "target") if side == "both" else (side,):
            joined, starts = self._sides[name]
            pos = joined.find(needle)
            while pos >= 0 and len(hits) < limit:
                index = bisect.bisect_right(starts, pos) - 1
                if index not in found:
                    found.add(index)
                    hits.append(
                        ConcordanceHit(self.entries[index], name, needle, pos - starts[index])
                    )
                # Next entry: one hit per entry and side is enough to show it.
                nxt = starts[index + 1] if index + 1 < len(starts) else len(joined)
                pos = joined.find(needle, max(pos + 1, nxt))
        return hits


def _span(text: str, needle: str, folded_at: int) -> tuple[int, int]:
    folded, where = fold_with_map(text)
    at = folded.find(needle, max(0, folded_at - 2))
    if at < 0:
        at = folded.find(needle)
    if at < 0 or not where:
        return (0, 0)
    end = at + len(needle) - 1
    return (where[at], where[min(end, len(where) - 1)] + 1)


def build_concordance(
    workspace: WorkspaceStore | None,
    source_lang: str,
    target_lang: str,
    *,
    policy: Policy | None = None,
    memory: TranslationMemory | None = None,
    clauses: Iterable[Clause] | None = None,
) -> Concordance:
    """The memory (approved clauses, confirmed segments, imported units), the library's other
    clauses, and every segment of ``policy`` with text — for one language pair."""
    if memory is None and workspace is not None:
        memory = TranslationMemory.from_workspace(
            workspace, source_lang, target_lang, current=policy
        )
    entries: list[ConcordanceEntry] = []
    if policy is not None:
        number = {}
        for n, section in enumerate(policy.sections, start=1):
            number[section.heading.id] = f"§{n}"
            for i, block in enumerate(section.blocks, start=1):
                number[block.id] = f"{n}.{i}"
        title = policy.display_title() or policy.id
        for _, block in policy.iter_blocks():
            entries.append(
                ConcordanceEntry(
                    block.get(source_lang),
                    block.get(target_lang),
                    f"{title} {number.get(block.id, '')}".strip(),
                    block.state(target_lang).status,
                    "policy",
                    block.id,
                )
            )
    if memory is not None:
        entries.extend(
            ConcordanceEntry(e.source, e.target, e.origin, e.status) for e in memory.entries()
        )
    if clauses is None and workspace is not None:
        clauses = workspace.clauses()
    for clause in clauses or []:
        if clause.status is ClauseStatus.APPROVED:
            continue  # already in the memory
        origin = f"clause {clause.key} ({clause.status.value})"
        for block in [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]:
            entries.append(
                ConcordanceEntry(
                    block.get(source_lang),
                    block.get(target_lang),
                    origin,
                    Status.DRAFT if block.get(target_lang).strip() else Status.UNTRANSLATED,
                    "library",
                )
            )
    return Concordance(entries)
