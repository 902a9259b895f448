"""Review notes and proposals: what a reviewer said about a block, and changes nobody accepted.

A DOCX from a lawyer carries comments and tracked changes. Neither is the policy's text: a
comment is a *review note* on a block (its author, date, text and the words it covers), a
tracked change is a *proposal* — the block's text in one language as it would be with that one
change accepted. The block's own text stays what somebody accepted (docs/import.md, "Comments
and tracked changes"); a proposal becomes text only when a person accepts it (an undo step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


def _new_id() -> str:
    # uuid and difflib (with platform, ~4 ms) are imported where used: every command loads
    # the model, few make a review note or place a proposal.
    import uuid

    return uuid.uuid4().hex[:16]


class ProposalKind(StrEnum):
    """What a tracked change does to its block."""

    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"
    """A deletion and an insertion at the same place (Word writes them side by side)."""
    MOVE = "move"
    """Text moved: removed from one place and put at another (w:moveFrom / w:moveTo)."""
    FORMAT = "format"
    """Formatting only (bold, italic, paragraph style): the words stay the same."""


@dataclass(slots=True)
class ReviewNote:
    """A comment on a block in one language."""

    lang: str
    text: str
    author: str = ""
    date: str = ""
    """As the source wrote it (ISO 8601 from Word), empty when unknown."""
    quote: str = ""
    """The words the note covers, as they read when it was made ("" = the whole block)."""
    id: str = field(default_factory=_new_id)
    resolved: bool = False

    def copy(self) -> ReviewNote:
        return ReviewNote(
            self.lang, self.text, self.author, self.date, self.quote, self.id, self.resolved
        )


@dataclass(slots=True)
class Proposal:
    """One tracked change on a block in one language, not accepted by anybody yet."""

    lang: str
    kind: ProposalKind
    text: str
    """The block's text in ``lang`` with this change accepted (and no other)."""
    base: str
    """The block's text the change was made against (every change rejected)."""
    author: str = ""
    date: str = ""
    detail: str = ""
    """What a formatting change changes ("bold", "paragraph style: List Bullet → Normal")."""
    new_kind: str = ""
    """For a paragraph-formatting change: the block kind it gives when accepted ("" = same)."""
    new_level: int = 0
    id: str = field(default_factory=_new_id)

    def copy(self) -> Proposal:
        return Proposal(
            self.lang,
            self.kind,
            self.text,
            self.base,
            self.author,
            self.date,
            self.detail,
            self.new_kind,
            self.new_level,
            self.id,
        )

    @property
    def removed(self) -> str:
        """The words this change takes out of ``base``."""
        start, end, _ = self._span()
        return self.base[start:end]

    @property
    def added(self) -> str:
        """The words this change puts in."""
        return self._span()[2]

    def _span(self) -> tuple[int, int, str]:
        """(start, end, replacement): ``base[start:end]`` becomes ``replacement``."""
        base, new = self.base, self.text
        prefix = 0
        limit = min(len(base), len(new))
        while prefix < limit and base[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < limit - prefix and base[len(base) - 1 - suffix] == new[len(new) - 1 - suffix]
        ):
            suffix += 1
        return prefix, len(base) - suffix, new[prefix : len(new) - suffix]

    def apply_to(self, current: str) -> str | None:
        """``current`` with this change accepted; None when the words it changes were edited
        since (then nobody can say what accepting it means: the user edits by hand).

        The usual case — ``current`` is ``base`` — gives ``text``. After another change of the
        same block was accepted, the change is put where its words now are, when they are
        still there unchanged."""
        if current == self.base:
            return self.text
        start, end, replacement = self._span()
        import difflib

        matcher = difflib.SequenceMatcher(None, self.base, current, autojunk=False)
        for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
            if tag != "equal" or not (i1 <= start and end <= i2):
                continue
            # An insertion at the edge of an unchanged stretch is only sure inside it.
            if start == end and (start == i1 or end == i2) and 0 < start < len(self.base):
                continue
            at = j1 + (start - i1)
            return current[:at] + replacement + current[at + (end - start) :]
        return None
