"""People and roles on a team server, enforced by PostgreSQL itself (issue 17 item 4).

``setup_team`` installs, in a workspace database, four group roles and what each may do:

- ``pstudio_author``      writes clauses, policies, variables, versions, glossary, memory;
- ``pstudio_translator``  reads everything; writes only target-language text rows of policies
  (``text/BLOCK/LANG``) in the languages given to them (one role per language,
  ``pstudio_translator_LANG``) and the target-language wording of library clauses; never the
  source-language text, a clause's status, the structure of a policy, or approvals;
- ``pstudio_approver``    reads everything; approves versions (the only role besides the
  administrator that may write ``approvals`` or change a version's approved flag);
- ``pstudio_admin``       everything, including managing people.

Table privileges are GRANTs; row-level checks (a translator's language, the source language,
a clause's status) are BEFORE triggers plus row-level security policies on ``policy_rows``, so
a client that skips the app is refused by the server with a sentence naming the rule. The
audit log gets one line per changed policy row, clause, version and approval from AFTER
triggers running as the table owner (``server.TABLE.OPERATION``, actor = the login), so no
client can leave it out; the append-only trigger still refuses changing or removing a line.

``add_person`` makes a login (or uses an existing one) and grants it a role. Group roles are
cluster-wide names; grants and triggers belong to the one database. Running ``setup_team``
again is harmless (it replaces its own functions, triggers and policies).
"""

from __future__ import annotations

import re
from typing import Any

import psycopg
from psycopg import sql

from .workspace import StorageError, WorkspaceError

ROLES = ("author", "translator", "approver", "admin")
"""What ``add_person`` accepts: each names the group role ``pstudio_ROLE``."""

_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

AUTHOR_TABLES = (
    "meta",
    "clauses",
    "clause_history",
    "clause_search",
    "clause_catalog",
    "policies",
    "policy_rows",
    "glossary",
    "dismissed_findings",
    "tm_units",
)

ROW_REFUSAL_SQL = r"""
-- Why a translator may not write this policy row ('' when they may): a block's text in a
-- language (text/BLOCK/LANG) or the title and metadata in a language (lang/LANG, schema 8),
-- never the source language, and only in their own languages.
CREATE OR REPLACE FUNCTION pstudio_row_refusal(pid text, rkey text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE lang text; source text;
BEGIN
  IF NOT pstudio_only_translator() THEN RETURN ''; END IF;
  IF rkey NOT LIKE 'text/%/%' AND rkey NOT LIKE 'lang/%' THEN
    RETURN format('a translator may change only translations, not %s of policy %s', rkey, pid);
  END IF;
  lang := substring(rkey from '[^/]+$');
  source := pstudio_policy_source(pid);
  IF lower(lang) = lower(source) THEN
    RETURN format('a translator may not change the source-language (%s) text of policy %s',
                  source, pid);
  END IF;
  IF NOT pstudio_may_translate(lang) THEN
    RETURN format('%s is not a translator into %s', session_user, lang);
  END IF;
  RETURN '';
END $$;
"""
"""The translator's rule for policy rows; also re-installed by migration 8 on a server where
``team setup`` already ran (its earlier form refused the ``lang/LANG`` rows)."""

