"""The approver's workflow headless: ready, approve, log, export for sign-off, verify, update."""

from __future__ import annotations

import json

import docx
import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.ops.translation import set_target_text
from policy_studio.storage import Workspace

VALUES = {
    ("contact_email", "en"): "privacy@example.org",
    ("organization", "en"): "Example Shop",
    ("organization", "ar"): "متجر المثال",
    ("retention_period", "en"): "two years",
    ("retention_period", "ar"): "سنتين",
}


@pytest.fixture
def ws_path(workspace, clauses):
    policy = policy_from_clauses(
        "Shop notice", [(c, None) for c in clauses[:2]], target_languages=["ar"]
    )
    policy.id = "shop"
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ready(capsys, ws: str) -> tuple[int, dict]:
    code, out, _ = run(capsys, "ready", "shop", "-w", ws, "--json")
    return code, json.loads(out)


def test_ready_exits_1_with_every_blocker_then_0_once_they_are_cleared(ws_path, capsys):
    ws = str(ws_path)
    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        block_id = policy.sections[0].blocks[0].id
        set_target_text(policy, block_id, "ar", "راسلونا على {{contact_email}}.")
        w.save_policy(policy)  # a translation edited after approval: a draft now

    code, verdict = ready(capsys, ws)
    assert code == 1 and verdict["ready"] is False
    kinds = verdict["counts"]
    assert kinds["unapproved"] == 1
    assert kinds["unfilled-variable"] == 6  # three variables, two languages
    assert kinds["not-approved"] == 1
    assert kinds["qa-error"] >= 1  # {{organization}} lost from the Arabic
    unapproved = next(b for b in verdict["blockers"] if b["kind"] == "unapproved")
    assert unapproved["section"] == 1 and unapproved["block_id"] and unapproved["language"] == "ar"

    for (name, lang), value in VALUES.items():
        assert run(capsys, "set-var", "shop", name, value, "--lang", lang, "-w", ws)[0] == 0
    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        policy.sections[0].blocks[0].confirm("ar", "en")  # translated, error still there
        w.save_policy(policy)
    # The segment with an error finding is never approved in bulk.
    code, out, err = run(capsys, "approve", "shop", "--lang", "ar", "-w", ws, "--as", "Rana")
    assert code == 0 and "approved 0 ar segments" in out and "QA errors" in err

    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        block = policy.sections[0].blocks[0]
        block.set_text("ar", "راسلنا على {{contact_email}} وسترد **{{organization}}** عليك.")
        block.confirm("ar", "en")  # translated, not approved
        w.save_policy(policy)
    code, out, _ = run(capsys, "approve", "shop", "--lang", "ar", "-w", ws, "--as", "Rana Haddad")
    assert "approved 1 ar segments" in out

    code, verdict = ready(capsys, ws)
    assert code == 1 and verdict["counts"] == {"not-approved": 1}

    assert run(capsys, "version", "shop", "--label", "1.0", "-w", ws, "--as", "Rana")[0] == 0
    code, out, _ = run(capsys, "approve", "shop", "--version", "1.0", "-w", ws, "--as", "Amina")
    assert code == 0 and "approved by Amina" in out and "SHA-256 (ar): " in out
    code, verdict = ready(capsys, ws)
    assert code == 0 and verdict["blockers"] == []

    code, out, _ = run(capsys, "log", "shop", "-w", ws, "--json")
    log = json.loads(out)
    approvals = [e for e in log if e["action"] == "segment.approve"]
    assert [(e["actor"], e["detail"]["language"]) for e in approvals] == [("Rana Haddad", "ar")]
    assert approvals[0]["target"] == block.id
    version = next(e for e in log if e["action"] == "version.approve")
    assert version["actor"] == "Amina" and set(version["detail"]["fingerprints"]) == {"en", "ar"}
    assert [e["action"] for e in log].index("version.save") < log.index(version)

    # Any edit after approval is a change since the approved version.
    run(capsys, "set-var", "shop", "retention_period", "three years", "-w", ws)
    code, verdict = ready(capsys, ws)
    assert code == 1 and verdict["counts"] == {"not-approved": 1}
    assert "changed since version 1.0 was approved by Amina" in verdict["blockers"][0]["message"]


