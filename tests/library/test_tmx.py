"""TMX 1.4b: our memory out to a file translate-toolkit reads, and other tools' files back in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from translate.storage import tmx as tk_tmx

from policy_studio.library.memory import TranslationMemory
from policy_studio.library.tmx import export_tmx, import_tmx, iso_date, read_tmx, tmx_date
from policy_studio.library.xmlsafe import ExchangeError
from policy_studio.model import Block, Policy, Section, Status
from policy_studio.model.tmunit import TmUnit
from policy_studio.storage import Workspace


def _policy_with_confirmed(workspace: Workspace) -> None:
    reviewed = Block(text={"en": "We answer within a week.", "ar": "نرد خلال أسبوع."})
    reviewed.confirm("ar", "en", Status.REVIEWED)
    draft = Block(text={"en": "A draft line.", "ar": "سطر مسودة."})
    workspace.save_policy(
        Policy(
            title={"en": "Shop"},
            target_languages=["ar"],
            sections=[Section(blocks=[reviewed, draft])],
        )
    )


def test_translate_toolkit_reads_every_unit_with_its_languages_status_and_dates(
    workspace, tmp_path
):
    _policy_with_confirmed(workspace)
    path = tmp_path / "memory.tmx"
    report = export_tmx(workspace, path, [("en", "ar")])

    store = tk_tmx.tmxfile(io.BytesIO(path.read_bytes()))
    pairs = {(u.source, u.target) for u in store.units}
    assert (
        "Records stay with us for {{retention_period}}.",
        "تبقى السجلات لدينا مدة {{retention_period}}.",
    ) in pairs
    assert ("We answer within a week.", "نرد خلال أسبوع.") in pairs
    assert ("A draft line.", "سطر مسودة.") not in pairs  # a draft is not memory
    assert len(store.units) == report.total == report.units[("en", "ar")]
    tu = next(u for u in store.units if u.source == "We answer within a week.").xmlelement
    props = {p.get("type"): p.text for p in tu.iter("prop")}
    assert props["x-ps-status"] == "reviewed" and props["x-ps-origin"] == "Shop"
    assert len(tu.get("changedate")) == 16 and tu.get("changedate").endswith("Z")
    header = store.document.getroot().find("header")
    assert header.get("srclang") == "en" and header.get("creationtool") == "Policy Studio"
    assert store.document.getroot().get("version") == "1.4"


def test_a_round_trip_keeps_every_unit_state_and_date(workspace, tmp_path):
    _policy_with_confirmed(workspace)
    first = tmp_path / "first.tmx"
    export_tmx(workspace, first, [("en", "ar")])
    other = Workspace.create(tmp_path / "other.pstudio")
    imported = import_tmx(other, first)
    assert imported.added == len(imported.units) > 0
    second = tmp_path / "second.tmx"
    export_tmx(other, second, [("en", "ar")])

    def units(path: Path) -> set[tuple[str, ...]]:
        out = set()
        for u in tk_tmx.tmxfile(io.BytesIO(path.read_bytes())).units:
            tu = u.xmlelement
            props = {p.get("type"): p.text for p in tu.iter("prop")}
            out.add(
                (
                    u.source,
                    u.target,
                    props["x-ps-status"],
                    props["x-ps-origin"],
                    tu.get("creationdate"),
                    tu.get("changedate"),
                )
            )
        return out

    assert units(first) == units(second)
    assert {u[2] for u in units(second)} == {"approved", "reviewed"}
    # Imported units are memory: the approved ones are offered as approved.
    memory = TranslationMemory.from_workspace(other, "en", "ar")
    best = memory.suggest("Invoices are archived.")[0]
    assert best.exact and best.status is Status.APPROVED
    other.close()


def test_a_tmx_written_by_translate_toolkit_imports(workspace, tmp_path):
    store = tk_tmx.tmxfile(sourcelanguage="en-US")
    store.addtranslation("Delete my account.", "en-US", "احذف حسابي.", "ar-SA", "from a CAT tool")
    store.addtranslation("Keep it short.", "en-US", "Restez bref.", "fr-FR")
    path = tmp_path / "toolkit.tmx"
    path.write_bytes(bytes(store))

    report = import_tmx(workspace, path)
    assert {(u.source_lang, u.target_lang, u.source, u.target) for u in report.units} == {
        ("en", "ar", "Delete my account.", "احذف حسابي."),
        ("en", "fr", "Keep it short.", "Restez bref."),
    }
    assert all(u.status is Status.TRANSLATED for u in report.units)  # no status of ours
    found = TranslationMemory.from_workspace(workspace, "en", "ar").suggest("Delete my account.")
    assert found[0].target == "احذف حسابي." and found[0].status is Status.TRANSLATED
    # --pair keeps one pair only.
    assert [u.target_lang for u in read_tmx(path, ("en", "fr")).units] == ["fr"]


def test_importing_the_same_file_twice_adds_nothing(workspace, tmp_path):
    path = tmp_path / "m.tmx"
    export_tmx(workspace, path, [("en", "ar")])
    other = Workspace.create(tmp_path / "o.pstudio")
    first = import_tmx(other, path)
    again = import_tmx(other, path)
    assert first.added > 0 and again.added == 0 and again.unchanged == first.added
    assert len(other.tm_units("en", "ar")) == first.added
    other.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            '<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu>'
            "</body></tmx>",
            "declares XML entities",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE tmx [<!ELEMENT tmx ANY>]><tmx version="1.4"/>',
            "carries its own DTD",
        ),
        ('<tmx version="1.4"><body><tu></body></tmx>', "not well-formed XML"),
        ('<?xml version="1.0"?><xliff version="1.2"/>', "not a TMX file"),
    ],
)
def test_hostile_or_broken_files_are_refused_with_the_file_named(tmp_path, content, message):
    path = tmp_path / "bad.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        read_tmx(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from policy_studio.library import tmx

    monkeypatch.setattr(tmx, "MAX_BYTES", 1000)
    path = tmp_path / "huge.tmx"
    path.write_text("<tmx>" + "<!-- padding -->" * 200 + "</tmx>", encoding="utf-8")
    with pytest.raises(ExchangeError, match="more than a TMX file may be"):
        read_tmx(path)


def test_the_standard_external_doctype_line_is_accepted_and_not_loaded(tmp_path):
    path = tmp_path / "trados.tmx"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">'
        '<tmx version="1.4"><header srclang="en-GB" creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
        '<tu creationdate="20240218T101500Z"><tuv xml:lang="en-GB"><seg>Hello.</seg></tuv>'
        '<tuv xml:lang="sw"><seg>Habari.</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    (unit,) = read_tmx(path).units
    assert (unit.source_lang, unit.target_lang, unit.target) == ("en", "sw", "Habari.")
    assert unit.created == unit.changed == "2024-02-18T10:15:00+00:00"


def test_dates_convert_both_ways():
    assert tmx_date("2024-02-18T10:15:00+00:00") == "20240218T101500Z"
    assert tmx_date("2024-02-18T12:15:00+02:00") == "20240218T101500Z"
    assert iso_date("20240218T101500Z") == "2024-02-18T10:15:00+00:00"
    assert iso_date("yesterday") == tmx_date("") == ""


def test_a_stored_unit_keeps_its_newer_state(tmp_path):
    ws = Workspace.create(tmp_path / "w.pstudio")
    old = TmUnit(
        "en", "ar", "Hi.", "مرحبا.", Status.TRANSLATED, "a", "", "2024-01-01T00:00:00+00:00"
    )
    new = TmUnit("en", "ar", "Hi.", "مرحبا.", Status.APPROVED, "b", "", "2024-06-01T00:00:00+00:00")
    assert ws.add_tm_units([old]) == (1, 0, 0)
    assert ws.add_tm_units([new]) == (0, 1, 0)
    assert ws.add_tm_units([old]) == (0, 0, 1)
    (stored,) = ws.tm_units()
    assert stored.status is Status.APPROVED and stored.origin == "b"
    ws.close()
