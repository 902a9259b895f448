"""Plain-text writer: a policy as numbered sections with variables filled, in one language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ...model import Block, BlockKind, Policy
from ...text.variables import VariableIssue, VariableResolver

SUPPORTED = "sections numbered 1., 2.…; bullets as •; numbered items restart per list; no styling"


@dataclass(slots=True)
class TextOutput:
    """The rendered text and the variables that could not be filled."""

    text: str
    issues: list[VariableIssue] = field(default_factory=list)


def policy_to_text(policy: Policy, lang: str, known_variables: Iterable[str] = ()) -> TextOutput:
    resolver = VariableResolver(policy, lang, known_variables)
    lines: list[str] = []
    title = policy.display_title(lang)
    if title:
        lines += [title, "=" * max(len(title), 3), ""]
    for number, section in enumerate(policy.sections, start=1):
        heading = resolver.text(section.heading.get(lang)) or resolver.text(
            section.heading.get(policy.source_language)
        )
        # Imported documents can have a part with no heading (text before the first one).
        lines += [f"{number}. {heading.strip() or '[untitled section]'}", ""]
        counter = 0
        previous: BlockKind | None = None
        for block in section.blocks:
            if block.table is not None:
                if previous in (BlockKind.BULLET, BlockKind.NUMBERED):
                    lines.append("")
                lines += _table_lines(block, lang, policy.source_language, resolver) + [""]
                previous = block.kind
                continue
            if block.proposals and not any(t.strip() for t in block.text.values()):
                continue  # only proposed (nobody accepted it): nothing to print, as in layout/
            text = resolver.text(block.get(lang))
            if not text.strip():
                text = f"[untranslated] {resolver.text(block.get(policy.source_language))}"
            indent = "   " * block.level
            if block.kind is BlockKind.NUMBERED:
                counter = counter + 1 if previous is BlockKind.NUMBERED else 1
                lines.append(f"{indent}{counter}) {text}")
            elif block.kind is BlockKind.BULLET:
                lines.append(f"{indent}• {text}")
            else:
                if previous in (BlockKind.BULLET, BlockKind.NUMBERED):
                    lines.append("")
                lines.append(text)
                lines.append("")
            previous = block.kind
        if previous in (BlockKind.BULLET, BlockKind.NUMBERED):
            lines.append("")
    return TextOutput("\n".join(lines).rstrip() + "\n", list(resolver.issues.values()))


def _table_lines(block: Block, lang: str, source: str, resolver: VariableResolver) -> list[str]:
    """A table as one line per row, cells separated by " | " (a line under the header)."""
    assert block.table is not None
    lines = []
    for index, row in enumerate(block.table.rows):
        cells = []
        for cell in row:
            text = resolver.text(cell.get(lang))
            if not text.strip() and cell.get(source).strip():
                text = f"[untranslated] {resolver.text(cell.get(source))}"
            cells.append(" ".join(text.split()))
        lines.append(" | ".join(cells))
        if index + 1 == block.table.header_rows:
            lines.append(" | ".join("-" * max(3, len(c)) for c in cells))
    return lines
