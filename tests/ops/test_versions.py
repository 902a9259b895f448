"""Restoring a saved version as the current draft, and undoing that."""

from __future__ import annotations

import pytest

from policy_studio.diff import compare
from policy_studio.ops.base import OperationError
from policy_studio.ops.versions import restore_version


def test_restore_makes_the_draft_equal_to_the_version_and_undo_brings_the_draft_back(
    workspace, policy_pair
):
    old, new = policy_pair
    saved = workspace.save_version(old, "1.0", note="first approved")
    draft = new.copy()
    changes, edit = restore_version(draft, workspace.version(old.id, 1))
    assert changes.structure and changes.variables
    assert compare(saved.snapshot, draft).is_empty
    assert draft.id == new.id

    edit.undo(draft)
    assert compare(new, draft).is_empty
    edit.redo(draft)
    assert compare(saved.snapshot, draft).is_empty


def test_restore_keeps_the_stored_snapshot_untouched(workspace, policy_pair):
    old, new = policy_pair
    workspace.save_version(old, "1.0")
    version = workspace.version(old.id, "1.0")
    draft = new.copy()
    restore_version(draft, version)
    draft.sections[0].heading.text["en"] = "Edited after restoring"
    assert compare(workspace.version(old.id, 1).snapshot, old).is_empty


def test_a_version_of_another_policy_is_refused(workspace, policy_pair):
    old, _ = policy_pair
    version = workspace.save_version(old, "1.0")
    other = old.copy()
    other.id = "another"
    with pytest.raises(OperationError, match="another policy"):
        restore_version(other, version)
