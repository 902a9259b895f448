"""XLIFF 1.2 export and import: golden file, a real peer (translate-toolkit), round trip, hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_studio.io import registry
from policy_studio.io.readers.xliff import XliffError, read, read_units
from policy_studio.io.writers.xliff import policy_to_xliff
from policy_studio.model import PolicyStudioError, Status
from policy_studio.ops.translation import SegmentUpdate, import_translations

FIXTURES = Path(__file__).parent / "fixtures"


def test_export_matches_the_reviewed_golden_file(rights_policy):
    produced = policy_to_xliff(rights_policy, "ar").decode("utf-8")
    assert produced == (FIXTURES / "rights_en_ar.xlf").read_text(encoding="utf-8")


def test_registry_finds_the_xliff_writer_and_reader(tmp_path, rights_policy):
    out = tmp_path / "p.xlf"
    registry.writer("xliff12")(rights_policy, out, lang="ar")
    result = registry.reader_for_path(out).load()(out)
    assert [b.id for _, b in result.policy.iter_blocks()] == [
        "s1-title",
        "b-intro",
        "b-access",
        "b-erase",
        "b-object",
    ]


def test_read_back_gives_the_same_markup_and_statuses(tmp_path, rights_policy):
    policy = rights_policy
    path = tmp_path / "p.xlf"
    path.write_bytes(policy_to_xliff(policy, "ar"))
    units = {u.id: u for u in read_units(path)[0]}
    for _, block in policy.iter_blocks():
        assert units[block.id].source == block.get("en")
    assert units["b-intro"].target == policy.find_block("b-intro")[1].get("ar")
    assert units["b-intro"].status is Status.REVIEWED
    assert units["s1-title"].status is Status.APPROVED
    assert units["b-access"].status is Status.DRAFT
    assert units["b-erase"].status is Status.DRAFT  # stale goes out for review
    assert units["b-object"].status is Status.UNTRANSLATED


def test_translate_toolkit_reads_the_export_and_its_edit_comes_back(tmp_path, rights_policy):
    from translate.storage import xliff as tt_xliff

    policy = rights_policy
    path = tmp_path / "p.xlf"
    path.write_bytes(policy_to_xliff(policy, "ar"))
    store = tt_xliff.xlifffile.parsefile(str(path))
    # translate-toolkit prefixes ids with the file's "original" (our policy id) and U+0004.
    units = {u.getid().split("\x04")[-1]: u for u in store.getunits()}
    assert set(units) == {"s1-title", "b-intro", "b-access", "b-erase", "b-object"}
    assert units["s1-title"].source == "Your rights"
    assert units["s1-title"].target == "حقوقك"
    assert units["s1-title"].isapproved()
    assert not units["b-object"].istranslated()
    assert "Title of section 1" in units["s1-title"].getnotes()
    # A translator fills the empty unit in the peer tool and marks it translated.
    units["b-object"].target = "الاعتراض على التسويق (في أي وقت)."
    units["b-object"].markfuzzy(False)
    units["b-object"].xmlelement.find("{*}target").set("state", "translated")
    store.savefile(str(path))

    _, edit, report = import_translations(policy, "ar", _updates(path))
    block = policy.find_block("b-object")[1]
    assert block.get("ar") == "الاعتراض على التسويق (في أي وقت)."
    assert block.state("ar").status is Status.TRANSLATED
    assert report.updated == ["b-object"]
    assert policy.find_block("b-intro")[1].get("ar").startswith("راسلنا على {{contact_email}}")
    edit.undo(policy)
    assert policy.find_block("b-object")[1].get("ar") == ""


def _updates(path: Path) -> list[SegmentUpdate]:
    return [SegmentUpdate(u.id, u.source, u.target, u.status) for u in read_units(path)[0]]


def test_import_updates_matched_units_and_reports_unknown_missing_and_changed_sources(
    tmp_path, rights_policy
):
    policy = rights_policy
    exported = policy_to_xliff(policy, "ar").decode("utf-8")
    edited = exported.replace(
        '<target state="new"/>', '<target state="signed-off">الاعتراض على التسويق.</target>'
    ).replace('id="b-access"', 'id="b-gone"')
    path = tmp_path / "edited.xlf"
    path.write_text(edited, encoding="utf-8")
    policy.find_block("b-object")[1].set_text(
        "en", "Objection to marketing."
    )  # edited after export
    _, _, report = import_translations(policy, "ar", _updates(path))
    assert report.updated == ["b-object"]
    assert report.unknown == ["b-gone"]
    assert report.missing == ["b-access"]
    assert report.source_changed == ["b-object"]
    assert policy.find_block("b-object")[1].state("ar").status is Status.DRAFT


HOSTILE = {
    "entities": """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar" original="pol-1"><body>
