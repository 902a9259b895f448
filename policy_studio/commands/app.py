"""Starting the desktop application: `policy-studio` and `policy-studio open FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "open", help="open the desktop app on a workspace file or a PostgreSQL workspace"
    )
    parser.add_argument("file", metavar="FILE.pstudio|postgresql://…")
    parser.set_defaults(handler=run_app)


def run_app(args: argparse.Namespace) -> int:
    # The UI is imported here only, so headless commands never load QtWidgets.
    from ..storage.locate import is_database
    from ..ui.application import run

    file = getattr(args, "file", None)
    if file and is_database(file):
        return run(file)
    return run(Path(file) if file else None)
