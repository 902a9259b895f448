"""A policy as rows: the unit of saving, revision numbers and conflicts.

A policy is stored as many small rows rather than one document, so that saving an edit writes
only the rows it changed and two people editing different blocks never touch the same row:

- ``head``            title, organisation, dates, languages, and the order of the sections;
- ``var/NAME``        one variable's values per language;
- ``section/ID``      a section's library link, its heading block and the order of its blocks;
- ``block/ID``        a block's kind, level, origin and direction;
- ``text/ID/LANG``    a block's text in one language with its translation state there.

So an author editing the English of a block and a translator editing its Arabic write different
rows. Each row's data is canonical JSON, so "changed" is a string comparison. Row keys are only
storage keys: a block or section id that occurs twice (which the model does not forbid) gets a
``#2`` suffix, and the id itself is kept in the row's data.

Everything here is pure: no database, no I/O.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..model import Block, BlockKind, ClauseRef, Policy, Section, Status, TranslationState
from ..model.errors import SchemaError

Rows = dict[str, str]
"""Row key → canonical JSON text of the row."""

HEAD = "head"


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _unique(key: str, seen: set[str]) -> str:
    if key not in seen:
        seen.add(key)
        return key
    n = 2
    while f"{key}#{n}" in seen:
        n += 1
    seen.add(f"{key}#{n}")
    return f"{key}#{n}"


def _block_rows(block: Block, key: str, rows: Rows) -> None:
    data: dict[str, Any] = {"id": block.id, "kind": block.kind.value}
    if block.level:
        data["level"] = block.level
    if block.origin:
        data["origin"] = block.origin
    if block.direction:
        data["direction"] = block.direction
    rows[f"block/{key}"] = _dump(data)
    for lang in sorted(set(block.text) | set(block.translations)):
        text: dict[str, Any] = {}
        if lang in block.text:
            text["text"] = block.text[lang]
        state = block.translations.get(lang)
        if state is not None:
            text["state"] = {
                "status": state.status.value,
                "fingerprint": state.source_fingerprint,
                "source": state.source_text,
            }
        rows[f"text/{key}/{lang}"] = _dump(text)


def policy_rows(policy: Policy) -> Rows:
    """The rows that store ``policy``."""
    rows: Rows = {}
    sections: set[str] = set()
    blocks: set[str] = set()
    section_keys = []
    for section in policy.sections:
        skey = _unique(section.id, sections)
        section_keys.append(skey)
        heading = _unique(section.heading.id, blocks)
        _block_rows(section.heading, heading, rows)
        body = []
        for block in section.blocks:
            bkey = _unique(block.id, blocks)
            _block_rows(block, bkey, rows)
            body.append(bkey)
        data: dict[str, Any] = {"id": section.id, "heading": heading, "blocks": body}
        if section.clause is not None:
            data["clause"] = {
                "key": section.clause.key,
                "version": section.clause.version,
                "variant": section.clause.variant,
            }
        rows[f"section/{skey}"] = _dump(data)
    for name, values in policy.variables.items():
        rows[f"var/{name}"] = _dump(dict(values))
    rows[HEAD] = _dump(
        {
            "id": policy.id,
            "title": dict(policy.title),
            "organization": policy.organization,
            "effective_date": policy.effective_date,
            "version_label": policy.version_label,
            "source_language": policy.source_language,
            "target_languages": list(policy.target_languages),
            "sections": section_keys,
        }
    )
    return rows


def _load(rows: Rows, key: str) -> Any:
    try:
        return json.loads(rows[key])
    except ValueError as exc:
        raise SchemaError(f"policy row {key!r} is not valid JSON: {exc}") from exc


def _block(rows: Rows, key: str) -> Block:
    data = _load(rows, f"block/{key}")
    block = Block(
        kind=BlockKind(data.get("kind", "paragraph")),
        id=str(data["id"]),
        level=int(data.get("level", 0)),
        origin=data.get("origin"),
        direction=data.get("direction"),
    )
    prefix = f"text/{key}/"
    for row_key in rows:
        if not row_key.startswith(prefix):
            continue
        lang = row_key[len(prefix) :]
        text = _load(rows, row_key)
        if "text" in text:
            block.text[lang] = str(text["text"])
        state = text.get("state")
        if state is not None:
            block.translations[lang] = TranslationState(
                Status(state.get("status", "untranslated")),
                str(state.get("fingerprint", "")),
                str(state.get("source", "")),
            )
    return block


def policy_from_rows(rows: Rows) -> Policy:
    """The policy stored in ``rows``; references to rows that are missing are skipped."""
    if HEAD not in rows:
        raise SchemaError("policy has no head row")
    try:
        head = _load(rows, HEAD)
        texts: dict[str, Rows] = {}
        for key, value in rows.items():
            if key.startswith("text/"):
                block_key = key[5:].rsplit("/", 1)[0]
                texts.setdefault(block_key, {})[key] = value

        def block(key: str) -> Block:
            return _block({f"block/{key}": rows[f"block/{key}"], **texts.get(key, {})}, key)

        sections = []
        for skey in head.get("sections", []):
            if f"section/{skey}" not in rows:
                continue
            data = _load(rows, f"section/{skey}")
            ref = data.get("clause")
            heading_key = data["heading"]
            heading = (
                block(heading_key) if f"block/{heading_key}" in rows else Block(BlockKind.TITLE)
            )
            sections.append(
                Section(
                    heading=heading,
                    blocks=[block(b) for b in data.get("blocks", []) if f"block/{b}" in rows],
                    id=str(data["id"]),
                    clause=ClauseRef(str(ref["key"]), int(ref["version"]), ref.get("variant"))
                    if ref
                    else None,
                )
            )
        return Policy(
            title={str(k): str(v) for k, v in head.get("title", {}).items()},
            id=str(head["id"]),
            organization=str(head.get("organization", "")),
            effective_date=str(head.get("effective_date", "")),
            version_label=str(head.get("version_label", "")),
            source_language=str(head.get("source_language", "en")),
            target_languages=[str(x) for x in head.get("target_languages", [])],
            variables={
                key[4:]: {str(k): str(v) for k, v in _load(rows, key).items()}
                for key in sorted(rows)
                if key.startswith("var/")
            },
            sections=sections,
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed policy rows: {exc}") from exc


# -- differences and three-way merge -------------------------------------------------------


def changed_rows(base: Rows, mine: Rows) -> tuple[Rows, set[str]]:
    """Rows written (new or different) and rows deleted going from ``base`` to ``mine``."""
    written = {k: v for k, v in mine.items() if base.get(k) != v}
    deleted = set(base) - set(mine)
    return written, deleted


@dataclass(frozen=True, slots=True)
class RowConflict:
    """One row both sides changed differently since their common base (None = absent)."""

    key: str
    base: str | None
    mine: str | None
    theirs: str | None

    @property
    def what(self) -> str:
        """The kind of row: head, var, section, block or text."""
        return self.key.split("/", 1)[0]

    def text(self, side: str) -> str:
        """The text a person compares: a block's text in that language, else the row's JSON."""
        value = {"base": self.base, "mine": self.mine, "theirs": self.theirs}[side]
        if value is None:
            return ""
        if self.what == "text":
            return str(json.loads(value).get("text", ""))
        return value


@dataclass(frozen=True, slots=True)
class Merge:
    """The result of merging someone else's saved changes into unsaved ones."""

    rows: Rows
    """Merged rows: theirs where only they changed, mine where only I did (mine on conflict)."""
    taken: frozenset[str]
    """Keys of rows taken from theirs."""
    conflicts: tuple[RowConflict, ...]


def merge_rows(base: Rows, mine: Rows, theirs: Rows) -> Merge:
    """Three-way merge, row by row; a row both changed differently is a conflict (mine kept)."""
    merged: Rows = {}
    taken: set[str] = set()
    conflicts: list[RowConflict] = []
    for key in sorted(set(base) | set(mine) | set(theirs)):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == b and t != b:
            value = t
            taken.add(key)
        elif t == b or m == t:
            value = m
        else:
            conflicts.append(RowConflict(key, b, m, t))
            value = m
        if value is not None:
            merged[key] = value
    return Merge(merged, frozenset(taken), tuple(conflicts))