SETUP_SQL = (
    r"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_author') THEN
    CREATE ROLE pstudio_author NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_translator') THEN
    CREATE ROLE pstudio_translator NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_approver') THEN
    CREATE ROLE pstudio_approver NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_admin') THEN
    CREATE ROLE pstudio_admin NOLOGIN; END IF;
END $$;

GRANT USAGE ON SCHEMA public
  TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;
GRANT SELECT ON ALL TABLES IN SCHEMA public
  TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE change_counter
  TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;
GRANT INSERT ON audit_log
  TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public
  TO pstudio_author, pstudio_translator, pstudio_approver, pstudio_admin;

GRANT INSERT, UPDATE, DELETE ON meta, clauses, clause_history, clause_search, clause_catalog,
  policies, policy_rows, glossary, dismissed_findings, tm_units TO pstudio_author;
GRANT INSERT ON versions TO pstudio_author;

GRANT UPDATE ON policies TO pstudio_translator;
GRANT INSERT, UPDATE, DELETE ON policy_rows, clause_search, clause_catalog, glossary,
  dismissed_findings, tm_units TO pstudio_translator;
GRANT INSERT, UPDATE ON clauses, clause_history TO pstudio_translator;

GRANT INSERT, UPDATE ON meta TO pstudio_translator, pstudio_approver;
GRANT INSERT, UPDATE ON versions TO pstudio_approver;
GRANT INSERT, UPDATE, DELETE ON approvals TO pstudio_approver;

GRANT ALL ON ALL TABLES IN SCHEMA public TO pstudio_admin;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO pstudio_admin;

-- Who is limited to translating: a translator who is neither author nor administrator.
CREATE OR REPLACE FUNCTION pstudio_only_translator() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(session_user, 'pstudio_translator', 'MEMBER')
     AND NOT pg_has_role(session_user, 'pstudio_author', 'MEMBER')
     AND NOT pg_has_role(session_user, 'pstudio_admin', 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION pstudio_may_translate(lang text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pstudio_translator_' || lower(lang))
     AND pg_has_role(session_user, 'pstudio_translator_' || lower(lang), 'MEMBER')
$$;

CREATE OR REPLACE FUNCTION pstudio_policy_source(pid text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT data::jsonb ->> 'source_language' FROM policy_rows
                   WHERE policy_id = pid AND key = 'head'), 'en')
$$;

"""
    + ROW_REFUSAL_SQL
    + r"""

CREATE OR REPLACE FUNCTION pstudio_check_policy_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE why text;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    why := pstudio_row_refusal(OLD.policy_id, OLD.key);
    IF why <> '' THEN RAISE EXCEPTION '%', why USING ERRCODE = 'insufficient_privilege'; END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    why := pstudio_row_refusal(NEW.policy_id, NEW.key);
    IF why <> '' THEN RAISE EXCEPTION '%', why USING ERRCODE = 'insufficient_privilege'; END IF;
    RETURN NEW;
  END IF;
  RETURN OLD;
END $$;
DROP TRIGGER IF EXISTS pstudio_policy_row_rules ON policy_rows;
CREATE TRIGGER pstudio_policy_row_rules BEFORE INSERT OR UPDATE OR DELETE ON policy_rows
FOR EACH ROW EXECUTE FUNCTION pstudio_check_policy_row();

ALTER TABLE policy_rows ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS pstudio_read ON policy_rows;
CREATE POLICY pstudio_read ON policy_rows FOR SELECT USING (true);
DROP POLICY IF EXISTS pstudio_insert ON policy_rows;
CREATE POLICY pstudio_insert ON policy_rows FOR INSERT
  WITH CHECK (pstudio_row_refusal(policy_id, key) = '');
DROP POLICY IF EXISTS pstudio_update ON policy_rows;
-- UPDATE and DELETE see every row (a USING filter would skip a refused row silently): the
-- trigger above refuses them aloud, and WITH CHECK is the server's second guard on what is written.
CREATE POLICY pstudio_update ON policy_rows FOR UPDATE USING (true)
  WITH CHECK (pstudio_row_refusal(policy_id, key) = '');
DROP POLICY IF EXISTS pstudio_delete ON policy_rows;
CREATE POLICY pstudio_delete ON policy_rows FOR DELETE USING (true);

-- Translators and approvers write only their dictionary words ("Add to dictionary") in meta.
CREATE OR REPLACE FUNCTION pstudio_check_meta() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (pg_has_role(session_user, 'pstudio_translator', 'MEMBER')
      OR pg_has_role(session_user, 'pstudio_approver', 'MEMBER'))
     AND NOT pg_has_role(session_user, 'pstudio_author', 'MEMBER')
     AND NOT pg_has_role(session_user, 'pstudio_admin', 'MEMBER')
     AND NEW.key NOT LIKE 'spelling.words.%' THEN
    RAISE EXCEPTION 'only an author or administrator may change the workspace setting %',
      NEW.key USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS pstudio_meta_rules ON meta;
CREATE TRIGGER pstudio_meta_rules BEFORE INSERT OR UPDATE ON meta
FOR EACH ROW EXECUTE FUNCTION pstudio_check_meta();

-- The source-language wording of a library clause (title, blocks, variants).
CREATE OR REPLACE FUNCTION pstudio_clause_source(data text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    d -> 'title' -> (d ->> 'source_language'),
    (SELECT jsonb_agg(b -> 'text' -> (d ->> 'source_language'))
       FROM jsonb_array_elements(coalesce(d -> 'blocks', '[]')) b),
    (SELECT jsonb_agg(vb -> 'text' -> (d ->> 'source_language'))
       FROM jsonb_array_elements(coalesce(d -> 'variants', '[]')) v,
            jsonb_array_elements(coalesce(v -> 'blocks', '[]')) vb),
    (SELECT jsonb_agg(v -> 'label' -> (d ->> 'source_language'))
       FROM jsonb_array_elements(coalesce(d -> 'variants', '[]')) v),
    d ->> 'source_language')
  FROM (SELECT data::jsonb AS d) AS x
$$;

CREATE OR REPLACE FUNCTION pstudio_check_clause() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pstudio_only_translator() THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a translator may not remove library clause %', OLD.key
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NOT EXISTS (SELECT 1 FROM clauses WHERE key = NEW.key) THEN
      RAISE EXCEPTION 'a translator may not add library clause %', NEW.key
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;  -- an upsert of an existing clause: checked as the UPDATE it becomes
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'a translator may not change the status of library clause % (% to %)',
      NEW.key, OLD.status, NEW.status USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF pstudio_clause_source(NEW.data) IS DISTINCT FROM pstudio_clause_source(OLD.data) THEN
    RAISE EXCEPTION 'a translator may not change the source-language text of library clause %',
      NEW.key USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS pstudio_clause_rules ON clauses;
CREATE TRIGGER pstudio_clause_rules BEFORE INSERT OR UPDATE OR DELETE ON clauses
FOR EACH ROW EXECUTE FUNCTION pstudio_check_clause();

-- The audit trail, written by the server: runs as the owner, so no client can skip it.
CREATE OR REPLACE FUNCTION pstudio_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE r record; pid text := ''; tgt text := ''; detail jsonb := '{}';
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'policy_rows' THEN
    pid := r.policy_id; tgt := r.key;
    IF TG_OP <> 'DELETE' THEN detail := jsonb_build_object('revision', NEW.revision); END IF;
  ELSIF TG_TABLE_NAME = 'policies' THEN
    pid := r.id; tgt := r.title;
  ELSIF TG_TABLE_NAME = 'clauses' THEN
    tgt := r.key;
    IF TG_OP <> 'DELETE' THEN
      detail := jsonb_build_object('version', NEW.version, 'status', NEW.status);
    END IF;
  ELSIF TG_TABLE_NAME = 'versions' THEN
    pid := r.policy_id; tgt := r.number::text;
    detail := jsonb_build_object('approved', r.approved);
  ELSIF TG_TABLE_NAME = 'approvals' THEN
    pid := r.policy_id; tgt := r.number::text;
    detail := jsonb_build_object('approver', r.approver);
  END IF;
  INSERT INTO audit_log(time, actor, action, policy_id, target, detail)
  VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
          session_user, 'server.' || TG_TABLE_NAME || '.' || lower(TG_OP), pid, tgt,
          detail::text);
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS pstudio_audit ON policy_rows;
CREATE TRIGGER pstudio_audit AFTER INSERT OR UPDATE OR DELETE ON policy_rows
FOR EACH ROW EXECUTE FUNCTION pstudio_audit();
DROP TRIGGER IF EXISTS pstudio_audit ON policies;
CREATE TRIGGER pstudio_audit AFTER INSERT OR DELETE ON policies
FOR EACH ROW EXECUTE FUNCTION pstudio_audit();
DROP TRIGGER IF EXISTS pstudio_audit ON clauses;
CREATE TRIGGER pstudio_audit AFTER INSERT OR UPDATE OR DELETE ON clauses
FOR EACH ROW EXECUTE FUNCTION pstudio_audit();
DROP TRIGGER IF EXISTS pstudio_audit ON versions;
CREATE TRIGGER pstudio_audit AFTER INSERT OR UPDATE OR DELETE ON versions
FOR EACH ROW EXECUTE FUNCTION pstudio_audit();
DROP TRIGGER IF EXISTS pstudio_audit ON approvals;
CREATE TRIGGER pstudio_audit AFTER INSERT OR UPDATE OR DELETE ON approvals
FOR EACH ROW EXECUTE FUNCTION pstudio_audit()
"""
)
"""Idempotent: run by ``policy-studio team setup`` as the workspace's owner (or a superuser)."""


def _connect(location: str) -> psycopg.Connection[Any]:
    from .postgres import _plain, display_location

    try:
        return psycopg.connect(location, autocommit=True, application_name="policy-studio")
    except psycopg.Error as exc:
        raise WorkspaceError(f"{display_location(location)}: {_plain(exc)}") from exc


def _run(location: str, statements: list[tuple[str | sql.Composed, tuple[Any, ...]]]) -> None:
    from .postgres import _plain, display_location

    conn = _connect(location)
    try:
        with conn.transaction():
            for statement, params in statements:
                conn.execute(statement, params or None)
    except psycopg.Error as exc:
        raise StorageError(f"{display_location(location)}: {_plain(exc)}") from exc
    finally:
        conn.close()


def setup_team(location: str) -> None:
    """Install the roles, grants, row rules and audit triggers in the workspace ``location``."""
    from .postgres import _pg_statements

    conn = _connect(location)
    try:
        found = conn.execute("SELECT to_regclass('policy_rows') IS NOT NULL").fetchone()
    finally:
        conn.close()
    if not found or not found[0]:
        from .postgres import display_location

        raise WorkspaceError(
            f"{display_location(location)}: this database holds no Policy Studio workspace; "
            "create one first with `policy-studio new`"
        )
    _run(location, [(statement, ()) for statement in _pg_statements(SETUP_SQL)])


def add_person(location: str, name: str, role: str, *, langs: tuple[str, ...] = ()) -> str:
    """Give login ``name`` the role (making the login if it does not exist; its password is
    set by the administrator with psql's ``\\password NAME``, never by us). Returns what was
    granted, as a sentence."""
    if role not in ROLES:
        raise WorkspaceError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not name.strip():
        raise WorkspaceError("a person needs a login name")
    for lang in langs:
        if not _LANG.match(lang):
            raise WorkspaceError(f"{lang!r} is not a language code (such as ar, sw, pt-BR)")
    if role == "translator" and not langs:
        raise WorkspaceError("a translator needs the languages they translate into: --lang ar")
    person = sql.Identifier(name)
    statements: list[tuple[str | sql.Composed, tuple[Any, ...]]] = [
        (
            sql.SQL(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {}) THEN "
                "CREATE ROLE {} LOGIN; END IF; END $$"
            ).format(sql.Literal(name), person),
            (),
        ),
        (
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                sql.Identifier(_database(location)), person
            ),
            (),
        ),
        (sql.SQL("GRANT {} TO {}").format(sql.Identifier(f"pstudio_{role}"), person), ()),
    ]
    if role == "admin":
        statements.append(
            (sql.SQL("GRANT pstudio_author, pstudio_approver TO {}").format(person), ())
        )
    for lang in langs:
        group = sql.Identifier(f"pstudio_translator_{lang.lower()}")
        statements += [
            (
                sql.SQL(
                    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {}) "
                    "THEN CREATE ROLE {} NOLOGIN IN ROLE pstudio_translator; END IF; END $$"
                ).format(sql.Literal(f"pstudio_translator_{lang.lower()}"), group),
                (),
            ),
            (sql.SQL("GRANT {} TO {}").format(group, person), ()),
        ]
    _run(location, statements)
    into = f" into {', '.join(langs)}" if langs else ""
    return f"{name} is now {'an' if role[0] in 'aeiou' else 'a'} {role}{into}"


def _database(location: str) -> str:
    conn = _connect(location)
    try:
        row = conn.execute("SELECT current_database()").fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


def people(location: str) -> list[tuple[str, list[str]]]:
    """Each login holding a Policy Studio role, with its roles (``translator:ar`` for a
    language), by name."""
    conn = _connect(location)
    try:
        rows = conn.execute(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname LIKE 'pstudio\\_%' AND m.rolcanlogin ORDER BY 1, 2"
        ).fetchall()
    except psycopg.Error as exc:
        from .postgres import _plain, display_location

        raise StorageError(f"{display_location(location)}: {_plain(exc)}") from exc
    finally:
        conn.close()
    out: dict[str, list[str]] = {}
    for member, group in rows:
        role = str(group).removeprefix("pstudio_")
        if role.startswith("translator_"):
            role = "translator:" + role.removeprefix("translator_")
        out.setdefault(str(member), []).append(role)
    return sorted(out.items())
