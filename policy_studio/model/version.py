"""Versions: immutable, numbered snapshots of a policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .policy import Policy


@dataclass(frozen=True, slots=True)
class Version:
    """A saved snapshot with its label and who made it when."""

    policy_id: str
    """The policy this is a version of."""
    number: int
    """1, 2, 3… in order of saving, per policy."""
    label: str
    """The user's label, e.g. ``"1.0"`` or ``"Board draft"``."""
    snapshot: Policy
    """The policy as it was, clause texts resolved."""
    note: str = ""
    """Why this version was saved."""
    author: str = ""
    """Who saved it."""
    created: str = ""
    """ISO 8601 time of saving, UTC."""
    approved: bool = False
    """Marked approved for sign-off."""
    approved_by: str = ""
    """Who approved it (empty for versions approved before approvals were named)."""
    approved_at: str = ""
    """ISO 8601 time of the approval, UTC."""
