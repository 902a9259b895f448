"""Translation commands: `check` (QA findings), `export-xliff`, `import-xliff`, `glossary`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..app.signoff import log
from ..app.xliff_import import import_xliff
from ..checks import Finding, Reference, Severity, check_policy
from ..checks.progress import translation_progress
from ..io import registry
from ..library.memory import TranslationMemory
from ..model import Policy, PolicyStudioError, language
from ..storage import WorkspaceStore
from .common import (
    actor,
    add_workspace_option,
    editing,
    open_workspace,
    plural,
    print_json,
    print_text,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check", help="translation QA: numbers, dates, links, variables, glossary…"
    )
    parser.add_argument(
        "policy",
        metavar="POLICY|FILE",
        help="policy id or title; a document file is read in memory for coverage and content "
        "checks, and nothing is saved",
    )
    add_workspace_option(parser)
    parser.add_argument("--lang", help="target language to check (default: every target language)")
    parser.add_argument(
        "--regulation",
        metavar="KEYS",
        help="also report coverage of these regulations (comma-separated; see `regulations`)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable findings")
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default="error",
        help="exit 1 when a finding of this severity or worse remains (default: error)",
    )
    parser.add_argument(
        "--dismiss",
        metavar="KEY",
        help='mark the finding with this key "not an error" (give --reason; it is logged)',
    )
    parser.add_argument("--reason", default="", help="why the finding is not an error")
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

    parser = sub.add_parser(
        "glossary", help="list or add glossary term pairs; export or import TBX/CSV"
    )
    parser.add_argument("action", nargs="?", choices=["list", "export", "import"], default="list")
    parser.add_argument("file", nargs="?", metavar="FILE.tbx|FILE.csv")
    add_workspace_option(parser)
    parser.add_argument("--source", default="en", help="source language (default en)")
    parser.add_argument("--target", help="target language (list: every target when omitted)")
    parser.add_argument("--add", nargs=2, metavar=("TERM", "TRANSLATION"), help="add a term pair")
    parser.add_argument("--note", default="", help="a note for the added term")
    parser.add_argument(
        "--forbidden",
        action="store_true",
        help="the added TRANSLATION must not be used (the check reports it as an error)",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_glossary)


def findings_for(workspace: WorkspaceStore, policy: Policy, lang: str | None) -> list[Finding]:
    """QA findings of a policy as the workspace sees them: its glossary, its dismissals."""
    if lang is not None and lang not in policy.target_languages:
        raise PolicyStudioError(
            f"{lang!r} is not a target language of {policy.display_title()!r} "
            f"(targets: {', '.join(policy.target_languages) or 'none'})"
        )
    references = [
        Reference(policy.source_language, target, e.source, e.target, e.origin)
        for target in ([lang] if lang else policy.target_languages)
        for e in TranslationMemory.elsewhere(
            workspace, policy.source_language, target, policy_id=policy.id
        ).entries()
    ]
    return check_policy(
        policy,
        lang,
        glossary=workspace.glossary(policy.source_language),
        dismissed=workspace.dismissed_findings(policy.id),
        references=references,
    )


def _exit_code(findings: list[Finding], fail_on: str) -> int:
    """1 when a finding at or above ``fail_on`` remains (dismissed ones are already gone)."""
    if fail_on == "never":
        return 0
    worst = Severity.WARNING if fail_on == "warning" else Severity.ERROR
    return int(any(f.severity.rank <= worst.rank for f in findings))


def _dismiss(workspace: WorkspaceStore, policy: Policy, args: argparse.Namespace) -> None:
    findings = findings_for(workspace, policy, args.lang)
    match = next((f for f in findings if f.key == args.dismiss), None)
    if match is None:
        raise PolicyStudioError(
            f"no open finding with key {args.dismiss!r} in {policy.display_title()!r} "
            "(see the keys with --json)"
        )
    if not args.reason.strip():
        raise PolicyStudioError("give --reason: why is this finding not an error?")
    who = actor(args)
    workspace.dismiss_finding(policy.id, match.key, author=who, reason=args.reason)
    log(
        workspace,
        who,
        "finding.dismiss",
        policy,
        match.block_id,
        key=match.key,
        check=match.check,
        language=match.language,
        reason=args.reason,
    )


def run_check(args: argparse.Namespace) -> int:
    if args.regulation or Path(args.policy).is_file():
        # Coverage and the reviewer's content checks: the `coverage` command's path.
        from .regulations import run_coverage

        args.target = args.policy
        return run_coverage(args)
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        if args.dismiss:
            _dismiss(workspace, policy, args)
        findings = findings_for(workspace, policy, args.lang)
    code = _exit_code(findings, args.fail_on)
    counts = {s: sum(f.severity.value == s for f in findings) for s in ("error", "warning", "info")}
    progress = {
        lang: translation_progress(policy, lang)
        for lang in ([args.lang] if args.lang else policy.target_languages)
    }
    if args.json:
        print_json(
            {
                "policy": {"id": policy.id, "title": policy.title},
                "findings": [f.to_dict() for f in findings],
                "progress": {
                    lang: {
                        "translated_percent": round(p.translated_percent, 1),
                        "reviewed_percent": round(p.reviewed_percent, 1),
                        "stale": p.stale,
                        "untranslated": p.untranslated,
                        "total": p.total,
                    }
                    for lang, p in progress.items()
                },
                "summary": {
                    "errors": counts["error"],
                    "warnings": counts["warning"],
                    "notes": counts["info"],
                },
            }
        )
        return code
    numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
    lines = []
    for f in findings:
        where = f"§{numbers.get(f.section_id, '?')} {f.block_id}"
        lines.append(f"{f.severity.value:<7} {f.check:<10} {where}  [{f.language}] {f.message}")
    for lang, p in progress.items():
        lines.append(
            f"{lang}: {p.translated_percent:.0f}% translated, {p.reviewed_percent:.0f}% reviewed, "
            f"{p.stale} stale, {p.untranslated} untranslated (of {plural(p.total, 'segment')})"
        )
    lines.append(
        f"({plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
        f"{plural(counts['info'], 'note')})"
    )
    print_text("\n".join(lines))
    return code


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
    writer = registry.writer("xliff2" if args.xliff_version == "2.0" else "xliff12")
    for warning in writer(policy, out, lang=lang) or []:
        print(f"policy-studio: warning: {warning}", file=sys.stderr)
    units = sum(1 for _ in policy.iter_blocks())
    print_text(
        f"wrote {out} (XLIFF {args.xliff_version}, {plural(units, 'segment')}, "
        f"{policy.source_language} → {lang})"
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
            log(
                workspace,
                actor(args),
                "import.xliff",
                policy,
                str(path),
                language=planned.lang,
                updated=len(outcome.updated),
            )
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
        f"{plural(len(outcome.updated), 'segment')} updated, {len(outcome.unchanged)} unchanged",
    ]
    if outcome.source_changed:
        lines.append(
            f"{len(outcome.source_changed)} kept as draft: the source changed since export "
            f"({', '.join(outcome.source_changed)})"
        )
    if outcome.unknown:
        lines.append(
            f"{plural(len(outcome.unknown), 'unit')} match no segment: {', '.join(outcome.unknown)}"
        )
    if outcome.missing:
        lines.append(f"{plural(len(outcome.missing), 'segment')} of the policy not in the file")
    print_text("\n".join(lines))
    for warning in warnings:
        print(f"policy-studio: warning: {path}: {warning}", file=sys.stderr)
    return 0


def run_glossary(args: argparse.Namespace) -> int:
    if args.action in ("export", "import"):
        return _transfer_glossary(args)
    if args.file:
        raise PolicyStudioError(f"unexpected {args.file!r}: give export or import before a file")
    with editing(args) as workspace:
        if args.add:
            if not args.target:
                raise PolicyStudioError(
                    "give --target with --add (the language of the translation)"
                )
            workspace.add_glossary_term(
                args.source,
                args.target,
                args.add[0],
                args.add[1],
                args.note,
                forbidden=args.forbidden,
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
                    "forbidden": t.forbidden,
                }
                for t in terms
            ]
        )
        return 0
    for t in terms:
        print_text(
            f"{t.source_lang}→{t.target_lang}  {t.source_term}  "
            + (f"≠  {t.target_term}  [forbidden]" if t.forbidden else f"=  {t.target_term}")
            + (f"  ({t.note})" if t.note else "")
        )
    print_text(f"({plural(len(terms), 'term')})")
    return 0


def _transfer_glossary(args: argparse.Namespace) -> int:
    from ..library.termbase import export_glossary, import_glossary

    if not args.file:
        raise PolicyStudioError(f"glossary {args.action} needs a FILE.tbx or FILE.csv")
    path = Path(args.file)
    source = args.source if args.source != "en" or args.action == "export" else None
    with editing(args) as workspace:
        if args.action == "export":
            report = export_glossary(workspace, path, args.source, args.target)
            summary = f"wrote {path} ({len(report.entries)} term pairs)"
            data: dict[str, object] = {"file": str(path), "terms": len(report.entries)}
        else:
            report = import_glossary(workspace, path, source)
            summary = (
                f"{path}: {len(report.entries)} term pairs read, {report.added} added, "
                f"{report.already} already in the glossary"
                + (
                    f", {report.skipped} entries without both terms skipped"
                    if report.skipped
                    else ""
                )
            )
            data = {
                "file": str(path),
                "read": len(report.entries),
                "added": report.added,
                "already": report.already,
                "skipped": report.skipped,
            }
    if args.json:
        print_json(data)
    else:
        print_text(summary)
    return 0
