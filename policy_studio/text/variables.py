"""Filling {{variable}} placeholders per language, reporting what is unknown or unfilled."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum

from ..model import Policy
from .markup import Run, parse


class Problem(StrEnum):
    UNKNOWN = "unknown"
    """The name is not defined anywhere (likely a typo)."""
    UNFILLED = "unfilled"
    """A known variable with no value in this language nor in the source language."""


@dataclass(frozen=True, slots=True)
class VariableIssue:
    """A variable that could not be filled."""

    name: str
    language: str
    problem: Problem

    def message(self) -> str:
        if self.problem is Problem.UNKNOWN:
            return f"unknown variable {{{{{self.name}}}}} ({self.language})"
        return f"variable {{{{{self.name}}}}} has no value ({self.language})"


def placeholder(name: str) -> str:
    """What output shows for a variable without value: visible, never raw braces."""
    return f"[{name}]"


class VariableResolver:
    """Fills variables of one policy in one language and collects the issues found."""

    def __init__(self, policy: Policy, lang: str, known: Iterable[str] = ()) -> None:
        self.policy = policy
        self.lang = lang
        self.known = set(known) | set(policy.variables)
        self.issues: dict[str, VariableIssue] = {}

    def value(self, name: str) -> str | None:
        """The value, or None (and an issue recorded) when there is none."""
        value = self.policy.variable_value(name, self.lang)
        if value.strip():
            return value
        from ..model import BUILTIN_VARIABLES

        problem = (
            Problem.UNFILLED if name in self.known or name in BUILTIN_VARIABLES else Problem.UNKNOWN
        )
        self.issues.setdefault(name, VariableIssue(name, self.lang, problem))
        return None

    def runs(self, markup: str) -> list[Run]:
        """Runs with each variable's text set to its value (or a visible placeholder)."""
        out: list[Run] = []
        for run in parse(markup):
            if run.variable is not None:
                value = self.value(run.variable)
                out.append(
                    replace(run, text=value if value is not None else placeholder(run.variable))
                )
            else:
                out.append(run)
        return out

    def text(self, markup: str) -> str:
        """Plain text with variables filled."""
        return "".join(run.text for run in self.runs(markup))


def fill(markup: str, values: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """Plain text of ``markup`` with variables from ``values``; also the names left unfilled."""
    missing: list[str] = []
    out: list[str] = []
    for run in parse(markup):
        if run.variable is None:
            out.append(run.text)
            continue
        value = values(run.variable)
        if value is None or not value.strip():
            missing.append(run.variable)
            out.append(placeholder(run.variable))
        else:
            out.append(value)
    return "".join(out), missing
