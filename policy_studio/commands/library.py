"""Library commands: `clauses`, and `clause show|edit|status` for one clause."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..library.editing import blocks_to_lines, check_clause, lines_to_blocks
from ..model import Clause, ClauseStatus, PolicyStudioError, language
from ..model.clause import approve_current_translations
from ..model.serialize import block_to_dict, states_to_dict
from ..storage import WorkspaceStore
from .common import (
    actor,
    add_workspace_option,
    editing,
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

    parser = sub.add_parser("clause", help="show, edit or change the status of one clause")
    actions = parser.add_subparsers(dest="clause_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="a clause's text and translation state per language")
    show.add_argument("key", metavar="KEY")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    add_workspace_option(show)
    show.set_defaults(handler=run_clause_show)
    edit = actions.add_parser("edit", help="change a clause's text in one language")
    edit.add_argument("key", metavar="KEY")
    edit.add_argument("--lang", required=True, help="the language whose text changes")
    edit.add_argument("--block", type=int, metavar="N", help="block N (1 = first) with --text")
    edit.add_argument("--text", help="the block's new text (inline markup)")
    edit.add_argument(
        "--file", metavar="F", help='the whole body: one block per line, "- " for bullets'
    )
    edit.add_argument("--note", default="", help="why (kept in the clause history)")
    add_workspace_option(edit)
    edit.set_defaults(handler=run_clause_edit)
    status = actions.add_parser("status", help="set draft, approved or deprecated")
    status.add_argument("key", metavar="KEY")
    status.add_argument("status", choices=[s.value for s in ClauseStatus])
    add_workspace_option(status)
    status.set_defaults(handler=run_clause_status)


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
    with open_workspace(args, readonly=True) as workspace:
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


def _clause(workspace: WorkspaceStore, key: str) -> Clause:
    clause = workspace.clause(key)
    if clause is None:
        raise PolicyStudioError(f"{workspace.location}: no clause {key!r} in the library")
    return clause


def _state_label(block_states: dict[str, Any], lang: str, stale: bool) -> str:
    state = block_states.get(lang)
    status = state["status"] if state else "draft"
    return f"{status}, stale" if stale else status


def run_clause_show(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        clause = _clause(workspace, args.key)
    source = clause.source_language
    blocks = [clause.title_block(), *clause.blocks]
    if args.json:
        data = clause_json(clause)
        data["source_language"] = source
        data["title_states"] = states_to_dict(clause.title_states)
        data["stale"] = {
            b.id: [lang for lang in b.text if lang != source and b.is_stale(lang, source)]
            for b in blocks
        }
        print_json(data)
        return 0
    lines = [
        f"{clause.key}  version {clause.version}  {clause.status.value}  "
        f"(source {source}; tags: {', '.join(clause.tags) or '—'})"
    ]
    for index, block in enumerate(blocks):
        name = "title" if index == 0 else f"block {index} ({block.kind.value})"
        lines.append(f"{name}:")
        states = states_to_dict(block.translations)
        for lang, text in block.text.items():
            mark = (
                "source"
                if lang == source
                else _state_label(states, lang, block.is_stale(lang, source))
            )
            lines.append(f"  [{lang}] ({mark}) {text}")
    print_text("\n".join(lines))
    return 0


def _read_body(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PolicyStudioError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise PolicyStudioError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise PolicyStudioError(f"{path}: cannot read the file ({exc.strerror})") from exc


def run_clause_edit(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.text is None):
        raise PolicyStudioError("give either --block N --text TEXT or --file F")
    if args.text is not None and args.block is None:
        raise PolicyStudioError("--text needs --block N (the block to change, 1 = first)")
    lang = language(args.lang).code if "-" not in args.lang else args.lang
    who = actor(args)
    with editing(args) as workspace:
        clause = _clause(workspace, args.key)
        source = clause.source_language
        if args.text is not None:
            if not 1 <= args.block <= len(clause.blocks):
                raise PolicyStudioError(
                    f"--block {args.block}: clause {clause.key!r} has {len(clause.blocks)} blocks"
                )
            clause.blocks[args.block - 1].set_text(lang, args.text)
        else:
            path = Path(args.file)
            body = _read_body(path)
            count = len([line for line in body.splitlines() if line.strip()])
            if lang != source and count != len(clause.blocks):
                raise PolicyStudioError(
                    f"{path}: {count} blocks, but clause {clause.key!r} has {len(clause.blocks)}"
                    f" in {source}; a translation keeps the source's blocks, one per line"
                )
            langs = {lang, *(k for b in clause.blocks for k in b.text)}
            texts = {code: blocks_to_lines(clause.blocks, code) for code in langs}
            texts[lang] = body
            clause.blocks = lines_to_blocks(texts, clause.blocks, source)
        check_clause(clause)
        saved = workspace.save_clause(clause, note=args.note, author=who)
        workspace.append_log(
            who,
            "clause.edit",
            target=clause.key,
            detail={"language": lang, "version": saved.version, "note": args.note},
        )
    stale = [
        f"block {i}"
        for i, b in enumerate(saved.blocks, start=1)
        if any(b.is_stale(t, source) for t in b.text if t != source)
    ]
    print_text(f"clause {saved.key} is now version {saved.version} ({lang} edited)")
    if stale:
        print(
            f"policy-studio: note: translations now stale in {', '.join(stale)}",
            file=sys.stderr,
        )
    return 0


def run_clause_status(args: argparse.Namespace) -> int:
    who = actor(args)
    status = ClauseStatus(args.status)
    with editing(args) as workspace:
        clause = _clause(workspace, args.key)
        before = clause.status
        clause.status = status
        stale: list[str] = []
        if status is ClauseStatus.APPROVED:
            stale = approve_current_translations(clause)
        saved = workspace.save_clause(clause, author=who)
        workspace.append_log(
            who,
            "clause.status",
            target=clause.key,
            detail={"from": before.value, "to": status.value, "version": saved.version},
        )
    print_text(f"clause {saved.key} is {status.value}")
    if stale:
        print(
            f"policy-studio: warning: {len(stale)} translations are stale and stay unapproved: "
            + ", ".join(stale),
            file=sys.stderr,
        )
    return 0
