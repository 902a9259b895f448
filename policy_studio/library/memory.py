"""Translation memory: confirmed translations in the workspace, offered for a new source segment.

Entries come from library clauses (vetted text in several languages) and from the confirmed,
not stale, segments of policies. Matching is rapidfuzz's similarity on whitespace-normalised,
case- and Arabic-folded markup; an exact match scores 100.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..model import Block, Clause, ClauseStatus, Policy, Status
from ..storage import WorkspaceStore
from ..text.search_normalize import fold

_STATUS_RANK = {Status.APPROVED: 3, Status.REVIEWED: 2, Status.TRANSLATED: 1}


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """A source segment and its confirmed translation."""

    source: str
    target: str
    origin: str
    """Where it comes from, for the user: "clause retention-fixed" or a policy title."""
    status: Status = Status.APPROVED


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A translation memory match for the segment being translated."""

    source: str
    """The stored source text (show the difference to the current one)."""
    target: str
    """The translation to insert."""
    score: float
    """0–100; 100 when the stored source equals the current one."""
    origin: str
    status: Status

    @property
    def exact(self) -> bool:
        return self.score >= 100


def _key(text: str) -> str:
    return fold(" ".join(text.split()))


class TranslationMemory:
    """Suggestions for one language pair."""

    def __init__(
        self, source_lang: str, target_lang: str, entries: Iterable[MemoryEntry] = ()
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self._entries: list[MemoryEntry] = []
        self._keys: list[str] = []
        self._seen: dict[tuple[str, str], int] = {}
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, entry: MemoryEntry) -> None:
        """Add an entry; the same pair seen twice keeps its best status."""
        if not entry.source.strip() or not entry.target.strip():
            return
        pair = (_key(entry.source), " ".join(entry.target.split()))
        known = self._seen.get(pair)
        if known is not None:
            if _STATUS_RANK.get(entry.status, 0) > _STATUS_RANK.get(self._entries[known].status, 0):
                self._entries[known] = entry
            return
        self._seen[pair] = len(self._entries)
        self._entries.append(entry)
        self._keys.append(pair[0])

    def add_block(
        self, block: Block, origin: str, *, source_lang: str | None = None, approved: bool = False
    ) -> None:
        """Add a block's pair when its target is confirmed against the current source."""
        src_lang = source_lang or self.source_lang
        if approved:
            status = Status.APPROVED
        else:
            state = block.translations.get(self.target_lang)
            if (
                state is None
                or not state.status.is_confirmed
                or block.is_stale(self.target_lang, src_lang)
            ):
                return
            status = state.status
        self.add(MemoryEntry(block.get(src_lang), block.get(self.target_lang), origin, status))

    def add_clause(self, clause: Clause) -> None:
        """Approved library clauses are vetted in every language they carry."""
        if clause.status is not ClauseStatus.APPROVED:
            return
        origin = f"clause {clause.key}"
        self.add(
            MemoryEntry(
                clause.title.get(self.source_lang, ""),
                clause.title.get(self.target_lang, ""),
                origin,
            )
        )
        for block in [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]:
            self.add_block(block, origin, approved=True)

    def add_policy(self, policy: Policy, *, skip_blocks: Iterable[str] = ()) -> None:
        if policy.source_language != self.source_lang:
            return
        skip = set(skip_blocks)
        origin = policy.display_title() or policy.id
        for _, block in policy.iter_blocks():
            if block.id not in skip:
                self.add_block(block, origin)

    @classmethod
    def from_workspace(
        cls,
        workspace: WorkspaceStore,
        source_lang: str,
        target_lang: str,
        *,
        current: Policy | None = None,
    ) -> TranslationMemory:
        """Memory from the workspace's approved clauses and every stored policy.

        For the policy being translated (``current``) its in-memory state is used instead of
        the stored one, so a segment confirmed a moment ago is offered for the next one.
        """
        memory = cls(source_lang, target_lang)
        for clause in workspace.clauses():
            memory.add_clause(clause)
        for summary in workspace.policies():
            if current is not None and summary.id == current.id:
                continue
            policy = workspace.policy(summary.id)
            if policy is not None:
                memory.add_policy(policy)
        if current is not None:
            memory.add_policy(current)
        return memory

    def suggest(
        self, source: str, *, limit: int = 5, min_score: float = 60.0, exclude_target: str = ""
    ) -> list[Suggestion]:
        """Best matches for ``source``: exact first, then by score and status."""
        if not source.strip() or not self._entries:
            return []
        key = _key(source)
        matches = process.extract(
            key, self._keys, scorer=fuzz.ratio, limit=max(limit * 3, 10), score_cutoff=min_score
        )
        out: list[Suggestion] = []
        for _, score, index in matches:
            entry = self._entries[index]
            if exclude_target and " ".join(entry.target.split()) == " ".join(
                exclude_target.split()
            ):
                continue
            exact = self._keys[index] == key
            out.append(
                Suggestion(
                    entry.source,
                    entry.target,
                    100.0 if exact else min(float(score), 99.0),
                    entry.origin,
                    entry.status,
                )
            )
        out.sort(key=lambda s: (-s.score, -_STATUS_RANK.get(s.status, 0)))
        return out[:limit]
