"""Export options: one value shared by every writer, the export command and the export dialog."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..model import PolicyStudioError


class Layout(StrEnum):
    """How the languages of a policy are placed in the exported document."""

    SINGLE = "single"
    """One language only."""
    COLUMNS = "columns"
    """Two languages side by side, one row per block: source left, target right."""
    SEQUENTIAL = "sequential"
    """All of one language, then all of the other."""


@dataclass(slots=True)
class Signer:
    """One approver in the sign-off block."""

    name: str
    role: str = ""


DRAFT_NOTICE = "Draft — not approved"
"""The line a sign-off export carries when its text is not an approved, ready version."""


@dataclass(slots=True)
class ApprovalStamp:
    """A version's approval record, printed in the sign-off block of its export."""

    approver: str
    approved_at: str
    """ISO 8601, UTC."""
    version_label: str
    fingerprints: dict[str, str] = field(default_factory=dict)
    """SHA-256 of the approved canonical text per language (io/fingerprint.py)."""

    def lines(self, languages: list[str]) -> list[str]:
        """The record as printed: who approved which version when, and the fingerprints of
        the languages in the document (what `policy-studio verify` reads back)."""
        when = self.approved_at.replace("T", " ").replace("+00:00", " UTC")
        out = [f"Approved by {self.approver} on {when} — version {self.version_label}"]
        out += [
            f"SHA-256 ({lang}): {self.fingerprints[lang]}"
            for lang in languages
            if lang in self.fingerprints
        ]
        return out


@dataclass(slots=True)
class ExportOptions:
    """What to export and how; every writer reads the fields it understands."""

    languages: list[str] = field(default_factory=list)
    """Languages in order (first = left column / first part); empty = the policy's source."""
    layout: Layout = Layout.SINGLE
    """single, columns or sequential."""
    signoff: list[Signer] = field(default_factory=list)
    """Approvers; the sign-off block is written only when this is not empty."""
    reference_doc: Path | None = None
    """A .docx whose styles, page setup and header/footer style replace the shipped default."""
    template: Path | None = None
    """A Jinja2 HTML template replacing the shipped default."""
    version_label: str = ""
    """The label of the saved version being exported; empty = the working copy, whose own
    label (the version being drafted) is shown marked as a draft."""
    native_digits: bool | None = None
    """Number headings and lists in each language's own digits (٠١٢… in Arabic); None = the
    policy's own setting (``Policy.native_digits``), which the preview shows too."""
    title: str = ""
    """Document title metadata; empty = the policy title in the first language."""
    author: str = ""
    """Document author metadata; empty = the policy's organisation."""
    toc: bool = True
    """Include a table of contents."""
    draft: bool = False
    """Mark the document "Draft — not approved" (its text is not an approved, ready version)."""
    approval: ApprovalStamp | None = None
    """The approval record to print in the sign-off block (an approved version's export)."""

    def resolved_languages(self, source: str) -> list[str]:
        langs = list(dict.fromkeys(self.languages)) or [source]
        if self.layout is Layout.SINGLE and len(langs) > 1:
            # Dropping the other languages silently would export less than was asked for.
            raise PolicyStudioError(
                f"the single layout takes one language (got {', '.join(langs)}): "
                "choose one, or use --layout columns or sequential"
            )
        if self.layout is Layout.COLUMNS and len(langs) != 2:
            raise PolicyStudioError(
                f"the columns layout needs exactly two languages (got {', '.join(langs)})"
            )
        return langs


def parse_signoff(text: str) -> list[Signer]:
    """``"Name, Role; Name, Role"`` → signers (the role is optional)."""
    signers = []
    for item in text.split(";"):
        if not item.strip():
            continue
        name, _, role = item.partition(",")
        signers.append(Signer(name.strip(), role.strip()))
    return signers
