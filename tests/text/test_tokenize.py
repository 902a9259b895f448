"""The diff tokenizer: lossless, words kept whole, Arabic clitics split off."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policy_studio.text.tokenize import is_word, tokenize


def test_punctuation_numbers_and_dates_are_tokens_of_their_own():
    assert tokenize("Fees: 1,500.50 due 2024-02-18, e-mail us!") == [
        "Fees",
        ":",
        " ",
        "1,500.50",
        " ",
        "due",
        " ",
        "2024-02-18",
        ",",
        " ",
        "e-mail",
        " ",
        "us",
        "!",
    ]


def test_arabic_conjunction_preposition_and_article_are_split():
    assert tokenize("والبيانات") == ["و", "ال", "بيانات"]
    assert tokenize("للمستخدمين") == ["ل", "ل", "مستخدمين"]
    assert tokenize("بالبريد") == ["ب", "ال", "بريد"]


def test_short_arabic_words_and_diacritics_stay_whole():
    assert tokenize("وقت") == ["وقت"]
    assert tokenize("تُؤرشَف") == ["تُؤرشَف"]


def test_is_word():
    assert is_word("seasons") and is_word("٣") and not is_word(", ")


@given(st.text(alphabet=st.sampled_from(list("ab ,.-'و ال ب ل م ن 12\u064e\n")) | st.characters()))
def test_tokens_join_back_to_the_text(text):
    assert "".join(tokenize(text)) == text


def test_addresses_are_single_tokens_without_trailing_punctuation():
    assert tokenize("Write to desk@garden.example.") == [
        "Write",
        " ",
        "to",
        " ",
        "desk@garden.example",
        ".",
    ]
    assert tokenize("See https://garden.example/privacy?x=1, then") == [
        "See",
        " ",
        "https://garden.example/privacy?x=1",
        ",",
        " ",
        "then",
    ]
