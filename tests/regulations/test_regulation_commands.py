"""The headless regulation commands: list, coverage of a policy or a file, remembering laws."""

from __future__ import annotations

import json

from policy_studio.cli import main
from policy_studio.library.starter import new_workspace
from policy_studio.storage import Workspace


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _starter(tmp_path):
    path = tmp_path / "ws.pstudio"
    new_workspace(path).close()
    return str(path)


def test_regulations_lists_every_law_with_its_version(tmp_path, capsys):
    code, out, _ = run(capsys, "regulations", "--json", "-w", _starter(tmp_path))
    data = {r["key"]: r for r in json.loads(out)["regulations"]}
    assert code == 0
    assert data["kenya-dpa"]["version"] == "Act No. 24 of 2019"
    assert any(q["article"].startswith("s. 29") for q in data["kenya-dpa"]["requirements"])


def test_check_of_a_file_reports_coverage_and_content_and_saves_nothing(tmp_path, capsys):
    ws = _starter(tmp_path)
    doc = tmp_path / "notice.md"
    doc.write_text(
        "# Our notice\n\n## What we keep\n\nWe keep your account details for two years.\n\n"
        "## Safety\n\nYour records enjoy absolute security on our servers.\n",
        encoding="utf-8",
    )
    with Workspace.open(tmp_path / "ws.pstudio") as before:
        policies_before = len(before.policies())
    code, out, _ = run(capsys, "check", str(doc), "--regulation", "gdpr", "-w", ws, "--json")
    data = json.loads(out)
    assert code == 1  # gaps remain
    assert data["read_from_file"] is True
    statuses = {r["requirement"]: r["status"] for r in data["coverage"]["requirements"]}
    assert statuses["retention"] == "partial"  # the words are there; nobody confirmed a topic
    assert statuses["complaint"] == "missing"
    assert [f["check"] for f in data["content_findings"]] == ["absolute-promise", "contact-details"]
    with Workspace.open(tmp_path / "ws.pstudio") as after:
        assert len(after.policies()) == policies_before


def test_a_policy_remembers_its_regulations_and_coverage_uses_them(tmp_path, capsys):
    ws = _starter(tmp_path)
    code, _, err = run(capsys, "coverage", "Example privacy policy", "-w", ws)
    assert code == 1 and "--regulation" in err
    code, out, _ = run(
        capsys,
        "set-regulations",
        "Example privacy policy",
        "kenya-dpa",
        "--conditions",
        "none",
        "-w",
        ws,
    )
    assert code == 0 and "kenya-dpa" in out
    code, out, _ = run(capsys, "coverage", "Example privacy policy", "-w", ws)
    assert "Kenya Data Protection Act, 2019" in out
    assert "n/a" in out  # children and automated decisions do not apply to this organisation
    code, _, err = run(capsys, "set-regulations", "Example privacy policy", "hipaa", "-w", ws)
    assert code == 1 and "unknown regulation 'hipaa'" in err and "kenya-dpa" in err


def test_confirming_a_topic_makes_an_imported_section_count(tmp_path, capsys):
    ws = _starter(tmp_path)
    doc = tmp_path / "bare.md"
    doc.write_text("# Bare\n\n## Unhappy?\n\nTell the regulator.\n", encoding="utf-8")
    code, _, _ = run(capsys, "import", str(doc), "-w", ws)
    assert code == 0
    code, out, _ = run(capsys, "coverage", "Bare", "--regulation", "gdpr", "-w", ws, "--json")
    status = lambda data: next(  # noqa: E731
        r["status"] for r in data["coverage"]["requirements"] if r["requirement"] == "complaint"
    )
    assert status(json.loads(out)) == "missing"
    code, _, _ = run(capsys, "set-topics", "Bare", "--section", "1", "complaints", "-w", ws)
    assert code == 0
    _, out, _ = run(capsys, "coverage", "Bare", "--regulation", "gdpr", "-w", ws, "--json")
    assert status(json.loads(out)) == "covered"


def test_coverage_and_the_law_list_never_change_the_workspace_file(tmp_path, capsys):
    ws = _starter(tmp_path)
    run(capsys, "set-regulations", "Example privacy policy", "gdpr", "-w", ws)
    before = (tmp_path / "ws.pstudio").read_bytes()
    run(capsys, "coverage", "Example privacy policy", "-w", ws, "--json")
    run(capsys, "regulations", "-w", ws)
    assert (tmp_path / "ws.pstudio").read_bytes() == before
