"""Library clause saves as undoable edits: names for the Undo menu, and what undo restores."""

from __future__ import annotations

from dataclasses import replace

from policy_studio.model import Clause, ClauseStatus
from policy_studio.ops.base import Changes
from policy_studio.ops.library_edits import clause_edit_label, save_clause


def test_labels_name_the_action(clauses):
    keeping = clauses[1]
    assert clause_edit_label(None, keeping) == "Create clause t-keeping"
    assert clause_edit_label(keeping, replace(keeping, status=ClauseStatus.DEPRECATED)) == (
        "Deprecate clause t-keeping"
    )
    assert clause_edit_label(keeping, replace(keeping, status=ClauseStatus.DRAFT)) == (
        "Return clause t-keeping to draft"
    )
    # Status and wording changed together: an edit, not a status change.
    both = replace(keeping, status=ClauseStatus.DEPRECATED, topic="storage")
    assert clause_edit_label(keeping, both) == "Edit clause t-keeping"


def test_undo_of_a_new_clause_deletes_it_and_needs_no_policy(workspace):
    clause = Clause(key="t-new", title={"en": "New", "ar": "جديد"})
    changes, edit = save_clause(workspace, clause, note="Created")
    assert changes == Changes(library=True)
    assert edit.undo(None) == Changes(library=True)
    assert workspace.clause("t-new") is None
    assert workspace.search_clauses("جديد") == []
    edit.redo(None)
    assert workspace.clause("t-new").title["ar"] == "جديد"


def test_undo_restores_tags_in_place(workspace):
    before = workspace.clause("t-young")
    _changes, edit = save_clause(workspace, replace(before, tags=["children"]))
    assert edit.label == "Edit clause t-young"
    edit.undo(None)
    after = workspace.clause("t-young")
    assert after.tags == before.tags and after.version == before.version


def test_saving_an_unchanged_clause_is_no_edit(workspace):
    changes, _edit = save_clause(workspace, workspace.clause("t-young"))
    assert changes.empty
    assert len(workspace.clause_history("t-young")) == 1
