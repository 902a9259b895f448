"""Sign-off commands: `ready`, `approve`, `log`, `verify`, `update` — the approver's workflow.

`ready` exits 0 only when nothing stands between the policy and its sign-off and lists every
blocker otherwise; `approve` approves translated segments (never one with an error finding) or,
with --version, a saved version in someone's name; `log` prints the audit trail; `verify` tells
whether a signed DOCX still reads exactly as a version in the workspace; `update` takes library
updates into linked sections.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..app.signoff import (
    approve_translations,
    approve_version,
    check_languages,
    log,
    readiness_of,
)
from ..checks.readiness import BlockerKind, Readiness
from ..io.fingerprint import canonical_lines, fingerprint_lines
from ..library.update import Choice, merge_section, merged_section, update_available
from ..model import Policy, PolicyStudioError
from ..storage import WorkspaceStore
from .common import actor, add_workspace_option, editing, open_workspace, print_json, print_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("ready", help="is the policy ready for sign-off? (exit 0 when ready)")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("--lang", help="the target language to judge (default: every language)")
    parser.add_argument("--json", action="store_true", help="machine-readable verdict")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_ready)

    parser = sub.add_parser(
        "approve", help="approve translated segments (--lang) or a saved version (--version)"
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--lang", help="approve the translated segments of this language")
    what.add_argument("--version", metavar="V", help="approve saved version V (number or label)")
    parser.add_argument("--section", type=int, metavar="N", help="only section N (with --lang)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="approve a version although the policy has blockers (they are logged)",
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_approve)

    parser = sub.add_parser("log", help="the audit log: who did what and when")
    parser.add_argument("policy", metavar="POLICY", nargs="?", help="only this policy")
    parser.add_argument("--action", default="", help="only actions starting with this")
    parser.add_argument("--who", default="", help="only this person")
    parser.add_argument("--json", action="store_true", help="machine-readable log")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_log)

    parser = sub.add_parser(
        "verify", help="does a signed DOCX read exactly as a version in the workspace?"
    )
    parser.add_argument("file", metavar="FILE.docx")
    parser.add_argument("--policy", metavar="POLICY", help="look only at this policy")
    parser.add_argument("--json", action="store_true", help="machine-readable result")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_verify)

    parser = sub.add_parser("update", help="take library updates into linked sections")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every section with an update")
    which.add_argument("--section", type=int, metavar="N", help="section N only")
    parser.add_argument(
        "--take",
        choices=["mine", "library"],
        help="how to settle blocks changed on both sides (without it a conflict is an error)",
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_update)


def print_readiness(verdict: Readiness, title: str) -> None:
    lines = [f"{title}: {verdict.summary()}"]
    lines += [f"  {b.kind.value:<18} {b.message}" for b in verdict.blockers]
    print_text("\n".join(lines))


def run_ready(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        verdict = readiness_of(workspace, policy, args.lang)
    if args.json:
        print_json({"policy": policy.id, "title": policy.display_title(), **verdict.to_dict()})
    else:
        print_readiness(verdict, policy.display_title())
    return 0 if verdict.ready else 1


def _section_id(policy: Policy, number: int | None) -> str | None:
    if number is None:
        return None
    if not 1 <= number <= len(policy.sections):
        raise PolicyStudioError(
            f"--section {number}: {policy.display_title()!r} has {len(policy.sections)} sections"
        )
    return policy.sections[number - 1].id


def run_approve(args: argparse.Namespace) -> int:
    who = actor(args)
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        if args.version:
            return _approve_version(workspace, policy, args.version, who, args.force)
        lang = args.lang
        check_languages(policy, lang)
        if lang == policy.source_language:
            raise PolicyStudioError(f"{lang!r} is the source language: there is nothing to approve")
        ready, held = approve_translations(
            workspace, policy, lang, who, _section_id(policy, args.section)
        )
    print_text(f"approved {len(ready)} {lang} segments of {policy.display_title()!r} as {who}")
    if held:
        print(
            f"policy-studio: warning: {len(held)} segments not approved because of QA errors: "
            + ", ".join(held),
            file=sys.stderr,
        )
    return 0


def _approve_version(
    workspace: WorkspaceStore, policy: Policy, ref: str, who: str, force: bool
) -> int:
    version = workspace.version(policy.id, ref)
    if version is None:
        raise PolicyStudioError(
            f"{workspace.location}: policy {policy.display_title()!r} has no version {ref!r}"
        )
    verdict = readiness_of(workspace, version.snapshot)
    blockers = [b for b in verdict.blockers if b.kind is not BlockerKind.NOT_APPROVED]
    if blockers and not force:
        print_readiness(verdict, policy.display_title())
        raise PolicyStudioError(
            f"version {version.label} not approved: {len(blockers)} blockers remain "
            "(clear them, or give --force to approve anyway)"
        )
    record = approve_version(workspace, policy, version, who)
    if blockers:
        log(
            workspace,
            who,
            "version.approve-forced",
            policy,
            str(version.number),
            blockers=[b.message for b in blockers],
        )
    print_text(
        f"version {version.label} of {policy.display_title()!r} approved by {record.approver} "
        f"at {record.approved_at}"
    )
    for lang, digest in record.fingerprints.items():
        print_text(f"  SHA-256 ({lang}): {digest}")
    return 0


def run_log(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy_id = workspace.find_policy(args.policy).id if args.policy else None
        entries = workspace.log_entries(policy_id, action_prefix=args.action, actor=args.who)
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    lines = []
    for e in entries:
        detail = ", ".join(
            f"{k}={v}" for k, v in e.detail.items() if k != "policy" and not isinstance(v, dict)
        )
        lines.append(f"{e.time}  {e.actor:<16} {e.action:<22} {e.target}  {detail}".rstrip())
    lines.append(f"({len(entries)} entries)")
    print_text("\n".join(lines))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from ..io.docx_verify import find_lines, read_docx_text
    from ..layout.labels import LABELS

    path = Path(args.file)
    if not path.is_file():
        raise PolicyStudioError(f"{path}: no such file")
    document = read_docx_text(path)
    stops = {words["signoff"] for words in LABELS.values()}
    seen = {line for stream in document.streams for line in stream}
    matches: list[dict[str, Any]] = []
    with open_workspace(args, readonly=True) as workspace:
        policies = (
            [workspace.find_policy(args.policy)]
            if args.policy
            else [p for s in workspace.policies() if (p := workspace.policy(s.id)) is not None]
        )
        for policy in policies:
            for version in workspace.versions(policy.id):
                langs = []
                present = []
                for lang in version.snapshot.languages:
                    lines = canonical_lines(version.snapshot, lang)
                    digest = fingerprint_lines(lines)
                    if sum(line in seen for line in lines) * 2 >= len(lines):
                        present.append(lang)  # most of its text is there: it is in the file
                    printed = document.printed.get(lang)
                    if printed is not None and printed != digest:
                        continue
                    if find_lines(document.streams, lines, stops):
                        langs.append((lang, digest))
                if langs:
                    record = workspace.approval(policy.id, version.number)
                    matches.append(
                        {
                            "policy": policy.id,
                            "title": policy.display_title(),
                            "version": version.number,
                            "label": version.label,
                            "approved": version.approved,
                            "approved_by": record.approver if record else "",
                            "approved_at": record.approved_at if record else "",
                            "languages": {lang: digest for lang, digest in langs},
                            "differs": [x for x in present if x not in dict(langs)],
                        }
                    )
    claimed = set(document.printed)
    best = max(
        matches, key=lambda m: (m["approved"], len(m["languages"]), m["version"]), default=None
    )
    unmatched_claims = sorted(claimed - set(best["languages"])) if best else sorted(claimed)
    if best is not None:
        # A language whose text is in the file but does not read as the version was edited.
        unmatched_claims = sorted(set(unmatched_claims) | set(best["differs"]))
    ok = best is not None and best["approved"] and not unmatched_claims and not document.draft
    result = {
        "file": str(path),
        "verified": ok,
        "match": best,
        "printed_fingerprints": document.printed,
        "draft": document.draft,
    }
    if args.json:
        print_json(result)
        return 0 if ok else 1
    if best is None:
        print_text(f"{path}: NOT VERIFIED — its text matches no version in {workspace.location}")
        if claimed:
            print_text("  the fingerprint it prints belongs to text that has since been edited")
        return 1
    langs = ", ".join(best["languages"])
    where = f"version {best['label']} of {best['title']!r} ({langs})"
    if ok:
        print_text(
            f"{path}: VERIFIED — reads exactly as {where}, approved by {best['approved_by']} "
            f"at {best['approved_at']}"
        )
        return 0
    reasons = []
    if not best["approved"]:
        reasons.append("that version is not approved")
    if unmatched_claims:
        reasons.append(f"the text in {', '.join(unmatched_claims)} differs from the version")
    if document.draft:
        reasons.append('the document is marked "Draft — not approved"')
    print_text(f"{path}: NOT VERIFIED — matches {where}, but " + "; ".join(reasons))
    return 1


def run_update(args: argparse.Namespace) -> int:
    who = actor(args)
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        library = {c.key: c for c in workspace.clauses()}
        if args.all:
            numbers = [
                n
                for n, s in enumerate(policy.sections, start=1)
                if s.clause is not None and update_available(s, library.get(s.clause.key))
            ]
        else:
            _section_id(policy, args.section)
            section = policy.sections[args.section - 1]
            clause = library.get(section.clause.key) if section.clause else None
            if section.clause is None:
                raise PolicyStudioError(
                    f"section {args.section} is local: it has no library clause"
                )
            if not update_available(section, clause):
                raise PolicyStudioError(f"section {args.section} is up to date with the library")
            numbers = [args.section]
        langs = policy.languages
        results = []
        for number in numbers:
            section = policy.sections[number - 1]
            assert section.clause is not None
            clause = library[section.clause.key]
            base = workspace.clause_version(clause.key, section.clause.version)
            merge = merge_section(section, base, clause, langs)
            if merge.conflicts:
                if args.take is None:
                    # A table merged cell by cell names its conflicting cells.
                    blocks = ", ".join(
                        ", ".join(c.key for c in r.cell_conflicts) or r.key for r in merge.conflicts
                    )
                    raise PolicyStudioError(
                        f"section {number} ({clause.key}): blocks changed both locally and in the "
                        f"library: {blocks}; give --take mine or --take library"
                    )
                for row in merge.conflicts:
                    row.choice = Choice.LOCAL if args.take == "mine" else Choice.THEIRS
                    for cell in row.cell_conflicts:
                        cell.choice = row.choice
            policy.sections[number - 1] = merged_section(merge, policy.source_language)
            results.append((number, clause, section.clause.version, len(merge.conflicts)))
        if results:
            workspace.save_policy(policy)
        for number, clause, old, conflicts in results:
            log(
                workspace,
                who,
                "library.update",
                policy,
                policy.sections[number - 1].id,
                clause=clause.key,
                from_version=old,
                to_version=clause.version,
                conflicts=conflicts,
                take=args.take or "",
            )
    for number, clause, old, conflicts in results:
        print_text(
            f"section {number}: {clause.key} {old} → {clause.version}"
            + (f" ({conflicts} conflicts settled: {args.take})" if conflicts else "")
        )
    if not results:
        print_text("no library updates to take")
    return 0
