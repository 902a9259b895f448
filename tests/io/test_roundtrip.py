"""Our own exports come back (issue 12): the policy's blocks and languages, exactly.

Recognised from the export's stable markers (classes), not from guesses: the two-column
table's rows are the pairs, a placeholder "[name]" is the variable {{name}} again, a
"[not translated]" marker is no text, the contents list is left out.
"""

from __future__ import annotations

import pytest

from policy_studio.io import registry
from policy_studio.io.import_flow import read_any
from policy_studio.layout.options import ExportOptions, Layout, Signer
from policy_studio.model import Block, BlockKind, Status

from .conftest import make_policy


def _shape(policy, languages):  # type: ignore[no-untyped-def]
    return [
        (
            {lang: section.title(lang) for lang in languages},
            [
                (block.kind.value, {lang: block.get(lang) for lang in languages})
                for block in section.blocks
            ],
        )
        for section in policy.sections
    ]


@pytest.mark.parametrize("layout", [Layout.COLUMNS, Layout.SEQUENTIAL])
def test_an_html_export_of_two_languages_imports_back_to_the_same_blocks(
    tmp_path, rights_policy, layout
):
    out = tmp_path / f"rights_{layout.value}.html"
    registry.writer("html")(
        rights_policy, out, ExportOptions(languages=["en", "ar"], layout=layout)
    )
    result = read_any(out)
    assert result.policy.languages == ["en", "ar"]
    assert result.policy.title.get("en") == rights_policy.title["en"]
    assert _shape(result.policy, ["en", "ar"]) == _shape(rights_policy, ["en", "ar"])
    # The contents list is navigation, not a section.
    assert all(s.title("en") != "Contents" for s in result.policy.sections)
    assert any(d.text.startswith("Contents") for d in result.report.dropped)


@pytest.mark.parametrize("layout", [Layout.SEQUENTIAL, Layout.COLUMNS])
def test_a_two_language_docx_export_imports_back_without_contents_list_or_markers(
    tmp_path, rights_policy, layout
):
    out = tmp_path / f"rights_{layout.value}.docx"
    registry.writer("docx")(
        rights_policy, out, ExportOptions(languages=["en", "ar"], layout=layout)
    )
    result = read_any(out)
    policy = result.policy
    assert policy.languages == ["en", "ar"]
    # The contents list and the "[not translated]" title are not policy text.
    assert [s.title("en") for s in policy.sections] == ["Your rights"]
    assert [s.title("ar") for s in policy.sections] == ["حقوقك"]
    assert "ar" not in policy.title
    reasons = {d.reason for d in result.report.dropped}
    assert "contents list" in reasons
    # Typed section numbers are numbering, not text: no "1. 1. Your rights" on export.
    assert any("typed number" in c.reason for c in result.report.changed)
    # Pairs by position; the untranslated item keeps its place and has no Arabic text.
    blocks = policy.sections[0].blocks
    assert [(b.get("en"), b.get("ar")) for b in blocks[1:]] == [
        ("Access to your records.", "الاطلاع على سجلاتك."),
        ("Erasure of records you no longer need.", "محو السجلات."),
        ("Objection to marketing (at any time).", ""),
    ]
    for count in result.report.words.values():
        assert count.unaccounted == 0


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_single_language_export_imports_back_without_its_furniture(
    tmp_path, rights_policy, fmt, lang
):
    """Sections, titles and blocks come back; the cover gives the organisation and effective
    date; the sign-off block, contents list, version line, running header and footer and the
    "[not translated]" markers are left out, each listed in the report."""
    rights_policy.organization = "Harbour Clinic"
    rights_policy.effective_date = "2025-01-31"
    rights_policy.version_label = "2.1"
    out = tmp_path / f"rights_{lang}.{fmt}"
    options = ExportOptions(
        languages=[lang], layout=Layout.SINGLE, signoff=[Signer("Amina Yusuf", "DPO")]
    )
    registry.writer(fmt)(rights_policy, out, options)
    result = read_any(out)
    policy, report = result.policy, result.report
    assert policy.languages == [lang]
    # The Arabic title was never written ("[not translated]"): none is invented.
    assert policy.title == ({"en": "Rights notice"} if lang == "en" else {})
    assert [s.title(lang) for s in policy.sections] == [rights_policy.sections[0].title(lang)]
    # Variables come back as variables, filled ({{organization}}) or not ({{contact_email}}).
    expected = [
        (b.kind.value, b.get(lang))
        for b in rights_policy.sections[0].blocks
        if b.get(lang)  # the untranslated item is not in an Arabic-only export
    ]
    assert [(b.kind.value, b.get(lang)) for b in policy.sections[0].blocks] == expected
    assert policy.organization == "Harbour Clinic"
    assert policy.effective_date == "2025-01-31"
    reasons = [d.reason for d in report.dropped]
    assert reasons.count("sign-off block of an export") == 3  # heading, header row, signer
    assert any(r.startswith("version line of an export") for r in reasons)
    assert ("contents list" if fmt == "docx" else "navigation") in reasons
    if fmt == "docx":
        assert "page header" in reasons and "page footer" in reasons
    if lang == "ar":
        assert "not-translated marker of an export" in reasons
    every = " ".join(b.get(lang) for _, b in policy.iter_blocks())
    assert "Amina" not in every and "Version" not in every
    assert report.words[lang].unaccounted == 0


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize("layout", [Layout.COLUMNS, Layout.SEQUENTIAL])
def test_a_two_language_export_with_cover_and_sign_off_keeps_them_out_of_the_sections(
    tmp_path, rights_policy, fmt, layout
):
    rights_policy.organization = "Harbour Clinic"
    rights_policy.set_meta("organization", "ar", "عيادة الميناء")
    rights_policy.effective_date = "2025-01-31"
    out = tmp_path / f"rights_{layout.value}.{fmt}"
    options = ExportOptions(
        languages=["en", "ar"], layout=layout, signoff=[Signer("Amina Yusuf", "DPO")]
    )
    registry.writer(fmt)(rights_policy, out, options)
    result = read_any(out)
    policy, report = result.policy, result.report
    assert [s.heading.text for s in policy.sections] == [{"en": "Your rights", "ar": "حقوقك"}]
    assert policy.organization == "Harbour Clinic"
    assert policy.meta_value("organization", "ar") == "عيادة الميناء"
    assert policy.effective_date == "2025-01-31"
    signoff = [d.text for d in report.dropped if d.reason == "sign-off block of an export"]
    assert signoff[0] == "Approval / الاعتماد" and signoff[-1] == "Amina Yusuf | DPO"
    for count in report.words.values():
        assert count.unaccounted == 0


