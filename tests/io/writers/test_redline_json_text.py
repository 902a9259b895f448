"""The JSON redline's text is exactly ``json.dumps(..., ensure_ascii=False, indent=2)``.

The writer indents with its own encoder (the standard one leaves C for Python when asked to
indent); a reader of the file must not see any difference.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_studio.diff import compare
from policy_studio.io.writers.redline_json import dumps_indented, redline_to_json
from policy_studio.model import Block, BlockKind, Policy, Section

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_same_text_as_the_standard_library(value: object) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_non_string_keys_and_refusals_as_the_standard_library():
    value = {3: "a", 2.5: "b", True: "c", None: "d", "ز": ["\u202e", '"\\\n']}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        dumps_indented({"x": object()})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "tuple key"})


def test_a_redline_in_english_and_arabic_reads_back_equal():
    def policy(en: str, ar: str) -> Policy:
        block = Block(BlockKind.PARAGRAPH, {"en": en, "ar": ar}, id="b1")
        heading = Block(BlockKind.TITLE, {"en": "Rights", "ar": "الحقوق"}, id="h1")
        return Policy(
            title={"en": "Notice", "ar": "إشعار"},
            source_language="en",
            target_languages=["ar"],
            sections=[Section(heading=heading, blocks=[block], id="s1")],
        )

    old = policy("We keep **records** for 30 days.", "نحتفظ بالسجلات مدة ٣٠ يومًا.")
    new = policy("We keep records for 60 days.", "نحتفظ بالسجلات مدة ٦٠ يومًا.")
    data = redline_to_json(compare(old, new, ["en", "ar"]))
    text = dumps_indented(data)
    assert text == json.dumps(data, ensure_ascii=False, indent=2)
    assert json.loads(text) == data
    assert "٦٠" in text  # Arabic digits stay characters, not \\u escapes
