"""Authoring commands: `new-policy`, `set-var`, `set-title`, `set-meta`, `add-section` — the
app's edits, headless."""

from __future__ import annotations

import argparse
import difflib
import sys

from ..app.signoff import log
from ..library.compose import policy_from_clauses, usage_warning
from ..model import META_KEYS, Clause, Policy, PolicyStudioError
from ..model.language import is_valid_code
from ..model.policy import BUILTIN_VARIABLES
from ..ops.policy_edits import set_meta, set_variable
from ..ops.sections import insert_clause
from ..storage import WorkspaceStore
from ..text.clean import clean_field, clean_text
from ..text.markup import VARIABLE_PATTERN
from .common import (
    actor,
    add_workspace_option,
    editing,
    plural,
    refuse_duplicate_title,
)
from .policy import known_variables


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

    parser = sub.add_parser("set-title", help="set a policy's title in one language")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("text", metavar="TEXT", help="the title; an empty string clears it")
    parser.add_argument("--lang", help="language of the title (default: the source language)")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_set_meta, key="title")

    parser = sub.add_parser(
        "set-meta",
        help="set a cover line of a policy in one language (title, subtitle, organization, "
        "address)",
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("key", metavar="KEY", choices=META_KEYS, help=", ".join(META_KEYS))
    parser.add_argument("text", metavar="VALUE", help="the text; an empty string clears it")
    parser.add_argument("--lang", help="language of the text (default: the source language)")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_set_meta)

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
    warning = usage_warning(clause)
    if warning:
        print(f"policy-studio: warning: {warning}", file=sys.stderr)


def run_new_policy(args: argparse.Namespace) -> int:
    title = _cleaned(args.title, clean_field(args.title), "the title")
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
            title, chosen, source_language=args.lang, target_languages=targets
        )
        refuse_duplicate_title(workspace, policy, "choose another title")
        workspace.save_policy(policy)
    print(f"created policy {policy.id} “{title}” ({plural(len(policy.sections), 'section')})")
    return 0


def _check_variable(policy: Policy, name: str, known: set[str]) -> None:
    """Refuse a variable the policy, its library and the built-ins do not know (a typo)."""
    used = {
        match
        for _, block in policy.iter_blocks()
        for text in block.text.values()
        for match in VARIABLE_PATTERN.findall(text)
    }
    names = known | used | set(policy.variables) | set(BUILTIN_VARIABLES)
    if name in names:
        return
    close = difflib.get_close_matches(name, sorted(names), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise PolicyStudioError(
        f"{policy.display_title()!r} has no variable {name!r} (not used in its text, "
        f"not in the library){hint}"
    )


def _check_language(policy: Policy, lang: str) -> None:
    if lang not in policy.languages:
        raise PolicyStudioError(
            f"{lang!r} is not one of the languages of {policy.display_title()!r} "
            f"({', '.join(policy.languages)})"
        )


def _cleaned(text: str, value: str, what: str) -> str:
    """``value`` (``text`` cleaned); a warning when cleaning removed something."""
    if value != text:
        print(
            f"policy-studio: warning: removed bidi override or control characters from {what}",
            file=sys.stderr,
        )
    return value


def run_set_var(args: argparse.Namespace) -> int:
    value = _cleaned(args.value, clean_text(args.value), f"the value of {args.name}")
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        lang = args.lang or policy.source_language
        _check_language(policy, lang)
        _check_variable(policy, args.name, known_variables(workspace))
        set_variable(policy, args.name, lang, value)
        workspace.save_policy(policy)
    shown = value if value.strip() else "(cleared)"
    print(f"{args.name} [{lang}] = {shown}")
    return 0


def run_set_meta(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        lang = (args.lang or policy.source_language).strip().lower()
        if lang not in policy.languages:
            raise PolicyStudioError(
                f"{lang!r} is not one of this policy's languages ({', '.join(policy.languages)})"
            )
        text = clean_text(args.text) if args.key == "address" else clean_field(args.text)
        if text != args.text:
            print(
                "policy-studio: warning: removed bidi override or control characters",
                file=sys.stderr,
            )
        set_meta(policy, args.key, lang, text)
        workspace.save_policy(policy)
    shown = text.strip() or "(cleared)"
    print(f"{args.key} [{lang}] = {shown}")
    return 0


def _warn_if_already_there(policy: Policy, clause: Clause) -> None:
    """The same clause twice is legitimate (e.g. two contact blocks) but usually a slip."""
    places = [
        str(n) for n, s in enumerate(policy.sections, 1) if s.clause and s.clause.key == clause.key
    ]
    if places:
        where = "section " + places[0] if len(places) == 1 else "sections " + ", ".join(places)
        print(
            f"policy-studio: warning: clause {clause.key!r} is already in "
            f"{policy.display_title()!r} as {where}; adding it again",
            file=sys.stderr,
        )


def run_add_section(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        clause = _clause(workspace, args.clause)
        _deprecation_note(clause)
        index = None
        if args.at is not None:
            if not 1 <= args.at <= len(policy.sections) + 1:
                raise PolicyStudioError(
                    f"--at {args.at}: the policy has {plural(len(policy.sections), 'section')} "
                    f"(use 1–{len(policy.sections) + 1})"
                )
            index = args.at - 1
        _warn_if_already_there(policy, clause)
        insert_clause(policy, clause, args.variant, index)
        workspace.save_policy(policy)
        log(
            workspace,
            actor(args),
            "clause.insert",
            policy,
            clause.key,
            version=clause.version,
            clause_status=clause.status.value,
        )
        number = (index + 1) if index is not None else len(policy.sections)
    print(f"added {clause.key} as section {number} of “{policy.display_title()}”")
    return 0
