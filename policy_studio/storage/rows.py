"""A policy as rows: the unit of saving, revision numbers and conflicts.

A policy is stored as many small rows rather than one document, so that saving an edit writes
only the rows it changed and two people editing different blocks never touch the same row:

- ``head``            organisation, dates, languages, and the order of the sections;
- ``lang/LANG``       the policy's title and per-language metadata (subtitle, address…) in one
                      language, so a translator of that language may write it (schema 8);
- ``var/NAME``        one variable's values per language;
- ``section/ID``      a section's library link, its heading block and the order of its blocks;
- ``block/ID``        a block's kind, level, origin and direction;
- ``text/ID/LANG``    a block's text in one language with its translation state there.

So an author editing the English of a block and a translator editing its Arabic write different
rows. Each row's data is JSON in the model's own key order, so "changed" is a string
comparison. Row keys are only storage keys: a block or section id that occurs twice (which the
model does not forbid) gets a ``#2`` suffix, and the id itself is kept in the row's data.

Everything here is pure: no database, no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from ..model import Block, BlockKind, Policy, Section
from ..model.errors import SchemaError
from ..model.serialize import (
    REVIEW_SCHEMA,
    block_from_dict,
    block_from_parts,
    block_to_dict,
    policy_from_dict,
    policy_to_dict,
    section_from_parts,
    section_to_dict,
    states_from_dict,
)
from ..text.clean import clean_field

Rows = dict[str, str]
"""Row key → canonical JSON text of the row."""

HEAD = "head"


def _dump(data: dict[str, Any]) -> str:
    # Key order is kept: the model's dicts are ordered (titles list the source language first).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _unique(key: str, seen: set[str]) -> str:
    if key not in seen:
        seen.add(key)
        return key
    n = 2
    while f"{key}#{n}" in seen:
        n += 1
    seen.add(f"{key}#{n}")
    return f"{key}#{n}"


_BLOCK_CACHE: dict[str, tuple[tuple[str, str], ...]] = {}
"""A block's repr (every field) → its rows' (key suffix, JSON): a save on a large policy
re-serialises only the blocks that changed. Cleared when it grows past _BLOCK_CACHE_MAX."""
_BLOCK_CACHE_MAX = 100_000


def _block_rows(block: Block, key: str, rows: Rows) -> None:
    content = repr(block)
    cached = _BLOCK_CACHE.get(content)
    if cached is None:
        cached = _serialise_block(block)
        if len(_BLOCK_CACHE) >= _BLOCK_CACHE_MAX:
            _BLOCK_CACHE.clear()
        _BLOCK_CACHE[content] = cached
    for suffix, data in cached:
        if suffix:
            rows[f"text/{key}/{suffix}"] = data
        else:
            rows[f"block/{key}"] = data


def _serialise_block(block: Block) -> tuple[tuple[str, str], ...]:
    """The block's own row (everything but text and states) and one row per language."""
    data = block_to_dict(block)
    texts: dict[str, str] = data.pop("text", {})
    states: dict[str, Any] = data.pop("translations", {})
    out = [("", _dump(data))]
    for lang in sorted(set(texts) | set(states)):
        row: dict[str, Any] = {}
        if lang in texts:
            row["text"] = texts[lang]
        if lang in states:
            row["state"] = states[lang]
        out.append((lang, _dump(row)))
    return tuple(out)


def policy_rows(policy: Policy) -> Rows:
    """The rows that store ``policy`` (built from the model's own JSON form, so a field added
    to the model is stored without touching this module)."""
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
        data = section_to_dict(replace(section, heading=_EMPTY_HEADING, blocks=[]))
        data["heading"] = heading
        data["blocks"] = body
        rows[f"section/{skey}"] = _dump(data)
    for name, values in policy.variables.items():
        rows[f"var/{name}"] = _dump(dict(values))
    head, languages = _head_rows(policy, section_keys)
    rows[HEAD] = head
    rows.update(languages)
    return rows


def _has_review(policy: Policy) -> bool:
    """Any review note or proposal in the policy (a plain loop: every save asks)."""
    for section in policy.sections:
        if section.heading.notes or section.heading.proposals:
            return True
        for block in section.blocks:
            if block.notes or block.proposals or (block.table is not None and block.has_review):
                return True
    return False