<trans-unit id="b-access"><source>Access to your records.</source><target state="final">&lol2;</target></trans-unit>
</body></file></xliff>""",
    "external": """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar" original="pol-1"><body>
<trans-unit id="b-access"><source>Access to your records.</source><target state="final">&xxe;</target></trans-unit>
</body></file></xliff>""",
    "malformed": """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar"><body>
<trans-unit id="b-access"><source>Access</source><target state="final">وصول</target></trans-unit>
</body></file>""",
    "duplicate ids": """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar"><body>
<trans-unit id="b-access"><source>Access to your records.</source><target state="final">أ</target></trans-unit>
<trans-unit id="b-access"><source>Access to your records.</source><target state="final">ب</target></trans-unit>
</body></file></xliff>""",
    "xliff 3": """<?xml version="1.0"?>
<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:3.0" srcLang="en"><file id="f"/></xliff>""",
    "xliff 2 duplicate ids": """<?xml version="1.0"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ar"><file id="f">
<unit id="b-access"><segment state="final"><source>Access to your records.</source><target>أ</target></segment></unit>
<unit id="b-access"><segment state="final"><source>Access to your records.</source><target>ب</target></segment></unit>
</file></xliff>""",
    "not xliff": """<?xml version="1.0"?><html><body>hello</body></html>""",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_malformed_or_hostile_xliff_is_refused_and_changes_nothing(tmp_path, name, rights_policy):
    policy = rights_policy
    before = policy.copy()
    path = tmp_path / "bad.xlf"
    path.write_text(HOSTILE[name], encoding="utf-8")
    with pytest.raises(XliffError, match=str(path)):
        import_translations(policy, "ar", _updates(path))
    assert policy == before


def test_an_unknown_inline_tag_is_dropped_with_a_warning(tmp_path):
    path = tmp_path / "tags.xlf"
    path.write_text(
        """<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar"><body>
<trans-unit id="u1"><source>A <x id="1" equiv-text="{{organization}}"/> b</source><target>أ <x id="1"/> <bpt id="2">&lt;b&gt;</bpt>ب</target></trans-unit>
</body></file></xliff>""",
        encoding="utf-8",
    )
    result = read(path)
    assert result.units[0].target == "أ {{organization}} ب"
    assert any("bpt" in w for w in result.report.warnings)


def test_export_into_the_source_language_is_refused(rights_policy):
    with pytest.raises(PolicyStudioError, match="source language"):
        policy_to_xliff(rights_policy, "en")


def test_export_command_writes_xliff_through_the_registry(tmp_path, rights_policy, capsys):
    from policy_studio.cli import main
    from policy_studio.storage import Workspace

    ws_path = tmp_path / "w.pstudio"
    with Workspace.create(ws_path) as ws:
        ws.save_policy(rights_policy)
    out = tmp_path / "segments.xlf"
    code = main(["export", rights_policy.id, "-w", str(ws_path), "--format", "xliff",
                 "--lang", "en,ar", "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    result = registry.reader_for_path(out).load()(out)
    assert [b.id for _, b in result.policy.iter_blocks()][:2] == ["s1-title", "b-intro"]
