"""What every command shares: the -w option, opening the workspace, printing text and JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..library.starter import new_workspace
from ..model import PolicyStudioError, language
from ..storage import WorkspaceStore
from ..storage.locate import open_store
from ..storage.locations import default_workspace_path
from ..text.direction import for_terminal


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-w",
        "--workspace",
        metavar="WS",
        help="workspace file, or a PostgreSQL connection string (postgresql://…, service=NAME) "
        "for a team workspace (default: your default workspace, created on first use)",
    )


def open_workspace(args: argparse.Namespace, *, readonly: bool = False) -> WorkspaceStore:
    """The workspace named by -w, or the default one (created and seeded if missing).

    Commands that only read pass ``readonly``: the file is then never changed (no migration,
    no journal recovery), so looking at a workspace cannot alter it.
    """
    given = getattr(args, "workspace", None)
    if given:
        return open_store(given, readonly=readonly)
    path = default_workspace_path()
    if path.exists():
        return open_store(path, readonly=readonly)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PolicyStudioError(f"{path.parent}: cannot create the data folder ({exc})") from exc
    return new_workspace(path)


@contextmanager
def editing(args: argparse.Namespace) -> Iterator[WorkspaceStore]:
    """The workspace for one command that changes it: everything it reads and writes is one
    immediate transaction, so no other writer can come in between (no lost updates) and a
    kill leaves all of it or none of it."""
    with open_workspace(args) as workspace, workspace.transaction():
        yield workspace


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_text(text: str, lang: str | None = None) -> None:
    """Print ``text``; shaped and reordered only when a terminal shows right-to-left text."""
    if lang and language(lang).is_rtl and sys.stdout.isatty():
        text = for_terminal(text, rtl=True)
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
