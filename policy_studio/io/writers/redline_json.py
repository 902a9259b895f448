"""Redline as JSON: the summary, metadata and variable changes, every change with its section."""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from json.encoder import encode_basestring
from typing import Any

from ...diff import BlockDiff, Op, Redline, SectionDiff
from ..redline_format import RedlineOptions

SUPPORTED = "summary; metadata/variable changes; each changed section and block with kind and words"
JSON_SCHEMA_VERSION = 1


def _segments(entry: BlockDiff, langs: list[str]) -> dict[str, list[dict[str, str]]]:
    return {
        lang: [{"op": s.op.value, "text": s.text} for s in entry.segments.get(lang, [])]
        for lang in langs
    }


def _block(entry: BlockDiff, langs: list[str], role: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "role": role,
        "change": entry.change.value,
        "kind": entry.kind.value,
        "old_id": entry.old_id,
        "new_id": entry.new_id,
        "old": {lang: entry.old_text(lang) for lang in langs if entry.has_old()},
        "new": {lang: entry.new_text(lang) for lang in langs if entry.has_new()},
        "segments": _segments(entry, langs),
    }
    if entry.old_cell or entry.new_cell:
        # A table cell: where it stands in the new table (and in the old one when it moved
        # or was removed), 1-based, so a reviewer finds it.
        out["role"] = "cell"
        where = entry.new_cell or entry.old_cell
        assert where is not None
        out["row"], out["column"] = where
        if entry.old_cell and entry.old_cell != entry.new_cell:
            out["old_row"], out["old_column"] = entry.old_cell
    if entry.formatting_only:
        out["formatting_only"] = True
    formats = {
        lang: [
            {"text": words, "old": old.describe(), "new": new.describe()}
            for words, old, new in entry.format_changes(lang)
        ]
        for lang in langs
    }
    formats = {lang: found for lang, found in formats.items() if found}
    if formats:
        out["formatting"] = formats
    if entry.kind_changed and entry.old_kind is not None:
        out["old_kind"] = entry.old_kind.value
    if entry.other_section:
        out["other_section"] = entry.other_section
    links = {
        lang: [{"text": c.text, "old": c.old, "new": c.new} for c in entry.links[lang]]
        for lang in langs
        if entry.links.get(lang)
    }
    if links:
        out["links"] = links
    return out


def _section(section: SectionDiff, langs: list[str]) -> dict[str, Any]:
    changed = [
        _block(entry, langs, "title" if index == 0 else "block")
        for index, entry in section.indexed_changes()
    ]
    return {
        "change": section.change.value,
        "old_id": section.old_id,
        "new_id": section.new_id,
        "old_number": section.old_number,
        "new_number": section.new_number,
        "title": {
            lang: "".join(
                s.text for s in section.title.segments.get(lang, []) if s.op is not Op.DELETE
            )
            or "".join(s.text for s in section.title.segments.get(lang, []))
            for lang in langs
        },
        "changes": changed,
    }


def redline_to_json(redline: Redline) -> dict[str, Any]:
    """A JSON-ready dict; sections that did not change are left out."""
    langs = redline.languages
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "from": redline.old_label,
        "to": redline.new_label,
        "languages": langs,
        "summary": asdict(redline.summary),
        "metadata": [asdict(m) for m in redline.metadata],
        "variables": [asdict(v) for v in redline.variables],
        "sections": [_section(s, langs) for s in redline.sections if s.is_changed],
    }


def render_redline(redline: Redline, options: RedlineOptions) -> str:
    """The format table's interface (io/redline_format.py): the JSON text (every language)."""
    return dumps_indented(redline_to_json(redline)) + "\n"


def dumps_indented(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, 2-3× faster.

    With an indent, the standard library leaves its C encoder for a generator-based Python one;
    on the redline of two 150,000-word policies that took 40 ms of `compare`'s second. Strings
    still go through the C string encoder. tests/io/writers/test_redline_json_text.py checks
    the two agree.
    """
    out: list[str] = []
    _dump(value, "\n", out)
    return "".join(out)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, bool | int | float):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _dump(value: Any, newline: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None or value is True or value is False:
        out.append("null" if value is None else "true" if value else "false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(float.__repr__(value) if math.isfinite(value) else json.dumps(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        lead = "{" + inner
        for key, item in value.items():
            out.append(lead + encode_basestring(_key(key)) + ": ")
            _dump(item, inner, out)
            lead = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        lead = "[" + inner
        for item in value:
            out.append(lead)
            _dump(item, inner, out)
            lead = "," + inner
        out.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
