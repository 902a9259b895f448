"""What every command shares: the -w option, opening the workspace, printing text and JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..library.starter import new_workspace
from ..model import PolicyStudioError, language
from ..storage import Workspace
from ..storage.locations import default_workspace_path
from ..text.direction import for_terminal


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-w",
        "--workspace",
        metavar="WS",
        help="workspace file (default: your default workspace, created on first use)",
    )
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help="who is acting, for the audit log and approvals "
        "(default: $POLICY_STUDIO_USER, else your login name)",
    )


def actor(args: argparse.Namespace) -> str:
    """The person the audit log names for this run (``--as``, $POLICY_STUDIO_USER, login)."""
    from ..app.signoff import current_user

    return current_user(getattr(args, "actor", None))


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace named by -w, or the default one (created and seeded if missing)."""
    given = getattr(args, "workspace", None)
    if given:
        return Workspace.open(Path(given))
    path = default_workspace_path()
    if path.exists():
        return Workspace.open(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PolicyStudioError(f"{path.parent}: cannot create the data folder ({exc})") from exc
    return new_workspace(path)


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
