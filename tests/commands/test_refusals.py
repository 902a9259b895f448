"""The command line refuses mistakes with a sentence (issue 19), and warns where legitimate."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.cli import main
from policy_studio.storage import Workspace

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures"


@pytest.fixture
def ws(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(workspace.path)
    workspace.close()
    assert (
        main(
            ["new-policy", "Clinic notice", "--from-clauses", "t-contact", "--target", "ar"]
            + ["-w", path]
        )
        == 0
    )
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_var_refuses_an_unknown_variable_and_suggests_the_close_one(ws, capsys):
    code, out, err = run(
        capsys, "set-var", "Clinic notice", "contact_emial", "a@b.example", "-w", ws
    )
    assert code == 1 and out == ""
    assert "has no variable 'contact_emial'" in err
    assert "did you mean contact_email" in err
    with Workspace.open(ws) as workspace:
        assert "contact_emial" not in workspace.find_policy("Clinic notice").variables


def test_set_var_refuses_a_language_the_policy_does_not_have(ws, capsys):
    code, out, err = run(
        capsys, "set-var", "Clinic notice", "contact_email", "a@b.example", "--lang", "xx", "-w", ws
    )
    assert code == 1 and out == ""
    assert "'xx' is not one of the languages of 'Clinic notice' (en, ar)" in err


def test_set_var_accepts_a_variable_of_the_library_and_a_builtin(ws, capsys):
    assert run(capsys, "set-var", "Clinic notice", "retention_period", "2 years", "-w", ws)[0] == 0
    assert run(capsys, "set-var", "Clinic notice", "organization", "Acme", "-w", ws)[0] == 0


def test_a_version_label_that_exists_is_refused(ws, capsys):
    assert run(capsys, "version", "Clinic notice", "--label", "1.0", "-w", ws)[0] == 0
    code, out, err = run(capsys, "version", "Clinic notice", "--label", "1.0", "-w", ws)
    assert code == 1 and out == ""
    assert "already has a version labelled '1.0' (version 1)" in err
    with Workspace.open(ws) as workspace:
        policy = workspace.find_policy("Clinic notice")
        assert [v.label for v in workspace.versions(policy.id)] == ["1.0"]


def test_a_number_label_that_would_name_another_version_is_refused(ws, capsys):
    code, _, err = run(capsys, "version", "Clinic notice", "--label", "3", "-w", ws)
    assert code == 1
    assert "would be read as version 3; this will be version 1" in err
    assert run(capsys, "version", "Clinic notice", "--label", "1", "-w", ws)[0] == 0


def test_the_same_clause_added_twice_is_a_warning_naming_the_section(ws, capsys):
    code, out, err = run(capsys, "add-section", "Clinic notice", "t-contact", "-w", ws)
    assert code == 0
    assert "added t-contact as section 2" in out
    assert "warning: clause 't-contact' is already in 'Clinic notice' as section 1" in err


def test_new_policy_refuses_a_title_another_policy_has(ws, capsys):
    code, out, err = run(capsys, "new-policy", "clinic NOTICE", "-w", ws)
    assert code == 1 and out == ""
    assert "a policy titled 'Clinic notice' already exists" in err
    with Workspace.open(ws) as workspace:
        assert len(workspace.policies()) == 1


def test_an_import_whose_title_exists_is_numbered_and_says_so(tmp_path, capsys):
    ws = str(tmp_path / "w.pstudio")
    Workspace.create(ws).close()
    assert run(capsys, "import", str(FIXTURES / "clinic_en.txt"), "-w", ws)[0] == 0
    code, out, err = run(capsys, "import", str(FIXTURES / "clinic_en.txt"), "-w", ws)
    assert code == 0
    assert "already exists; this one is titled" in err
    with Workspace.open(ws) as workspace:
        titles = [workspace.policy(s.id).display_title() for s in workspace.policies()]
    assert len(set(titles)) == 2
    code, _, err = run(
        capsys, "import", str(FIXTURES / "clinic_en.txt"), "--title", titles[0], "-w", ws
    )
    assert code == 1 and "already exists" in err


def test_clauses_refuses_a_language_the_library_does_not_have(ws, capsys):
    code, out, err = run(capsys, "clauses", "--lang", "xx", "-w", ws)
    assert code == 1 and out == ""
    assert "--lang 'xx': the library has no clauses in that language (languages: ar, en)" in err
    assert run(capsys, "clauses", "--lang", "ar", "-w", ws)[0] == 0
