"""From a questionnaire's answers to a policy: which clauses, which variants, and why.

The questions and the rules are data beside the library (resources/library/assembly.toml).
Assembling never touches an existing policy: `plan_update` compares what the answers would
assemble with a policy and proposes the difference, keeping every section the user edited.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import Clause, ClauseStatus, Policy, PolicyStudioError
from ..model.language import is_valid_code
from .compose import policy_from_clauses, section_from_clause
from .coverage import coverage
from .regulations import Regulation


class AnswersError(PolicyStudioError):
    """Answers (or rules) that cannot be used; the message names the file and the answer."""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: str
    """"bool", "choice" or "multi"."""
    label: dict[str, str]
    options: tuple[str, ...] = ()
    option_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en", self.id)

    def option_text(self, option: str, lang: str) -> str:
        names = self.option_labels.get(option, {})
        return names.get(lang) or names.get("en") or option


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    when: str | None
    variants: tuple[tuple[str, str], ...] = ()
    """(condition, variant key): the first whose condition holds picks the variant."""


@dataclass(frozen=True, slots=True)
class Rules:
    questions: tuple[Question, ...]
    clauses: tuple[Rule, ...]
    conditions: dict[str, str]
    """Answer id → the regulation condition (applies_when) it switches on."""

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)


def _rules_text() -> str:
    checkout = Path(__file__).resolve().parents[2] / "resources" / "library" / "assembly.toml"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    packaged = resources.files("policy_studio.resources").joinpath("library", "assembly.toml")
    return packaged.read_text(encoding="utf-8")


def load_rules(text: str | None = None) -> Rules:
    data = tomllib.loads(text if text is not None else _rules_text())
    questions = tuple(
        Question(
            id=str(q["id"]),
            kind=str(q["kind"]),
            label={str(k): str(v) for k, v in q.get("label", {}).items()},
            options=tuple(str(o) for o in q.get("options", [])),
            option_labels={
                str(o): {str(k): str(v) for k, v in names.items()}
                for o, names in q.get("option_labels", {}).items()
            },
        )
        for q in data.get("questions", [])
    )
    clauses = tuple(
        Rule(
            key=str(c["key"]),
            when=c.get("when"),
            variants=tuple((str(v["when"]), str(v["variant"])) for v in c.get("variants", [])),
        )
        for c in data.get("clauses", [])
    )
    conditions = {str(k): str(v) for k, v in data.get("conditions", {}).items()}
    return Rules(questions, clauses, conditions)


# -- answers -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Answers:
    values: dict[str, Any]
    title: str = ""
    organization: str = ""
    variables: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def languages(self) -> list[str]:
        langs = self.values.get("languages") or ["en"]
        return [str(x) for x in langs]


def read_answers(path: Path, rules: Rules) -> Answers:
    """The answers file, checked against the questions (unknown answers are errors)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnswersError(f"{path}: no such answers file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswersError(f"{path}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise AnswersError(f"{path}: not valid TOML ({exc})") from exc
    return answers_from_dict(data, rules, str(path))


def answers_from_dict(data: dict[str, Any], rules: Rules, where: str = "answers") -> Answers:
    title = str(data.pop("title", ""))
    organization = str(data.pop("organization", ""))
    raw_vars = data.pop("variables", {})
    if not isinstance(raw_vars, dict):
        raise AnswersError(f"{where}: [variables] must be a table")
    variables: dict[str, dict[str, str]] = {}
    for name, value in raw_vars.items():
        if isinstance(value, str):
            variables[str(name)] = {"en": value}
        elif isinstance(value, dict):
            variables[str(name)] = {str(k): str(v) for k, v in value.items()}
        else:
            raise AnswersError(f"{where}: variables.{name} must be a text or a table per language")
    values: dict[str, Any] = {}
    for qid, value in data.items():
        question = rules.question(qid)
        if question is None:
            known = ", ".join(q.id for q in rules.questions)
            raise AnswersError(f"{where}: {qid!r} is not a question (questions: {known})")
        values[qid] = _checked(question, value, where)
    for lang in values.get("languages", []):
        if not is_valid_code(lang):
            raise AnswersError(f"{where}: languages: {lang!r} is not a language code")
    return Answers(values, title, organization, variables)


def _checked(question: Question, value: Any, where: str) -> Any:
    name = f"{where}: {question.id}"
    if question.kind == "bool":
        if not isinstance(value, bool):
            raise AnswersError(f"{name} must be true or false")
        return value
    if question.kind == "choice":
        if value not in question.options:
            raise AnswersError(f"{name} must be one of {', '.join(question.options)}")
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswersError(f"{name} must be a list")
    if question.id != "languages":
        wrong = [v for v in value if v not in question.options]
        if wrong:
            raise AnswersError(
                f"{name}: {', '.join(wrong)} not among {', '.join(question.options)}"
            )
    return list(value)


def holds(condition: str | None, answers: Answers) -> bool:
    if condition is None:
        return True
    qid, _, wanted = condition.partition(":")
    value = answers.values.get(qid)
    if not wanted:
        return value is True
    if isinstance(value, list):
        return wanted in value
    return value == wanted


def answered(condition: str, rules: Rules, lang: str = "en") -> str:
    """The answer a condition stands for, in words: "'yes' to 'Do you …?'"."""
    qid, _, wanted = condition.partition(":")
    question = rules.question(qid)
    asked = question.text(lang) if question else qid
    return f"{wanted or 'yes'!r} to {asked!r}"


def because(condition: str | None, rules: Rules, lang: str = "en") -> str:
    """Why a clause is in: the question and the answer, in words."""
    if condition is None:
        return "always included: the questionnaire puts it in every policy"
    return f"included because you answered {answered(condition, rules, lang)}"


# -- assembling --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    variant: str | None
    reason: str


@dataclass(slots=True)
class Assembly:
    policy: Policy
    choices: list[Choice]
    left_out: list[tuple[str, str]]
    """(clause key, why it is not in)."""
    warnings: list[str]


def choose(
    answers: Answers,
    rules: Rules,
    library: Mapping[str, Clause],
    regulations: list[Regulation] | None = None,
) -> Assembly:
    """The clauses and variants the answers call for, each with its reason; then, for each
    requirement of ``regulations`` still not covered, the library clause that covers it."""
    choices: list[Choice] = []
    left_out: list[tuple[str, str]] = []
    warnings: list[str] = []
    for rule in rules.clauses:
        clause = library.get(rule.key)
        if not holds(rule.when, answers):
            assert rule.when is not None
            left_out.append(
                (rule.key, f"left out: you did not answer {answered(rule.when, rules)}")
            )
            continue
        if clause is None:
            warnings.append(f"the library has no clause {rule.key!r}; add it or edit the rules")
            continue
        if clause.status is ClauseStatus.DEPRECATED:
            warnings.append(f"{rule.key}: the library clause is deprecated; it was left out")
            continue
        if clause.status is ClauseStatus.DRAFT:
            warnings.append(f"{rule.key}: the library clause is still a draft")
        variant = next((v for cond, v in rule.variants if holds(cond, answers)), None)
        reason = because(rule.when, rules)
        if variant is not None:
            cond = next(c for c, v in rule.variants if v == variant)
            reason += f"; variant {variant!r} because you answered {answered(cond, rules)}"
        choices.append(Choice(rule.key, variant, reason))
    policy = _compose(answers, rules, library, choices)
    for _round in range(3):  # each added clause may cover several gaps: a few rounds suffice
        added = _fill_gaps(policy, regulations or [], library, choices, left_out)
        if not added:
            break
        policy = _compose(answers, rules, library, choices)
    return Assembly(policy, choices, left_out, warnings)


def _fill_gaps(
    policy: Policy,
    regulations: list[Regulation],
    library: Mapping[str, Clause],
    choices: list[Choice],
    left_out: list[tuple[str, str]],
) -> bool:
    chosen = {c.key for c in choices}
    added = False
    for gap in coverage(policy, regulations, library).gaps:
        extra = next((k for k in gap.suggestions if k not in chosen), None)
        if extra is None:
            continue
        law = gap.regulation.title("en")
        reason = (
            f"included because {law}, {gap.requirement.article}, requires: "
            f"{gap.requirement.text('en')}"
        )
        choices.append(Choice(extra, None, reason))
        chosen.add(extra)
        left_out[:] = [(k, why) for k, why in left_out if k != extra]
        added = True
    return added


def _compose(
    answers: Answers, rules: Rules, library: Mapping[str, Clause], choices: list[Choice]
) -> Policy:
    order = {r.key: i for i, r in enumerate(rules.clauses)}
    choices.sort(key=lambda c: order.get(c.key, len(order)))
    policy = policy_from_clauses(
        answers.title or "Privacy policy",
        [(library[c.key], c.variant) for c in choices],
        source_language=answers.languages[0],
        target_languages=answers.languages[1:],
    )
    policy.regulations = list(answers.values.get("jurisdictions", []))
    policy.conditions = [
        cond for qid, cond in rules.conditions.items() if answers.values.get(qid) is True
    ]
    if answers.organization:
        policy.organization = answers.organization
    policy.variables = {k: dict(v) for k, v in answers.variables.items()}
    for lang in policy.languages[1:]:
        # A title per language only where the user gave one: never a copied English title.
        policy.title.pop(lang, None)
    return policy


# -- re-running on an existing policy ---------------------------------------------------------


@dataclass(slots=True)
class ProposedChange:
    action: str
    """"add", "remove", "keep-edited" (would be removed, but the user edited it) or "variant"."""
    key: str
    reason: str
    section_id: str | None = None
    variant: str | None = None


def _edited(policy: Policy, section_index: int, library: Mapping[str, Clause]) -> bool:
    section = policy.sections[section_index]
    if section.clause is None:
        return True
    clause = library.get(section.clause.key)
    if clause is None:
        return True
    fresh = section_from_clause(
        clause, section.clause.variant, policy.languages, policy.source_language
    )
    mine = [(b.kind, dict(b.text)) for b in section.all_blocks()]
    theirs = [(b.kind, dict(b.text)) for b in fresh.all_blocks()]
    return mine != theirs


def plan_update(
    policy: Policy, assembly: Assembly, library: Mapping[str, Clause]
) -> list[ProposedChange]:
    """What changing the answers would change in ``policy``: nothing is applied here."""
    wanted = {c.key: c for c in assembly.choices}
    have = {s.clause.key: i for i, s in enumerate(policy.sections) if s.clause is not None}
    changes: list[ProposedChange] = []
    for choice in assembly.choices:
        if choice.key not in have:
            changes.append(ProposedChange("add", choice.key, choice.reason, variant=choice.variant))
        else:
            section = policy.sections[have[choice.key]]
            assert section.clause is not None
            if section.clause.variant != choice.variant:
                changes.append(
                    ProposedChange("variant", choice.key, choice.reason, section.id, choice.variant)
                )
    reasons = dict(assembly.left_out)
    for key, index in have.items():
        if key in wanted:
            continue
        reason = reasons.get(key, "no longer called for by the answers")
        action = "keep-edited" if _edited(policy, index, library) else "remove"
        changes.append(ProposedChange(action, key, reason, policy.sections[index].id))
    return changes


def apply_update(
    policy: Policy, changes: list[ProposedChange], library: Mapping[str, Clause]
) -> list[str]:
    """Apply adds, removals of unedited sections and variant changes of unedited sections;
    edited sections are never touched. Returns one line per thing done or kept."""
    done = []
    order = [r.key for r in load_rules().clauses]
    for change in changes:
        if change.action == "add":
            section = section_from_clause(
                library[change.key], change.variant, policy.languages, policy.source_language
            )
            position = _position(policy, change.key, order)
            policy.sections.insert(position, section)
            done.append(f"added {change.key} as §{position + 1} ({change.reason})")
        elif change.action == "remove":
            policy.sections = [s for s in policy.sections if s.id != change.section_id]
            done.append(f"removed {change.key} ({change.reason})")
        elif change.action == "keep-edited":
            done.append(f"kept {change.key}: you edited it ({change.reason}); remove it yourself")
        elif change.action == "variant":
            index = next(i for i, s in enumerate(policy.sections) if s.id == change.section_id)
            if _edited(policy, index, library):
                done.append(
                    f"kept {change.key}: you edited it; the answers ask for another variant"
                )
                continue
            fresh = section_from_clause(
                library[change.key], change.variant, policy.languages, policy.source_language
            )
            fresh.id = change.section_id or fresh.id
            policy.sections[index] = fresh
            done.append(f"changed {change.key} to variant {change.variant or 'main'}")
    return done


def _position(policy: Policy, key: str, order: list[str]) -> int:
    """After the last section whose clause comes before ``key`` in the rules' order."""
    rank = {k: i for i, k in enumerate(order)}
    mine = rank.get(key, len(order))
    position = 0
    for i, section in enumerate(policy.sections):
        other = section.clause.key if section.clause else None
        if other is not None and rank.get(other, len(order)) < mine:
            position = i + 1
    return position
