"""The translator's toolkit from the shell: `tm`, `pretranslate`, `concordance`.

(`glossary export|import` lives with the `glossary` command in commands/translation.py.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..library.concordance import build_concordance
from ..library.memory import TranslationMemory
from ..library.tmx import export_tmx, import_tmx
from ..model import PolicyStudioError
from ..ops.base import OperationError
from ..ops.translator import DEFAULT_MIN_SCORE, pretranslate
from .common import add_workspace_option, editing, open_workspace, print_json, print_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "tm", help="translation memory: export to or import from a TMX 1.4b file"
    )
    parser.add_argument("action", choices=["export", "import"])
    parser.add_argument("file", metavar="FILE.tmx")
    add_workspace_option(parser)
    parser.add_argument(
        "--pair", metavar="SRC-TGT", help="one language pair, e.g. en-ar (default: all)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(handler=run_tm)

    parser = sub.add_parser(
        "pretranslate",
        help="fill untranslated segments from the library and the memory (as drafts)",
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    add_workspace_option(parser)
    parser.add_argument("--lang", required=True, help="target language (added when missing)")
    parser.add_argument(
        "--min-score",
        type=float,
        default=DEFAULT_MIN_SCORE,
        metavar="N",
        help=f"lowest fuzzy match score used, 1-100 (default {DEFAULT_MIN_SCORE:g}; 100: exact)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(handler=run_pretranslate)

    parser = sub.add_parser(
        "concordance", help="where a phrase occurs in the memory, the library and the policies"
    )
    parser.add_argument("text", metavar="TEXT")
    add_workspace_option(parser)
    parser.add_argument("--lang", default="ar", help="target language (default ar)")
    parser.add_argument("--source", default="en", help="source language (default en)")
    parser.add_argument("--policy", help="also search this policy's segments (id or title)")
    parser.add_argument("--limit", type=int, default=50, help="most hits shown (default 50)")
    parser.add_argument("--json", action="store_true", help="machine-readable hits")
    parser.set_defaults(handler=run_concordance)


def parse_pair(text: str | None) -> tuple[str, str] | None:
    if text is None:
        return None
    parts = text.replace("_", "-").lower().split("-")
    if len(parts) != 2 or not all(parts) or parts[0] == parts[1]:
        raise PolicyStudioError(f"--pair must be two language codes like en-ar, not {text!r}")
    return parts[0], parts[1]


def run_tm(args: argparse.Namespace) -> int:
    pair = parse_pair(args.pair)
    path = Path(args.file)
    with editing(args) as workspace:
        if args.action == "export":
            report = export_tmx(workspace, path, [pair] if pair else None)
            if args.json:
                print_json(
                    {
                        "file": str(path),
                        "units": report.total,
                        "pairs": {f"{s}-{t}": n for (s, t), n in report.units.items()},
                    }
                )
                return 0
            pairs = ", ".join(f"{s}→{t} {n}" for (s, t), n in report.units.items()) or "none"
            print_text(f"wrote {path} (TMX 1.4b, {report.total} units: {pairs})")
            return 0
        imported = import_tmx(workspace, path, pair)
    if args.json:
        print_json(
            {
                "file": str(path),
                "read": len(imported.units),
                "added": imported.added,
                "updated": imported.updated,
                "unchanged": imported.unchanged,
                "skipped": imported.skipped,
            }
        )
        return 0
    print_text(
        f"{path}: {len(imported.units)} units read, {imported.added} added, "
        f"{imported.updated} updated, {imported.unchanged} already in the memory"
        + (f", {imported.skipped} without a usable pair skipped" if imported.skipped else "")
    )
    return 0


def run_pretranslate(args: argparse.Namespace) -> int:
    lang = args.lang.strip().lower()
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        memory = TranslationMemory.from_workspace(
            workspace, policy.source_language, lang, current=policy
        )
        try:
            _changes, edit, report = pretranslate(policy, lang, memory, min_score=args.min_score)
        except OperationError as exc:
            raise PolicyStudioError(str(exc)) from exc
        if edit is not None:
            workspace.save_policy(policy)
    if args.json:
        print_json(report.to_dict())
        return 0
    lines = []
    if report.added_language:
        lines.append(f"added {lang} to the languages of {policy.display_title()!r}")
    for seg in report.segments:
        kind = "exact" if seg.exact else f"{seg.score:.0f}%"
        lines.append(f"{seg.label:<8} {kind:<6} {seg.origin}")
    lines.append(
        f"pre-translated {len(report.segments)} segments into {lang} as drafts "
        f"({len(report.exact)} exact, {len(report.fuzzy)} fuzzy ≥ {args.min_score:g}%); "
        f"{len(report.no_match)} without a match, {report.kept} already translated (kept)"
    )
    print_text("\n".join(lines))
    return 0


def run_concordance(args: argparse.Namespace) -> int:
    source, lang = args.source.strip().lower(), args.lang.strip().lower()
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy) if args.policy else None
        if policy is not None:
            source = policy.source_language
        index = build_concordance(workspace, source, lang, policy=policy)
    hits = index.search(args.text, limit=max(1, args.limit))
    if args.json:
        print_json([h.to_dict() for h in hits])
        return 0
    for h in hits:
        e = h.entry
        print_text(f"[{e.origin} · {e.status.value}]")
        print_text(f"  {source}: {_mark(e.source, h.span if h.side == 'source' else None)}")
        print_text(f"  {lang}: {_mark(e.target, h.span if h.side == 'target' else None)}", lang)
    print_text(f"({len(hits)} matches for {args.text!r} in {len(index)} segments, {source}→{lang})")
    return 0


def _mark(text: str, span: tuple[int, int] | None) -> str:
    if span is None or span == (0, 0):
        return text
    return f"{text[: span[0]]}«{text[span[0] : span[1]]}»{text[span[1] :]}"
