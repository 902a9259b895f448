"""Library commands: `clauses`."""

from __future__ import annotations

import argparse
from typing import Any

from ..model import Clause
from ..model.serialize import block_to_dict
from .common import add_workspace_option, open_workspace, print_json, print_text


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


def run_clauses(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        clauses = workspace.search_clauses(args.search or "", lang=args.lang, tag=args.tag)
    if args.json:
        print_json([clause_json(c) for c in clauses])
        return 0
    lang = args.lang or "en"
    lines = [
        f"{c.key:<34} {c.status.value:<10} {', '.join(c.languages()):<12} "
        f"{c.title.get(lang) or c.title.get('en', '')}"
        for c in clauses
    ]
    lines.append(f"({len(clauses)} clauses)")
    print_text("\n".join(lines), lang)
    return 0
