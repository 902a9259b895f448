"""Schema 2: the glossary and QA findings marked "not an error" live in the workspace."""

from __future__ import annotations

import sqlite3

from policy_studio.storage import Workspace
from policy_studio.storage.schema import APPLICATION_ID, MIGRATIONS


def test_glossary_terms_per_language_pair_survive_reopening(store, reopen):
    store.add_glossary_term(
        "en", "ar", "personal data", "البيانات الشخصية", "always with the article"
    )
    store.add_glossary_term("en", "fr", "personal data", "données personnelles")
    again = store.add_glossary_term("en", "ar", "personal data", "البيانات الشخصية")
    store.close()
    with reopen() as ws:
        terms = ws.glossary("en", "ar")
        assert [(t.source_term, t.target_term, t.note) for t in terms] == [
            ("personal data", "البيانات الشخصية", "always with the article")
        ]
        assert terms[0].id == again.id
        assert len(ws.glossary()) == 2
        ws.remove_glossary_term(terms[0].id)
        assert [t.target_lang for t in ws.glossary()] == ["fr"]


def test_dismissed_findings_are_per_policy_and_can_be_restored(store):
    store.dismiss_finding("p1", "same:b1:ar:")
    store.dismiss_finding("p1", "same:b1:ar:")
    assert store.dismissed_findings("p1") == {"same:b1:ar:"}
    assert store.dismissed_findings("p2") == set()
    store.restore_finding("p1", "same:b1:ar:")
    assert store.dismissed_findings("p1") == set()


def test_a_schema_1_workspace_is_migrated_to_schema_2_keeping_its_data(tmp_path):
    path = tmp_path / "old.pstudio"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0][1])
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=1")
    conn.execute("INSERT INTO meta(key, value) VALUES ('marker', 'kept')")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version >= 2
        assert ws.meta("marker") == "kept"
        ws.add_glossary_term("en", "sw", "consent", "idhini")
        assert ws.glossary("en", "sw")[0].target_term == "idhini"
    assert (tmp_path / "old.pstudio.schema1.bak").exists()


def test_forbidden_glossary_terms_are_stored_and_older_terms_stay_required(tmp_path):
    path = tmp_path / "v2.pstudio"
    conn = sqlite3.connect(path)
    for _, script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=2")
    conn.execute(
        "INSERT INTO glossary(source_lang, target_lang, source_term, target_term, note) "
        "VALUES ('en', 'ar', 'records', 'السجلات', '')"
    )
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        [old] = ws.glossary("en", "ar")
        assert (old.target_term, old.forbidden) == ("السجلات", False)
        ws.add_glossary_term("en", "ar", "records", "القيود", "not this sense", forbidden=True)
    with Workspace.open(path) as ws:
        assert [(t.target_term, t.forbidden) for t in ws.glossary("en", "ar")] == [
            ("السجلات", False),
            ("القيود", True),
        ]
