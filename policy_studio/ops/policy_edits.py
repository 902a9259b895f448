"""Edits of a policy's metadata and variable values: properties, languages, {{variable}} values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Policy, normalize_text
from ..model.language import is_valid_code
from .base import Changes, Edit, OperationError, op

PROPERTY_FIELDS = ("organization", "effective_date", "version_label", "source_language")


@dataclass(frozen=True, slots=True)
class _Meta:
    """The metadata fields of a policy, copied for undo."""

    title: dict[str, str]
    organization: str
    effective_date: str
    version_label: str
    source_language: str
    target_languages: list[str]
    meta: dict[str, dict[str, str]]
    native_digits: bool

    @classmethod
    def of(cls, policy: Policy) -> _Meta:
        return cls(
            dict(policy.title),
            policy.organization,
            policy.effective_date,
            policy.version_label,
            policy.source_language,
            list(policy.target_languages),
            {k: dict(v) for k, v in policy.meta.items()},
            policy.native_digits,
        )

    def restorer(self) -> Callable[[Policy], Changes]:
        def run(policy: Policy) -> Changes:
            policy.title = dict(self.title)
            policy.organization = self.organization
            policy.effective_date = self.effective_date
            policy.version_label = self.version_label
            policy.source_language = self.source_language
            policy.target_languages = list(self.target_languages)
            policy.meta = {k: dict(v) for k, v in self.meta.items()}
            policy.native_digits = self.native_digits
            return Changes(metadata=True, variables=True)

        return run


def _check_date(value: str) -> None:
    from datetime import date

    if value:
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise OperationError(
                f"effective date {value!r} is not a date written as YYYY-MM-DD"
            ) from exc


def set_properties(
    policy: Policy,
    *,
    title: dict[str, str] | None = None,
    organization: str | None = None,
    effective_date: str | None = None,
    version_label: str | None = None,
    source_language: str | None = None,
    target_languages: list[str] | None = None,
    meta: dict[str, dict[str, str]] | None = None,
    native_digits: bool | None = None,
) -> tuple[Changes, Edit]:
    """Change any of the policy's properties in one undoable step; ``meta`` is key → language
    → text for the per-language cover lines (subtitle, organization, address)."""
    if effective_date is not None:
        _check_date(effective_date.strip())
    for code in [*(target_languages or []), *([source_language] if source_language else [])]:
        if not is_valid_code(code):
            raise OperationError(f"{code!r} is not a language code (such as en, ar, sw)")
    before = _Meta.of(policy)
    if title is not None:
        policy.title = {k: normalize_text(v).strip() for k, v in title.items() if v.strip()}
    if organization is not None:
        policy.organization = normalize_text(organization).strip()
    if effective_date is not None:
        policy.effective_date = effective_date.strip()
    if version_label is not None:
        policy.version_label = version_label.strip()
    if source_language is not None:
        policy.source_language = source_language.strip().lower()
    if target_languages is not None:
        targets = [t.strip().lower() for t in target_languages]
        policy.target_languages = list(
            dict.fromkeys(t for t in targets if t != policy.source_language)
        )
    for key, values in (meta or {}).items():
        for lang, value in values.items():
            try:
                policy.set_meta(key, lang, normalize_text(value))
            except ValueError as exc:
                raise OperationError(str(exc)) from exc
    if native_digits is not None:
        policy.native_digits = native_digits
    after = _Meta.of(policy)
    return Changes(metadata=True, variables=True), Edit.of(
        "change_properties", (), before.restorer(), after.restorer()
    )


def set_meta(policy: Policy, key: str, lang: str, value: str) -> tuple[Changes, Edit]:
    """Set one cover line (title, subtitle, organization, address) in one language."""
    if not is_valid_code(lang):
        raise OperationError(f"{lang!r} is not a language code (such as en, ar, sw)")
    if key == "title":
        titles = dict(policy.title)
        titles[lang] = value
        changes, edit = set_properties(policy, title=titles)
    else:
        changes, edit = set_properties(policy, meta={key: {lang: value}})
    return changes, Edit.of("set_cover_line", (key, lang), edit.undo, edit.redo)


def add_target_language(policy: Policy, code: str) -> tuple[Changes, Edit]:
    """Translate the policy into one more language (its blocks start untranslated)."""
    code = code.strip().lower()
    if code in policy.languages:
        raise OperationError(f"the policy is already in {code!r}")
    changes, edit = set_properties(policy, target_languages=[*policy.target_languages, code])
    return changes, Edit.of("add_language", (code,), edit.undo, edit.redo)


def remove_target_language(policy: Policy, code: str) -> tuple[Changes, Edit]:
    """Stop translating into ``code``; its text stays in the blocks for undo or re-adding."""
    if code not in policy.target_languages:
        raise OperationError(f"{code!r} is not a target language of this policy")
    changes, edit = set_properties(
        policy, target_languages=[t for t in policy.target_languages if t != code]
    )
    return changes, Edit.of("remove_language", (code,), edit.undo, edit.redo)


def _variable_setter(name: str, values: dict[str, str]) -> Callable[[Policy], Changes]:
    def run(policy: Policy) -> Changes:
        if values:
            policy.variables[name] = dict(values)
        else:
            policy.variables.pop(name, None)
        return Changes(variables=True)

    return run


def set_variable(policy: Policy, name: str, lang: str, value: str) -> tuple[Changes, Edit]:
    """Set the value of ``{{name}}`` in ``lang``; an empty value clears it."""
    from ..model.variable import VARIABLE_NAME

    if not VARIABLE_NAME.match(name):
        raise OperationError(
            f"{name!r} is not a variable name (lower-case letters, digits and _ only)"
        )
    before = dict(policy.variables.get(name, {}))
    after = dict(before)
    value = normalize_text(value).strip()
    if value:
        after[lang] = value
    else:
        after.pop(lang, None)
    redo = _variable_setter(name, after)
    changes = redo(policy)
    return changes, Edit(
        op("set_variable", name),
        _variable_setter(name, before),
        redo,
        merge_key=f"var:{name}:{lang}",
    )


def set_regulations(
    policy: Policy, keys: list[str], conditions: list[str] | None
) -> tuple[Changes, Edit]:
    """Say which regulations the policy is under, and what applies to the organisation
    (None: not answered, so every conditional requirement is asked for)."""
    before = (list(policy.regulations), policy.conditions)
    after = (list(dict.fromkeys(keys)), None if conditions is None else list(conditions))

    def setter(state: tuple[list[str], list[str] | None]) -> Callable[[Policy], Changes]:
        def run(target: Policy) -> Changes:
            target.regulations = list(state[0])
            target.conditions = None if state[1] is None else list(state[1])
            return Changes(metadata=True)

        return run

    changes = setter(after)(policy)
    return changes, Edit(op("set_regulations"), setter(before), setter(after))
