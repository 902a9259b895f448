"""The headless commands: output, exit codes, and clean errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from policy_studio.cli import main
from policy_studio.commands import common
from policy_studio.library.compose import policy_from_clauses


@pytest.fixture
def ws_with_policy(workspace, clauses):
    policy = policy_from_clauses(
        "Club notice", [(c, None) for c in clauses[:2]], target_languages=["ar"]
    )
    policy.variables = {
        "contact_email": {"en": "club@example.org"},
        "organization": {"en": "Harbour Club", "ar": "نادي الميناء"},
        "retention_period": {"en": "two years", "ar": "سنتين"},
    }
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    return path, policy


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_creates_an_empty_workspace_and_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "fresh.pstudio"
    code, out, _ = run(capsys, "new", str(target), "--empty")
    assert code == 0 and target.exists() and "0 clauses" in out
    code, _, err = run(capsys, "new", str(target), "--empty")
    assert code == 1 and "already exists" in err and "Traceback" not in err


def test_clauses_json_lists_text_per_language(ws_with_policy, capsys):
    path, _ = ws_with_policy
    code, out, _ = run(capsys, "clauses", "-w", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert {c["key"] for c in data} == {"t-contact", "t-keeping", "t-young"}
    keeping = next(c for c in data if c["key"] == "t-keeping")
    assert keeping["blocks"][0]["text"]["ar"].startswith("تبقى")
    assert keeping["variants"][0]["key"] == "by-need"


def test_clauses_search_and_tag(ws_with_policy, capsys):
    path, _ = ws_with_policy
    _, out, _ = run(capsys, "clauses", "-w", str(path), "--search", "الإحتفاظ", "--json")
    assert [c["key"] for c in json.loads(out)] == ["t-keeping"]
    _, out, _ = run(capsys, "clauses", "-w", str(path), "--tag", "children", "--json")
    assert [c["key"] for c in json.loads(out)] == ["t-young"]


def test_show_fills_variables_numbers_sections_and_falls_back_to_source(ws_with_policy, capsys):
    path, _ = ws_with_policy
    code, out, err = run(capsys, "show", "Club notice", "-w", str(path), "--lang", "ar")
    assert code == 0
    assert "{{" not in out
    assert "1. التواصل مع الفريق" in out
    assert "club@example.org" in out  # e-mail has no Arabic value: source language fallback
    assert "نادي الميناء" in out
    assert "2. الاحتفاظ بالسجلات" in out
    assert "• تُؤرشَف الفواتير." in out
    assert err == ""


def test_show_reports_unfilled_variables_on_stderr(ws_with_policy, capsys):
    path, policy = ws_with_policy
    code, out, err = run(capsys, "show", policy.id, "-w", str(path))
    assert code == 0 and "[retention_period]" not in out
    from policy_studio.storage import Workspace

    with Workspace.open(path) as ws:
        p = ws.find_policy(policy.id)
        p.variables.pop("retention_period")
        ws.save_policy(p)
    code, out, err = run(capsys, "show", policy.id, "-w", str(path))
    assert "[retention_period]" in out and "{{" not in out
    assert "retention_period" in err and "no value" in err


def test_show_json_has_ids_and_statuses(ws_with_policy, capsys):
    path, policy = ws_with_policy
    _, out, _ = run(capsys, "show", "club notice", "-w", str(path), "--json")
    data = json.loads(out)
    assert data["id"] == policy.id
    first = data["sections"][0]
    assert first["blocks"][0]["id"] == policy.sections[0].blocks[0].id
    assert first["blocks"][0]["status"] == {"ar": "approved"}
    assert first["title"]["ar"] == "التواصل مع الفريق"


def test_unknown_policy_and_bad_workspace_are_clean_errors(ws_with_policy, tmp_path, capsys):
    path, _ = ws_with_policy
    code, _, err = run(capsys, "show", "No such thing", "-w", str(path))
    assert code == 1 and "no policy" in err
    bogus = tmp_path / "bogus.pstudio"
    bogus.write_bytes(b"\x00\x01garbage")
    code, _, err = run(capsys, "policies", "-w", str(bogus))
    assert code == 1 and str(bogus) in err and "not a Policy Studio workspace" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["show"])
    assert exc.value.code == 2


def test_piped_output_is_logical_order_and_terminal_output_is_shaped(monkeypatch, capsys):
    text = "سلام عليكم"
    common.print_text(text, "ar")
    assert capsys.readouterr().out == text + "\n"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    common.print_text(text, "ar")
    shown = capsys.readouterr().out
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shown)  # presentation forms: shaped


def test_headless_commands_never_load_qt_widgets_and_print_no_traceback(ws_with_policy, tmp_path):
    path, _ = ws_with_policy
    script = (
        "import sys; from policy_studio.cli import main; "
        f"code = main(['show', 'Club notice', '-w', {str(path)!r}]); "
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets loaded'; sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    missing = tmp_path / "missing.pstudio"
    done = subprocess.run(
        [sys.executable, "-m", "policy_studio.cli", "policies", "-w", str(missing)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and str(missing) in done.stderr


def test_default_workspace_is_created_on_first_use(tmp_path, monkeypatch, capsys):
    target = tmp_path / "data" / "ws.pstudio"
    monkeypatch.setenv("POLICY_STUDIO_WORKSPACE", str(target))
    code, out, _ = run(capsys, "policies", "--json")
    assert code == 0 and Path(target).exists()
    assert any(p["title"].get("en") == "Example privacy policy" for p in json.loads(out))


def test_show_names_an_untitled_section_instead_of_printing_a_bare_number(
    workspace, clauses, capsys
):
    from policy_studio.library.compose import policy_from_clauses

    policy = policy_from_clauses("Untitled parts", [(clauses[2], None)])
    policy.sections[0].heading.text = {}
    workspace.save_policy(policy)
    path = workspace.path
    workspace.close()
    code, out, _ = run(capsys, "show", "Untitled parts", "-w", str(path))
    assert code == 0 and "1. [untitled section]" in out


def test_the_command_table_matches_what_the_modules_register():
    import argparse
    from importlib import import_module

    from policy_studio.cli import COMMAND_MODULES, COMMANDS

    registered: dict[str, str] = {}
    for module in COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        import_module(module).register(sub)
        registered.update({name: module for name in sub.choices})
    assert registered == COMMANDS


def test_a_command_loads_only_its_own_module():
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys; from policy_studio.cli import build_parser; build_parser('export'); "
         "print(sorted(m for m in sys.modules if m.startswith('policy_studio.commands.')))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "policy_studio.commands.versions" not in done.stdout
    assert "policy_studio.commands.export" in done.stdout
