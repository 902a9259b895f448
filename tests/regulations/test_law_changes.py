"""When a law changes: the changed requirement is reported with its old and new wording, the
clauses and policies it touches are named, and readiness blocks until someone accepts it."""

from __future__ import annotations

import json
import shutil

from policy_studio.cli import main
from policy_studio.library.regulations import USER_FOLDER_ENV, shipped_folder
from policy_studio.library.starter import new_workspace


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_newer_law_file_marks_its_changed_requirement_until_accepted(
    tmp_path, capsys, monkeypatch
):
    ws = tmp_path / "ws.pstudio"
    new_workspace(ws).close()
    run(capsys, "set-regulations", "Example privacy policy", "kenya-dpa", "-w", str(ws))
    code, out, _ = run(capsys, "ready", "Example privacy policy", "-w", str(ws), "--json")
    assert not [b for b in json.loads(out)["blockers"] if b["kind"] == "law-changed"]

    # The user drops a newer version of the Kenyan law into their own regulations folder.
    mine = tmp_path / "regulations"
    mine.mkdir()
    text = (shipped_folder() / "kenya-dpa.toml").read_text(encoding="utf-8")
    text = text.replace('version = "Act No. 24 of 2019"', 'version = "Act No. 24 of 2019 (2027)"')
    text = text.replace(
        "Data kept no longer than necessary for the purpose collected.",
        "Data kept no longer than necessary, and the period stated for each purpose.",
    )
    (mine / "kenya-dpa.toml").write_text(text, encoding="utf-8")
    monkeypatch.setenv(USER_FOLDER_ENV, str(mine))

    code, out, _ = run(capsys, "regulations", "-w", str(ws), "--json")
    data = json.loads(out)
    [change] = data["changes"]
    assert change["requirement"] == "retention" and change["kind"] == "changed"
    assert change["old"]["en"].startswith("Data kept no longer than necessary for the purpose")
    assert "period stated for each purpose" in change["new"]["en"]
    assert "retention-fixed-period" in data["clauses_touched"]
    assert [p["title"] for p in data["policies_touched"]] == ["Example privacy policy"]

    _, out, _ = run(capsys, "ready", "Example privacy policy", "-w", str(ws), "--json")
    law = [b for b in json.loads(out)["blockers"] if b["kind"] == "law-changed"]
    assert len(law) == 1 and "s. 39" in law[0]["message"]

    code, _, _ = run(capsys, "regulations", "--accept", "kenya-dpa", "-w", str(ws))
    assert code == 0
    _, out, _ = run(capsys, "ready", "Example privacy policy", "-w", str(ws), "--json")
    assert not [b for b in json.loads(out)["blockers"] if b["kind"] == "law-changed"]
    shutil.rmtree(mine)


def test_missing_requirements_are_readiness_blockers(tmp_path, capsys):
    ws = tmp_path / "ws.pstudio"
    new_workspace(ws).close()
    run(capsys, "set-regulations", "Example privacy policy", "gdpr", "-w", str(ws))
    code, out, _ = run(capsys, "ready", "Example privacy policy", "-w", str(ws), "--json")
    blockers = [b for b in json.loads(out)["blockers"] if b["kind"] == "requirement"]
    assert code == 1
    assert any("Art. 13(2)(b)" in b["message"] and "portability" in b["message"] for b in blockers)
