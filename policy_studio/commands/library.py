"""Library commands: `clauses`."""

from __future__ import annotations

import argparse
from typing import Any

from ..model import Clause, PolicyStudioError
from ..model.serialize import block_to_dict
from .common import (
    add_workspace_option,
    open_workspace,
    plural,
    print_json,
    print_text,
    terminal_cell,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("clauses", help="list or search the clause library")
    add_workspace_option(parser)
    parser.add_argument("--tag", help="only clauses with this tag or topic (e.g. retention, gdpr)")
    parser.add_argument("--search", metavar="TEXT", help="full-text search (Arabic folded)")
    parser.add_argument("--lang", help="language to search in and to show titles in")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_clauses)


def clause_json(clause: Clause) -> dict[str, Any]:
    return {
        "key": clause.key,
        "version": clause.version,
        "status": clause.status.value,
        "topic": clause.topic,
        "tags": clause.tags,
        "variables": clause.variables,
        "languages": clause.languages(),
        "title": clause.title,
        "blocks": [block_to_dict(b) for b in clause.blocks],
        "variants": [
            {"key": v.key, "label": v.label, "blocks": [block_to_dict(b) for b in v.blocks]}
            for v in clause.variants
        ],
    }


def _check_language(lang: str, library: list[Clause]) -> None:
    known = sorted({code for clause in library for code in clause.languages()})
    if lang not in known:
        raise PolicyStudioError(
            f"--lang {lang!r}: the library has no clauses in that language "
            f"(languages: {', '.join(known) or 'none'})"
        )


def run_clauses(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        if args.lang:
            _check_language(args.lang, workspace.clauses())
        clauses = workspace.search_clauses(args.search or "", lang=args.lang, tag=args.tag)
    if args.json:
        print_json([clause_json(c) for c in clauses])
        return 0
    lang = args.lang or "en"
    rows = [(c.key, c.status.value, ", ".join(c.languages())) for c in clauses]
    widths = [max([len(row[i]) for row in rows] or [0]) for i in range(3)]
    lines = []
    for clause, row in zip(clauses, rows, strict=True):
        title = clause.title.get(lang) or clause.title.get("en", "")
        # Only the title cell is reordered: reordering the whole line would swap the columns.
        shown = terminal_cell(title, lang if title == clause.title.get(lang) else "en")
        lines.append(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + "  " + shown
        )
    lines.append(f"({plural(len(clauses), 'clause')})")
    print_text("\n".join(lines))
    return 0
