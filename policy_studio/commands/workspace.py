"""Workspace commands: `new`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..library.starter import new_workspace
from ..storage import WORKSPACE_SUFFIX
from .common import plural


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("new", help="create a workspace file")
    parser.add_argument("file", metavar="FILE.pstudio")
    parser.add_argument(
        "--empty", action="store_true", help="no starter library and no sample policy"
    )
    parser.set_defaults(handler=run_new)


def run_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix != WORKSPACE_SUFFIX:
        path = path.with_name(path.name + WORKSPACE_SUFFIX)
    with new_workspace(path, seeded=not args.empty) as workspace:
        clauses = len(workspace.clauses())
        policies = len(workspace.policies())
    print(f"created {path} ({plural(clauses, 'clause')}, {plural(policies, 'policy')})")
    return 0
