"""People and roles enforced by the PostgreSQL server itself (issue 17 item 4).

Each person connects as their own login on the throw-away cluster; what a translator may not
do is refused by the server (its triggers and row-level security), not by the app — the tests
also go around the app with plain SQL. The audit lines come from server triggers.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace

import psycopg
import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import ClauseStatus
from policy_studio.storage import StorageError, WorkspaceError
from policy_studio.storage.locate import create_store, open_store
from policy_studio.storage.team import add_person, setup_team

_names = itertools.count(1)


def as_user(uri: str, name: str) -> str:
    return uri.replace("postgresql://postgres@", f"postgresql://{name}@")


@pytest.fixture
def team(pg_cluster, clauses):
    """A workspace with one en+ar policy and a saved version; an author, a translator into
    Arabic and an approver (logins unique to this test: roles are cluster-wide)."""
    uri = pg_cluster.new_database()
    owner = create_store(uri)
    for clause in clauses:
        owner.save_clause(clause)
    policy = policy_from_clauses(
        "Team notice", [(clauses[0], None), (clauses[1], None)], target_languages=["ar"]
    )
    owner.save_policy(policy)
    owner.save_version(policy, "draft 1")
    owner.close()
    setup_team(uri)
    n = f"{os.getpid()}_{next(_names)}"
    people = {"author": f"author{n}", "translator": f"translator{n}", "approver": f"approver{n}"}
    add_person(uri, people["author"], "author")
    assert add_person(uri, people["translator"], "translator", langs=("ar",)).endswith(
        "a translator into ar"
    )
    add_person(uri, people["approver"], "approver")
    opened = []

    def login(role: str):
        ws = open_store(as_user(uri, people[role]))
        opened.append(ws)
        return ws

    yield uri, people, login, policy.id
    for ws in opened:
        ws.close()


def first_block(policy):
    return [b for _, b in policy.iter_blocks()][1]


def server_lines(uri: str, actor: str) -> list[tuple[str, str]]:
    with psycopg.connect(uri) as conn:
        rows = conn.execute(
            "SELECT action, target FROM audit_log WHERE actor=%s ORDER BY id", (actor,)
        ).fetchall()
    return [(str(a), str(t)) for a, t in rows]


def test_translator_saves_arabic_but_the_server_refuses_english(team):
    uri, people, login, pid = team
    ws = login("translator")
    policy = ws.policy(pid)
    block = first_block(policy)
    block.set_text("ar", "ترجمة جديدة للفقرة.")
    ws.save_policy(policy)  # a target-language row: allowed
    reread = open_store(uri)
    assert first_block(reread.policy(pid)).get("ar") == "ترجمة جديدة للفقرة."

    block.set_text("en", "The translator rewrote the source.")
    with pytest.raises(StorageError, match=r"may not change the source-language \(en\) text"):
        ws.save_policy(policy)
    assert first_block(reread.policy(pid)).get("en") != "The translator rewrote the source."
    reread.close()


def test_translator_going_around_the_app_is_refused_by_the_server(team):
    uri, people, _login, pid = team
    with psycopg.connect(as_user(uri, people["translator"]), autocommit=True) as conn:
        key = conn.execute(
            "SELECT key FROM policy_rows WHERE policy_id=%s AND key LIKE 'text/%%/en' LIMIT 1",
            (pid,),
        ).fetchone()[0]
        for statement in (
            'UPDATE policy_rows SET data=\'{"text":"x"}\' WHERE key=%s',
            "DELETE FROM policy_rows WHERE key=%s",  # refused, not silently skipped
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="source-language"):
                conn.execute(statement, (key,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only translations"):
            conn.execute("DELETE FROM policy_rows WHERE policy_id=%s AND key='head'", (pid,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="approvals"):
            conn.execute(
                "INSERT INTO approvals VALUES (%s, 1, 'me', '2026-01-01T00:00:00Z', '{}')", (pid,)
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="versions"):
            conn.execute("UPDATE versions SET approved=1")
    with psycopg.connect(uri) as conn:
        assert conn.execute("SELECT count(*) FROM approvals").fetchone()[0] == 0


def test_a_translator_into_french_may_not_write_arabic(team, pg_cluster):
    uri, people, _login, pid = team
    name = people["translator"] + "fr"
    add_person(uri, name, "translator", langs=("fr",))
    ws = open_store(as_user(uri, name))
    try:
        policy = ws.policy(pid)
        first_block(policy).set_text("ar", "نص")
        with pytest.raises(StorageError, match=f"{name} is not a translator into ar"):
            ws.save_policy(policy)
    finally:
        ws.close()


def test_only_an_approver_can_approve(team):
    _uri, people, login, pid = team
    for role in ("translator", "author"):
        ws = login(role)
        with pytest.raises(StorageError, match="the database refused: permission denied"):
            ws.approve_version(pid, 1, people[role], {"en": "x"})
        assert ws.approval(pid, 1) is None
        assert not ws.versions(pid)[0].approved
    approver = login("approver")
    record = approver.approve_version(pid, 1, people["approver"], {"en": "abc"})
    assert approver.approval(pid, 1) == record
    assert approver.versions(pid)[0].approved


def test_translator_cannot_change_clause_status_or_source_but_can_translate(team, clauses):
    _uri, _people, login, _pid = team
    ws = login("translator")
    clause = ws.clause(clauses[0].key)
    assert clause is not None
    with pytest.raises(StorageError, match="may not change the status of library clause"):
        ws.save_clause(replace(clause, status=ClauseStatus.DEPRECATED))
    changed = ws.clause(clauses[0].key)
    changed.blocks[0].set_text("en", "A new source sentence.")
    with pytest.raises(StorageError, match="source-language text of library clause"):
        ws.save_clause(changed)
    translated = ws.clause(clauses[0].key)
    translated.blocks[0].set_text("ar", "جملة مترجمة جديدة.")
    saved = ws.save_clause(translated)
    assert ws.clause(clauses[0].key).blocks[0].get("ar") == "جملة مترجمة جديدة."
    assert saved.status == clause.status
    with pytest.raises(StorageError, match="permission denied for table clauses"):
        ws.delete_clause(clauses[0].key)


def test_the_server_writes_the_audit_trail_the_client_did_not(team):
    uri, people, login, pid = team
    ws = login("translator")
    policy = ws.policy(pid)
    first_block(policy).set_text("ar", "نص آخر.")
    ws.save_policy(policy)  # the storage layer itself writes no audit line
    lines = server_lines(uri, people["translator"])
    assert [a for a, _ in lines] == ["server.policy_rows.update"]
    assert lines[0][1].startswith("text/") and lines[0][1].endswith("/ar")

    approver = login("approver")
    approver.approve_version(pid, 1, people["approver"], {})
    assert ("server.approvals.insert", "1") in server_lines(uri, people["approver"])
    # A client going around the app is logged all the same, and cannot remove the line.
    with psycopg.connect(as_user(uri, people["author"]), autocommit=True) as conn:
        conn.execute("UPDATE policy_rows SET revision=revision WHERE key='head'")
        with pytest.raises(psycopg.Error, match="append-only|permission denied"):
            conn.execute("DELETE FROM audit_log")
    assert ("server.policy_rows.update", "head") in server_lines(uri, people["author"])


def test_setup_needs_a_workspace_and_add_person_checks_its_input(pg_cluster):
    uri = pg_cluster.new_database()
    with pytest.raises(WorkspaceError, match="holds no Policy Studio workspace"):
        setup_team(uri)
    with pytest.raises(WorkspaceError, match="unknown role 'boss'"):
        add_person(uri, "x", "boss")
    with pytest.raises(WorkspaceError, match="needs the languages"):
        add_person(uri, "x", "translator")
    with pytest.raises(WorkspaceError, match="not a language code"):
        add_person(uri, "x", "translator", langs=("ar;drop",))


def test_team_commands_set_up_add_and_list_people(pg_cluster, capsys, tmp_path):
    from policy_studio.cli import main

    uri = pg_cluster.new_database()
    assert main(["new", uri, "--empty"]) == 0
    assert main(["team", "setup", "-w", uri]) == 0
    assert main(["team", "setup", "-w", uri]) == 0  # re-running is harmless
    name = f"hassan{os.getpid()}_{next(_names)}"
    assert main(["team", "add-user", name, "--role", "translator", "--lang", "ar", "-w", uri]) == 0
    assert main(["team", "add-user", name, "--role", "approver", "-w", uri]) == 0
    capsys.readouterr()
    assert main(["team", "people", "-w", uri]) == 0
    assert f"{name}\tapprover, translator, translator:ar" in capsys.readouterr().out.splitlines()
    assert main(["team", "setup", "-w", str(tmp_path / "mine.pstudio")]) == 1
    assert "a workspace file has a single user" in capsys.readouterr().err


def test_a_translator_adds_dictionary_words_but_no_other_setting(team):
    _uri, _people, login, _pid = team
    ws = login("translator")
    ws.add_spelling_word("ar", "الخصوصية")
    assert "الخصوصية" in ws.spelling_words("ar")
    with pytest.raises(StorageError, match="only an author or administrator may change"):
        ws.set_meta("seeded", "nothing")


def test_a_translator_translates_the_title_and_metadata_but_not_the_source_title(team):
    uri, _people, login, pid = team
    ws = login("translator")
    policy = ws.policy(pid)
    policy.title["ar"] = "إشعار الفريق"
    policy.set_meta("subtitle", "ar", "للموظفين")
    ws.save_policy(policy)  # the lang/ar row: the translator's own language
    with open_store(uri) as reread:
        stored = reread.policy(pid)
    assert stored.title["ar"] == "إشعار الفريق"
    assert stored.meta["subtitle"]["ar"] == "للموظفين"
    policy.title["en"] = "Renamed by the translator"
    with pytest.raises(StorageError, match=r"may not change the source-language \(en\) text"):
        ws.save_policy(policy)
    with open_store(uri) as reread:
        assert reread.policy(pid).title["en"] == "Team notice"


def test_migration_8_lets_a_translator_of_an_existing_team_server_translate_the_title(
    team, pg_cluster
):
    """A schema-7 server where `team setup` ran: the upgrade moves titles to lang rows and
    teaches the server's translator rule about them."""
    uri, _people, login, pid = team
    with psycopg.connect(uri, autocommit=True) as conn:  # back to schema 7 as it was stored
        rows = dict(
            conn.execute(
                "SELECT key, data FROM policy_rows WHERE policy_id=%s AND key LIKE 'lang/%%'",
                (pid,),
            ).fetchall()
        )
        head = conn.execute(
            "SELECT data FROM policy_rows WHERE policy_id=%s AND key='head'", (pid,)
        ).fetchone()[0]
        import json

        data = json.loads(head)
        data["title"] = {k[5:]: json.loads(v)["title"] for k, v in rows.items()}
        conn.execute(
            "UPDATE policy_rows SET data=%s WHERE policy_id=%s AND key='head'",
            (json.dumps(data, ensure_ascii=False), pid),
        )
        conn.execute("DELETE FROM policy_rows WHERE key LIKE 'lang/%%'")
        conn.execute("DROP INDEX policy_rows_revision")
        conn.execute("UPDATE meta SET value='7' WHERE key='schema_version'")
        old_rule = (
            "CREATE OR REPLACE FUNCTION pstudio_row_refusal(pid text, rkey text) RETURNS text "
            "LANGUAGE plpgsql STABLE AS $$ BEGIN IF NOT pstudio_only_translator() THEN "
            "RETURN ''; END IF; IF rkey NOT LIKE 'text/%%/%%' THEN RETURN 'only translations'; "
            "END IF; RETURN ''; END $$"
        )
        conn.execute(old_rule.replace("%%", "%"))
    create_upgrade = open_store(uri)  # the owner opens it once: migrations 7.. run
    assert create_upgrade.schema_version >= 8
    create_upgrade.close()
    ws = login("translator")
    policy = ws.policy(pid)
    assert policy.title["en"] == "Team notice"
    policy.title["ar"] = "إشعار الفريق بعد الترقية"
    ws.save_policy(policy)
    with open_store(uri) as reread:
        assert reread.policy(pid).title["ar"] == "إشعار الفريق بعد الترقية"


def test_each_person_is_told_their_rights_as_the_server_enforces_them(team, pg_cluster):
    uri, people, login, _pid = team
    translator = login("translator").permissions()
    assert translator.roles == {"translator"} and translator.languages == {"ar"}
    assert not translator.structure and not translator.source and not translator.approve
    assert translator.may_write("ar", "en") and not translator.may_write("en", "en")
    assert not translator.may_write("fr", "en")
    approver = login("approver").permissions()
    assert approver.approve and approver.read_only
    author = login("author").permissions()
    assert author.structure and author.source and author.languages is None
    assert not author.approve
    with open_store(uri) as owner:  # the owner who ran `new`: every right without a role
        assert owner.permissions().roles == {"owner"} and owner.permissions().approve


def test_the_single_user_file_may_do_everything(tmp_path):
    with create_store(str(tmp_path / "one.pstudio")) as ws:
        rights = ws.permissions()
    assert rights.structure and rights.source and rights.approve and rights.languages is None