def _head_rows(policy: Policy, section_keys: list[str]) -> tuple[str, Rows]:
    """The head row and the ``lang/LANG`` rows (title and metadata in each language)."""
    head = policy_to_dict(replace(policy, sections=[], variables={}))
    head.pop("variables", None)
    head["sections"] = section_keys
    if _has_review(policy):
        # The head says the policy needs a release that knows review notes and proposals:
        # an older one refuses to open it instead of dropping them on its next save
        # (model/serialize.py, schema 3).
        head["schema_version"] = max(int(head.get("schema_version", 1)), REVIEW_SCHEMA)
    return split_head(head)


def split_head(head: dict[str, Any]) -> tuple[str, Rows]:
    """A policy head (the model's form) as the head row without its per-language parts, and
    one ``lang/LANG`` row per language holding its title and metadata values."""
    title: dict[str, str] = head.pop("title", {}) or {}
    meta: dict[str, dict[str, str]] = head.pop("meta", {}) or {}
    languages: dict[str, dict[str, Any]] = {}
    for lang, text in title.items():
        languages.setdefault(lang, {})["title"] = text
    for key, values in meta.items():
        for lang, value in values.items():
            languages.setdefault(lang, {}).setdefault("meta", {})[key] = value
    return _dump(head), {f"{LANG}{lang}": _dump(data) for lang, data in languages.items()}


LANG = "lang/"
"""Prefix of the per-language head rows."""


def policy_head(rows: Rows) -> dict[str, Any]:
    """The head of the policy in ``rows`` (the head and ``lang/`` rows) in the model's form,
    titles and metadata per language joined in, without its sections."""
    try:
        head = dict(_load(rows, HEAD))
        _join_head(head, rows, [key for key in rows if key.startswith(LANG)])
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed policy rows: {exc}") from exc
    return head


def _join_head(head: dict[str, Any], rows: Rows, keys: list[str]) -> None:
    """Put the ``lang/LANG`` rows (``keys``) back into ``head`` (the source language's first,
    then the targets in their order; a head from before schema 8 may still hold them)."""
    found = {key[len(LANG) :]: key for key in keys}
    if not found:
        return
    order = [str(head.get("source_language", "")), *map(str, head.get("target_languages", []))]
    langs = [lang for lang in dict.fromkeys(order) if lang in found]
    langs += sorted(lang for lang in found if lang not in langs)
    title: dict[str, str] = dict(head.get("title", {}) or {})
    meta: dict[str, dict[str, str]] = {k: dict(v) for k, v in (head.get("meta") or {}).items()}
    for lang in langs:
        data = _load(rows, found[lang])
        if "title" in data:
            title[lang] = str(data["title"])
        for key, value in dict(data.get("meta", {})).items():
            meta.setdefault(str(key), {})[lang] = str(value)
    head["title"] = title
    head["meta"] = meta


_EMPTY_HEADING = Block(BlockKind.TITLE, id="")


def _section_row(section: Section, heading: str, body: list[str]) -> str:
    """The ``section/…`` row as ``policy_rows`` writes it (section_to_dict's fields in its
    order), built directly: ``rows_since`` compares all of them on every save. Should the
    model's form gain a field, the rows differ and ``rows_since`` declines: slower, never
    wrong."""
    data: dict[str, Any] = {"id": section.id, "heading": heading, "blocks": body}
    if section.clause is not None:
        data["clause"] = {
            "key": section.clause.key,
            "version": section.clause.version,
            "variant": section.clause.variant,
        }
    if section.topics:
        data["topics"] = list(section.topics)
    return _dump(data)


TOUCHED_MAX = 200
"""Above this many touched blocks ``rows_since`` gives up and the whole policy is compared."""


