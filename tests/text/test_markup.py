"""Inline markup parses into runs and prints back; variables are filled or reported."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from policy_studio.model import Policy
from policy_studio.text.markup import Run, parse, plain_text, to_markup, variables_in
from policy_studio.text.variables import Problem, VariableResolver


def test_bold_italic_link_and_variable_runs():
    runs = parse("Ask **{{organization}}** via *mail* or [the form](https://example.org/f).")
    assert runs == [
        Run("Ask "),
        Run("", bold=True, variable="organization"),
        Run(" via "),
        Run("mail", italic=True),
        Run(" or "),
        Run("the form", link="https://example.org/f"),
        Run("."),
    ]


def test_arabic_markup():
    runs = parse("نحن **{{organization}}** نحمي *بياناتك*.")
    assert [r.variable for r in runs if r.variable] == ["organization"]
    assert Run("بياناتك", italic=True) in runs


def test_unclosed_braces_and_stars_stay_text():
    assert plain_text("a {{ b and 3 * 4") == "a {{ b and 3 * 4"


def test_variables_in_order_of_first_use():
    assert variables_in("{{b}} {{a}} {{b}}") == ["b", "a"]


@given(st.text(alphabet=st.sampled_from(list("ab *_[]()\\{}!سلام é")), max_size=40))
def test_plain_text_survives_escape_round_trip(text):
    assert plain_text(to_markup([Run(text)])) == text


def test_formatting_round_trips():
    source = "We, **{{organization}}**, keep *some data* at [our site](https://example.org)."
    assert parse(to_markup(parse(source))) == parse(source)


def test_fill_falls_back_to_source_language_and_reports_unfilled():
    policy = Policy(source_language="en", target_languages=["ar"], organization="Acme")
    policy.variables = {
        "contact_email": {"en": "hi@example.org"},
        "city": {"en": "Mombasa", "ar": "ممباسا"},
    }
    resolver = VariableResolver(policy, "ar", known=["dpo_email"])
    text = resolver.text("{{contact_email}} {{city}} {{organization}} {{dpo_email}} {{typo}}")
    assert text == "hi@example.org ممباسا Acme [dpo_email] [typo]"
    assert "{{" not in text
    problems = {i.name: i.problem for i in resolver.issues.values()}
    assert problems == {"dpo_email": Problem.UNFILLED, "typo": Problem.UNKNOWN}
