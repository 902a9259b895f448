"""Authoring commands: `new-policy`, `set-var`, `add-section` — the app's edits, headless."""

from __future__ import annotations

import argparse
import sys

from ..library.compose import policy_from_clauses
from ..model import Clause, ClauseStatus, PolicyStudioError
from ..model.language import is_valid_code
from ..ops.policy_edits import set_variable
from ..ops.sections import insert_clause
from ..storage import WorkspaceStore
from .common import add_workspace_option, editing


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("new-policy", help="create a policy, optionally from library clauses")
    parser.add_argument("title", metavar="TITLE")
    parser.add_argument(
        "--from-clauses",
        metavar="KEY,KEY…",
        default="",
        help="library clauses to start from, in order (KEY or KEY:VARIANT)",
    )
    parser.add_argument("--lang", default="en", help="source language (default: en)")
    parser.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="LANG",
        help="a target language (repeatable)",
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_new_policy)

    parser = sub.add_parser("set-var", help="set a variable's value in a policy")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("value", metavar="VALUE", help="the value; an empty string clears it")
    parser.add_argument("--lang", help="language of the value (default: the source language)")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_set_var)

    parser = sub.add_parser("add-section", help="add a library clause to a policy as a section")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("clause", metavar="CLAUSE_KEY")
    parser.add_argument("--variant", help="one of the clause's variants")
    parser.add_argument(
        "--at", type=int, metavar="N", help="position in the outline, 1 = first (default: last)"
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_add_section)


def _clause(workspace: WorkspaceStore, key: str) -> Clause:
    clause = workspace.clause(key)
    if clause is None:
        raise PolicyStudioError(f"{workspace.location}: no clause {key!r} in the library")
    return clause


def _deprecation_note(clause: Clause) -> None:
    if clause.status is ClauseStatus.DEPRECATED:
        print(f"policy-studio: warning: clause {clause.key!r} is deprecated", file=sys.stderr)


def run_new_policy(args: argparse.Namespace) -> int:
    targets = [t.strip().lower() for item in args.target for t in item.split(",") if t.strip()]
    for code in [args.lang, *targets]:
        if not is_valid_code(code):
            raise PolicyStudioError(f"{code!r} is not a language code (such as en, ar, sw)")
    with editing(args) as workspace:
        chosen: list[tuple[Clause, str | None]] = []
        for item in (k.strip() for k in args.from_clauses.split(",")):
            if not item:
                continue
            key, _, variant = item.partition(":")
            clause = _clause(workspace, key)
            if variant and clause.variant(variant) is None:
                raise PolicyStudioError(f"clause {key!r} has no variant {variant!r}")
            _deprecation_note(clause)
            chosen.append((clause, variant or None))
        policy = policy_from_clauses(
            args.title, chosen, source_language=args.lang, target_languages=targets
        )
        workspace.save_policy(policy)
    print(f"created policy {policy.id} “{args.title}” ({len(policy.sections)} sections)")
    return 0


def run_set_var(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        lang = args.lang or policy.source_language
        set_variable(policy, args.name, lang, args.value)
        workspace.save_policy(policy)
    shown = args.value if args.value.strip() else "(cleared)"
    print(f"{args.name} [{lang}] = {shown}")
    return 0


def run_add_section(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        clause = _clause(workspace, args.clause)
        _deprecation_note(clause)
        index = None
        if args.at is not None:
            if not 1 <= args.at <= len(policy.sections) + 1:
                raise PolicyStudioError(
                    f"--at {args.at}: the policy has {len(policy.sections)} sections "
                    f"(use 1–{len(policy.sections) + 1})"
                )
            index = args.at - 1
        insert_clause(policy, clause, args.variant, index)
        workspace.save_policy(policy)
        number = (index + 1) if index is not None else len(policy.sections)
    print(f"added {clause.key} as section {number} of “{policy.display_title()}”")
    return 0
