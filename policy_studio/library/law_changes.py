"""When a law changes: the requirements a newer regulation file changed since the workspace
last accepted that regulation, with the old and the new wording side by side.

The accepted state of each regulation is kept in the workspace (its meta table, as JSON): the
version and every requirement's article and description. Accepting records the current files;
until then every policy under the law, and every library clause tagged for a changed
requirement, says "law changed".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model import Clause, Policy
from ..storage import WorkspaceStore
from .regulations import Loaded, Regulation, Requirement

META_KEY = "regulations_accepted"


@dataclass(frozen=True, slots=True)
class LawChange:
    regulation: str
    regulation_title: str
    requirement: str
    article: str
    kind: str
    """"changed", "added" or "removed"."""
    old_version: str
    new_version: str
    old_text: dict[str, str]
    new_text: dict[str, str]
    tags: tuple[str, ...]
    """Clause tags that satisfy the requirement (old and new): the clauses it touches."""

    def to_json(self) -> dict[str, Any]:
        return {
            "regulation": self.regulation,
            "requirement": self.requirement,
            "article": self.article,
            "kind": self.kind,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "old": self.old_text,
            "new": self.new_text,
        }


def _snapshot(requirement: Requirement) -> dict[str, Any]:
    return {
        "article": requirement.article,
        "description": dict(requirement.description),
        "satisfied_by": list(requirement.satisfied_by),
        "parts": [[p.id, list(p.satisfied_by)] for p in requirement.parts],
        "applies_when": requirement.applies_when,
    }


def accepted(workspace: WorkspaceStore) -> dict[str, Any]:
    try:
        data = json.loads(workspace.meta(META_KEY, "{}") or "{}")
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def accept(workspace: WorkspaceStore, regulations: Iterable[Regulation]) -> None:
    """Record these regulations as they are now: their changes are no longer reported."""
    data = accepted(workspace)
    for regulation in regulations:
        data[regulation.key] = {
            "version": regulation.version,
            "date": regulation.date,
            "requirements": {r.id: _snapshot(r) for r in regulation.requirements},
        }
    workspace.set_meta(META_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))


def accept_missing(workspace: WorkspaceStore, regulations: Iterable[Regulation]) -> None:
    """Record the regulations the workspace has never seen (the baseline for later changes)."""
    known = accepted(workspace)
    new = [r for r in regulations if r.key not in known]
    if new:
        accept(workspace, new)


def changes(workspace: WorkspaceStore, loaded: Loaded) -> list[LawChange]:
    """Every requirement changed since its regulation was accepted, for every regulation."""
    data = accepted(workspace)
    out: list[LawChange] = []
    for key, regulation in sorted(loaded.regulations.items()):
        before = data.get(key)
        if not isinstance(before, dict):
            continue
        old_reqs: dict[str, Any] = before.get("requirements", {})
        new_reqs = {r.id: r for r in regulation.requirements}
        for req_id, requirement in new_reqs.items():
            old = old_reqs.get(req_id)
            now = _snapshot(requirement)
            if old == now:
                continue
            out.append(
                LawChange(
                    key,
                    regulation.title("en"),
                    req_id,
                    requirement.article,
                    "added" if old is None else "changed",
                    str(before.get("version", "")),
                    regulation.version,
                    dict(old.get("description", {})) if old else {},
                    dict(requirement.description),
                    tuple(requirement.satisfied_by)
                    + tuple(old.get("satisfied_by", []) if old else ()),
                )
            )
        for req_id, old in old_reqs.items():
            if req_id not in new_reqs:
                out.append(
                    LawChange(
                        key,
                        regulation.title("en"),
                        req_id,
                        str(old.get("article", "")),
                        "removed",
                        str(before.get("version", "")),
                        regulation.version,
                        dict(old.get("description", {})),
                        {},
                        tuple(old.get("satisfied_by", [])),
                    )
                )
    return out


def law_changes(workspace: WorkspaceStore, policy: Policy, loaded: Loaded) -> list[LawChange]:
    """The changes that concern ``policy``: of the laws it is under."""
    return [c for c in changes(workspace, loaded) if c.regulation in policy.regulations]


def clauses_touched(
    change_list: Iterable[LawChange], clauses: Iterable[Clause]
) -> dict[str, list[LawChange]]:
    """Clause key → the law changes to requirements its tags satisfy ("law changed")."""
    out: dict[str, list[LawChange]] = {}
    for clause in clauses:
        tags = {clause.topic, *clause.tags}
        hits = [c for c in change_list if tags & set(c.tags)]
        if hits:
            out[clause.key] = hits
    return out
