"""The questionnaire: answers pick clauses and variants, coverage ends complete, and a re-run
proposes changes without touching what the user edited."""

from __future__ import annotations

import json

import pytest

from policy_studio.cli import main
from policy_studio.library.assembly import (
    AnswersError,
    answers_from_dict,
    apply_update,
    choose,
    load_rules,
    plan_update,
)
from policy_studio.library.coverage import coverage
from policy_studio.library.regulations import load_all
from policy_studio.library.starter import load_starter_clauses, new_workspace

LAWS = ["gdpr", "kenya-dpa", "tanzania-pdpa", "ksa-pdpl", "uae-pdpl", "bangladesh-pdp"]


@pytest.fixture(scope="module")
def library():
    return {c.key: c for c in load_starter_clauses()}


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _answers(rules, **values):
    base = {"languages": ["en", "ar"], "data_categories": ["payment"], "retention": "by-purpose"}
    return answers_from_dict({**base, **values}, rules)


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("source", ["en", "ar"])
def test_each_jurisdiction_assembles_a_complete_bilingual_policy(library, rules, law, source):
    laws = [load_all().regulations[law]]
    other = "ar" if source == "en" else "en"
    answers = _answers(rules, jurisdictions=[law], languages=[source, other])
    assembly = choose(answers, rules, library, laws)
    policy = assembly.policy
    assert policy.languages == [source, other]
    assert policy.regulations == [law]
    report = coverage(policy, laws, library)
    assert report.complete, [(g.requirement.id, g.reason()) for g in report.gaps]
    for section in policy.sections:  # both languages carry text: the library has both
        assert section.title(source).strip() and section.title(other).strip()


def test_every_choice_says_why(library, rules):
    answers = _answers(rules, jurisdictions=["gdpr"], children=True, marketing=False)
    assembly = choose(answers, rules, library, [load_all().regulations["gdpr"]])
    reasons = {c.key: c.reason for c in assembly.choices}
    assert "'yes' to 'Is your service used by children?'" in reasons["children"]
    assert "'by-purpose'" in reasons["retention-fixed-period"]
    # GDPR Art. 13(2)(e) needs the statement that only the account clause makes:
    assert "Art. 13(2)(e)" in reasons["collection-account-data"]
    assert dict(assembly.left_out)["marketing-opt-out"].startswith("left out")
    variants = {c.key: c.variant for c in assembly.choices}
    assert variants["retention-fixed-period"] == "by-purpose"


def test_a_wrong_answer_is_refused_with_the_question_named(rules):
    with pytest.raises(AnswersError, match="children must be true or false"):
        answers_from_dict({"children": "sometimes"}, rules, "answers.toml")
    with pytest.raises(AnswersError, match="'pets' is not a question"):
        answers_from_dict({"pets": True}, rules, "answers.toml")


def test_changed_answers_are_proposed_and_edited_sections_are_kept(library, rules):
    laws = [load_all().regulations["kenya-dpa"]]
    first = choose(
        _answers(rules, jurisdictions=["kenya-dpa"], marketing=True, cookies=True),
        rules,
        library,
        laws,
    )
    policy = first.policy
    cookies = next(s for s in policy.sections if s.clause and s.clause.key == "cookies")
    cookies.blocks[0].text["en"] = "Our own words about cookies."
    second = choose(
        _answers(rules, jurisdictions=["kenya-dpa"], children=True), rules, library, laws
    )
    changes = {(c.action, c.key) for c in plan_update(policy, second, library)}
    assert ("add", "children") in changes
    assert ("remove", "marketing-opt-out") in changes
    assert ("keep-edited", "cookies") in changes
    before = len(policy.sections)
    done = apply_update(policy, plan_update(policy, second, library), library)
    keys = [s.clause.key for s in policy.sections if s.clause]
    assert "children" in keys and "marketing-opt-out" not in keys and "cookies" in keys
    assert len(policy.sections) == before  # one added, one removed, the edited one kept
    assert any(line.startswith("kept cookies: you edited it") for line in done)
    assert cookies.blocks[0].text["en"] == "Our own words about cookies."


def test_assemble_command_saves_a_policy_and_explains_it(tmp_path, capsys):
    ws = tmp_path / "ws.pstudio"
    new_workspace(ws).close()
    answers = tmp_path / "answers.toml"
    answers.write_text(
        'jurisdictions = ["uae-pdpl"]\ndata_categories = ["account"]\nlanguages = ["ar", "en"]\n'
        'retention = "fixed-period"\ndpo = true\n',
        encoding="utf-8",
    )
    code = main(
        [
            "assemble",
            "--answers",
            str(answers),
            "--title",
            "سياسة الخصوصية",
            "-w",
            str(ws),
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["languages"] == ["ar", "en"]
    assert data["coverage"]["complete"] is True
    assert {"key": "dpo-contact", "variant": None, "reason": data["clauses"][1]["reason"]} in data[
        "clauses"
    ]
    code = main(["coverage", "سياسة الخصوصية", "-w", str(ws)])
    assert code == 0  # the policy remembers it is under the UAE law, and is complete


def test_assemble_without_jurisdictions_says_what_to_answer(tmp_path, capsys):
    ws = tmp_path / "ws.pstudio"
    new_workspace(ws).close()
    answers = tmp_path / "answers.toml"
    answers.write_text('languages = ["en"]\n', encoding="utf-8")
    code = main(["assemble", "--answers", str(answers), "-w", str(ws)])
    err = capsys.readouterr().err
    assert code == 1 and "answer 'jurisdictions'" in err and str(answers) in err
