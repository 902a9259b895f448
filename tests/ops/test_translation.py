"""Translation operations: typing a target, importing many segments in one undo step."""

from __future__ import annotations

import pytest

from policy_studio.model import Block, Policy, Section, Status
from policy_studio.ops.base import OperationError
from policy_studio.ops.translation import (
    SegmentUpdate,
    import_translations,
    set_target_text,
)


def _policy() -> Policy:
    a = Block(text={"en": "We protect data."}, id="a")
    b = Block(text={"en": "We delete data.", "ar": "نحذف البيانات."}, id="b")
    b.confirm("ar", "en", Status.REVIEWED)
    return Policy(target_languages=["ar"], sections=[Section(blocks=[a, b])])


def test_typing_a_target_makes_a_draft_and_emptying_it_makes_it_untranslated():
    policy = _policy()
    _, edit = set_target_text(policy, "b", "ar", "نمحو البيانات.")
    block = policy.find_block("b")[1]
    assert block.state("ar").status is Status.DRAFT
    assert block.state("ar").source_text == "We delete data."  # the stale comparison survives
    set_target_text(policy, "b", "ar", "")
    assert block.state("ar").status is Status.UNTRANSLATED
    edit.undo(policy)
    assert block.get("ar") == "نحذف البيانات." and block.state("ar").status is Status.REVIEWED


def test_typing_into_the_source_language_is_refused():
    with pytest.raises(OperationError, match="source language"):
        set_target_text(_policy(), "a", "en", "x")


def test_an_import_is_one_undo_step_and_redo_reapplies_it():
    policy = _policy()
    changes, edit, report = import_translations(
        policy,
        "ar",
        [
            SegmentUpdate("a", "We protect data.", "نحمي البيانات.", Status.TRANSLATED),
            SegmentUpdate("b", "We delete data.", "نحذف البيانات نهائيًا.", Status.APPROVED),
        ],
    )
    assert changes.blocks == {"a", "b"} and report.updated == ["a", "b"]
    assert policy.find_block("b")[1].state("ar").status is Status.APPROVED
    edit.undo(policy)
    assert policy.find_block("a")[1].get("ar") == ""
    assert policy.find_block("b")[1].get("ar") == "نحذف البيانات."
    edit.redo(policy)
    assert policy.find_block("a")[1].state("ar").status is Status.TRANSLATED


def test_importing_the_same_text_back_changes_nothing():
    policy = _policy()
    _, edit, report = import_translations(
        policy, "ar", [SegmentUpdate("b", "We delete data.", "نحذف البيانات.", Status.DRAFT)]
    )
    assert edit is None and report.unchanged == ["b"]
    assert policy.find_block("b")[1].state("ar").status is Status.REVIEWED