def rows_since(
    policy: Policy, base: Rows, touched: Collection[str]
) -> tuple[Rows, set[str]] | None:
    """``policy_rows(policy)`` when, since ``base`` was read or written, only the blocks whose
    ids are in ``touched`` may have changed — without serialising every other block.

    Returns the rows and the keys that may differ from ``base`` (written or deleted), or None
    when the shortcut does not apply: the head, a section row (the order of sections or
    blocks) or the set of variables differs from ``base`` — a block was added, removed or
    moved — or ``touched`` is large. The head, section and variable rows are always built from
    ``policy``; only the rows of untouched blocks are taken from ``base``. The caller must name
    every block it changed (the session collects them from each edit's Changes).
    """
    if len(touched) > TOUCHED_MAX:
        return None
    rows: Rows = dict(base)
    candidates: set[str] = set()
    sections: set[str] = set()
    blocks: set[str] = set()
    section_keys = []
    redo: list[tuple[Block, str]] = []
    for section in policy.sections:
        skey = _unique(section.id, sections)
        section_keys.append(skey)
        heading = _unique(section.heading.id, blocks)
        if f"block/{heading}" not in base:
            return None
        if section.heading.id in touched:
            redo.append((section.heading, heading))
        body = []
        for block in section.blocks:
            bkey = _unique(block.id, blocks)
            if f"block/{bkey}" not in base:
                return None
            # A table's cells live in its row: an edit naming a cell rewrites the table.
            if block.id in touched or (
                block.table is not None and any(c.id in touched for c in block.table.cells())
            ):
                redo.append((block, bkey))
            body.append(bkey)
        if base.get(f"section/{skey}") != _section_row(section, heading, body):
            return None
    head, languages = _head_rows(policy, section_keys)
    if base.get(HEAD) != head:
        return None
    variables = {f"var/{name}": _dump(dict(values)) for name, values in policy.variables.items()}
    wanted = {bkey for _, bkey in redo}
    section_count = 0
    for key in base:  # one pass: sections counted, variables and touched texts removed
        first = key[0]
        if first == "s":
            section_count += 1
        elif (first == "v" and key not in variables) or (first == "l" and key not in languages):
            del rows[key]
            candidates.add(key)
        elif first == "t" and wanted and key[5:].rsplit("/", 1)[0] in wanted:
            del rows[key]
            candidates.add(key)
    if section_count != len(section_keys):
        return None
    for key, row in (variables | languages).items():
        if base.get(key) != row:
            rows[key] = row
            candidates.add(key)
    for block, bkey in redo:
        new: Rows = {}
        _block_rows(block, bkey, new)
        rows.update(new)
        candidates.update(new)
    return rows, candidates


_DECODE = json.JSONDecoder().raw_decode


def _load(rows: Rows, key: str) -> Any:
    text = rows[key]
    try:
        # raw_decode is json.loads without its wrapper (a third of the time of reading a
        # policy's thousands of rows). A row as we write it is one JSON value and nothing
        # else; anything that is not (white space around it, text after it) is read by
        # json.loads itself, which accepts or refuses it exactly as before.
        value, end = _DECODE(text)
        if end == len(text):
            return value
    except ValueError:
        pass
    try:
        return json.loads(text)
    except ValueError as exc:
        raise SchemaError(f"policy row {key!r} is not valid JSON: {exc}") from exc


def policy_from_rows(rows: Rows) -> Policy:
    """The policy stored in ``rows``; references to rows that are missing are skipped.

    Every command that opens a policy reads it here (a large one has 12,500 rows): one pass
    over the keys, each row decoded once and its values put straight into the model's
    objects, with the checks and messages of ``model.serialize`` (``block_from_parts``,
    ``section_from_parts``) but no dict per block or section assembled in the model's JSON
    shape first.
    """
    if HEAD not in rows:
        raise SchemaError("policy has no head row")
    # A block's text rows, in the rows' order: text/BLOCK/LANG → (LANG, key) under BLOCK.
    texts: dict[str, list[tuple[str, str]]] = {}
    unordered: list[list[tuple[str, str]]] = []
    languages: list[str] = []
    variables: list[str] = []
    for key in rows:
        first = key[:5]
        if first == "text/":
            block_key, slash, lang = key[5:].rpartition("/")
            if not slash:
                block_key = lang  # "text/ID" without a language, read as before
            found = texts.get(block_key)
            if found is None:
                texts[block_key] = [(lang, key)]
            else:
                if key < found[-1][1]:
                    unordered.append(found)
                found.append((lang, key))
        elif first == LANG:
            languages.append(key)
        elif key[:4] == "var/":
            variables.append(key)
    # A block's languages in key order, as SQLite returns a whole policy's rows, whatever
    # order they came in (an excerpt's are read in two parts).
    for found in unordered:
        found.sort(key=lambda pair: pair[1])
    decode = _DECODE

    def block(key: str) -> Block:
        data = _load(rows, f"block/{key}")
        if type(data) is not dict:
            data = dict(data)  # a malformed row fails here as it always did
        text: dict[str, str] = {}
        states: dict[str, Any] | None = None
        for lang, row_key in texts.get(key, ()):
            raw = rows[row_key]
            try:
                row, end = decode(raw)
            except ValueError:
                end = -1
            if end != len(raw):
                row = _load(rows, row_key)
            if "text" in row:
                value = row["text"]
                text[lang] = value if type(value) is str else str(value)
            if "state" in row:
                if states is None:
                    states = {}
                states[lang] = row["state"]
        return block_from_parts(data, text, data.get("translations") if states is None else states)

    try:
        head = dict(_load(rows, HEAD))
        _join_head(head, rows, languages)
        sections = []
        for skey in head.get("sections", []):
            if f"section/{skey}" not in rows:
                continue
            data = dict(_load(rows, f"section/{skey}"))
            heading_key = str(data.get("heading"))
            heading = (
                block(heading_key)
                if f"block/{heading_key}" in rows
                else block_from_dict({"id": f"{data['id']}.title", "kind": "title", "text": {}})
            )
            body = [block(b) for b in data.get("blocks", []) if f"block/{b}" in rows]
            sections.append(section_from_parts(data, heading, body))
        head["sections"] = []
        head["variables"] = {key[4:]: _load(rows, key) for key in sorted(variables)}
        policy = policy_from_dict(head)
        policy.sections = sections
        return policy
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise SchemaError(f"malformed policy rows: {exc}") from exc


