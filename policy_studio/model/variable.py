"""Variables: named placeholders such as {{organization}} and their descriptions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

VARIABLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Variable:
    """Describes a placeholder that clauses use and policies fill in."""

    name: str
    """Identifier used in markup: ``{{name}}``."""
    label: dict[str, str] = field(default_factory=dict)
    """Human label per language."""
    hint: str = ""
    """What to enter, in English."""
    example: str = ""
    """An illustrative value."""

    def display(self, lang: str) -> str:
        return self.label.get(lang) or self.label.get("en") or self.name
