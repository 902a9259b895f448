"""What commands print: the JSON holds the whole result, counts agree with their nouns,
results go to stdout and diagnostics to stderr (issue 19)."""

from __future__ import annotations

import json

import pytest

from policy_studio.cli import main
from policy_studio.storage import Workspace


@pytest.fixture
def ws(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(workspace.path)
    workspace.close()
    args = ["new-policy", "Shop", "--from-clauses", "t-contact,t-keeping", "--target", "ar"]
    assert main([*args, "-w", path]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_carries_the_summary_and_progress_the_text_shows(ws, capsys):
    code, text, _ = run(capsys, "check", "Shop", "-w", ws)
    assert code == 0
    code, out, _ = run(capsys, "check", "Shop", "--json", "-w", ws)
    data = json.loads(out)
    assert set(data) == {"policy", "findings", "progress", "summary"}
    s = data["summary"]
    words = [("error", s["errors"]), ("warning", s["warnings"]), ("note", s["notes"])]
    shown = ", ".join(f"{n} {w}" + ("" if n == 1 else "s") for w, n in words)
    assert f"({shown})" in text
    ar = data["progress"]["ar"]
    assert (
        f"{ar['stale']} stale, {ar['untranslated']} untranslated (of {ar['total']} segments)"
        in (text)
    )
    assert len(data["findings"]) == sum(1 for line in text.splitlines() if " [ar] " in line)


def test_counts_use_the_singular_for_one(ws, capsys):
    code, out, _ = run(capsys, "policies", "-w", ws)
    assert code == 0 and out.rstrip().endswith("(1 policy)")
    code, out, _ = run(capsys, "new-policy", "Single", "--from-clauses", "t-contact", "-w", ws)
    assert "(1 section)" in out
    code, out, _ = run(capsys, "version", "Single", "--label", "1.0", "-w", ws)
    code, out, _ = run(capsys, "versions", "Single", "-w", ws)
    assert "(1 version of 'Single')" in out


def test_results_on_stdout_and_diagnostics_on_stderr(ws, capsys, tmp_path):
    code, out, err = run(capsys, "export", "Shop", "-o", str(tmp_path / "s.html"), "-w", ws)
    assert code == 0 and out.strip() == str(tmp_path / "s.html")
    assert all(line.startswith("policy-studio: ") for line in err.splitlines())
    code, out, err = run(
        capsys, "export-xliff", "Shop", "--lang", "ar", "-o", str(tmp_path / "s.xlf"), "-w", ws
    )
    assert code == 0 and out.startswith(f"wrote {tmp_path / 's.xlf'}")
    code, out, err = run(capsys, "show", "Nope", "-w", ws)
    assert code == 1 and out == "" and err.startswith("policy-studio: ")


def test_show_json_carries_the_warnings_the_text_prints(ws, capsys):
    code, _, err = run(capsys, "show", "Shop", "-w", ws)
    warned = [line.removeprefix("policy-studio: warning: ") for line in err.splitlines()]
    assert code == 0 and warned
    code, out, _ = run(capsys, "show", "Shop", "--json", "-w", ws)
    data = json.loads(out)
    assert set(warned) <= set(data["warnings"])
    assert data["sections"] and data["title"]["en"] == "Shop"
