"""Storage records an export never makes: the clause catalogue's rows and a clause's history,
a save taken and a merge read, a version's approval. A module of their own, imported where one
is made (``storage.workspace`` and ``storage`` give them by name as before): their dataclasses
were ~2.5 ms of every command's start, the export timed against pandoc among them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import ClauseStatus, Policy
    from .rows import RowConflict, Rows
    from .workspace import _Base


@dataclass(frozen=True, slots=True)
class ClauseEntry:
    """What a list of library clauses shows, read without parsing the clause (its catalog row).

    ``workspace.clause(key)`` gives the whole clause when one is selected."""

    key: str
    version: int
    status: ClauseStatus
    topic: str
    title: dict[str, str]
    tags: tuple[str, ...]
    variants: int
    """How many alternative wordings the clause has besides its main one."""

    def matches_tag(self, tag: str) -> bool:
        """``tag`` names one of its tags (or a tag's family, "gdpr" for "gdpr:13") or its
        topic, case ignored."""
        wanted = tag.casefold()
        return self.topic.casefold() == wanted or any(
            t.casefold() == wanted or t.casefold().startswith(wanted + ":") for t in self.tags
        )


@dataclass(frozen=True, slots=True)
class ClauseRevision:
    """One entry of a clause's history."""

    key: str
    version: int
    created: str
    author: str
    note: str


@dataclass(frozen=True, slots=True)
class PreparedSave:
    """A save taken from a policy and not yet written (``prepare_save``/``write_save``)."""

    policy_id: str
    title: str
    rows: Rows
    candidates: set[str] | None
    """The keys that may differ from the base (None: compare every row)."""
    base: _Base | None
    """The base the rows were compared with (a later one makes the write compare all)."""


@dataclass(frozen=True, slots=True)
class Refresh:
    """Other people's saved changes merged into a policy being edited."""

    policy: Policy
    """The merged policy, with the unsaved edits in it: the same object when only text and
    variables came in (changed in place), else a new one built from the merged rows."""
    taken: frozenset[str] = frozenset()
    """Row keys taken from the stored policy."""
    conflicts: tuple[RowConflict, ...] = ()
    """Rows both sides changed: mine is kept in ``policy`` until ``resolve_conflict``."""
    deleted: bool = False
    """The policy was deleted by someone else."""

    @property
    def changed(self) -> bool:
        return bool(self.taken or self.conflicts or self.deleted)


@dataclass(frozen=True, slots=True)
class ApprovalRecord:
    """A version's named approval and the fingerprint of the approved text per language."""

    policy_id: str
    number: int
    approver: str
    approved_at: str
    fingerprints: dict[str, str]
