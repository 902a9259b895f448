"""tm, glossary export/import, pretranslate, concordance from the shell."""

from __future__ import annotations

import json

from policy_studio.cli import main
from policy_studio.library.compose import policy_from_clauses
from policy_studio.storage import Workspace


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_tm_export_then_import_into_another_workspace(workspace, tmp_path, capsys):
    ws = str(workspace.path)
    workspace.close()
    tmx = tmp_path / "m.tmx"
    code, out, _ = run(capsys, "tm", "export", str(tmx), "-w", ws, "--pair", "en-ar")
    assert code == 0 and "TMX 1.4b, 6 units: en→ar 6" in out
    other = tmp_path / "o.pstudio"
    Workspace.create(other).close()
    code, out, _ = run(capsys, "tm", "import", str(tmx), "-w", str(other), "--json")
    assert code == 0 and json.loads(out)["added"] == 6


def test_tm_import_of_a_hostile_file_is_a_clear_error(workspace, tmp_path, capsys):
    bad = tmp_path / "bad.tmx"
    bad.write_text('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx/>', encoding="utf-8")
    code, out, err = run(capsys, "tm", "import", str(bad), "-w", str(workspace.path))
    assert code == 1 and out == ""
    assert f"{bad}: refused: the file declares XML entities" in err and "Traceback" not in err
    code, _, err = run(
        capsys, "tm", "export", str(bad), "-w", str(workspace.path), "--pair", "enar"
    )
    assert code == 1 and "--pair must be two language codes" in err


def test_glossary_export_and_import_csv_and_tbx(workspace, tmp_path, capsys):
    workspace.add_glossary_term("en", "ar", "personal data", "البيانات الشخصية")
    ws = str(workspace.path)
    workspace.close()
    for name in ("g.csv", "g.tbx"):
        code, out, _ = run(capsys, "glossary", "export", str(tmp_path / name), "-w", ws)
        assert code == 0 and "1 term pairs" in out
        other = tmp_path / f"{name}.pstudio"
        Workspace.create(other).close()
        code, out, _ = run(capsys, "glossary", "import", str(tmp_path / name), "-w", str(other))
        assert code == 0 and "1 added" in out
        code, out, _ = run(capsys, "glossary", "-w", str(other))
        assert "personal data  =  البيانات الشخصية" in out
    code, _, err = run(capsys, "glossary", "import", "-w", ws)
    assert code == 1 and "needs a FILE.tbx or FILE.csv" in err


def test_pretranslate_adds_the_language_and_reports_drafts(workspace, clauses, capsys):
    policy = policy_from_clauses("Club", [(clauses[1], None)], target_languages=[])
    for _, block in policy.iter_blocks():
        block.text.pop("ar", None)
        block.translations.clear()
    workspace.save_policy(policy)
    ws = str(workspace.path)
    workspace.close()
    code, out, _ = run(capsys, "pretranslate", "Club", "--lang", "ar", "-w", ws, "--json")
    report = json.loads(out)
    assert code == 0 and report["added_language"] and report["exact"] == 3
    with Workspace.open(ws) as again:
        stored = again.find_policy("Club")
        assert stored.target_languages == ["ar"]
        states = [b.state("ar") for _, b in stored.iter_blocks()]
        assert all(s.status.value == "draft" and s.match_score == 100 for s in states)
    code, out, _ = run(capsys, "pretranslate", "Club", "--lang", "ar", "-w", ws)
    assert "0 without a match, 3 already translated (kept)" in out
    code, _, err = run(capsys, "pretranslate", "Club", "--lang", "ar", "-w", ws, "--min-score", "0")
    assert code == 1 and "between 1 and 100" in err


def test_concordance_finds_an_arabic_phrase_whatever_its_spelling(workspace, capsys):
    ws = str(workspace.path)
    workspace.close()
    code, out, _ = run(capsys, "concordance", "السِّجلّات", "-w", ws, "--json")
    hits = json.loads(out)
    assert code == 0 and {h["origin"] for h in hits} == {"clause t-keeping"}
    assert all(h["found_in"] == "target" for h in hits)
    code, out, _ = run(capsys, "concordance", "records", "-w", ws)
    assert "«Records»" in out and "matches for 'records'" in out
