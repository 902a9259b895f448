"""The headless authoring commands run the same edits as the desktop app."""

from __future__ import annotations

import pytest

from policy_studio.cli import main
from policy_studio.model import ClauseStatus
from policy_studio.storage import Workspace


@pytest.fixture
def ws_path(workspace):
    path = workspace.path
    workspace.close()
    return str(path)


def test_new_policy_from_clauses_with_variant_and_target(ws_path, capsys):
    code = main(
        [
            "new-policy",
            "Clinic notice",
            "--from-clauses",
            "t-contact,t-keeping:by-need",
            "--lang",
            "en",
            "--target",
            "ar",
            "-w",
            ws_path,
        ]
    )
    assert code == 0
    assert "2 sections" in capsys.readouterr().out
    with Workspace.open(ws_path) as ws:
        policy = ws.find_policy("Clinic notice")
    assert policy.languages == ["en", "ar"]
    assert [s.clause.key for s in policy.sections] == ["t-contact", "t-keeping"]
    assert policy.sections[1].clause.variant == "by-need"
    assert policy.sections[0].blocks[0].get("ar").startswith("راسلنا")


def test_set_var_and_add_section_at_position(ws_path, capsys):
    main(
        [
            "new-policy",
            "Shop",
            "--from-clauses",
            "t-contact,t-keeping",
            "--target",
            "ar",
            "-w",
            ws_path,
        ]
    )
    assert main(["set-var", "Shop", "contact_email", "hello@shop.example", "-w", ws_path]) == 0
    assert (
        main(["set-var", "Shop", "organization", "دكان المثال", "--lang", "ar", "-w", ws_path]) == 0
    )
    assert main(["add-section", "Shop", "t-young", "--at", "1", "-w", ws_path]) == 0
    assert "as section 1" in capsys.readouterr().out
    with Workspace.open(ws_path) as ws:
        policy = ws.find_policy("Shop")
    assert policy.variables == {
        "contact_email": {"en": "hello@shop.example"},
        "organization": {"ar": "دكان المثال"},
    }
    assert [s.clause.key for s in policy.sections] == ["t-young", "t-contact", "t-keeping"]


def test_errors_name_the_problem_without_traceback(ws_path, capsys):
    main(["new-policy", "Shop", "-w", ws_path])
    capsys.readouterr()
    assert main(["add-section", "Shop", "t-nothing", "-w", ws_path]) == 1
    assert "no clause 't-nothing'" in capsys.readouterr().err
    assert main(["add-section", "Shop", "t-keeping", "--variant", "x", "-w", ws_path]) == 1
    assert "no variant 'x'" in capsys.readouterr().err
    assert main(["add-section", "Shop", "t-keeping", "--at", "5", "-w", ws_path]) == 1
    assert "1–1" in capsys.readouterr().err
    assert main(["new-policy", "X", "--target", "arabic!", "-w", ws_path]) == 1
    assert "not a language code" in capsys.readouterr().err


def test_deprecated_clause_is_warned_about(ws_path, capsys):
    with Workspace.open(ws_path) as ws:
        clause = ws.clause("t-young")
        clause.status = ClauseStatus.DEPRECATED
        ws.save_clause(clause)
    main(["new-policy", "Kids", "--from-clauses", "t-young", "-w", ws_path])
    assert "deprecated" in capsys.readouterr().err
