"""The workspace file: durable writes, search, versions, and refusing bad files unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from policy_studio.library.compose import policy_from_clauses
from policy_studio.model import Block, ClauseStatus
from policy_studio.storage import CURRENT_VERSION, Workspace, WorkspaceError
from policy_studio.storage.schema import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_everything_written_is_there_after_reopening(store, reopen, clauses):
    policy = policy_from_clauses("Staff notice", [(clauses[0], None)], target_languages=["ar"])
    store.save_policy(policy)
    store.save_version(policy, "1.0", note="first", author="Amina")
    store.close()
    with reopen() as again:
        assert again.find_policy("staff notice") == policy
        assert [v.label for v in again.versions(policy.id)] == ["1.0"]
        assert again.versions(policy.id)[0].snapshot == policy
        assert {c.key for c in again.clauses()} == {c.key for c in clauses}
        assert again.schema_version == CURRENT_VERSION


def test_committed_write_is_visible_to_another_connection_immediately(workspace, clauses):
    policy = policy_from_clauses("Visible", [(clauses[0], None)])
    workspace.save_policy(policy)
    other = sqlite3.connect(workspace.path)
    try:
        assert other.execute("SELECT count(*) FROM policies").fetchone()[0] == 1
    finally:
        other.close()


def test_journal_mode_is_a_single_file_rollback_journal(workspace):
    assert workspace._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not workspace.path.with_name(workspace.path.name + "-wal").exists()


def test_saving_a_changed_clause_bumps_its_version_and_keeps_history(store, clauses):
    clause = clauses[0]
    assert store.clause(clause.key).version == 1
    assert store.save_clause(clause).version == 1  # unchanged text: no new version
    edited = replace(clause, blocks=[Block(text={"en": "New words.", "ar": "كلمات جديدة."})])
    saved = store.save_clause(edited, note="reworded")
    assert saved.version == 2
    assert [r.version for r in store.clause_history(clause.key)] == [1, 2]
    old = store.clause_version(clause.key, 1).blocks
    assert [(b.id, b.text) for b in old] == [(b.id, b.text) for b in clause.blocks]


def test_search_in_english_and_arabic_with_spelling_variants(store):
    assert [c.key for c in store.search_clauses("records")] == ["t-keeping"]
    assert [c.key for c in store.search_clauses("recor")] == ["t-keeping"]
    plain = [c.key for c in store.search_clauses("السجلات")]
    assert plain == ["t-keeping"]
    # diacritics, and alef/taa-marbuta/yaa variants, find the same clause
    assert [c.key for c in store.search_clauses("السِّجِلّات")] == plain
    assert [c.key for c in store.search_clauses("الي من هم دون")] == ["t-young"]
    assert [c.key for c in store.search_clauses("موجهه")] == ["t-young"]
    assert store.search_clauses("records", lang="ar") == []


def test_search_filters_by_tag_and_status(store):
    assert [c.key for c in store.search_clauses(tag="retention")] == ["t-keeping"]
    assert {c.key for c in store.search_clauses(tag="gdpr")} == {
        "t-contact",
        "t-keeping",
        "t-young",
    }
    assert [c.key for c in store.search_clauses(status=ClauseStatus.DRAFT)] == ["t-young"]


def test_odd_search_text_does_not_raise(store):
    for text in ['"', "AND OR NOT", "*", "(", "   ", "NEAR(a b)"]:
        assert isinstance(store.search_clauses(text), list)


# -- bad files: a clear error, and the file byte-for-byte unchanged --------------------------


def test_a_text_file_is_not_a_workspace(tmp_path):
    path = tmp_path / "notes.pstudio"
    path.write_text("just some notes\n")
    before = digest(path)
    with pytest.raises(WorkspaceError, match="not a Policy Studio workspace"):
        Workspace.open(path)
    assert digest(path) == before


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.pstudio"
    path.write_bytes(b"")
    with pytest.raises(WorkspaceError, match="empty"):
        Workspace.open(path)
    assert path.read_bytes() == b""


def test_a_truncated_workspace_is_refused_unchanged(workspace, tmp_path):
    path = workspace.path
    workspace.close()
    data = path.read_bytes()
    cut = tmp_path / "cut.pstudio"
    cut.write_bytes(data[: len(data) // 2])
    before = digest(cut)
    with pytest.raises(WorkspaceError, match="truncated"):
        Workspace.open(cut)
    assert digest(cut) == before


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.pstudio"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="another program"):
        Workspace.open(path)
    assert digest(path) == before


def test_a_workspace_from_a_newer_release_is_refused_unchanged(workspace):
    path = workspace.path
    workspace._conn.execute(f"PRAGMA user_version={CURRENT_VERSION + 1}")
    workspace.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="newer Policy Studio"):
        Workspace.open(path)
    assert digest(path) == before


def test_garbage_after_a_valid_header_is_refused(tmp_path):
    path = tmp_path / "garbage.pstudio"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = digest(path)
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    assert digest(path) == before


def test_missing_file_and_folder_give_clear_errors(tmp_path):
    with pytest.raises(WorkspaceError, match="no such workspace"):
        Workspace.open(tmp_path / "nope.pstudio")
    with pytest.raises(WorkspaceError, match="folder"):
        Workspace.open(tmp_path)
    with pytest.raises(WorkspaceError, match="already exists"):
        (tmp_path / "x.pstudio").write_text("x")
        Workspace.create(tmp_path / "x.pstudio")


def test_older_schema_is_migrated_forward_after_a_backup(tmp_path):
    path = tmp_path / "old.pstudio"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=0")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == CURRENT_VERSION
        assert ws.clauses() == []
    assert (tmp_path / "old.pstudio.schema0.bak").exists()


def test_version_lookup_by_number_and_label_and_approval(store, clauses):
    policy = policy_from_clauses("P", [(clauses[0], None)])
    store.save_policy(policy)
    store.save_version(policy, "draft")
    store.save_version(policy, "1.0")
    assert store.version(policy.id, 2).label == "1.0"
    assert store.version(policy.id, "draft").number == 1
    store.set_version_approved(policy.id, 2)
    assert [v.approved for v in store.versions(policy.id)] == [False, True]


def test_changing_only_status_or_tags_keeps_the_version(store, clauses):
    clause = clauses[0]
    deprecated = store.save_clause(replace(clause, status=ClauseStatus.DEPRECATED))
    assert deprecated.version == 1
    assert store.clause(clause.key).status is ClauseStatus.DEPRECATED
    assert store.clause_version(clause.key, 1).status is ClauseStatus.DEPRECATED
    retagged = store.save_clause(replace(deprecated, tags=[*clause.tags, "kenya-dpa:25"]))
    assert retagged.version == 1 and "kenya-dpa:25" in store.clause(clause.key).tags
    assert [r.version for r in store.clause_history(clause.key)] == [1]
