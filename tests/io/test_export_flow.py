"""The export flow: numbering, list counters per list and language, safe links, sanitising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_studio.layout import build, fast_runs, latin_pieces, safe_link
from policy_studio.layout.options import ExportOptions, Layout, parse_signoff
from policy_studio.model import Policy
from policy_studio.text.markup import parse, parse_with_markdown_it


def test_every_list_in_every_language_gets_its_own_counter(export_policy: Policy) -> None:
    doc = build(export_policy, ExportOptions(["en", "ar"], Layout.COLUMNS))
    ids = [
        (part.lang.code, item.list_id)
        for part in doc.parts
        for section in part.sections
        for item in section.items
        if item.list_id is not None
    ]
    by_list: dict[int, set[str]] = {}
    for code, list_id in ids:
        by_list.setdefault(list_id, set()).add(code)
    # Three lists per language, none shared between the columns.
    assert len(by_list) == 6
    assert all(len(codes) == 1 for codes in by_list.values())
    numbered = [i.ordinal for i in doc.parts[1].sections[1].items if i.list_id is not None]
    assert numbered == [1, 1, 2]


def test_native_digits_follow_the_policy_setting_unless_the_export_overrides_it(
    export_policy: Policy,
) -> None:
    plain = build(export_policy, ExportOptions(["ar"]))
    assert plain.parts[0].sections[1].label == "2."
    export_policy.native_digits = True
    localised = build(export_policy, ExportOptions(["ar"]))
    assert localised.parts[0].sections[1].label == "٢."
    numbered = [i.marker for i in localised.parts[0].sections[1].items if i.marker]
    assert numbered[-2:] == ["١.", "٢."]
    # English has no other digits: the same setting leaves its numbers alone.
    assert build(export_policy, ExportOptions(["en"])).parts[0].sections[1].label == "2."
    overridden = build(export_policy, ExportOptions(["ar"], native_digits=False))
    assert overridden.parts[0].sections[1].label == "2."


def test_variables_are_filled_and_unfilled_ones_are_visible_and_reported(
    export_policy: Policy,
) -> None:
    doc = build(export_policy, ExportOptions(["en"]))
    items = doc.parts[0].sections[0].items
    assert "privacy@acme.example" in "".join(s.text for s in items[3].runs)
    kept = "".join(s.text for s in doc.parts[0].sections[1].items[-1].runs)
    assert kept == "We keep data for [retention_period]."
    assert any("retention_period" in w for w in doc.warnings)


def test_hostile_text_loses_script_links_and_bidi_overrides(hostile_policy: Policy) -> None:
    doc = build(hostile_policy, ExportOptions(["en"]))
    spans = doc.parts[0].sections[0].items[-1].runs
    text = "".join(s.text for s in spans)
    assert "\u202e" not in text
    assert all(s.link is None for s in spans)
    assert "<script>" in text  # kept as text: writers escape it
    # markdown-it already refuses to parse a javascript: link: it stays visible, inert text.
    assert "javascript:alert(2)" in text
    assert any("bidi override" in w for w in doc.warnings)


def test_only_web_and_mail_links_are_kept() -> None:
    assert safe_link("https://a.example") == "https://a.example"
    assert safe_link("MAILTO:x@a.example") == "MAILTO:x@a.example"
    assert safe_link(" javascript:alert(1)") is None
    assert safe_link("file:///etc/passwd") is None


def test_latin_items_inside_arabic_are_found() -> None:
    pieces = latin_pieces("راسلنا على privacy@acme.example أو 0700 123 456 اليوم")
    assert ("privacy@acme.example", True) in pieces
    assert ("0700 123 456", True) in pieces


def test_signoff_text_is_parsed() -> None:
    signers = parse_signoff("Amina Yusuf, Data Protection Officer; Omar Said")
    assert [(s.name, s.role) for s in signers] == [
        ("Amina Yusuf", "Data Protection Officer"),
        ("Omar Said", ""),
    ]


# -- the fast path for common markup must agree with markdown-it exactly ----------------------

TOKENS = [
    "we",
    "keep",
    "data",
    "بيانات",
    "نحتفظ",
    "2025",
    " ",
    " ",
    ".",
    ",",
    ":",
    "(",
    ")",
    "'",
    '"',
    "*",
    "**",
    "***",
    "_",
    "[",
    "]",
    "](",
    "https://a.example/x",
    "mailto:x@a.example",
    "javascript:x",
    "{{",
    "}}",
    "{{name}}",
    "{{ name }}",
    "{{a_b}}",
    "{{_x}}",
    "a_b",
    "\\",
    "&",
    "<b>",
    "!",
    "\n",
    "-",
    "é",
]


@given(st.lists(st.sampled_from(TOKENS), max_size=14).map("".join))
@settings(max_examples=600, deadline=None)
def test_fast_markup_runs_equal_the_parser(markup: str) -> None:
    fast = fast_runs(markup)
    if fast is not None:
        assert tuple(fast) == parse_with_markdown_it(markup)
    # ``parse`` takes the fast paths first: it must still give what markdown-it gives.
    assert tuple(parse(markup)) == parse_with_markdown_it(markup)


def test_fast_path_takes_the_common_shapes() -> None:
    markup = "Write to {{contact_email}} or see [our site](https://a.example/x), **now** *please*."
    assert tuple(fast_runs(markup) or ()) == parse_with_markdown_it(markup)
    assert fast_runs("snake_case *and* more") is None  # underscores: the parser decides


def test_untranslated_blocks_are_visible_and_reported_once_per_language(
    export_policy: Policy,
) -> None:
    for block in export_policy.sections[1].blocks[:2]:
        del block.text["ar"]
    doc = build(export_policy, ExportOptions(["en", "ar"], Layout.COLUMNS))
    items = doc.parts[1].sections[1].items
    assert [s.text for s in items[0].runs] == ["[غير مترجم]"] and items[0].untranslated
    assert [w for w in doc.warnings if "no Arabic text" in w] == [
        "2 block(s) have no Arabic text: shown as [غير مترجم]"
    ]