class PolicyExcerpt(Policy):
    """A stored policy read for an export in some languages (``Workspace.policy_excerpt``):
    block text only in those languages, except where the layout looks at the others (a
    section title with no text in those languages, and blocks with proposals); everything
    else whole. It lays out and fingerprints in those languages exactly as the whole policy
    does; the QA checks need the whole policy. The workspace refuses to save it (the other
    languages' text would be deleted); its ``copy()`` is a plain ``Policy``: never save one
    either."""

    __slots__ = ()


def excerpt_of(policy: Policy) -> PolicyExcerpt:
    """``policy`` (read from an excerpt's rows) as a ``PolicyExcerpt``: the same objects."""
    fields = [getattr(policy, name) for name in Policy.__dataclass_fields__]
    return PolicyExcerpt(*fields)


def every_language_blocks(rows: Rows, languages: Collection[str]) -> set[str]:
    """Row keys of the blocks whose text in other languages than ``languages`` the layout
    reads: a section title with no text in any of ``languages`` (a section untitled in every
    language is not numbered; one titled in ``languages`` is numbered whatever the others
    say), and a block with proposals (one with no accepted text in any language is left
    out). From the section, block and ``languages``' text rows in ``rows``."""
    wanted: set[str] = set()
    for key, text in rows.items():
        first = key[:6]
        if first == "sectio" and key.startswith("section/"):
            section = _load(rows, key)
            if not isinstance(section, dict):
                continue
            heading = str(section.get("heading"))
            for lang in languages:
                row_key = f"text/{heading}/{lang}"
                if row_key in rows:
                    row = _load(rows, row_key)
                    # As the layout sees it: cleaned (a title of control characters only
                    # is no title), then stripped.
                    if isinstance(row, dict) and clean_field(str(row.get("text", ""))).strip():
                        break
            else:
                wanted.add(heading)
        elif first == "block/" and ('"proposals"' in text or "\\" in text):
            # (a backslash: a key could be written with escapes; decode to be sure)
            data = _load(rows, key)
            if isinstance(data, dict) and "proposals" in data:
                wanted.add(key[6:])
    return wanted


def block_key_of(text_key: str) -> str:
    """The block row key a ``text/BLOCK/LANG`` row belongs to (as ``policy_from_rows`` reads
    it)."""
    block_key, slash, lang = text_key[5:].rpartition("/")
    return block_key if slash else lang


def block_keys(policy: Policy) -> dict[str, Block]:
    """Row key of each block (as ``policy_rows`` names them) → the block object."""
    out: dict[str, Block] = {}
    seen: set[str] = set()
    for section in policy.sections:
        for block in section.all_blocks():
            out[_unique(block.id, seen)] = block
    return out


def _blocks_named(policy: Policy, wanted: set[str]) -> dict[str, Block]:
    """``block_keys(policy)`` for the keys ``wanted`` only. A key without "#" is the first
    block with that id (a "#n" name is made only for a later duplicate, so it cannot take a
    plain id): one walk that builds nothing per block. With a "#" key, ``block_keys``."""
    if any("#" in key for key in wanted):
        found = block_keys(policy)
        return {k: found[k] for k in wanted if k in found}
    out: dict[str, Block] = {}
    for section in policy.sections:
        for block in section.all_blocks():
            if block.id in wanted and block.id not in out:
                out[block.id] = block
                if len(out) == len(wanted):
                    return out
    return out


