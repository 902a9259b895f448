"""The redline formats' one interface: a Redline and RedlineOptions in, text or bytes out.

Each redline row of the format table (io/registry.py) names a ``render_redline`` function of
this shape in its writer module, so the `diff` and `compare` commands and the Compare view's
"Export comparison…" read the table instead of branching on format names (issue 14 item 3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Annotations only: the format table imports this module, and the diff package (with
    # rapidfuzz) is not needed by an export (timed against pandoc from process start).
    from ..diff import Redline


@dataclass(frozen=True, slots=True)
class RedlineOptions:
    """What every redline writer may be asked; each uses what applies to it."""

    lang: str | None = None
    """One language, or None for every language of the redline."""
    title: str = ""
    author: str = "Policy Studio"
    """Name on the tracked changes (DOCX)."""
    date: str | None = None
    """ISO 8601 time of the tracked changes (DOCX); None: now."""
    changed_only: bool = False
    """Only the sections that changed (HTML, PDF)."""


class RedlineWriter(Protocol):
    """A redline format's writer: text for a text format (printed or saved), bytes for a
    binary one (saved to a file only). Raises PolicyStudioError for what the user can fix."""

    def __call__(self, redline: Redline, options: RedlineOptions) -> str | bytes: ...
