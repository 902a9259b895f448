"""The headless version commands: version, versions, diff and compare."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass

import pytest

from policy_studio.cli import main
from policy_studio.io import registry
from policy_studio.model import Policy


@pytest.fixture
def ws_path(workspace, policy_pair):
    old, new = policy_pair
    workspace.save_policy(old)
    workspace.save_version(old, "1.0", note="board approved", author="Baraka")
    workspace.set_version_approved(old.id, 1)
    workspace.save_policy(new)
    return str(workspace.path)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_then_versions_lists_both_with_json(capsys, ws_path):
    code, out, _ = run(
        capsys, "version", "pol-1", "--label", "2.0", "--note", "spring", "-w", ws_path
    )
    assert code == 0 and "Saved version 2 (2.0)" in out
    code, out, _ = run(capsys, "versions", "pol-1", "--json", "-w", ws_path)
    listed = json.loads(out)
    assert [(v["number"], v["label"], v["approved"]) for v in listed] == [
        (1, "1.0", True),
        (2, "2.0", False),
    ]
    assert listed[0]["author"] == "Baraka" and listed[1]["note"] == "spring"
    code, out, _ = run(capsys, "versions", "pol-1", "-w", ws_path)
    assert "[approved]" in out and "board approved" in out


def test_diff_from_a_version_to_the_current_draft_as_json(capsys, ws_path):
    code, out, _ = run(capsys, "diff", "pol-1", "--from", "1.0", "--format", "json", "-w", ws_path)
    assert code == 0
    data = json.loads(out)
    assert data["from"] == "1.0" and data["to"] == "current draft"
    moved = [s for s in data["sections"] if s["change"] == "moved and changed"]
    assert [s["new_id"] for s in moved] == ["s-contact"]
    assert data["summary"]["sections_moved"] == 1


def test_diff_between_two_versions_one_language_text(capsys, ws_path):
    run(capsys, "version", "pol-1", "--label", "2.0", "-w", ws_path)
    code, out, _ = run(
        capsys, "diff", "pol-1", "--from", "1", "--to", "2", "--lang", "en", "-w", ws_path
    )
    assert code == 0 and "[-two-]{+three+}" in out and "ثلاثة" not in out


def test_diff_docx_and_html_written_to_files(capsys, ws_path, tmp_path):
    out_docx = tmp_path / "r.docx"
    code, out, err = run(
        capsys,
        "diff",
        "pol-1",
        "--from",
        "1.0",
        "--format",
        "docx",
        "-o",
        str(out_docx),
        "--author",
        "Zawadi",
        "-w",
        ws_path,
    )
    # The result goes to standard output, diagnostics (none here) to standard error.
    assert code == 0 and out.strip() == f"wrote {out_docx}" and err == ""
    with zipfile.ZipFile(out_docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "<w:del " in xml and 'w:author="Zawadi"' in xml
    out_html = tmp_path / "r.html"
    code, _, _ = run(
        capsys,
        "diff",
        "pol-1",
        "--from",
        "1.0",
        "--format",
        "html",
        "-o",
        str(out_html),
        "-w",
        ws_path,
    )
    assert code == 0 and "<ins>" in out_html.read_text(encoding="utf-8")


def test_unknown_version_and_docx_without_output_are_clear_errors(capsys, ws_path):
    code, _, err = run(capsys, "diff", "pol-1", "--from", "9", "-w", ws_path)
    assert code == 1 and "no version '9'" in err and "1 (1.0)" in err and "Traceback" not in err
    code, _, err = run(capsys, "diff", "pol-1", "--from", "1", "--format", "docx", "-w", ws_path)
    assert code == 1 and "-o FILE.docx" in err


@dataclass
class _Result:
    """Stand-in for the import branch's ReadResult (only .policy is used here)."""

    policy: Policy


def _read_lines(path, *, lang=None):
    """Stand-in reader (tests only): per blank-line part, a heading line then paragraphs."""
    from policy_studio.model import Block, BlockKind, Section

    sections = []
    for part in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in part.splitlines() if line.strip()]
        if lines:
            sections.append(
                Section(
                    heading=Block(BlockKind.TITLE, {"en": lines[0]}),
                    blocks=[Block(BlockKind.PARAGRAPH, {"en": line}) for line in lines[1:]],
                )
            )
    return _Result(Policy(title={"en": path.stem}, sections=sections))


class _Entry:
    def reader(self):
        return _read_lines


def test_compare_two_files_through_the_registry_readers(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "reader_for_path", lambda path: _Entry())
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "Scope\nThis covers the tool library.\n\nLoans\nWe keep loan records for a year.\n",
        encoding="utf-8",
    )
    new.write_text(
        "Loans\nWe keep loan records for two years.\n\nScope\nThis covers the tool library.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "compare", str(old), str(new), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["summary"]["sections_moved"] == 1
    assert data["from"] == "old.txt"


def test_compare_without_a_reader_for_the_suffix_is_a_clear_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "READERS", [])
    odd = tmp_path / "a.xyz"
    odd.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "compare", str(odd), str(odd))
    assert code == 1 and "no reader for .xyz" in err


def test_diff_lang_takes_a_list_and_refuses_an_unknown_language(
    tmp_path, capsys, workspace, clauses
):
    from policy_studio.cli import main
    from policy_studio.library.compose import policy_from_clauses

    policy = policy_from_clauses("Lang test", [(clauses[0], None)], target_languages=["ar"])
    workspace.save_policy(policy)
    workspace.save_version(policy, "1.0")
    path = workspace.path
    workspace.close()
    out = tmp_path / "both.docx"
    assert main(["diff", "Lang test", "-w", str(path), "--from", "1.0", "--lang", "en,ar",
                 "--format", "docx", "-o", str(out)]) == 0  # fmt: skip
    assert out.stat().st_size > 0
    capsys.readouterr()
    assert main(["diff", "Lang test", "-w", str(path), "--from", "1.0", "--lang", "fr"]) == 1
    assert "fr is not a language" in capsys.readouterr().err
