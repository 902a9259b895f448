"""Library editing without Qt: clause bodies as lines, and a policy section saved as a clause.

A body is edited one block per line, per language; line prefixes give the kind
("- " bullet, "1. " numbered, "## " heading; two spaces of indent per list level). Lines are
matched to blocks by position, so the n-th line of every language is one block and keeps its id.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping

from ..model import Block, BlockKind, Clause, ClauseStatus, PolicyStudioError, Section, new_id
from ..text.markup import variables_in

_NUMBERED = re.compile(r"^\d+[.)]\s+")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def blocks_to_lines(blocks: list[Block], lang: str) -> str:
    lines = []
    for block in blocks:
        indent = "  " * block.level
        prefix = {
            BlockKind.BULLET: indent + "- ",
            BlockKind.NUMBERED: indent + "1. ",
            BlockKind.HEADING: "## ",
        }.get(block.kind, "")
        lines.append(prefix + block.get(lang).replace("\n", " "))
    return "\n".join(lines)


def _parse_line(line: str) -> tuple[BlockKind, int, str]:
    stripped = line.lstrip(" ")
    level = (len(line) - len(stripped)) // 2
    if stripped.startswith(("- ", "• ", "* ")):
        return BlockKind.BULLET, level, stripped[2:].strip()
    if stripped.startswith("## "):
        return BlockKind.HEADING, 0, stripped[3:].strip()
    match = _NUMBERED.match(stripped)
    if match:
        return BlockKind.NUMBERED, level, stripped[match.end() :].strip()
    return BlockKind.PARAGRAPH, 0, stripped.strip()


def lines_to_blocks(texts: Mapping[str, str], old: list[Block], source: str) -> list[Block]:
    """Blocks from the edited lines of each language; block n keeps the id of old block n.

    The kind and level come from the source language's line. Blank lines are ignored.
    """
    per_lang = {
        lang: [line for line in text.splitlines() if line.strip()] for lang, text in texts.items()
    }
    count = max((len(lines) for lines in per_lang.values()), default=0)
    blocks = []
    for index in range(count):
        block = Block(id=old[index].id if index < len(old) else new_id())
        kind_from = None
        for lang, lines in per_lang.items():
            if index < len(lines):
                kind, level, text = _parse_line(lines[index])
                block.text[lang] = text
                if lang == source or kind_from is None:
                    kind_from = (kind, level)
        block.kind, block.level = kind_from or (BlockKind.PARAGRAPH, 0)
        blocks.append(block)
    return blocks


def clause_variables(clause: Clause) -> list[str]:
    names: dict[str, None] = {}
    for block in [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]:
        for text in block.text.values():
            names.update(dict.fromkeys(variables_in(text)))
    return list(names)


def check_clause(
    clause: Clause, existing: Container[str] | None = None, *, new: bool = False
) -> None:
    """Refuse a clause the library cannot hold, with a message that says what to fix."""
    if not KEY_PATTERN.match(clause.key):
        raise PolicyStudioError(
            f"clause key {clause.key!r}: use lower-case letters, digits and hyphens "
            "(e.g. retention-basic)"
        )
    if new and existing is not None and clause.key in existing:
        raise PolicyStudioError(f"the library already has a clause {clause.key!r}")
    if not any(t.strip() for t in clause.title.values()):
        raise PolicyStudioError(f"clause {clause.key!r} needs a title")
    if not clause.blocks:
        raise PolicyStudioError(f"clause {clause.key!r} has no text")


def clause_from_section(
    section: Section, key: str, *, topic: str = "", tags: list[str] | None = None
) -> Clause:
    """A new draft clause with the section's title and text (all its languages)."""
    blocks: list[Block] = []
    for block in section.blocks:
        copy = block.copy(keep_id=False)
        copy.id = f"{key}.{len(blocks) + 1}"
        copy.translations = {}
        copy.origin = None
        blocks.append(copy)
    clause = Clause(
        key=key,
        title=dict(section.heading.text),
        blocks=blocks,
        topic=topic,
        tags=list(tags or []),
        status=ClauseStatus.DRAFT,
    )
    clause.variables = clause_variables(clause)
    return clause


def deprecated_in_use(
    sections: list[Section], library: Mapping[str, Clause]
) -> list[tuple[int, Section, Clause]]:
    """(number, section, clause) for each section linked to a deprecated clause."""
    found = []
    for number, section in enumerate(sections, start=1):
        if section.clause is None:
            continue
        clause = library.get(section.clause.key)
        if clause is not None and clause.status is ClauseStatus.DEPRECATED:
            found.append((number, section, clause))
    return found
