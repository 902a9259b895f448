"""Workspace commands: `new` (a file or a PostgreSQL database) and `workspace copy`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..library.starter import new_workspace
from ..storage import WORKSPACE_SUFFIX
from ..storage.copying import copy_workspace
from ..storage.locate import is_database
from .common import plural


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "new",
        help="create a workspace file, or a team workspace in a PostgreSQL database",
        description="Create a workspace: FILE.pstudio, or a PostgreSQL connection string "
        "(postgresql://user@host/db, service=NAME) naming an existing, empty database.",
    )
    parser.add_argument("file", metavar="FILE.pstudio|postgresql://…")
    parser.add_argument(
        "--empty", action="store_true", help="no starter library and no sample policy"
    )
    parser.set_defaults(handler=run_new)

    parser = sub.add_parser("workspace", help="workspace-wide operations (copy)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy",
        help="copy a whole workspace between a file and PostgreSQL, either way",
        description="Copy every clause (with history), policy, version, glossary term and "
        "dismissed finding from FROM to TO, then compare both. TO must be a file that does not "
        "exist yet or an empty PostgreSQL database.",
    )
    copy.add_argument("source", metavar="FROM")
    copy.add_argument("target", metavar="TO")
    copy.set_defaults(handler=run_copy)


def _location(text: str) -> str | Path:
    if is_database(text):
        return text
    path = Path(text)
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    return path


def run_new(args: argparse.Namespace) -> int:
    location = _location(args.file)
    with new_workspace(location, seeded=not args.empty) as workspace:
        clauses = len(workspace.clauses())
        policies = len(workspace.policies())
        shown = workspace.location
    print(f"created {shown} ({plural(clauses, 'clause')}, {plural(policies, 'policy')})")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    target = _location(args.target)
    workspace, counts = copy_workspace(args.source, str(target))
    with workspace:
        shown = workspace.location
    print(
        f"copied to {shown}: {counts['clauses']} clauses ({counts['clause_history']} "
        f"revisions), {counts['policies']} policies, {counts['versions']} versions, "
        f"{counts['glossary']} glossary terms; compared with the source: equal"
    )
    return 0
