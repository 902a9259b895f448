"""A variable's name is Latin in every language: it does not make an Arabic line English.

"العنوان: {{organization_address}}" has more Latin letters (in the variable's name) than Arabic
ones; read as English, the Arabic half of a one-language-after-the-other export lost its list
items to the English half.
"""

from __future__ import annotations

from policy_studio.io.intermediate import Line, Role
from policy_studio.io.langdetect import detect_languages


def test_an_arabic_line_with_a_long_variable_name_is_arabic() -> None:
    lines = [
        Line(Role.PARAGRAPH, "We keep your records for two years and then delete them."),
        Line(Role.BULLET, "**العنوان:** {{organization_address}}"),
        Line(Role.BULLET, "**الهاتف:** {{contact_phone_number}}"),
        Line(Role.BULLET, "**Address:** {{organization_address}}"),
    ]
    detect_languages(lines)
    assert [line.lang for line in lines] == ["en", "ar", "ar", "en"]
