"""JSON (de)serialisation of the model, carrying a schema version."""

from __future__ import annotations

import json
from typing import Any

from .block import Block, BlockKind, Status, Table, TranslationState
from .clause import Clause, ClauseStatus, ClauseVariant
from .errors import SchemaError
from .policy import Policy
from .review import Proposal, ProposalKind, ReviewNote
from .section import ClauseRef, Section
from .version import Version

SCHEMA_VERSION = 3
"""Bump when the JSON shape changes; readers refuse documents with a larger number.

2 added table blocks, 3 review notes and proposals (a release without them would drop them
silently). A document is written with the lowest number that describes it: one without a
table is still 1, so a release from before tables keeps opening it."""


REVIEW_SCHEMA = 3
"""The document schema that added review notes and proposals (storage/rows.py writes it into
a policy's head row when any block has them)."""


def _schema_for(blocks: list[Block]) -> int:
    if any(b.has_review for b in blocks):
        return REVIEW_SCHEMA
    return 2 if any(b.table is not None for b in blocks) else 1


def _note_to_dict(note: ReviewNote) -> dict[str, Any]:
    out: dict[str, Any] = {"id": note.id, "lang": note.lang, "text": note.text}
    for key in ("author", "date", "quote"):
        if getattr(note, key):
            out[key] = getattr(note, key)
    if note.resolved:
        out["resolved"] = True
    return out


def _note_from_dict(data: dict[str, Any]) -> ReviewNote:
    return ReviewNote(
        lang=str(data["lang"]),
        text=str(data["text"]),
        author=str(data.get("author", "")),
        date=str(data.get("date", "")),
        quote=str(data.get("quote", "")),
        id=str(data["id"]),
        resolved=bool(data.get("resolved", False)),
    )


def _proposal_to_dict(proposal: Proposal) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": proposal.id,
        "lang": proposal.lang,
        "kind": proposal.kind.value,
        "text": proposal.text,
        "base": proposal.base,
    }
    for key in ("author", "date", "detail", "new_kind", "new_level"):
        if getattr(proposal, key):
            out[key] = getattr(proposal, key)
    return out


def _proposal_from_dict(data: dict[str, Any]) -> Proposal:
    return Proposal(
        lang=str(data["lang"]),
        kind=ProposalKind(data["kind"]),
        text=str(data["text"]),
        base=str(data["base"]),
        author=str(data.get("author", "")),
        date=str(data.get("date", "")),
        detail=str(data.get("detail", "")),
        new_kind=str(data.get("new_kind", "")),
        new_level=int(data.get("new_level", 0)),
        id=str(data["id"]),
    )


def _check_schema(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SchemaError(f"{what}: expected a JSON object")
    found = data.get("schema_version", 1)
    if not isinstance(found, int):
        raise SchemaError(f"{what}: schema_version must be a whole number")
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"{what} was written by a newer Policy Studio (document schema {found}; "
            f"this release reads up to {SCHEMA_VERSION}). Update Policy Studio to open it."
        )
    return data


def _state_to_dict(st: TranslationState) -> dict[str, Any]:
    out: dict[str, Any] = {
        "status": st.status.value,
        "source_fingerprint": st.source_fingerprint,
        "source_text": st.source_text,
    }
    if st.match_score:
        # Pre-translation: optional keys, so older files and readers are unaffected.
        out["match_score"] = st.match_score
        out["match_origin"] = st.match_origin
    return out


def states_to_dict(states: dict[str, TranslationState]) -> dict[str, Any]:
    return {lang: _state_to_dict(st) for lang, st in states.items()}


def states_from_dict(data: dict[str, Any]) -> dict[str, TranslationState]:
    return {
        str(lang): TranslationState(
            Status(st.get("status", "untranslated")),
            str(st.get("source_fingerprint", "")),
            str(st.get("source_text", "")),
            float(st.get("match_score", 0.0)),
            str(st.get("match_origin", "")),
        )
        for lang, st in data.items()
    }


