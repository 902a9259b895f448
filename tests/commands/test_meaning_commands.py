"""Meaning and form checks from the command line: `check` reports them with both spans, the
glossary takes forbidden terms, and a policy that strays from the library is told so."""

from __future__ import annotations

import json

import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Block, Section


@pytest.fixture
def ws_path(workspace, clauses):
    policy = policy_from_clauses("Shop notice", [(clauses[1], None)], target_languages=["ar"])
    policy.id = "shop"
    # The library's approved "Invoices are archived." translated another way here.
    policy.sections[0].blocks[1].set_text("ar", "نحفظ الفواتير في الأرشيف.")
    policy.sections.append(
        Section(
            blocks=[
                Block(
                    text={
                        "en": "We will never sell your personal data.",
                        "ar": "قد نبيع بياناتك الشخصية الخاصة.",
                    },
                    id="sell",
                )
            ]
        )
    )
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    return path


def test_check_reports_a_reversal_with_both_spans_and_fails(ws_path, capsys):
    assert main(["check", "shop", "-w", str(ws_path), "--lang", "ar", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    negation = next(f for f in findings if f["check"] == "negation")
    assert negation["block_id"] == "sell" and negation["severity"] == "error"
    source = "We will never sell your personal data."
    assert source[slice(*negation["source_span"])] == "never"
    assert negation["span"] is not None
    assert any(f["check"] == "modality" and f["block_id"] == "sell" for f in findings)


def test_check_reports_a_translation_the_library_does_not_use(ws_path, capsys):
    main(["check", "shop", "-w", str(ws_path), "--lang", "ar"])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "consistency" in line)
    assert line.startswith("warning") and "clause t-keeping" in line and "تُؤرشَف الفواتير." in line


def test_a_forbidden_term_added_from_the_shell_is_listed_and_checked(ws_path, capsys):
    add = ["glossary", "-w", str(ws_path), "--target", "ar", "--add", "personal data"]
    assert main([*add, "البيانات الشخصية الخاصة", "--forbidden", "--note", "legal says no"]) == 0
    out = capsys.readouterr().out
    assert "personal data  ≠  البيانات الشخصية الخاصة  [forbidden]  (legal says no)" in out
    main(["glossary", "-w", str(ws_path), "--json"])
    assert json.loads(capsys.readouterr().out)[0]["forbidden"] is True
    main(["check", "shop", "-w", str(ws_path), "--lang", "ar", "--json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    [forbidden] = [f for f in found if f["check"] == "forbidden"]
    assert forbidden["severity"] == "error" and forbidden["block_id"] == "sell"
    assert "legal says no" in forbidden["message"]