LONG_NAME = "office_that_answers_requests_about_personal_data_in_the_area"
assert len(LONG_NAME) == 60

_VARIABLE_LAYOUTS = [
    ("docx", Layout.SINGLE, ["en"]),
    ("docx", Layout.SINGLE, ["ar"]),
    ("docx", Layout.COLUMNS, ["en", "ar"]),
    ("docx", Layout.SEQUENTIAL, ["en", "ar"]),
    ("html", Layout.SINGLE, ["en"]),
    ("html", Layout.SINGLE, ["ar"]),
    ("html", Layout.COLUMNS, ["en", "ar"]),
    ("html", Layout.SEQUENTIAL, ["en", "ar"]),
]


@pytest.mark.parametrize(("fmt", "layout", "langs"), _VARIABLE_LAYOUTS)
def test_variables_come_back_as_variables_with_their_values(tmp_path, fmt, layout, langs):
    """Filled or not, bold, inside Arabic with a Latin address cut into pieces by the layout:
    every variable of the export is {{name}} again in the blocks, and a filled one's value is
    the policy's value in that language (listed in the report), nothing left unaccounted."""
    policy = make_policy()
    policy.organization = "Harbour Clinic"
    policy.set_meta("organization", "ar", "عيادة الميناء")
    policy.variables = {
        # In Arabic the value mixes scripts: the layout isolates the address as its own piece.
        "contact_email": {"en": "privacy@harbour.example", "ar": "البريد privacy@harbour.example"},
        # 60 characters: too long for a Word bookmark's name (40) with our "_PsV<n>_" before it.
        LONG_NAME: {"en": "the Records Desk", "ar": "مكتب السجلات"},
    }
    long_block = Block(
        BlockKind.PARAGRAPH,
        {
            "en": f"Requests go to {{{{{LONG_NAME}}}}}.",
            "ar": f"تذهب الطلبات إلى {{{{{LONG_NAME}}}}}.",
        },
        id="b-long",
    )
    long_block.confirm("ar", "en", Status.REVIEWED)
    policy.sections[0].blocks.insert(1, long_block)
    out = tmp_path / f"vars_{layout.value}_{'_'.join(langs)}.{fmt}"
    registry.writer(fmt)(policy, out, ExportOptions(languages=langs, layout=layout))
    result = read_any(out)
    got = result.policy

    def blocks(p: object, languages: list[str]) -> list[tuple[str, dict[str, str]]]:
        return [
            (b.kind.value, {code: b.get(code) for code in languages})
            for b in p.sections[0].blocks  # type: ignore[attr-defined]
            if any(b.get(code) for code in languages)
        ]

    assert blocks(got, langs) == blocks(policy, langs)
    assert got.variables == {
        name: {code: policy.variables[name][code] for code in langs}
        for name in ("contact_email", LONG_NAME)
    }
    kept = [c for c in result.report.changed if c.after == "{{contact_email}}"]
    assert sorted(c.lang for c in kept) == sorted(langs)
    kept = [c for c in result.report.changed if c.after == "{{" + LONG_NAME + "}}"]
    assert sorted(c.lang for c in kept) == sorted(langs)
    assert "organization" not in got.variables  # the cover's organisation gives it already
    for count in result.report.words.values():
        assert count.unaccounted == 0


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_an_unfilled_variable_comes_back_unfilled(tmp_path, rights_policy, fmt):
    out = tmp_path / f"unfilled.{fmt}"
    registry.writer(fmt)(rights_policy, out, ExportOptions(languages=["en"]))
    result = read_any(out)
    intro = result.policy.sections[0].blocks[0].get("en")
    assert intro.startswith("Write to {{contact_email}} and **{{organization}}**")
    assert result.policy.variables == {}  # "[contact_email]" is no value


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_an_arabic_first_export_of_a_policy_without_an_arabic_title_comes_back(
    tmp_path, rights_policy, fmt
):
    """Arabic first, one language after the other, and no Arabic title (the cover says "[غير
    مترجم]"): the English title came back as a block of section 1 and, with the variables'
    Latin names read as English, the Arabic list items were taken for English text."""
    assert "ar" not in rights_policy.title
    out = tmp_path / f"rights_ar_first.{fmt}"
    registry.writer(fmt)(
        rights_policy, out, ExportOptions(languages=["ar", "en"], layout=Layout.SEQUENTIAL)
    )
    result = read_any(out)
    policy = result.policy
    assert policy.title == {"en": rights_policy.title["en"]}
    assert _shape(policy, ["en", "ar"]) == _shape(rights_policy, ["en", "ar"])
    for count in result.report.words.values():
        assert count.unaccounted == 0


