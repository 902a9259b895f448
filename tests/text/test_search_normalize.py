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
