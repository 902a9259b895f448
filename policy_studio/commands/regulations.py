"""Regulation commands: `regulations` (the laws we know), `coverage` (does a policy or a file say
what they require, plus the reviewer's content checks), `set-regulations`, `set-topics`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..checks.content import check_content
from ..checks.findings import Finding
from ..library.coverage import CoverageReport, coverage
from ..library.law_changes import accept_missing
from ..library.regulations import Loaded, Regulation, RegulationError, load_all, pick
from ..model import Clause, Policy, PolicyStudioError
from .common import add_workspace_option, editing, open_workspace, print_json, print_text

STATUS_WORDS = {
    "covered": "covered",
    "partial": "PARTLY",
    "missing": "MISSING",
    "not-applicable": "n/a",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "regulations",
        help="list the regulations coverage checks against, and what changed in them",
    )
    parser.add_argument(
        "--accept",
        metavar="KEYS",
        help="take note of the current version of these regulations (comma-separated, or "
        "'all'): their changes are no longer reported",
    )
    add_workspace_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable list")
    parser.set_defaults(handler=run_regulations)

    parser = sub.add_parser(
        "coverage",
        help="what the regulations require that a policy (or a document file) does not say",
    )
    parser.add_argument(
        "target",
        metavar="POLICY|FILE",
        help="a policy id or title, or a document file (read in memory; nothing is saved)",
    )
    add_coverage_options(parser)
    add_workspace_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.set_defaults(handler=run_coverage)

    parser = sub.add_parser(
        "set-regulations", help="say which regulations a policy is under (and what applies)"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("keys", metavar="KEYS", help="comma-separated, e.g. gdpr,kenya-dpa")
    parser.add_argument(
        "--conditions",
        metavar="LIST",
        help="what you do that makes conditional requirements apply, comma-separated "
        "(transfers-abroad, children, automated-decisions, dpo, third-party-sources); "
        "'none' when none applies",
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_set_regulations)

    parser = sub.add_parser(
        "assemble", help="build a policy from questionnaire answers (a TOML file)"
    )
    parser.add_argument(
        "--answers", required=True, metavar="FILE", help="answers.toml (see docs/regulations.md)"
    )
    parser.add_argument("--title", help="the policy's title (default: the answers' title)")
    parser.add_argument("--lang", help="source language (default: the first of the answers')")
    parser.add_argument("--target", help="target languages, comma-separated")
    parser.add_argument(
        "--update",
        metavar="POLICY",
        help="compare with this existing policy and propose the changes instead of a new policy",
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help="with --update: add and remove what the answers change (edited sections are kept)",
    )
    add_workspace_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable result")
    parser.set_defaults(handler=run_assemble)

    parser = sub.add_parser(
        "set-topics", help="confirm the topics of a section that has no library clause"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("--section", type=int, required=True, metavar="N", help="section number")
    parser.add_argument("topics", metavar="TOPICS", help="comma-separated topics, e.g. retention")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_set_topics)


def add_coverage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--regulation",
        metavar="KEYS",
        help="comma-separated regulation keys (default: the policy's own; see `regulations`)",
    )


def _keys(text: str | None) -> list[str]:
    return [k.strip() for k in (text or "").split(",") if k.strip()]


def _loaded() -> Loaded:
    loaded = load_all()
    for problem in loaded.problems:
        print_warning(f"regulation file not used: {problem}")
    return loaded


def print_warning(text: str) -> None:
    import sys

    sys.stderr.write(f"warning: {text}\n")


def run_regulations(args: argparse.Namespace) -> int:
    from ..library import law_changes

    loaded = _loaded()
    regs = sorted(loaded.regulations.values(), key=lambda r: r.key)
    if args.accept:
        keys = list(loaded.regulations) if args.accept == "all" else _keys(args.accept)
        with editing(args) as workspace:
            law_changes.accept(workspace, pick(loaded, keys))
        print_text(f"accepted the current version of {', '.join(sorted(keys))}")
        return 0
    # Listing the laws and what changed reads only: the file is never touched.
    with open_workspace(args, readonly=True) as workspace:
        changed = law_changes.changes(workspace, loaded)
        touched = law_changes.clauses_touched(changed, workspace.clauses())
        affected = [
            (s.id, s.title)
            for s in workspace.policies()
            if (p := workspace.policy(s.id)) is not None
            and (
                set(p.regulations) & {c.regulation for c in changed}
                or any(x.clause and x.clause.key in touched for x in p.sections)
            )
        ]
    if args.json:
        print_json(
            {
                "regulations": [_regulation_json(r) for r in regs],
                "problems": loaded.problems,
                "changes": [c.to_json() for c in changed],
                "clauses_touched": sorted(touched),
                "policies_touched": [{"id": i, "title": t} for i, t in affected],
            }
        )
        return 0
    lines = []
    for r in regs:
        flag = "" if r.in_force else f"  [{r.status}]"
        lines.append(f"{r.key:<16} {r.title('en')} — {r.version}, {r.date}{flag}")
        lines.append(f"{'':<16} {len(r.requirements)} requirements; source: {r.source}")
    if changed:
        lines.append("")
        lines.append("Law changed since you last accepted it:")
        for c in changed:
            lines.append(
                f"  {c.regulation} {c.article} ({c.kind}, {c.old_version} → {c.new_version})"
            )
            if c.old_text:
                lines.append(f"    was: {c.old_text.get('en', '')}")
            if c.new_text:
                lines.append(f"    now: {c.new_text.get('en', '')}")
        lines.append(f"  library clauses touched: {', '.join(sorted(touched)) or 'none'}")
        lines.append(f"  policies touched: {', '.join(t for _i, t in affected) or 'none'}")
        lines.append("  (policy-studio regulations --accept KEYS once the policies are checked)")
    print_text("\n".join(lines))
    return 0


def _regulation_json(r: Regulation) -> dict[str, Any]:
    return {
        "key": r.key,
        "name": r.name,
        "version": r.version,
        "date": r.date,
        "status": r.status,
        "source": r.source,
        "requirements": [
            {
                "id": q.id,
                "article": q.article,
                "description": q.description,
                "satisfied_by": list(q.satisfied_by),
                "parts": [p.id for p in q.parts],
                "applies_when": q.applies_when,
            }
            for q in r.requirements
        ],
        "file": str(r.path),
    }


def _target_policy(
    args: argparse.Namespace,
) -> tuple[Policy, dict[str, Clause], bool]:
    """(policy, library clauses by key, read from a file?) for a policy ref or a file."""
    path = Path(args.target)
    if path.is_file():
        from ..io.import_flow import import_documents

        result = import_documents(path, [], lang=None, title=None)
        with open_workspace(args, readonly=True) as workspace:
            clauses = {c.key: c for c in workspace.clauses()}
        return result.policy, clauses, True
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.target)
        clauses = {c.key: c for c in workspace.clauses()}
    return policy, clauses, False


def coverage_for(
    policy: Policy, clauses: dict[str, Clause], keys: list[str]
) -> CoverageReport | None:
    keys = keys or list(policy.regulations)
    if not keys:
        return None
    return coverage(policy, pick(_loaded(), keys), clauses)


def run_coverage(args: argparse.Namespace) -> int:
    policy, clauses, from_file = _target_policy(args)
    keys = _keys(args.regulation)
    if not keys and not policy.regulations:
        raise RegulationError(
            "say which regulations to check against: --regulation gdpr,kenya-dpa "
            "(or set them once with `policy-studio set-regulations POLICY KEYS`)"
        )
    report = coverage_for(policy, clauses, keys)
    assert report is not None
    findings = check_content(policy)
    if args.json:
        print_json(coverage_json(policy, report, findings, from_file))
    else:
        print_text(coverage_text(policy, report, findings))
    return 0 if report.complete else 1


def coverage_json(
    policy: Policy, report: CoverageReport, findings: list[Finding], from_file: bool
) -> dict[str, Any]:
    numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
    return {
        "policy": {"id": None if from_file else policy.id, "title": policy.title},
        "read_from_file": from_file,
        "coverage": report.to_json(),
        "content_findings": [
            {**f.to_dict(), "section_number": numbers.get(f.section_id)} for f in findings
        ],
    }


def coverage_text(policy: Policy, report: CoverageReport, findings: list[Finding]) -> str:
    lines = []
    for regulation in report.regulations:
        lines.append(f"{regulation.title('en')} ({regulation.version}, {regulation.date})")
        if not regulation.in_force:
            lines.append(f"  note: {regulation.status}")
        for result in report.results:
            if result.regulation is not regulation:
                continue
            word = STATUS_WORDS[result.status]
            req = result.requirement
            lines.append(f"  {word:<8} {req.article:<28} {req.text('en')}")
            if result.status != "covered":
                lines.append(f"  {'':<8} {result.reason()}")
                if result.suggestions:
                    lines.append(f"  {'':<8} library: {', '.join(result.suggestions[:4])}")
    counts = report.counts()
    lines.append(
        f"{counts['covered']} covered, {counts['partial']} partly covered, "
        f"{counts['missing']} missing, {counts['not-applicable']} not applicable"
    )
    if findings:
        numbers = {s.id: n for n, s in enumerate(policy.sections, start=1)}
        lines.append("Content checks:")
        for f in findings:
            lines.append(
                f"  {f.severity.value:<7} {f.check:<16} §{numbers.get(f.section_id, '?')} "
                f"[{f.language}] {f.message}"
            )
    return "\n".join(lines)


def run_set_regulations(args: argparse.Namespace) -> int:
    keys = _keys(args.keys)
    regs = pick(_loaded(), keys)
    conditions = None
    if args.conditions is not None:
        conditions = [] if args.conditions.strip() == "none" else _keys(args.conditions)
        known = {q.applies_when for r in load_all().regulations.values() for q in r.requirements}
        unknown = [c for c in conditions if c not in known]
        if unknown:
            raise PolicyStudioError(
                f"unknown condition {', '.join(unknown)} "
                f"(known: {', '.join(sorted(k for k in known if k))})"
            )
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        policy.regulations = [r.key for r in regs]
        if conditions is not None:
            policy.conditions = conditions
        workspace.save_policy(policy)
        accept_missing(workspace, regs)
    print_text(
        f"{policy.display_title()!r} is under {', '.join(policy.regulations)}"
        + (f"; applies: {', '.join(conditions) or 'none'}" if conditions is not None else "")
    )
    return 0


def run_set_topics(args: argparse.Namespace) -> int:
    topics = _keys(args.topics)
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        if not 1 <= args.section <= len(policy.sections):
            raise PolicyStudioError(
                f"--section {args.section}: {policy.display_title()!r} has sections "
                f"1 to {len(policy.sections)}"
            )
        section = policy.sections[args.section - 1]
        section.topics = topics
        workspace.save_policy(policy)
    print_text(f"§{args.section} topics: {', '.join(topics) or 'none'}")
    return 0


def run_assemble(args: argparse.Namespace) -> int:
    from ..library.assembly import apply_update, choose, load_rules, plan_update, read_answers

    rules = load_rules()
    answers = read_answers(Path(args.answers), rules)
    if args.title:
        answers.title = args.title
    if args.lang or args.target:
        langs = [args.lang or answers.languages[0], *_keys(args.target)]
        answers.values["languages"] = list(dict.fromkeys(langs))
    if not answers.values.get("jurisdictions"):
        raise PolicyStudioError(
            f"{args.answers}: answer 'jurisdictions' (the laws you are under, e.g. "
            '["kenya-dpa"]) so the policy can be checked against them'
        )
    regulations = pick(_loaded(), list(answers.values["jurisdictions"]))
    with editing(args) as workspace:
        library = {c.key: c for c in workspace.clauses()}
        assembly = choose(answers, rules, library, regulations)
        for warning in assembly.warnings:
            print_warning(warning)
        if args.update:
            policy = workspace.find_policy(args.update)
            changes = plan_update(policy, assembly, library)
            done: list[str] = []
            if args.apply and changes:
                done = apply_update(policy, changes, library)
                policy.regulations = list(assembly.policy.regulations)
                policy.conditions = assembly.policy.conditions
                workspace.save_policy(policy)
            if args.json:
                print_json(
                    {
                        "policy": policy.id,
                        "applied": bool(args.apply),
                        "changes": [
                            {
                                "action": c.action,
                                "clause": c.key,
                                "variant": c.variant,
                                "reason": c.reason,
                            }
                            for c in changes
                        ],
                        "done": done,
                    }
                )
                return 0
            lines = [f"  {c.action:<11} {c.key}: {c.reason}" for c in changes] or [
                "  nothing to change"
            ]
            head = "applied:" if args.apply else "proposed (run again with --apply to make them):"
            print_text("\n".join([head, *lines, *(f"  {d}" for d in done)]))
            return 0
        policy = assembly.policy
        workspace.save_policy(policy)
        accept_missing(workspace, regulations)
        report = coverage(policy, regulations, library)
    if args.json:
        print_json(
            {
                "policy": {"id": policy.id, "title": policy.title},
                "languages": policy.languages,
                "clauses": [
                    {"key": c.key, "variant": c.variant, "reason": c.reason}
                    for c in assembly.choices
                ],
                "left_out": [{"key": k, "reason": why} for k, why in assembly.left_out],
                "coverage": report.to_json(),
                "warnings": assembly.warnings,
            }
        )
        return 0
    lines = [
        f"assembled {policy.display_title()!r} as policy {policy.id}: "
        f"{len(policy.sections)} sections, languages {', '.join(policy.languages)}"
    ]
    for number, choice in enumerate(assembly.choices, start=1):
        variant = f" ({choice.variant})" if choice.variant else ""
        lines.append(f"  {number}. {choice.key}{variant} — {choice.reason}")
    counts = report.counts()
    lines.append(
        f"coverage of {', '.join(r.key for r in regulations)}: {counts['covered']} covered, "
        f"{counts['partial']} partly, {counts['missing']} missing, "
        f"{counts['not-applicable']} not applicable"
    )
    print_text("\n".join(lines))
    return 0