def _approved(ws_path, capsys) -> str:
    ws = str(ws_path)
    for (name, lang), value in VALUES.items():
        run(capsys, "set-var", "shop", name, value, "--lang", lang, "-w", ws)
    run(capsys, "version", "shop", "--label", "1.0", "-w", ws)
    assert run(capsys, "approve", "shop", "--version", "1", "-w", ws, "--as", "Amina")[0] == 0
    return ws


def test_verify_accepts_the_signed_docx_and_rejects_one_edited_afterwards(
    ws_path, tmp_path, capsys
):
    ws = _approved(ws_path, capsys)
    signed = tmp_path / "signed.docx"
    code, _, err = run(
        capsys,
        "export",
        "shop",
        "-w",
        ws,
        "-o",
        str(signed),
        "--lang",
        "en,ar",
        "--signoff",
        "Amina, DPO",
        "--require-ready",
    )
    assert code == 0 and "Draft" not in err
    text = "\n".join(p.text for p in docx.Document(str(signed)).paragraphs)
    assert "Approved by Amina on " in text and "version 1.0" in text
    assert "SHA-256 (en): " in text and "Draft — not approved" not in text

    code, out, _ = run(capsys, "verify", str(signed), "-w", ws)
    assert code == 0 and "VERIFIED" in out and "approved by Amina" in out

    edited = tmp_path / "edited.docx"
    document = docx.Document(str(signed))
    cell = document.tables[0].rows[2].cells[0]
    cell.paragraphs[0].runs[0].text = (
        cell.paragraphs[0].runs[0].text.replace("Write", "We may sell")
    )
    document.save(str(edited))
    code, out, _ = run(capsys, "verify", str(edited), "-w", ws, "--json")
    result = json.loads(out)
    assert code == 1 and result["verified"] is False
    assert result["match"]["languages"] == {"ar": result["printed_fingerprints"]["ar"]}

    single = tmp_path / "en.docx"
    run(capsys, "export", "shop", "-w", ws, "-o", str(single))
    document = docx.Document(str(single))
    body = next(p for p in document.paragraphs if "Records stay" in p.text)
    body.insert_paragraph_before("We also keep copies forever.")
    document.save(str(single))
    code, out, _ = run(capsys, "verify", str(single), "-w", ws)
    assert code == 1 and "NOT VERIFIED" in out


def test_export_of_a_text_that_is_not_ready_is_a_marked_draft_or_refused(ws_path, tmp_path, capsys):
    ws = str(ws_path)
    out_file = tmp_path / "draft.docx"
    code, _, err = run(capsys, "export", "shop", "-w", ws, "-o", str(out_file), "--lang", "ar")
    assert code == 0
    assert "not ready: no version of the policy has been approved" in err
    assert '"Draft — not approved"' in err
    text = [p.text for p in docx.Document(str(out_file)).paragraphs]
    assert "Draft — not approved / مسودة — غير معتمدة" in text

    html = tmp_path / "draft.html"
    assert run(capsys, "export", "shop", "-w", ws, "-o", str(html))[0] == 0
    assert 'class="draft-notice"' in html.read_text(encoding="utf-8")

    refused = tmp_path / "refused.docx"
    code, _, err = run(capsys, "export", "shop", "-w", ws, "-o", str(refused), "--require-ready")
    assert code == 1 and not refused.exists()
    assert "not ready for sign-off; nothing written" in err and "has no value in en" in err


def _export(capsys, ws: str, out, *extra: str) -> tuple[int, str, str]:
    code, _, err = run(
        capsys, "export", "shop", "-w", ws, "-o", str(out), "--lang", "en,ar", *extra
    )
    text = ""
    if out.exists():
        if out.suffix == ".docx":
            text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        else:
            text = out.read_text(encoding="utf-8")
    return code, text, err


def _last_export_log(capsys, ws: str) -> dict:
    code, out, _ = run(capsys, "log", "shop", "-w", ws, "--json")
    return [e for e in json.loads(out) if e["action"].startswith("export.")][-1]


