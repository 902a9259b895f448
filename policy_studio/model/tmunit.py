"""Translation units kept in the workspace's memory beyond the library and the policies."""

from __future__ import annotations

from dataclasses import dataclass

from .block import Status


@dataclass(frozen=True, slots=True)
class TmUnit:
    """One source segment and its translation, e.g. brought in from a TMX file.

    Library clauses and confirmed policy segments are memory by themselves; these are the
    translations that came from elsewhere (another tool's memory, an older workspace).
    """

    source_lang: str
    target_lang: str
    source: str
    target: str
    status: Status = Status.TRANSLATED
    """As the file said (our own TMX carries it); translated when the file does not say."""
    origin: str = ""
    """Where it comes from, for the user: the file name or the tool's note."""
    created: str = ""
    """ISO 8601 (UTC) creation time from the file, empty when unknown."""
    changed: str = ""
    """ISO 8601 (UTC) time of the last change from the file, empty when unknown."""
    id: int = 0
    """Row id in the workspace (0 for a unit not yet stored)."""
