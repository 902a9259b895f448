"""Sign-off blockers read in the interface's language.

The Readiness panel listed every blocker in English in the Arabic interface ("§2 block 1 [ar]:
untranslated"): the checks word them in English. A blocker now carries its wording and values;
the window translates the wording and fills it in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from policy_studio.app.signoff import readiness_of
from policy_studio.checks.readiness import WORDINGS, BlockerKind
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ui.blocker_text import BLOCKER_WORDING, blocker_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_every_wording_the_checks_use_is_listed_for_the_translators() -> None:
    assert set(BLOCKER_WORDING) == set(WORDINGS)


def _arabic(qapp):
    from policy_studio.ui.i18n import InterfaceLanguage, _compile_in_cache

    ts = Path(__file__).resolve().parents[2] / "translations" / "policy_studio_ar.ts"
    return InterfaceLanguage(qapp, "ar", qm=_compile_in_cache(ts.read_bytes(), "ar"))


def test_the_blockers_of_a_policy_are_worded_in_arabic(qapp, workspace, clauses) -> None:
    policy = policy_from_clauses("Clinic notice", [(clauses[0], None)], target_languages=["ar"])
    policy.sections[0].blocks[0].text.pop("ar", None)  # untranslated
    policy.sections[0].blocks[0].translations.pop("ar", None)
    workspace.save_policy(policy)
    verdict = readiness_of(workspace, policy, "ar")
    kinds = {b.kind for b in verdict.blockers}
    assert {BlockerKind.UNTRANSLATED, BlockerKind.NOT_APPROVED} <= kinds
    assert all(b.template in WORDINGS for b in verdict.blockers if b.template)
    interface = _arabic(qapp)
    try:
        shown = {b.kind: blocker_text(b) for b in verdict.blockers}
        assert shown[BlockerKind.UNTRANSLATED] == "§1، الفقرة 1 [ar]: غير مترجمة"
        assert shown[BlockerKind.NOT_APPROVED] == "لم يُعتمد أي إصدار من السياسة"
    finally:
        interface.remove(qapp)
        qapp.setLayoutDirection(Qt.LeftToRight)
    # The command line and the JSON keep the English message.
    untranslated = next(b for b in verdict.blockers if b.kind is BlockerKind.UNTRANSLATED)
    assert untranslated.message == "§1 block 1 [ar]: untranslated"
    assert blocker_text(untranslated) == untranslated.message  # English interface


def test_a_value_holding_a_placeholder_is_not_filled_twice() -> None:
    from policy_studio.checks.readiness import said

    note = said(
        BlockerKind.REVIEW_NOTE,
        "§%1 block %3 [%2]: review note not resolved: %4",
        2,
        "en",
        1,
        "why %1 here? 100% sure",
    )
    assert note.message == "§2 block 1 [en]: review note not resolved: why %1 here? 100% sure"


def test_a_segments_state_and_a_proposals_kind_are_in_the_interface_language(qapp) -> None:
    # "(translated)" and "(insert)" stayed English inside otherwise Arabic blockers.
    from policy_studio.checks.readiness import said
    from policy_studio.model import Status
    from policy_studio.model.review import ProposalKind
    from policy_studio.ui.blocker_text import VALUE_WORDS

    assert {s.value for s in Status if s is not Status.APPROVED} | {
        k.value for k in ProposalKind
    } == set(VALUE_WORDS)
    unapproved = said(
        BlockerKind.UNAPPROVED, "§%1 block %3 [%2]: not approved (%4)", 2, "ar", 1, "translated"
    )
    proposal = said(
        BlockerKind.OPEN_PROPOSAL,
        "§%1 block %3 [%2]: proposed change (%4) by %5 neither accepted nor rejected",
        3,
        "ar",
        2,
        "insert",
        "Amina",
    )
    interface = _arabic(qapp)
    try:
        shown = [blocker_text(unapproved), blocker_text(proposal)]
    finally:
        interface.remove(qapp)
        qapp.setLayoutDirection(Qt.LeftToRight)
    assert "(مترجم)" in shown[0] and "(إضافة)" in shown[1] and "Amina" in shown[1]
    for text in shown:
        latin = re.sub(r"\[ar\]|Amina", "", text)
        assert not re.search(r"[A-Za-z]", latin), text
    # English interface: the checks' own words.
    assert blocker_text(unapproved) == "§2 block 1 [ar]: not approved (translated)"
    assert "proposed change (insert) by Amina" in blocker_text(proposal)
