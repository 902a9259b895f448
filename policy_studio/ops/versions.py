"""Version operations: restore a saved version as the current draft (undoable).

Saving a version and marking one approved act on the workspace (storage), not on the policy
being edited, so they are not undo steps; restoring rewrites the draft and is one.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Policy, Version
from .base import Changes, Edit, OperationError

_EVERYTHING = Changes(structure=True, metadata=True, variables=True)


def _replace_content(policy: Policy, source: Policy) -> Changes:
    """Make ``policy`` read like ``source`` (a deep copy), keeping the policy's own id."""
    copy = source.copy()
    touched = {s.id for s in policy.sections} | {s.id for s in copy.sections}
    blocks = {b.id for _, b in policy.iter_blocks()} | {b.id for _, b in copy.iter_blocks()}
    policy.title = copy.title
    policy.organization = copy.organization
    policy.effective_date = copy.effective_date
    policy.version_label = copy.version_label
    policy.source_language = copy.source_language
    policy.target_languages = copy.target_languages
    policy.variables = copy.variables
    policy.sections = copy.sections
    return Changes(
        structure=True,
        sections=frozenset(touched),
        blocks=frozenset(blocks),
        metadata=True,
        variables=True,
    )


def _set_to(content: Policy) -> Callable[[Policy], Changes]:
    return lambda policy: _replace_content(policy, content)


def restore_version(policy: Policy, version: Version) -> tuple[Changes, Edit]:
    """Replace the draft's content with ``version``'s snapshot; undo brings the draft back."""
    if version.policy_id != policy.id:
        raise OperationError(
            f"version {version.number} ({version.label!r}) belongs to another policy, "
            f"not to {policy.display_title()!r}"
        )
    before = policy.copy()
    snapshot = version.snapshot.copy()
    changes = _replace_content(policy, snapshot)
    name = version.label or str(version.number)
    return changes, Edit.of("restore_version", (name,), _set_to(before), _set_to(snapshot))
