"""Language facts in one place: tags, directions, scripts, fonts, digits, names from CLDR."""

from __future__ import annotations

import pytest

from policy_studio.model import Direction, language
from policy_studio.text.languages import display_name


@pytest.mark.parametrize(
    ("code", "tag", "script", "font"),
    [
        ("ar", "ar-SA", "Arab", "Noto Naskh Arabic"),
        ("he", "he-IL", "Hebr", "Noto Sans Hebrew"),
        ("fa", "fa-IR", "Arab", "Noto Naskh Arabic"),
        ("ur", "ur-PK", "Aran", "Noto Nastaliq Urdu"),
    ],
)
def test_right_to_left_languages_have_their_own_tag_script_and_font(
    code: str, tag: str, script: str, font: str
) -> None:
    lang = language(code)
    assert lang.direction is Direction.RTL
    assert (lang.bcp47, lang.script, lang.fonts[0]) == (tag, script, font)


def test_digits_and_list_styles_come_with_the_language() -> None:
    assert language("ar").localise_digits("12.") == "١٢."
    assert language("fa").localise_digits("3") == "۳"
    assert language("en").localise_digits("3") == "3"
    assert (language("ar").css_list_style, language("ar").docx_num_format) == (
        "arabic-indic",
        "hindiNumbers",
    )
    assert language("fa").css_list_style == "persian"


def test_names_come_from_cldr_in_every_interface_language() -> None:
    assert display_name("ar", "en") == "Arabic"
    assert display_name("ar", "fr") == "arabe"
    assert display_name("he", "ar") == "العبرية"
    assert display_name("sw", "sw") == "Kiswahili"
    assert display_name("zz", "en") == "zz"  # no name anywhere: the code, never an error


def test_direction_of_a_flag() -> None:
    assert Direction.of(True) is Direction.RTL and Direction.of(False) is Direction.LTR