@pytest.mark.parametrize("layout", ["columns", "sequential"])
def test_the_arabic_draft_notice_of_a_bilingual_docx_is_in_an_arabic_style(
    ws_path, tmp_path, capsys, layout
):
    # Word's Subtitle style slants and letter-spaces its text: Arabic words in an English
    # paragraph of that style were printed slanted with their letters pulled apart.
    out_file = tmp_path / f"draft-{layout}.docx"
    args = ["export", "shop", "-w", str(ws_path), "-o", str(out_file), "--lang", "en,ar"]
    assert run(capsys, *args, "--layout", layout)[0] == 0
    paragraphs = docx.Document(str(out_file)).paragraphs
    notices = [p for p in paragraphs if p.text in ("Draft — not approved", "مسودة — غير معتمدة")]
    assert [(p.text, p.style.name) for p in notices] == [
        ("Draft — not approved", "Subtitle"),
        ("مسودة — غير معتمدة", "Subtitle AR"),
    ]
    assert all(run.bold for p in notices for run in p.runs)


def test_an_export_of_a_text_changed_since_its_approval_keeps_its_draft_line(
    ws_path, tmp_path, capsys
):
    # The export decides the draft line from the approval alone when the text is not an
    # approved version's (the QA checks are skipped then): that line must stay exactly as true.
    ws = _approved(ws_path, capsys)
    assert run(capsys, "set-var", "shop", "retention_period", "three years", "-w", ws)[0] == 0
    for out in (tmp_path / "changed.docx", tmp_path / "changed.html"):
        code, text, err = _export(capsys, ws, out)
        assert code == 0
        assert "Draft — not approved" in text and "Approved by" not in text
        assert "not ready: the text changed since version 1.0 was approved by Amina" in err
        assert "`policy-studio ready` lists every one" in err
    entry = _last_export_log(capsys, ws)
    assert entry["action"] == "export.draft"
    assert entry["detail"]["reason"].startswith("the text changed since version 1.0")

    refused = tmp_path / "refused.docx"
    code, _, err = _export(capsys, ws, refused, "--require-ready")
    assert code == 1 and not refused.exists()
    assert "not ready for sign-off; nothing written" in err and "changed since version 1.0" in err


def test_an_export_of_an_approved_text_that_still_has_blockers_is_a_draft(
    ws_path, tmp_path, capsys
):
    # Approved with --force while variables had no value: the current text is the approved
    # version's, so only the full check can tell, and it finds the blockers.
    ws = str(ws_path)
    assert run(capsys, "version", "shop", "--label", "1.0", "-w", ws)[0] == 0
    code, _, _ = run(capsys, "approve", "shop", "--version", "1", "--force", "-w", ws, "--as", "A")
    assert code == 0
    out = tmp_path / "forced.docx"
    code, text, err = _export(capsys, ws, out)
    assert code == 0
    assert "Draft — not approved" in text
    assert "has no value in en" in err and "no version" not in err and "changed since" not in err
    assert _last_export_log(capsys, ws)["detail"]["blockers"] >= 1

    refused = tmp_path / "refused.docx"
    code, _, err = _export(capsys, ws, refused, "--require-ready")
    assert code == 1 and not refused.exists() and "has no value in en" in err


def test_an_export_of_a_saved_version_not_approved_is_a_draft_and_an_approved_one_is_not(
    ws_path, tmp_path, capsys
):
    ws = _approved(ws_path, capsys)  # version 1 (label 1.0), approved by Amina
    assert run(capsys, "set-var", "shop", "retention_period", "three years", "-w", ws)[0] == 0
    assert run(capsys, "version", "shop", "--label", "1.1", "-w", ws)[0] == 0
    out = tmp_path / "v2.html"
    code, text, err = _export(capsys, ws, out, "--version", "2")
    assert code == 0 and 'class="draft-notice"' in text
    assert "not ready: the text changed since version 1.0 was approved by Amina" in err
    out = tmp_path / "v1.html"
    code, text, err = _export(capsys, ws, out, "--version", "1")
    assert code == 0 and 'class="draft-notice"' not in text and "Approved by Amina" in text
    assert "not ready" not in err


