"""Policy commands: `policies` and `show`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..io import registry
from ..library.starter import load_variables
from ..model import Policy
from ..model.serialize import block_to_dict
from ..storage import WorkspaceStore
from .common import add_workspace_option, open_workspace, plural, print_json, print_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("policies", help="list the policies in a workspace")
    add_workspace_option(parser)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run_policies)

    parser = sub.add_parser("show", help="print a policy with variables filled")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    add_workspace_option(parser)
    parser.add_argument("--lang", help="language to print (default: the source language)")
    parser.add_argument("--json", action="store_true", help="the structure, every language")
    parser.set_defaults(handler=run_show)


def run_policies(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        rows = [(s, workspace.policy(s.id)) for s in workspace.policies()]
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "title": p.title if p else {},
                    "source_language": p.source_language if p else "",
                    "target_languages": p.target_languages if p else [],
                    "sections": len(p.sections) if p else 0,
                    "updated": s.updated,
                }
                for s, p in rows
            ]
        )
        return 0
    lines = [
        f"{s.id}  {s.title}  [{', '.join(p.languages) if p else ''}]  {s.updated}" for s, p in rows
    ]
    lines.append(f"({plural(len(rows), 'policy')})")
    print_text("\n".join(lines))
    return 0


def policy_json(policy: Policy) -> dict[str, Any]:
    source = policy.source_language

    def block(b: Any) -> dict[str, Any]:
        out = block_to_dict(b)
        out["status"] = {
            lang: ("stale" if b.is_stale(lang, source) else b.state(lang).status.value)
            for lang in policy.target_languages
        }
        return out

    return {
        "id": policy.id,
        "title": policy.title,
        "organization": policy.organization,
        "effective_date": policy.effective_date,
        "version_label": policy.version_label,
        "source_language": source,
        "target_languages": policy.target_languages,
        "variables": policy.variables,
        "sections": [
            {
                "id": s.id,
                "number": n,
                "title": s.heading.text,
                "heading": block(s.heading),
                "clause": {
                    "key": s.clause.key,
                    "version": s.clause.version,
                    "variant": s.clause.variant,
                }
                if s.clause
                else None,
                "blocks": [block(b) for b in s.blocks],
            }
            for n, s in enumerate(policy.sections, start=1)
        ],
    }


def known_variables(workspace: WorkspaceStore) -> set[str]:
    names = set(load_variables())
    for clause in workspace.clauses():
        names.update(clause.variables)
    return names


def run_show(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        known = known_variables(workspace)
    if args.json:
        # The whole result: the structure and the warnings the text output prints on stderr.
        data = policy_json(policy)
        write = registry.writer("text")
        data["warnings"] = list(
            dict.fromkeys(
                issue.message()
                for code in policy.languages
                for issue in write(policy, code, known).issues
            )
        )
        print_json(data)
        return 0
    lang = args.lang or policy.source_language
    if lang not in policy.languages:
        print(
            f"policy-studio: note: {lang!r} is not one of this policy's languages "
            f"({', '.join(policy.languages)}); showing what text exists",
            file=sys.stderr,
        )
    output = registry.writer("text")(policy, lang, known)
    print_text(output.text, lang)
    for issue in output.issues:
        print(f"policy-studio: warning: {issue.message()}", file=sys.stderr)
    return 0