def test_a_variable_name_longer_than_a_document_property_holds_comes_back(tmp_path):
    """A name past the 255 characters Word keeps of a text property is kept in parts."""
    name = "v" + "_very_long" * 30
    policy = make_policy()
    policy.variables = {name: {"en": "the Records Desk"}}
    policy.sections[0].blocks[1].text["en"] = f"Ask {{{{{name}}}}} for access."
    out = tmp_path / "huge_name.docx"
    registry.writer("docx")(policy, out, ExportOptions(languages=["en"]))
    got = read_any(out).policy
    assert got.sections[0].blocks[1].get("en") == f"Ask {{{{{name}}}}} for access."
    assert got.variables == {name: {"en": "the Records Desk"}}


def test_a_long_named_variable_whose_name_was_removed_is_text_with_a_warning(tmp_path):
    """A tool that drops the custom properties leaves the bookmark without its name: the value
    stays as text, and the report says so."""
    import io
    import zipfile

    policy = make_policy()
    policy.variables = {LONG_NAME: {"en": "the Records Desk"}}
    policy.sections[0].blocks[1].text["en"] = f"Ask {{{{{LONG_NAME}}}}} for access."
    out = tmp_path / "long.docx"
    registry.writer("docx")(policy, out, ExportOptions(languages=["en"]))
    stripped = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(stripped, "w") as target:
        for item in source.infolist():
            if item.filename != "docProps/custom.xml":
                target.writestr(item, source.read(item.filename))
    out.write_bytes(stripped.getvalue())
    result = read_any(out)
    assert result.policy.sections[0].blocks[1].get("en") == "Ask the Records Desk for access."
    assert any(
        "1 variable of our export lost its name" in w and "kept as text" in w
        for w in result.report.warnings
    )
