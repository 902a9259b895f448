"""Glossary exchange: TBX (TBX-Basic out; TBX 2 and v3 in) and CSV."""

from __future__ import annotations

import io

import pytest
from translate.storage import tbx as tk_tbx

from policy_studio.library.termbase import export_glossary, import_glossary, read_glossary
from policy_studio.library.xmlsafe import ExchangeError
from policy_studio.storage import Workspace


@pytest.fixture
def glossary_ws(tmp_path):
    ws = Workspace.create(tmp_path / "g.pstudio")
    ws.add_glossary_term("en", "ar", "personal data", "البيانات الشخصية", "legal sense")
    ws.add_glossary_term("en", "fr", "personal data", "données personnelles")
    ws.add_glossary_term("en", "ar", "controller", "المتحكم")
    ws.add_glossary_term(
        "en", "ar", "personal data", "المعطيات", "not in our policies", forbidden=True
    )
    yield ws
    ws.close()


def _pairs(entries):
    return {
        (e.source_lang, e.target_lang, e.source_term, e.target_term, e.note, e.forbidden)
        for e in entries
    }


def test_translate_toolkit_reads_our_tbx(glossary_ws, tmp_path):
    path = tmp_path / "terms.tbx"
    export_glossary(glossary_ws, path)
    store = tk_tbx.tbxfile(io.BytesIO(path.read_bytes()), sourcelanguage="en", targetlanguage="ar")
    assert {(u.source, u.target) for u in store.units} == {
        ("personal data", "البيانات الشخصية"),
        ("controller", "المتحكم"),
    }
    assert store.document.getroot().get("type") == "TBX-Basic"


@pytest.mark.parametrize("suffix", ["tbx", "csv"])
def test_round_trip_keeps_every_pair_and_note(glossary_ws, tmp_path, suffix):
    path = tmp_path / f"terms.{suffix}"
    export_glossary(glossary_ws, path)
    other = Workspace.create(tmp_path / f"o-{suffix}.pstudio")
    report = import_glossary(other, path)
    assert report.added == 4
    assert _pairs(other.glossary()) == _pairs(glossary_ws.glossary())
    assert any(e.forbidden for e in other.glossary())  # the must-not-use flag survives
    assert import_glossary(other, path).already == 4
    other.close()


def test_a_tbx_v3_file_imports(tmp_path):
    path = tmp_path / "v3.tbx"
    path.write_text(
        '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" '
        'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>'
        '<conceptEntry id="c1"><langSec xml:lang="en">'
        "<termSec><term>data subject</term></termSec></langSec>"
        '<langSec xml:lang="sw">'
        "<termSec><term>mhusika wa data</term><note>legal</note></termSec></langSec>"
        "</conceptEntry></body></text></tbx>",
        encoding="utf-8",
    )
    assert _pairs(read_glossary(path).entries) == {
        ("en", "sw", "data subject", "mhusika wa data", "legal", False)
    }


def test_a_csv_from_a_spreadsheet_imports_with_a_shared_note_column(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(
        "en-US;ar;Comment\npersonal data;البيانات الشخصية;use everywhere\n;;\nlonely;;\n",
        encoding="utf-8",
    )
    report = read_glossary(path)
    assert _pairs(report.entries) == {
        ("en", "ar", "personal data", "البيانات الشخصية", "use everywhere", False)
    }
    assert report.skipped == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.csv", b"term,translation\nx,y\n", "first row must name the languages"),
        ("bad.csv", "en,ar\nterme,\xe9\n".encode("latin-1"), "not UTF-8"),
        (
            "bad.tbx",
            b'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "y">]><martif/>',
            "declares XML entities",
        ),
        ("bad.tbx", b"<html/>", "not a TBX file"),
        ("bad.odt", b"", "use .tbx or .csv"),
    ],
)
def test_bad_files_are_refused_with_the_file_named(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as info:
        read_glossary(path)
    assert str(path) in str(info.value) and message in str(info.value)
