"""Translation commands: `check` (QA findings), `export-xliff`, `import-xliff`, `glossary`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..app.xliff_import import import_xliff
from ..checks import Finding, check_policy
from ..checks.progress import translation_progress
from ..io import registry
from ..model import Policy, PolicyStudioError, language
from ..storage import WorkspaceStore
from .common import add_workspace_option, editing, open_workspace, print_json, print_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check", help="translation QA: numbers, dates, links, variables, glossary…"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    add_workspace_option(parser)
    parser.add_argument("--lang", help="target language to check (default: every target language)")
    parser.add_argument("--json", action="store_true", help="machine-readable findings")
    parser.set_defaults(handler=run_check)

    parser = sub.add_parser(
        "export-xliff", help="write a policy's segments as XLIFF 1.2 for a CAT tool"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    add_workspace_option(parser)
    parser.add_argument("--lang", required=True, help="target language of the translation")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the .xlf file to write"
    )
    parser.add_argument(
        "--xliff-version",
        choices=["1.2", "2.0"],
        default="1.2",
        help="XLIFF version (default 1.2, read by most tools)",
    )
    parser.set_defaults(handler=run_export_xliff)

    parser = sub.add_parser(
        "import-xliff", help="bring translated segments back from an XLIFF file"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("file", metavar="FILE", help="the .xlf/.xliff file")
    add_workspace_option(parser)
    parser.add_argument("--lang", help="target language (default: the file's target-language)")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(handler=run_import_xliff)

    parser = sub.add_parser("glossary", help="list or add glossary term pairs")
    add_workspace_option(parser)
    parser.add_argument("--source", default="en", help="source language (default en)")
    parser.add_argument("--target", help="target language (list: every target when omitted)")
    parser.add_argument("--add", nargs=2, metavar=("TERM", "TRANSLATION"), help="add a term pair")
    parser.add_argument("--note", default="", help="a note for the added term")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_glossary)


def findings_for(workspace: WorkspaceStore, policy: Policy, lang: str | None) -> list[Finding]:
    """QA findings of a policy as the workspace sees them: its glossary, its dismissals."""
    if lang is not None and lang not in policy.target_languages:
        raise PolicyStudioError(
            f"{lang!r} is not a target language of {policy.display_title()!r} "
            f"(targets: {', '.join(policy.target_languages) or 'none'})"
        )
    return check_policy(
        policy,
        lang,
        glossary=workspace.glossary(policy.source_language),
        dismissed=workspace.dismissed_findings(policy.id),
    )


def run_check(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        findings = findings_for(workspace, policy, args.lang)
    if args.json:
        print_json([f.to_dict() for f in findings])
        return 0
    numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
    lines = []
    for f in findings:
        where = f"§{numbers.get(f.section_id, '?')} {f.block_id}"
        lines.append(f"{f.severity.value:<7} {f.check:<10} {where}  [{f.language}] {f.message}")
    counts = {s: sum(f.severity.value == s for f in findings) for s in ("error", "warning", "info")}
    for lang in [args.lang] if args.lang else policy.target_languages:
        p = translation_progress(policy, lang)
        lines.append(
            f"{lang}: {p.translated_percent:.0f}% translated, {p.reviewed_percent:.0f}% reviewed, "
            f"{p.stale} stale, {p.untranslated} untranslated (of {p.total} segments)"
        )
    lines.append(
        f"({counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes)"
    )
    print_text("\n".join(lines))
    return 0


def run_export_xliff(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
    lang = language(args.lang).code if "-" not in args.lang else args.lang
    if lang not in policy.target_languages:
        raise PolicyStudioError(
            f"{lang!r} is not a target language of {policy.display_title()!r} "
            f"(targets: {', '.join(policy.target_languages) or 'none'})"
        )
    out = Path(args.output)
    registry.writer("xliff2" if args.xliff_version == "2.0" else "xliff12")(policy, out, lang=lang)
    units = sum(1 for _ in policy.iter_blocks())
    print_text(
        f"wrote {out} (XLIFF {args.xliff_version}, {units} segments, {policy.source_language} → {lang})"
    )
    return 0


def run_import_xliff(args: argparse.Namespace) -> int:
    path = Path(args.file)
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        planned = import_xliff(policy, path, args.lang)
        outcome, warnings = planned.outcome, planned.warnings
        if outcome.updated:
            workspace.save_policy(policy)
    if args.json:
        print_json(
            {
                "updated": outcome.updated,
                "unchanged": outcome.unchanged,
                "unknown": outcome.unknown,
                "source_changed": outcome.source_changed,
                "missing": outcome.missing,
                "warnings": warnings,
            }
        )
        return 0
    lines = [
        f"{len(outcome.updated)} segments updated, {len(outcome.unchanged)} unchanged",
    ]
    if outcome.source_changed:
        lines.append(
            f"{len(outcome.source_changed)} kept as draft: the source changed since export "
            f"({', '.join(outcome.source_changed)})"
        )
    if outcome.unknown:
        lines.append(f"{len(outcome.unknown)} units match no segment: {', '.join(outcome.unknown)}")
    if outcome.missing:
        lines.append(f"{len(outcome.missing)} segments of the policy are not in the file")
    print_text("\n".join(lines))
    for warning in warnings:
        print(f"policy-studio: warning: {path}: {warning}", file=sys.stderr)
    return 0


def run_glossary(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=not args.add) as workspace:
        if args.add:
            if not args.target:
                raise PolicyStudioError(
                    "give --target with --add (the language of the translation)"
                )
            workspace.add_glossary_term(
                args.source, args.target, args.add[0], args.add[1], args.note
            )
        terms = workspace.glossary(args.source, args.target)
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "source_lang": t.source_lang,
                    "target_lang": t.target_lang,
                    "source_term": t.source_term,
                    "target_term": t.target_term,
                    "note": t.note,
                }
                for t in terms
            ]
        )
        return 0
    for t in terms:
        print_text(
            f"{t.source_lang}→{t.target_lang}  {t.source_term}  =  {t.target_term}"
            + (f"  ({t.note})" if t.note else "")
        )
    print_text(f"({len(terms)} terms)")
    return 0
