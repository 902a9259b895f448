"""Grid cells read like a CAT tool: formatting applied, variables as named tags, no raw markup."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from policy_studio.ui.models.segment_text import (
    FSI,
    PDI,
    VARIABLE_CSS,
    cell_html,
    changed_html,
    pieces,
)


def shown(html: str) -> str:
    """The text a user sees for cell HTML (what the delegate lays out)."""
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_bold_and_variables_show_without_asterisks_or_braces(qapp):
    html = cell_html("**Postal address:** {{organization_address}}", rtl=False)
    text = shown(html)
    assert "**" not in text and "{{" not in text and "}}" not in text
    assert "Postal address:" in text and "organization_address" in text
    assert "<b>Postal address:</b>" in html
    assert f'<span style="{VARIABLE_CSS}">' in html


def test_an_arabic_cell_isolates_the_latin_variable_name(qapp):
    html = cell_html("العنوان البريدي: {{organization_address}}.", rtl=True)
    text = shown(html)
    # toPlainText turns the tag's no-break spaces into spaces.
    assert f"{FSI} organization_address {PDI}" in text
    assert text.endswith(".") and "{{" not in text


def test_italic_links_and_escapes(qapp):
    html = cell_html(r"*Read* [our notice](https://example.org/n) \*now\*", rtl=False)
    assert "<i>Read</i>" in html
    assert 'href="https://example.org/n"' in html
    assert shown(html) == "Read our notice *now*"


def test_highlights_given_on_the_markup_land_on_the_right_words(qapp):
    markup = "We keep **personal data** for {{period}}."
    start = markup.index("personal data")
    html = cell_html(
        markup,
        rtl=False,
        spans=[(start, start + len("personal data"), "background-color:#fff1a8;")],
    )
    assert '<b><span style="background-color:#fff1a8;">personal data</span></b>' in html
    var = markup.index("{{")
    html = cell_html(markup, rtl=False, spans=[(var, var + 2, "color:red;")])
    assert f'<span style="{VARIABLE_CSS}color:red;">' in html


def test_pieces_map_visible_characters_back_to_the_markup():
    markup = r"a **b** \* {{x}}"
    got = [(p.run.text or p.run.variable, p.positions) for p in pieces(markup)]
    assert got[0] == ("a ", (0, 1))
    assert got[1] == ("b", (4,))
    assert got[2][0] == " * " and [markup[i] for i in got[2][1]] == [" ", "*", " "]
    assert got[3] == ("x", tuple(range(11, 16)))


def test_the_stale_change_is_word_by_word_with_the_variable_as_one_token(qapp):
    html = changed_html(
        "Write to {{email}} within 30 days.", "Write to **{{email}}** within 14 days.", rtl=False
    )
    text = shown(html)
    assert "{{" not in text and "**" not in text
    assert "line-through" in html and ">30<" in html and ">14<" in html
    # The variable became bold: old tag struck, new tag inserted, never split into braces.
    assert text.count("email") == 2


def test_the_stale_change_of_an_arabic_source(qapp):
    html = changed_html("نحتفظ بالسجلات سنة", "نحتفظ **بالسجلات** سنتين", rtl=True)
    assert shown(html).startswith("نحتفظ ")
    assert ">سنة<" in html and ">سنتين<" in html and "<b>" in html


@given(st.text(alphabet="ab ن*_{}[]()\\\n", max_size=40).map(lambda s: s.replace("{", "{{x}}", 1)))
@example("[\\[{{x}}[[")  # found by this test: text before a variable mapped past it
@example("[\\[*[[*[")  # found by this test: an escaped "[" mapped onto a later one
def test_every_visible_character_maps_back_to_itself_in_the_markup(markup):
    """Highlights computed on the markup (glossary, findings) land on the characters shown."""
    last = -1
    for piece in pieces(markup):
        if piece.run.variable is not None:
            assert markup[piece.positions[0] : piece.positions[-1] + 1].startswith("{{")
        else:
            assert len(piece.positions) == len(piece.run.text)
            assert all(
                markup[i] == ch for i, ch in zip(piece.positions, piece.run.text, strict=True)
            )
        assert all(i > last for i in piece.positions[:1])
        last = piece.positions[-1] if piece.positions else last
