"""`policy-studio import`: headless import into a workspace, with --json for scripts."""

from __future__ import annotations

import json
from pathlib import Path

from policy_studio.cli import main
from policy_studio.storage import Workspace

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_two_files_as_one_bilingual_policy(tmp_path, capsys):
    ws = tmp_path / "w.pstudio"
    Workspace.create(ws).close()
    code, out, err = run(
        capsys,
        "import",
        FIXTURES / "clinic_en.md",
        "--translation",
        f"ar={FIXTURES / 'clinic_ar.md'}",
        "-w",
        ws,
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    policy = data["policy"]
    assert policy["source_language"] == "en" and policy["target_languages"] == ["ar"]
    assert policy["sections"][1]["title"] == {
        "en": "Records we keep",
        "ar": "السجلات التي نحتفظ بها",
    }
    assert all(set(b["text"]) == {"en", "ar"} for s in policy["sections"] for b in s["blocks"])
    assert data["report"]["unaligned"] == []
    assert data["report"]["encoding"] == {
        str(FIXTURES / "clinic_en.md"): "utf-8",
        str(FIXTURES / "clinic_ar.md"): "utf-8-sig",
    }
    with Workspace.open(ws) as workspace:
        saved = workspace.policy(policy["id"])
    assert saved is not None and saved.title["ar"] == "إشعار الخصوصية لعيادة الميناء"


def test_report_lists_dropped_debris(tmp_path, capsys):
    ws = tmp_path / "w.pstudio"
    Workspace.create(ws).close()
    code, out, _ = run(
        capsys, "import", FIXTURES / "clinic_en.txt", "-w", ws, "--json", "--title", "Clinic"
    )
    assert code == 0
    data = json.loads(out)
    assert data["policy"]["title"] == {"en": "Clinic"}
    assert {d["text"] for d in data["report"]["dropped"]} == {
        "Skip to main content",
        "|",
        "Image missing",
    }


def test_to_library_makes_tagged_draft_clauses_and_points_out_close_matches(tmp_path, capsys):
    ws = tmp_path / "w.pstudio"
    Workspace.create(ws).close()
    run(capsys, "import", FIXTURES / "clinic_en.txt", "-w", ws, "--to-library")
    code, out, _ = run(
        capsys, "import", FIXTURES / "clinic_en.txt", "-w", ws, "--to-library", "--json"
    )
    assert code == 0
    library = {item["key"]: item for item in json.loads(out)["library"]}
    keeping = library["imported-keeping-records-2"]
    assert "retention" in keeping["tags"]
    assert keeping["similar"][0]["key"] == "imported-keeping-records"
    assert keeping["similar"][0]["score"] == 100.0
    with Workspace.open(ws) as workspace:
        assert workspace.clause("imported-keeping-records").status.value == "draft"


def test_a_broken_file_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    ws = tmp_path / "w.pstudio"
    Workspace.create(ws).close()
    bad = tmp_path / "policy.txt"
    bad.write_bytes(bytes(range(256)) * 10)
    code, out, err = run(
        capsys, "import", FIXTURES / "clinic_en.md", "--translation", f"ar={bad}", "-w", ws
    )
    assert code == 1
    assert err.strip() == f"policy-studio: {bad}: this is not a text file (it contains binary data)"
    with Workspace.open(ws) as workspace:
        assert workspace.policies() == [] and workspace.clauses() == []


def test_a_malformed_translation_option(tmp_path, capsys):
    code, _, err = run(
        capsys,
        "import",
        FIXTURES / "clinic_en.md",
        "--translation",
        "clinic_ar.md",
        "-w",
        tmp_path / "x",
    )
    assert code == 1
    assert "write it as LANG=FILE" in err


def test_json_reasons_made_of_values_are_the_english_sentences(tmp_path, capsys):
    """Reasons carry a kind and values for the preview's translation; the CLI's JSON and text
    report still print the same English sentences."""
    english, arabic = tmp_path / "share.md", tmp_path / "share-ar.md"
    english.write_text(
        "# Sharing Notice\n\n## 1. Sharing\n\nWe share **payroll data** with 2 banks.\n\n"
        "- Couriers get 1 address.\n\n## 2. Keeping\n\nWe keep records for 6 years.\n",
        encoding="utf-8",
    )
    arabic.write_text(
        "# إشعار المشاركة\n\n## 1. المشاركة\n\n"
        "نشارك **بيانات الرواتب** مع ٣ مصارف وشركات تأمين عدة في المنطقة كلها، "
        "وكذلك مع جهات حكومية تطلبها بموجب القوانين السارية في كل بلد نعمل فيه "
        "ومع مدققي الحسابات الخارجيين الذين نتعامل معهم كل عام.\n\n"
        "يحصل السعاة على عنوان ١.\n\n## 2. الحفظ\n\nنحتفظ بالسجلات ٦ سنوات.\n",
        encoding="utf-8",
    )
    ws = tmp_path / "w.pstudio"
    Workspace.create(ws).close()
    code, out, err = run(
        capsys, "import", english, "--translation", f"ar={arabic}", "-w", ws, "--json"
    )
    assert code == 0, err
    report = json.loads(out)["report"]
    assert [c["why"] for c in report["check_pairs"]] == [
        "lengths differ (35 and 190 characters); different numbers, links or e-mail addresses",
        "numbers, links or e-mail addresses on one side only; a heading paired with a paragraph",
    ]
    assert [c["reason"] for c in report["changed"]] == [
        "typed number “1” taken as numbering",
        "typed number “2” taken as numbering",
        "typed number “1” taken as numbering",
        "typed number “2” taken as numbering",
    ]
    code, out, _ = run(capsys, "import", english, "--translation", f"ar={arabic}", "-w", ws)
    assert "(typed number “2” taken as numbering): 2. Keeping" in out
