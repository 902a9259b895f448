"""The translation commands end to end: check, export-xliff, import-xliff, glossary."""

from __future__ import annotations

import json

import pytest

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage import Workspace


@pytest.fixture
def ws_path(workspace, clauses, tmp_path):
    policy = policy_from_clauses(
        "Shop notice", [(c, None) for c in clauses], target_languages=["ar"]
    )
    policy.id = "shop"
    block = policy.sections[1].blocks[0]
    block.set_text(
        "ar", "تبقى السجلات لدينا مدة {{retention_days}}."
    )  # a variable lost in translation
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    return path


def test_check_json_reports_findings_with_block_ids(ws_path, capsys):
    # A lost variable is an error: check fails (exit 1) while it stands.
    assert main(["check", "shop", "-w", str(ws_path), "--lang", "ar", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    variables = [f for f in findings if f["check"] == "variables"]
    assert {f["detail"] for f in variables} == {"-retention_period", "+retention_days"}
    with Workspace.open(ws_path) as ws:
        policy = ws.find_policy("shop")
    assert variables[0]["block_id"] == policy.sections[1].blocks[0].id


def test_check_text_output_and_a_dismissed_finding_is_not_printed(ws_path, capsys):
    main(["check", "shop", "-w", str(ws_path), "--json"])
    key = next(
        f["key"]
        for f in json.loads(capsys.readouterr().out)["findings"]
        if f["detail"] == "+retention_days"
    )
    with Workspace.open(ws_path) as ws:
        ws.dismiss_finding("shop", key)
    assert main(["check", "shop", "-w", str(ws_path)]) == 1  # -retention_period remains
    out = capsys.readouterr().out
    assert "-retention_period" not in out and "retention_period" in out
    assert "retention_days" not in out
    assert out.strip().endswith("0 notes)")
    assert "ar: 100% translated, 100% reviewed, 0 stale, 0 untranslated (of 7 segments)" in out


def test_check_exit_code_follows_fail_on_and_dismissal_with_reason_is_logged(ws_path, capsys):
    base = ["check", "shop", "-w", str(ws_path), "--lang", "ar"]
    assert main([*base, "--fail-on", "never"]) == 0
    assert main([*base, "--fail-on", "error"]) == 1
    capsys.readouterr()
    main([*base, "--json", "--fail-on", "never"])
    found = json.loads(capsys.readouterr().out)["findings"]
    keys = [f["key"] for f in found if f["severity"] == "error"]
    assert len(keys) == 2
    assert main([*base, "--dismiss", keys[0]]) == 1
    assert "give --reason" in capsys.readouterr().err
    main([*base, "--dismiss", keys[0], "--reason", "the unit differs on purpose", "--as", "Rana"])
    assert (
        main([*base, "--dismiss", keys[1], "--reason", "checked with legal", "--as", "Rana"]) == 0
    )
    capsys.readouterr()
    assert main(["log", "shop", "-w", str(ws_path), "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    dismissals = [e for e in log if e["action"] == "finding.dismiss"]
    assert [e["detail"]["reason"] for e in dismissals] == [
        "the unit differs on purpose",
        "checked with legal",
    ]
    assert all(e["actor"] == "Rana" and e["time"].endswith("+00:00") for e in dismissals)


def test_check_with_a_language_the_policy_lacks_is_a_clear_error(ws_path, capsys):
    assert main(["check", "shop", "-w", str(ws_path), "--lang", "fr"]) == 1
    assert "'fr' is not a target language" in capsys.readouterr().err


def test_export_then_import_an_edited_xliff(ws_path, tmp_path, capsys):
    out = tmp_path / "shop.ar.xlf"
    assert main(["export-xliff", "shop", "-w", str(ws_path), "--lang", "ar", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    fixed = text.replace(
        '<x id="1" ctype="x-variable" equiv-text="{{retention_days}}"/>',
        '<x id="1" ctype="x-variable" equiv-text="{{retention_period}}"/>',
    )
    assert fixed != text
    out.write_text(
        fixed.replace(
            'state="needs-review-translation">تبقى السجلات', 'state="translated">تبقى السجلات'
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import-xliff", "shop", str(out), "-w", str(ws_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert len(report["updated"]) == 1
    assert report["unknown"] == []
    main(["check", "shop", "-w", str(ws_path), "--json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [f for f in found if f["check"] == "variables"] == []


def test_import_of_a_file_from_another_policy_changes_nothing(ws_path, tmp_path, capsys):
    out = tmp_path / "other.xlf"
    out.write_text(
        """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar" original="x"><body>
<trans-unit id="nope"><source>A</source><target state="final">أ</target></trans-unit></body></file></xliff>""",
        encoding="utf-8",
    )
    before = ws_path.read_bytes()
    assert main(["import-xliff", "shop", str(out), "-w", str(ws_path)]) == 1
    assert "no unit matches" in capsys.readouterr().err
    assert ws_path.read_bytes() == before


def test_glossary_add_and_list(ws_path, capsys):
    assert (
        main(["glossary", "-w", str(ws_path), "--target", "ar", "--add", "records", "السجلات"]) == 0
    )
    capsys.readouterr()
    main(["glossary", "-w", str(ws_path), "--json"])
    assert json.loads(capsys.readouterr().out)[0]["target_term"] == "السجلات"


def test_export_and_import_xliff_2(ws_path, tmp_path, capsys):
    out = tmp_path / "shop.ar.xlf"
    assert (
        main(
            [
                "export-xliff",
                "shop",
                "-w",
                str(ws_path),
                "--lang",
                "ar",
                "-o",
                str(out),
                "--xliff-version",
                "2.0",
            ]
        )
        == 0
    )
    assert 'version="2.0"' in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["import-xliff", "shop", str(out), "-w", str(ws_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["updated"] == [] and report["unknown"] == [] and len(report["unchanged"]) == 7