def block_to_dict(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {"id": block.id, "kind": block.kind.value, "text": dict(block.text)}
    if block.level:
        out["level"] = block.level
    if block.translations:
        out["translations"] = states_to_dict(block.translations)
    if block.origin:
        out["origin"] = block.origin
    if block.direction:
        out["direction"] = block.direction
    if block.table is not None:
        table = block.table
        out["table"] = {
            "header_rows": table.header_rows,
            "widths": list(table.widths),
            "rows": [[block_to_dict(cell) for cell in row] for row in table.rows],
        }
    if block.notes:
        out["notes"] = [_note_to_dict(n) for n in block.notes]
    if block.proposals:
        out["proposals"] = [_proposal_to_dict(p) for p in block.proposals]
    return out


def _table_from_dict(data: Any) -> Table:
    if not isinstance(data, dict):
        raise SchemaError("malformed table: expected an object")
    rows = data.get("rows", [])
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise SchemaError("malformed table: rows must be a list of lists of cells")
    table = Table(
        rows=[[block_from_dict(cell) for cell in row] for row in rows],
        header_rows=max(0, int(data.get("header_rows", 1))),
        widths=[float(x) for x in data.get("widths", [])],
    )
    for cell in table.cells():
        if cell.table is not None or cell.kind is not BlockKind.CELL:
            raise SchemaError(f"malformed table: cell {cell.id} is a {cell.kind.value}")
    table.normalize()
    return table


_KINDS: dict[object, BlockKind] = {kind.value: kind for kind in BlockKind}


def block_from_dict(data: dict[str, Any]) -> Block:
    try:
        text = {str(k): str(v) for k, v in data.get("text", {}).items()}
        states = data.get("translations")
    except (ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed block: {exc}") from exc
    return block_from_parts(data, text, states)


def block_from_parts(
    data: dict[str, Any], text: dict[str, str], states: dict[str, Any] | None
) -> Block:
    """``block_from_dict`` of ``data`` with its ``text`` and ``translations`` given apart (the
    storage keeps them in rows of their own, and reads them without a dict to join them in).
    ``text`` becomes the block's own: a new dict of strings, made by the caller."""
    # Read once per block of every policy a command opens (4,500 in the benchmark policy):
    # positional arguments, a dict lookup for the kind, and no empty lists built for the
    # optional keys most blocks lack. The same values and the same errors as field by field.
    try:
        kind = data.get("kind", "paragraph")
        try:
            block_kind = _KINDS[kind]
        except (KeyError, TypeError):
            block_kind = BlockKind(kind)
        notes = data.get("notes")
        proposals = data.get("proposals")
        return Block(
            block_kind,
            text,
            str(data["id"]),
            int(data.get("level", 0)),
            states_from_dict(states) if states is not None else {},
            data.get("origin"),
            data.get("direction"),
            _table_from_dict(data["table"]) if "table" in data else None,
            [_note_from_dict(n) for n in notes] if notes is not None else [],
            [_proposal_from_dict(p) for p in proposals] if proposals is not None else [],
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed block: {exc}") from exc


def section_to_dict(section: Section) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": section.id,
        "heading": block_to_dict(section.heading),
        "blocks": [block_to_dict(b) for b in section.blocks],
    }
    if section.clause is not None:
        out["clause"] = {
            "key": section.clause.key,
            "version": section.clause.version,
            "variant": section.clause.variant,
        }
    if section.topics:
        out["topics"] = list(section.topics)
    return out


def section_from_dict(data: dict[str, Any]) -> Section:
    try:
        heading = block_from_dict(data["heading"])
        blocks = [block_from_dict(b) for b in data.get("blocks", [])]
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed section: {exc}") from exc
    return section_from_parts(data, heading, blocks)


def section_from_parts(data: dict[str, Any], heading: Block, blocks: list[Block]) -> Section:
    """``section_from_dict`` of ``data`` with its heading and blocks already read."""
    try:
        ref = data.get("clause")
        return Section(
            heading=heading,
            blocks=blocks,
            id=str(data["id"]),
            clause=ClauseRef(str(ref["key"]), int(ref["version"]), ref.get("variant"))
            if ref
            else None,
            topics=[str(t) for t in data.get("topics", [])],
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed section: {exc}") from exc


def policy_to_dict(policy: Policy) -> dict[str, Any]:
    return {
        "schema_version": _schema_for([b for s in policy.sections for b in (s.heading, *s.blocks)]),
        "id": policy.id,
        "title": dict(policy.title),
        "organization": policy.organization,
        "effective_date": policy.effective_date,
        "version_label": policy.version_label,
        "source_language": policy.source_language,
        "target_languages": list(policy.target_languages),
        "variables": {k: dict(v) for k, v in policy.variables.items()},
        "sections": [section_to_dict(s) for s in policy.sections],
        **({"regulations": list(policy.regulations)} if policy.regulations else {}),
        **({"conditions": list(policy.conditions)} if policy.conditions is not None else {}),
        # Optional keys (older files have neither; readers default them).
        "meta": {k: dict(v) for k, v in policy.meta.items() if v},
        "native_digits": policy.native_digits,
    }


def policy_from_dict(data: Any) -> Policy:
    data = _check_schema(data, "policy")
    try:
        return Policy(
            title={str(k): str(v) for k, v in data.get("title", {}).items()},
            id=str(data["id"]),
            organization=str(data.get("organization", "")),
            effective_date=str(data.get("effective_date", "")),
            version_label=str(data.get("version_label", "")),
            source_language=str(data.get("source_language", "en")),
            target_languages=[str(x) for x in data.get("target_languages", [])],
            variables={
                str(k): {str(lang): str(val) for lang, val in v.items()}
                for k, v in data.get("variables", {}).items()
            },
            sections=[section_from_dict(s) for s in data.get("sections", [])],
            regulations=[str(x) for x in data.get("regulations", [])],
            conditions=[str(x) for x in data["conditions"]] if "conditions" in data else None,
            meta={
                str(k): {str(lang): str(val) for lang, val in v.items()}
                for k, v in data.get("meta", {}).items()
            },
            native_digits=bool(data.get("native_digits", False)),
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed policy: {exc}") from exc


def clause_to_dict(clause: Clause) -> dict[str, Any]:
    blocks = [*clause.blocks, *(b for v in clause.variants for b in v.blocks)]
    return {
        "schema_version": _schema_for(blocks),
        "key": clause.key,
        "title": dict(clause.title),
        "blocks": [block_to_dict(b) for b in clause.blocks],
        "topic": clause.topic,
        "tags": list(clause.tags),
        "variables": list(clause.variables),
        "variants": [
            {"key": v.key, "label": dict(v.label), "blocks": [block_to_dict(b) for b in v.blocks]}
            for v in clause.variants
        ],
        "status": clause.status.value,
        "version": clause.version,
        "source_language": clause.source_language,
        "title_states": states_to_dict(clause.title_states),
    }


def clause_from_dict(data: Any) -> Clause:
    data = _check_schema(data, "clause")
    try:
        return Clause(
            key=str(data["key"]),
            title={str(k): str(v) for k, v in data.get("title", {}).items()},
            blocks=[block_from_dict(b) for b in data.get("blocks", [])],
            topic=str(data.get("topic", "")),
            tags=[str(t) for t in data.get("tags", [])],
            variables=[str(v) for v in data.get("variables", [])],
            variants=[
                ClauseVariant(
                    str(v["key"]),
                    {str(k): str(x) for k, x in v.get("label", {}).items()},
                    [block_from_dict(b) for b in v.get("blocks", [])],
                )
                for v in data.get("variants", [])
            ],
            status=ClauseStatus(data.get("status", "draft")),
            version=int(data.get("version", 1)),
            source_language=str(data.get("source_language", "en")),
            title_states=states_from_dict(data.get("title_states", {})),
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed clause: {exc}") from exc


def version_to_dict(version: Version) -> dict[str, Any]:
    snapshot = version.snapshot
    return {
        "schema_version": _schema_for(
            [b for s in snapshot.sections for b in (s.heading, *s.blocks)]
        ),
        "policy_id": version.policy_id,
        "number": version.number,
        "label": version.label,
        "note": version.note,
        "author": version.author,
        "created": version.created,
        "approved": version.approved,
        "approved_by": version.approved_by,
        "approved_at": version.approved_at,
        "snapshot": policy_to_dict(version.snapshot),
    }


def version_from_dict(data: Any) -> Version:
    data = _check_schema(data, "version")
    try:
        return Version(
            policy_id=str(data["policy_id"]),
            number=int(data["number"]),
            label=str(data.get("label", "")),
            snapshot=policy_from_dict(data["snapshot"]),
            note=str(data.get("note", "")),
            author=str(data.get("author", "")),
            created=str(data.get("created", "")),
            approved=bool(data.get("approved", False)),
            approved_by=str(data.get("approved_by", "")),
            approved_at=str(data.get("approved_at", "")),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise SchemaError(f"malformed version: {exc}") from exc


def to_json(data: dict[str, Any]) -> str:
    """Compact JSON that keeps non-ASCII text readable."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | bytes, what: str = "document") -> Any:
    try:
        return json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{what} is not valid JSON: {exc}") from exc
