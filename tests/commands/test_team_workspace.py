"""A team workspace on PostgreSQL from the command line: `new`, `-w` for every command, and
`workspace copy` between the file and the server, either way, compared equal (issue 17 item 5)."""

from __future__ import annotations

import contextlib
import io
import os

import pytest

from policy_studio.cli import main
from policy_studio.storage.copying import dump
from policy_studio.storage.locate import open_store
from policy_studio.storage.postgres import display_location


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def team(pg_cluster) -> str:
    return pg_cluster.new_database()


def test_new_creates_the_schema_and_every_command_takes_the_uri(team):
    code, out, err = run_cli("new", team)
    assert code == 0, err
    assert "clauses" in out and "1 policy)" in out
    code, out, err = run_cli("policies", "-w", team)
    assert code == 0 and "Example privacy policy" in out, err
    code, out, err = run_cli(
        "set-var", "Example privacy policy", "contact_email", "team@example.org", "-w", team
    )
    assert code == 0, err
    code, out, err = run_cli("show", "Example privacy policy", "-w", team)
    assert code == 0 and "team@example.org" in out, err
    code, out, err = run_cli("version", "Example privacy policy", "--label", "1.0", "-w", team)
    assert code == 0, err
    code, out, err = run_cli("versions", "Example privacy policy", "-w", team)
    assert code == 0 and "1.0" in out, err
    code, out, err = run_cli("clauses", "--search", "retention", "-w", team)
    assert code == 0 and out.strip(), err
    code, _out, err = run_cli("new", team)
    assert code == 1 and "already holds a workspace" in err


def test_an_empty_database_is_not_a_workspace(team):
    code, _out, err = run_cli("policies", "-w", team)
    assert code == 1
    assert "holds no Policy Studio workspace" in err and "policy-studio new" in err


def test_an_unreachable_server_is_one_clear_sentence(pg_cluster):
    code, _out, err = run_cli("policies", "-w", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 1
    assert "cannot open the team workspace" in err and "Traceback" not in err


def _cli_on_a_frozen_server(pg_cluster, team: str, env: dict[str, str]) -> tuple[float, str, int]:
    """Run the real command (a process, as a person runs it) while the server's processes are
    stopped: its port accepts the connection, nothing ever answers."""
    import subprocess
    import sys
    import time

    program = "import sys; from policy_studio.cli import main; sys.exit(main())"
    with pg_cluster.frozen(longest=30.0):
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", program, "policies", "-w", team],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **env},
        )
        took = time.monotonic() - start
    return took, done.stderr, done.returncode


def test_a_command_on_a_server_that_does_not_answer_gives_up_in_bounded_time(pg_cluster, team):
    """The command reads on its only thread (no window to keep alive): a server that does not
    answer ends it after connect_timeout (10 s) with one line naming the server, no traceback."""
    assert run_cli("new", team)[0] == 0
    env = {k: "" for k in ("PGCONNECT_TIMEOUT",)}
    took, err, code = _cli_on_a_frozen_server(pg_cluster, team, env)
    assert code == 1
    assert 9.0 < took < 20.0, took  # connect_timeout, plus starting Python under load
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert display_location(team) in err and "timeout" in err


def test_a_connect_timeout_the_person_set_is_theirs(pg_cluster, team):
    assert run_cli("new", team)[0] == 0
    took, err, code = _cli_on_a_frozen_server(pg_cluster, team, {"PGCONNECT_TIMEOUT": "2"})
    assert code == 1 and took < 8.0, took
    assert len(err.strip().splitlines()) == 1 and display_location(team) in err
    took, err, code = _cli_on_a_frozen_server(pg_cluster, team + "?connect_timeout=2", {})
    assert code == 1 and took < 8.0, took


def test_copy_file_to_server_and_back_is_equal(team, tmp_path):
    source = tmp_path / "mine.pstudio"
    assert run_cli("new", str(source))[0] == 0
    assert (
        run_cli(
            "glossary",
            "--add",
            "personal data",
            "البيانات الشخصية",
            "--target",
            "ar",
            "-w",
            str(source),
        )[0]
        == 0
    )
    assert (
        run_cli("version", "Example privacy policy", "--label", "draft", "-w", str(source))[0] == 0
    )
    code, out, err = run_cli("workspace", "copy", str(source), team)
    assert code == 0, err
    assert "equal" in out
    back = tmp_path / "back.pstudio"
    code, out, err = run_cli("workspace", "copy", team, str(back))
    assert code == 0, err
    with open_store(source) as a, open_store(team) as b, open_store(back) as c:
        assert dump(a) == dump(b) == dump(c)
        assert a.search_clauses("retention") and [x.key for x in a.search_clauses("retention")] == [
            x.key for x in b.search_clauses("retention")
        ]
        policy = b.find_policy("Example privacy policy")
        assert policy == a.find_policy("Example privacy policy")
        b.add_glossary_term("en", "ar", "controller", "المتحكم")  # ids continue after the copy
    code, _out, err = run_cli("workspace", "copy", str(source), str(back))
    assert code == 1 and "already exists" in err


def test_passwords_never_appear_in_what_we_show_or_keep():
    shown = display_location("postgresql://amina:s3cret@db.example:5433/policies")
    assert shown == "postgresql://amina@db.example:5433/policies"
    assert "s3cret" not in display_location("host=db.example dbname=p password=s3cret")


def test_libpq_environment_variables_name_the_server(pg_cluster, monkeypatch):
    team = pg_cluster.new_database()
    monkeypatch.setenv("PGHOST", "127.0.0.1")
    monkeypatch.setenv("PGPORT", str(pg_cluster.port))
    monkeypatch.setenv("PGUSER", "postgres")
    database = team.rsplit("/", 1)[1]
    monkeypatch.setenv("PGDATABASE", database)
    code, out, err = run_cli("new", "--empty", "postgresql://")
    assert code == 0, err
    code, out, err = run_cli("policies", "-w", f"dbname={database}")
    assert code == 0, err
    assert os.environ["PGDATABASE"] == database


def test_a_service_file_names_the_server(pg_cluster, monkeypatch, tmp_path):
    team = pg_cluster.new_database()
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[policies]\nhost=127.0.0.1\nport={pg_cluster.port}\nuser=postgres\n"
        f"dbname={team.rsplit('/', 1)[1]}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    code, out, err = run_cli("new", "service=policies")
    assert code == 0 and "created service=policies" in out, err
    code, out, err = run_cli("policies", "-w", "service=policies")
    assert code == 0 and "Example privacy policy" in out, err
