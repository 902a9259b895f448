"""Search folding makes Arabic spelling variants and diacritics equal."""

from __future__ import annotations

import pytest

from policy_studio.text.search_normalize import fold


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أمان", "امان"),
        ("إدارة", "اداره"),
        ("آخر", "اخر"),
        ("على", "علي"),
        ("البَيَانَات", "البيانات"),
        ("المعلومـــات", "المعلومات"),
        ("Données", "donnees"),
    ],
)
def test_variants_fold_to_the_same_form(a, b):
    assert fold(a) == fold(b)


def test_different_words_stay_different():
    assert fold("بيانات") != fold("بيان")


def test_index_form_adds_words_without_the_article():
    from policy_studio.text.search_normalize import index_form

    assert set(index_form("والسجلات للعملاء").split()) >= {"سجلات", "عملاء", "والسجلات"}


def test_the_fast_fold_equals_its_definition_on_mixed_scripts():
    import random

    from policy_studio.text.search_normalize import _fold_reference, fold

    rng = random.Random(5)
    alphabet = [
        chr(c)
        for c in [*range(0x20, 0x250), *range(0x300, 0x370), *range(0x590, 0x700), 0x1E9E, 0xFB01]
    ]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 25)))
        assert fold(text) == _fold_reference(text), text
