"""What every command shares: the -w option, opening the workspace, printing text and JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..model import Policy, PolicyStudioError, language
from ..text.clean import for_display
from ..text.direction import for_terminal

if TYPE_CHECKING:
    from ..storage import WorkspaceStore


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-w",
        "--workspace",
        metavar="WS",
        help="workspace file, or a PostgreSQL connection string (postgresql://…, service=NAME) "
        "for a team workspace (default: your default workspace, created on first use)",
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


def open_workspace(args: argparse.Namespace, *, readonly: bool = False) -> WorkspaceStore:
    """The workspace named by -w, or the default one (created and seeded if missing).

    Commands that only read pass ``readonly``: the file is then never changed (no migration,
    no journal recovery), so looking at a workspace cannot alter it.
    """
    # Imported here: the storage stack (sqlite3, the starter library) is ~50 ms that commands
    # working on files only (`compare`, `import` without -w) should not pay at start-up.
    from ..library.starter import new_workspace
    from ..storage.locate import open_store
    from ..storage.locations import default_workspace_path

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


def _taken_titles(workspace: WorkspaceStore, policy: Policy) -> dict[str, tuple[str, str]]:
    """casefolded title → (title, policy id) for every other policy in the workspace."""
    taken: dict[str, tuple[str, str]] = {}
    for summary in workspace.policies():
        if summary.id == policy.id:
            continue
        other = workspace.policy(summary.id)
        for title in other.title.values() if other else [summary.title]:
            if title.strip():
                taken.setdefault(title.strip().casefold(), (title.strip(), summary.id))
    return taken


def refuse_duplicate_title(workspace: WorkspaceStore, policy: Policy, advice: str) -> None:
    """Refuse a title another policy already has: commands find policies by title."""
    taken = _taken_titles(workspace, policy)
    for title in policy.title.values():
        clash = taken.get(title.strip().casefold())
        if clash is not None:
            raise PolicyStudioError(
                f"{workspace.location}: a policy titled {clash[0]!r} already exists ({clash[1]}); "
                f"{advice}"
            )


def make_titles_unique(workspace: WorkspaceStore, policy: Policy) -> list[str]:
    """Number each title another policy already has ("Notice (2)"); say what was renamed."""
    taken = _taken_titles(workspace, policy)
    notes = []
    for code, title in list(policy.title.items()):
        if title.strip().casefold() not in taken:
            continue
        n = 2
        while f"{title.strip()} ({n})".casefold() in taken:
            n += 1
        policy.title[code] = f"{title.strip()} ({n})"
        notes.append(
            f"a policy titled {title.strip()!r} already exists; this one is titled "
            f"{policy.title[code]!r} (rename it with --title)"
        )
    return notes


def plural(count: int, noun: str, many: str | None = None) -> str:
    """``"1 policy"``, ``"2 policies"``: the count with its noun in the right number."""
    if count == 1:
        return f"1 {noun}"
    if many is None:
        many = (
            noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
        )
    return f"{count} {many}"


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def is_terminal() -> bool:
    """True when standard output is a terminal (right-to-left text is then reordered)."""
    return sys.stdout.isatty()


def terminal_cell(text: str, lang: str | None) -> str:
    """One table cell as a terminal shows it: right-to-left text shaped and reordered alone,
    so the columns around it stay where they are."""
    if lang and language(lang).is_rtl and is_terminal():
        return for_terminal(text, rtl=True)
    return text


def print_text(text: str, lang: str | None = None) -> None:
    """Print ``text``; shaped and reordered only when a terminal shows right-to-left text.

    Control characters and bidi overrides from stored fields are removed first (an ESC would
    be a terminal command), with a warning on stderr.
    """
    shown = for_display(text)
    if shown != text:
        print(
            "policy-studio: warning: removed bidi override or control characters from the output",
            file=sys.stderr,
        )
        text = shown
    if lang and language(lang).is_rtl and is_terminal():
        import shutil

        text = for_terminal(text, rtl=True, width=shutil.get_terminal_size().columns)
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
