"""Sign-off with review notes and proposals (issue 12 item 4): open proposals and unresolved
notes block readiness in their language; exports print the block's accepted text, never a
proposal's, and a paragraph only proposed is not printed at all (nor as "[untranslated]")."""

from __future__ import annotations

from pathlib import Path

import docx
import lxml.html

from policy_studio.checks.readiness import BlockerKind, readiness
from policy_studio.io.writers.docx import write_docx
from policy_studio.io.writers.html import render_html
from policy_studio.io.writers.txt import policy_to_text
from policy_studio.io.writers.xliff import policy_to_xliff
from policy_studio.layout import ExportOptions
from policy_studio.model import (
    Block,
    BlockKind,
    Policy,
    Proposal,
    ProposalKind,
    ReviewNote,
    Section,
)
from policy_studio.ops.review import accept_proposal, reject_proposal, resolve_note


def policy_with_review() -> Policy:
    kept = Block(
        BlockKind.PARAGRAPH, {"en": "Files stay five years.", "ar": "تبقى الملفات خمس سنوات."}
    )
    kept.proposals.append(
        Proposal(
            "en", ProposalKind.REPLACE, "Files stay ten years.", "Files stay five years.", "Legal"
        )
    )
    kept.notes.append(ReviewNote("ar", "الرقم لا يطابق العقد.", "أمينة"))
    proposed = Block(BlockKind.PARAGRAPH, {"en": ""})
    proposed.proposals.append(
        Proposal("en", ProposalKind.INSERT, "Records leave only by courier.", "", "Legal")
    )
    return Policy(
        title={"en": "Notice", "ar": "إشعار"},
        source_language="en",
        target_languages=["ar"],
        sections=[
            Section(
                heading=Block(BlockKind.TITLE, {"en": "Records", "ar": "السجلات"}),
                blocks=[kept, proposed],
            )
        ],
    )


def kinds(policy: Policy, langs: list[str]) -> list[tuple[str, str]]:
    verdict = readiness(policy, langs)
    return [
        (b.kind.value, b.language)
        for b in verdict.blockers
        if b.kind in (BlockerKind.OPEN_PROPOSAL, BlockerKind.REVIEW_NOTE)
    ]


def test_open_proposals_and_unresolved_notes_block_their_language():
    policy = policy_with_review()
    assert kinds(policy, ["en"]) == [("open-proposal", "en"), ("open-proposal", "en")]
    assert kinds(policy, ["en", "ar"]) == [
        ("open-proposal", "en"),
        ("open-proposal", "en"),
        ("review-note", "ar"),
    ]
    kept, proposed = policy.sections[0].blocks
    accept_proposal(policy, kept.id, kept.proposals[0].id)
    reject_proposal(policy, proposed.id, proposed.proposals[0].id)
    resolve_note(policy, kept.id, kept.notes[0].id)
    assert kinds(policy, ["en", "ar"]) == []
    assert kept.get("en") == "Files stay ten years."


def test_exports_print_the_accepted_text_only(tmp_path: Path):
    policy = policy_with_review()
    html, warnings = render_html(policy, ExportOptions(["en"]))
    body = lxml.html.document_fromstring(html).find("body")
    text = body.text_content()
    assert "Files stay five years." in text
    assert "ten years" not in text and "courier" not in text and "[untranslated]" not in text
    assert not any("no English text" in w for w in warnings)
    path = tmp_path / "notice.docx"
    write_docx(policy, path, ExportOptions(["en"]))
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Files stay five years." in paragraphs
    assert not any("ten years" in p or "courier" in p or "[untranslated]" in p for p in paragraphs)
    text = policy_to_text(policy, "en").text
    assert "Files stay five years." in text
    assert "courier" not in text and "[untranslated]" not in text and "ten years" not in text
    units = policy_to_xliff(policy, "ar").decode()
    proposed = policy.sections[0].blocks[1]
    assert proposed.id not in units and policy.sections[0].blocks[0].id in units
