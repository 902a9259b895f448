"""Translation states that tell the truth from the library to the policy and the memory."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from policy_studio.library.compose import policy_from_clauses, usage_warning
from policy_studio.library.memory import TranslationMemory
from policy_studio.library.update import merge_section, merged_section, update_available
from policy_studio.model import Block, BlockKind, Clause, ClauseStatus, Status
from policy_studio.model.clause import approve_current_translations
from policy_studio.model.serialize import clause_from_dict, clause_to_dict, to_json
from policy_studio.storage import CURRENT_VERSION, Workspace

OLD_EN = "We keep your records for {{retention_period}}."
NEW_EN = "We keep your account records for {{retention_period}} after you leave."
OLD_AR = "نحتفظ بسجلاتك لمدة {{retention_period}}."
NEW_AR = "نحتفظ بسجلات حسابك لمدة {{retention_period}} بعد مغادرتك."


def _clause(status: ClauseStatus = ClauseStatus.APPROVED) -> Clause:
    return Clause(
        key="t-keep",
        title={"en": "Keeping records", "ar": "حفظ السجلات"},
        blocks=[Block(BlockKind.PARAGRAPH, {"en": OLD_EN, "ar": OLD_AR}, id="t-keep.1")],
        status=status,
    )


def _edit(workspace: Workspace, **texts: str) -> Clause:
    clause = workspace.clause("t-keep")
    assert clause is not None
    block = clause.blocks[0]
    for lang, text in texts.items():
        block.text[lang] = text
    return workspace.save_clause(clause)


def test_an_approved_clause_inserts_its_approved_translation(tmp_path):
    with Workspace.create(tmp_path / "w.pstudio") as ws:
        clause = ws.save_clause(_clause())
        assert clause.blocks[0].state("ar").status is Status.APPROVED
        policy = policy_from_clauses("P", [(clause, None)], target_languages=["ar"])
        block = policy.sections[0].blocks[0]
        assert block.state("ar").status is Status.APPROVED
        assert not block.is_stale("ar", "en")
        assert policy.sections[0].heading.state("ar").status is Status.APPROVED


def test_a_draft_clause_arrives_translated_not_approved_and_warns(tmp_path):
    with Workspace.create(tmp_path / "w.pstudio") as ws:
        clause = ws.save_clause(_clause(ClauseStatus.DRAFT))
        policy = policy_from_clauses("P", [(clause, None)], target_languages=["ar"])
        assert policy.sections[0].blocks[0].state("ar").status is Status.TRANSLATED
        warning = usage_warning(clause)
        assert warning is not None and "draft" in warning and "t-keep" in warning
        assert usage_warning(replace(clause, status=ClauseStatus.DEPRECATED)) is not None
        assert usage_warning(replace(clause, status=ClauseStatus.APPROVED)) is None


def test_english_only_library_change_makes_the_policy_translation_stale_with_redline(tmp_path):
    with Workspace.create(tmp_path / "w.pstudio") as ws:
        first = ws.save_clause(_clause())
        policy = policy_from_clauses("P", [(first, None)], target_languages=["ar"])
        ws.save_policy(policy)

        second = _edit(ws, en=NEW_EN)
        assert second.version == 2
        assert second.blocks[0].is_stale("ar", "en")  # stale in the library too

        section = policy.sections[0]
        assert update_available(section, second)
        merge = merge_section(section, ws.clause_version("t-keep", 1), second, ["en", "ar"])
        updated = merged_section(merge, "en")
        block = updated.blocks[0]
        assert block.get("en") == NEW_EN and block.get("ar") == OLD_AR
        assert block.is_stale("ar", "en")
        assert block.state("ar").source_text == OLD_EN  # what the redline compares against
        policy.sections[0] = updated
        ws.save_policy(policy)

        memory = TranslationMemory.from_workspace(ws, "en", "ar")
        offered = memory.suggest(NEW_EN)
        assert not [s for s in offered if s.target == OLD_AR and s.status is Status.APPROVED]
        assert not [s for s in offered if s.exact]


def test_an_update_that_brings_an_approved_translation_of_the_new_source_keeps_it(tmp_path):
    with Workspace.create(tmp_path / "w.pstudio") as ws:
        first = ws.save_clause(_clause())
        policy = policy_from_clauses("P", [(first, None)], target_languages=["ar"])
        _edit(ws, en=NEW_EN, ar=NEW_AR)
        clause = ws.clause("t-keep")
        assert clause is not None
        assert clause.blocks[0].state("ar").status is Status.TRANSLATED  # written, not approved
        approve_current_translations(clause)
        clause = ws.save_clause(clause)
        assert clause.version == 2  # approving a translation is not a new wording
        assert clause.blocks[0].state("ar").status is Status.APPROVED

        merge = merge_section(
            policy.sections[0], ws.clause_version("t-keep", 1), clause, ["en", "ar"]
        )
        block = merged_section(merge, "en").blocks[0]
        assert block.get("ar") == NEW_AR
        assert block.state("ar").status is Status.APPROVED and not block.is_stale("ar", "en")

        memory = TranslationMemory.from_workspace(ws, "en", "ar")
        best = memory.suggest(NEW_EN)[0]
        assert best.exact and best.target == NEW_AR and best.status is Status.APPROVED


def test_schema_2_workspace_migrates_clause_states_without_losing_anything(tmp_path):
    path = tmp_path / "old.pstudio"
    with Workspace.create(path) as ws:
        ws.save_clause(_clause())
        draft = _clause(ClauseStatus.DRAFT)
        ws.save_clause(replace(draft, key="t-draft"))
        ws.dismiss_finding("p1", "numbers:b1:ar:5", author="Rana")
    # Make it a schema-2 file as the previous release wrote it: no states, no audit tables.
    conn = sqlite3.connect(path)
    for key, data in conn.execute("SELECT key, data FROM clauses").fetchall():
        clause = clause_from_dict(__import__("json").loads(data))
        clause.title_states = {}
        for block in clause.blocks:
            block.translations = {}
        old = clause_to_dict(clause)
        del old["title_states"], old["source_language"]
        conn.execute("UPDATE clauses SET data=? WHERE key=?", (to_json(old), key))
    conn.executescript(
        "DROP TABLE audit_log; DROP TABLE approvals; "
        "ALTER TABLE dismissed_findings DROP COLUMN reason; "
        "ALTER TABLE glossary DROP COLUMN forbidden; DROP TABLE tm_units; "
        # and policies as whole documents again (schema 6 stores rows)
        "DROP TABLE policy_rows; ALTER TABLE policies DROP COLUMN revision; "
        "ALTER TABLE policies ADD COLUMN data TEXT NOT NULL DEFAULT '{}'; "
        # and no clause catalog (schema 7)
        "DROP TABLE clause_catalog; PRAGMA user_version=2;"
    )
    conn.commit()
    conn.close()

    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        approved = ws.clause("t-keep")
        draft = ws.clause("t-draft")
        assert approved is not None and draft is not None
        assert approved.blocks[0].get("ar") == OLD_AR and draft.blocks[0].get("ar") == OLD_AR
        assert approved.blocks[0].state("ar").status is Status.APPROVED
        assert approved.title_states["ar"].status is Status.APPROVED
        assert draft.blocks[0].state("ar").status is Status.DRAFT
        assert ws.dismissed_findings("p1") == {"numbers:b1:ar:5"}
        ws.append_log("Rana", "test.entry")
        assert [e.action for e in ws.log_entries()] == ["test.entry"]
    assert (tmp_path / "old.pstudio.schema2.bak").exists()