def apply_in_place(policy: Policy, rows: Rows, keys: frozenset[str] | set[str]) -> bool:
    """Put the rows ``keys`` (text and variable rows only) into ``policy``'s own objects.

    The common case of someone else's edit — a block's text in one language, a variable —
    without rebuilding the policy: the blocks stay the same objects, so open editors and undo
    records keep pointing at them. False (and nothing changed) when a key is of another kind
    or names a block the policy does not have; rebuild from rows then.
    """
    named = {k.partition("/")[2].rsplit("/", 1)[0] for k in keys if k.startswith("text/")}
    blocks = _blocks_named(policy, named) if named else {}
    plan: list[tuple[str, str]] = []
    for key in keys:
        kind, _, rest = key.partition("/")
        if kind in ("var", "lang"):
            plan.append((key, rest))
        elif kind == "text":
            bkey = rest.rsplit("/", 1)[0]
            if bkey not in blocks:
                return False
            plan.append((key, bkey))
        else:
            return False
    for key, name in plan:
        value = json.loads(rows[key]) if key in rows else None
        if key.startswith(LANG):
            _apply_language(policy, name, value)
            continue
        if key.startswith("var/"):
            if value is None:
                policy.variables.pop(name, None)
            else:
                policy.variables[name] = {str(k): str(v) for k, v in value.items()}
            continue
        block = blocks[name]
        lang = key.rsplit("/", 1)[1]
        if value is None or "text" not in value:
            block.text.pop(lang, None)
        else:
            block.text[lang] = str(value["text"])
        if value is None or "state" not in value:
            block.translations.pop(lang, None)
        else:
            block.translations.update(states_from_dict({lang: value["state"]}))
    return True


def _apply_language(policy: Policy, lang: str, value: Any) -> None:
    """Set ``policy``'s title and metadata in ``lang`` to a ``lang/LANG`` row (None: none)."""
    data = value if isinstance(value, dict) else {}
    if "title" in data:
        policy.title[lang] = str(data["title"])
    else:
        policy.title.pop(lang, None)
    wanted = {str(k): str(v) for k, v in dict(data.get("meta", {})).items()}
    for key in list(policy.meta):
        if key not in wanted:
            policy.meta[key].pop(lang, None)
            if not policy.meta[key]:
                del policy.meta[key]
    for key, text in wanted.items():
        policy.meta.setdefault(key, {})[lang] = text


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
        """The kind of row: head, lang, var, section, block or text."""
        return self.key.split("/", 1)[0]

    def text(self, side: str) -> str:
        """The text a person compares: a block's text in that language, else the row's JSON."""
        value = {"base": self.base, "mine": self.mine, "theirs": self.theirs}[side]
        if value is None:
            return ""
        if self.what == "text":
            return str(json.loads(value).get("text", ""))
        if self.what == "lang":
            return str(json.loads(value).get("title", ""))
        return value


@dataclass(frozen=True, slots=True)
class Merge:
    """The result of merging someone else's saved changes into unsaved ones."""

    rows: Rows
    """Merged rows: theirs where only they changed, mine where only I did (mine on conflict)."""
    taken: frozenset[str]
    """Keys of rows taken from theirs."""
    conflicts: tuple[RowConflict, ...]


def merge_rows(base: Rows, mine: Rows, theirs: Rows, keys: Collection[str] | None = None) -> Merge:
    """Three-way merge, row by row; a row both changed differently is a conflict (mine kept).

    ``keys``, when given, are the only rows where the sides may differ (every other row is
    the same in all three): the merge then looks only at those.
    """
    taken: set[str] = set()
    conflicts: list[RowConflict] = []
    if keys is None:
        merged: Rows = {}
        keys = set(base) | set(mine) | set(theirs)
    else:
        # Outside ``keys`` the three sides hold the same rows; inside, the loop below sets or
        # removes each: a copy made in C, not a comprehension over 12,500 rows.
        merged = dict(mine)
    for key in sorted(keys):
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
        else:
            merged.pop(key, None)
    return Merge(merged, frozenset(taken), tuple(conflicts))