def test_the_quick_verdict_of_an_export_agrees_with_the_full_one(ws_path, capsys):
    """signoff_options(complete=False) says "not ready" exactly when the full check does, and
    lists only blockers the full check lists, in every state of approval."""
    from policy_studio.app.signoff import signoff_options

    ws = str(ws_path)

    def both() -> tuple:
        with Workspace.open(ws_path) as w:
            policy = w.find_policy("shop")
            full, _ = signoff_options(w, policy, None, ["en", "ar"])
            quick, _ = signoff_options(w, policy, None, ["en", "ar"], complete=False)
        return full, quick

    seen = []
    full, quick = both()  # no version approved
    seen.append((full.ready, quick.ready, quick.complete))
    assert set(quick.blockers) <= set(full.blockers)
    run(capsys, "version", "shop", "--label", "1.0", "-w", ws)
    run(capsys, "approve", "shop", "--version", "1", "--force", "-w", ws, "--as", "A")
    full, quick = both()  # approved text with blockers: full check
    seen.append((full.ready, quick.ready, quick.complete))
    assert quick == full
    for (name, lang), value in VALUES.items():
        run(capsys, "set-var", "shop", name, value, "--lang", lang, "-w", ws)
    run(capsys, "version", "shop", "--label", "2.0", "-w", ws)
    assert run(capsys, "approve", "shop", "--version", "2", "-w", ws, "--as", "Amina")[0] == 0
    full, quick = both()  # an approved text with no blocker
    seen.append((full.ready, quick.ready, quick.complete))
    assert quick == full
    run(capsys, "set-var", "shop", "retention_period", "three years", "-w", ws)
    full, quick = both()  # changed since
    seen.append((full.ready, quick.ready, quick.complete))
    assert set(quick.blockers) <= set(full.blockers)
    assert seen == [
        (False, False, False),
        (False, False, True),
        (True, True, True),
        (False, False, False),
    ]


def test_clause_show_edit_status_and_update_with_conflicts(ws_path, capsys, tmp_path):
    ws = str(ws_path)
    code, out, _ = run(capsys, "clause", "show", "t-contact", "-w", ws, "--json")
    shown = json.loads(out)
    assert shown["blocks"][0]["translations"]["ar"]["status"] == "approved"

    code, out, err = run(
        capsys,
        "clause",
        "edit",
        "t-contact",
        "--lang",
        "en",
        "--block",
        "1",
        "--text",
        "Mail {{contact_email}} and **{{organization}}** answers.",
        "-w",
        ws,
        "--as",
        "Lina",
    )
    assert code == 0 and "version 2" in out and "stale in block 1" in err
    code, out, _ = run(capsys, "clause", "show", "t-contact", "-w", ws)
    assert "(approved, stale)" in out

    # The policy edited the same block locally: a conflict without --take is an error.
    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        policy.sections[0].blocks[0].set_text("en", "Email {{contact_email}} any time.")
        w.save_policy(policy)
    code, _, err = run(capsys, "update", "shop", "--all", "-w", ws)
    assert code == 1 and "t-contact.1" in err and "--take" in err
    code, out, _ = run(capsys, "update", "shop", "--section", "1", "--take", "library", "-w", ws)
    assert code == 0 and "t-contact 1 → 2" in out
    with Workspace.open(ws_path) as w:
        block = w.find_policy("shop").sections[0].blocks[0]
        assert block.get("en").startswith("Mail ") and block.is_stale("ar", "en")
        assert block.state("ar").source_text.startswith("Write to ")

    body = tmp_path / "ar.txt"
    body.write_text("راسلنا على {{contact_email}} وستجيب **{{organization}}**.\n", encoding="utf-8")
    assert (
        run(capsys, "clause", "edit", "t-contact", "--lang", "ar", "--file", str(body), "-w", ws)[0]
        == 0
    )
    code, out, err = run(
        capsys, "clause", "status", "t-contact", "approved", "-w", ws, "--as", "Lina"
    )
    assert code == 0 and not err
    shown = json.loads(run(capsys, "clause", "show", "t-contact", "-w", ws, "--json")[1])
    assert shown["blocks"][0]["translations"]["ar"]["status"] == "approved"
    assert shown["stale"]["t-contact.1"] == []

    bad = tmp_path / "two.txt"
    bad.write_text("one\ntwo\n", encoding="utf-8")
    code, _, err = run(
        capsys, "clause", "edit", "t-contact", "--lang", "ar", "--file", str(bad), "-w", ws
    )
    assert code == 1 and "two.txt: 2 blocks" in err
    code, _, err = run(
        capsys,
        "clause",
        "edit",
        "t-contact",
        "--lang",
        "ar",
        "--file",
        str(tmp_path / "none.txt"),
        "-w",
        ws,
    )
    assert code == 1 and "none.txt: no such file" in err

    log = json.loads(run(capsys, "log", "-w", ws, "--json")[1])
    actions = [(e["action"], e["actor"]) for e in log]
    assert ("clause.edit", "Lina") in actions and ("clause.status", "Lina") in actions
    assert any(a == "library.update" for a, _ in actions)


