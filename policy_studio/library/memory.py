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
from .fuzzy_index import FuzzyIndex

_STATUS_RANK = {Status.APPROVED: 3, Status.REVIEWED: 2, Status.TRANSLATED: 1}


@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """A source segment and its confirmed translation."""

    source: str
    target: str
    origin: str
    """Where it comes from, for the user: "clause retention-fixed" or a policy title."""
    status: Status = Status.APPROVED
    changed: str = ""
    """When the translation last changed (ISO 8601), empty when unknown; TMX carries it."""
    created: str = ""
    """When the translation was first made (ISO 8601), when known (imported units)."""


@dataclass(slots=True)
class StoredMemory:
    """The workspace's translations for one pair outside one policy, as read (on any thread)."""

    memory: TranslationMemory
    """The library's approved clauses and every other stored policy, with their dates."""
    elsewhere: list[MemoryEntry]
    """The same pairs: what the consistency check compares with (``elsewhere``)."""
    imported: list[MemoryEntry]
    """Units imported from TMX files."""
    updated: str
    """When the policy left out was last stored (its entries' date)."""

    def with_current(self, current: Policy | None) -> TranslationMemory:
        """The memory with ``current`` (as it is now) and the imported units: what
        ``from_workspace`` gives. Takes ``memory`` over (call once)."""
        memory = self.memory
        if current is not None:
            memory.add_policy(current, changed=self.updated)
        for entry in self.imported:
            memory.add(entry)
        return memory


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
        self._index: FuzzyIndex | None = None
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
                self._index = None
            return
        self._seen[pair] = len(self._entries)
        self._entries.append(entry)
        self._keys.append(pair[0])
        self._index = None

    def add_block(
        self,
        block: Block,
        origin: str,
        *,
        source_lang: str | None = None,
        approved: bool = False,
        changed: str = "",
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
        self.add(
            MemoryEntry(
                block.get(src_lang), block.get(self.target_lang), origin, status, changed=changed
            )
        )

    def add_clause(self, clause: Clause, *, changed: str = "") -> None:
        """An approved clause's translations, each with its own state: offered only when it was
        confirmed against the very source text it stands beside (a stale one is not offered,
        and "approved" means approved for that source). Draft and deprecated clauses are left
        out; so is a language pair the clause's states do not describe (another source).
        """
        if clause.status is not ClauseStatus.APPROVED:
            return
        if clause.source_language != self.source_lang:
            return
        origin = f"clause {clause.key}"
        for block in [clause.title_block(), *clause.all_blocks()]:
            self.add_block(block, origin, changed=changed)

    def add_policy(
        self, policy: Policy, *, skip_blocks: Iterable[str] = (), changed: str = ""
    ) -> None:
        if policy.source_language != self.source_lang:
            return
        skip = set(skip_blocks)
        origin = policy.display_title() or policy.id
        for _, block in policy.iter_blocks():
            if block.id not in skip:
                self.add_block(block, origin, changed=changed)

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
        stored = cls.read_stored(
            workspace,
            source_lang,
            target_lang,
            policy_id=current.id if current is not None else None,
        )
        return stored.with_current(current)

    @classmethod
    def read_stored(
        cls,
        workspace: WorkspaceStore,
        source_lang: str,
        target_lang: str,
        *,
        policy_id: str | None,
    ) -> StoredMemory:
        """What ``from_workspace`` reads, without the policy being translated (``policy_id``),
        which the reader may not touch: the window reads this on its database worker and adds
        the policy as it is on screen (``StoredMemory.with_current``)."""
        memory = cls(source_lang, target_lang)
        dates = workspace.clause_dates()
        for clause in workspace.clauses():
            memory.add_clause(clause, changed=dates.get(clause.key, ""))
        updated = ""
        for summary in workspace.policies():
            if summary.id == policy_id:
                updated = summary.updated
                continue
            policy = workspace.policy(summary.id)
            if policy is not None:
                memory.add_policy(policy, changed=summary.updated)
        elsewhere = memory.entries()
        imported = _imported(workspace, source_lang, target_lang)
        return StoredMemory(memory, elsewhere, imported, updated)

    def add_imported(self, workspace: WorkspaceStore) -> None:
        """Units imported from TMX files (workspace table tm_units), with their own status."""
        for entry in _imported(workspace, self.source_lang, self.target_lang):
            self.add(entry)

    def entries(self) -> list[MemoryEntry]:
        """Every stored pair, in the order added."""
        return list(self._entries)

    @classmethod
    def elsewhere(
        cls, workspace: WorkspaceStore, source_lang: str, target_lang: str, *, policy_id: str
    ) -> TranslationMemory:
        """Translations made outside one policy: approved library clauses and the confirmed
        segments of every other stored policy (what the consistency check compares with)."""
        memory = cls(source_lang, target_lang)
        for clause in workspace.clauses():
            memory.add_clause(clause)
        for summary in workspace.policies():
            if summary.id == policy_id:
                continue
            policy = workspace.policy(summary.id)
            if policy is not None:
                memory.add_policy(policy)
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

    def best_match(self, source: str, *, min_score: float = 75.0) -> Suggestion | None:
        """The one best match for ``source`` (exact first, then the best fuzzy one), or None.

        For pre-translation: an index of the entries makes this fast over a large memory
        (fuzzy_index.py), where ``suggest`` compares against every entry.
        """
        if not source.strip() or not self._entries:
            return None
        if self._index is None:
            self._index = FuzzyIndex(self._keys)
        key = _key(source)
        exact = self._index.exact(key)
        if exact:
            index = max(exact, key=lambda i: _STATUS_RANK.get(self._entries[i].status, 0))
            score = 100.0
        elif min_score >= 100:
            return None
        else:
            found = self._index.best(key, min_score, limit=1)
            if not found:
                return None
            index, score = found[0][0], min(found[0][1], 99.0)
        entry = self._entries[index]
        return Suggestion(entry.source, entry.target, score, entry.origin, entry.status)


def _imported(workspace: WorkspaceStore, source_lang: str, target_lang: str) -> list[MemoryEntry]:
    """The units imported from TMX files (table tm_units) as entries, with their own status."""
    return [
        MemoryEntry(
            unit.source,
            unit.target,
            unit.origin,
            unit.status,
            changed=unit.changed,
            created=unit.created,
        )
        for unit in workspace.tm_units(source_lang, target_lang)
    ]
