"""Word diff inside a block: exact edit scripts (property tests) and a readable clean-up."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from policy_studio.diff.words import diff_words, hunks, new_text, old_text

WORDS = [
    "data",
    "we",
    "keep",
    "your",
    "the",
    "two",
    "years",
    "،",
    ".",
    "البيانات",
    "والبيانات",
    "نحتفظ",
    "ب",
    "بالملاحظات",
    "سنتين",
    "١٢",
    "2024",
    "e-mail",
    "\n",
]


def sentence(words: list[str]) -> str:
    return " ".join(words)


texts = st.lists(st.sampled_from(WORDS), max_size=25).map(sentence)


@st.composite
def edited_pair(draw):
    """A text and a random edit of it: words replaced, inserted, deleted (Arabic included)."""
    words = draw(st.lists(st.sampled_from(WORDS), max_size=30))
    edited = list(words)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        pos = draw(st.integers(0, len(edited)))
        word = draw(st.sampled_from(WORDS))
        if action == "insert":
            edited.insert(pos, word)
        elif edited and pos < len(edited):
            if action == "delete":
                del edited[pos]
            else:
                edited[pos] = word
    return sentence(words), sentence(edited)


@settings(max_examples=300)
@given(edited_pair())
def test_applying_the_edit_script_to_the_old_text_gives_the_new_text(pair):
    old, new = pair
    segments = diff_words(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new


@given(st.text(), st.text())
def test_edit_script_is_exact_for_any_unicode(old, new):
    segments = diff_words(old, new)
    assert old_text(segments) == old and new_text(segments) == new
    assert all(s.text for s in segments)


@given(edited_pair())
def test_clean_up_never_makes_more_separate_changes(pair):
    old, new = pair
    assert hunks(diff_words(old, new)) <= hunks(diff_words(old, new, cleanup=False))


def changes(old, new):
    return [(s.op.value, s.text) for s in diff_words(old, new)]


def test_changed_number_is_a_whole_word_change():
    assert changes("kept for 12 months.", "kept for 18 months.") == [
        ("equal", "kept for "),
        ("delete", "12"),
        ("insert", "18"),
        ("equal", " months."),
    ]


def test_no_one_word_confetti_between_larger_changes():
    out = changes(
        "members may freely join the weekly garden meetings",
        "visitors can always attend the monthly committee sessions",
    )
    assert out == [
        ("delete", "members may freely join the weekly garden meetings"),
        ("insert", "visitors can always attend the monthly committee sessions"),
    ]


def test_arabic_clitic_added_is_a_small_insertion():
    assert changes("البيانات الشخصية", "والبيانات الشخصية") == [
        ("insert", "و"),
        ("equal", "البيانات الشخصية"),
    ]


def test_an_arabic_word_inserted_before_an_article_is_shown_whole():
    """The diff splits "ال" off its word, so a word added before "الأخرى" came out as
    "مالية ال" inserted after a kept "ال": a split word in the review list and the redlines.
    The same edit is drawn between whole words."""
    old = "لمدة سنتين الشخصية البيانات الأخرى"
    new = "نحتفظ لمدة سنتين الشخصية البيانات المالية الأخرى نحتفظ"
    segments = changes(old, new)
    assert ("insert", "المالية ") in segments
    for (_, left), (_, right) in itertools.pairwise(segments):
        assert not (left[-1:].isalpha() and right[:1].isalpha()), segments


def test_a_deleted_arabic_word_before_an_article_is_shown_whole():
    old = "نحتفظ لمدة سنتين الشخصية البيانات المالية الأخرى نحتفظ"
    new = "لمدة سنتين الشخصية البيانات الأخرى"
    segments = changes(old, new)
    assert ("delete", "المالية ") in segments
    for (_, left), (_, right) in itertools.pairwise(segments):
        assert not (left[-1:].isalpha() and right[:1].isalpha()), segments