def test_a_draft_clause_added_from_the_cli_warns(ws_path, capsys):
    code, _, err = run(capsys, "add-section", "shop", "t-young", "-w", str(ws_path))
    assert code == 0 and "clause 't-young' is a draft" in err


def test_verify_reads_tables_in_every_layout_and_rejects_an_edited_cell(tmp_path, capsys):
    from tests.tables.fixtures import table_policy

    path = tmp_path / "t.pstudio"
    with Workspace.create(path) as w:
        policy = table_policy()
        w.save_policy(policy)
        version = w.save_version(policy, "1.0")
        w.approve_version(policy.id, version.number, "Amina", {})
    ws = str(path)
    for layout in (
        ["--lang", "en"],
        ["--lang", "ar"],
        ["--lang", "en,ar"],
        ["--lang", "en,ar", "--layout", "sequential"],
    ):
        out = tmp_path / "signed.docx"
        assert (
            run(capsys, "export", "pol1", "-w", ws, "--version", "1.0", "-o", str(out), *layout)[0]
            == 0
        )
        code, text, _ = run(capsys, "verify", str(out), "-w", ws)
        assert code == 0, (layout, text)

    document = docx.Document(str(out))
    cell = next(
        c for t in document.tables for row in t.rows for c in row.cells if c.text == "contract"
    )
    cell.paragraphs[0].runs[0].text = "consent"
    document.save(str(out))
    code, text, _ = run(capsys, "verify", str(out), "-w", ws)
    assert code == 1 and "NOT VERIFIED" in text


def test_an_open_proposal_makes_an_approved_text_a_draft_until_someone_decides(
    ws_path, tmp_path, capsys
):
    """Issue 12 item 4: nobody accepted a proposal's text, so an approved policy with one open
    is not ready: `ready` names it, the export is marked draft, --require-ready refuses."""
    from policy_studio.model import Proposal, ProposalKind
    from policy_studio.ops.review import reject_proposal

    ws = _approved(ws_path, capsys)
    assert ready(capsys, ws)[0] == 0
    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        block = policy.sections[0].blocks[0]
        text = block.get("ar")
        block.proposals.append(
            Proposal("ar", ProposalKind.DELETE, text.replace("**", ""), text, "Reviewer")
        )
        w.save_policy(policy)
    code, verdict = ready(capsys, ws)
    assert code == 1 and verdict["counts"] == {"open-proposal": 1}
    assert verdict["blockers"][0]["language"] == "ar"
    draft = tmp_path / "draft.docx"
    code, _, err = run(capsys, "export", "shop", "-w", ws, "-o", str(draft), "--lang", "en,ar")
    assert code == 0 and "Draft" in err
    text_of = "\n".join(p.text for p in docx.Document(str(draft)).paragraphs)
    assert "Draft — not approved" in text_of
    refused = tmp_path / "refused.docx"
    code, _, err = run(
        capsys, "export", "shop", "-w", ws, "-o", str(refused), "--lang", "en,ar", "--require-ready"
    )
    assert code != 0 and "proposed change (delete) by Reviewer" in err and not refused.exists()
    # The Arabic proposal does not stand in the way of the English text alone.
    english = tmp_path / "en.docx"
    code, _, err = run(
        capsys, "export", "shop", "-w", ws, "-o", str(english), "--lang", "en", "--require-ready"
    )
    assert code == 0 and "Draft" not in err
    with Workspace.open(ws_path) as w:
        policy = w.find_policy("shop")
        block = policy.sections[0].blocks[0]
        reject_proposal(policy, block.id, block.proposals[0].id)
        w.save_policy(policy)
    assert ready(capsys, ws)[0] == 0
