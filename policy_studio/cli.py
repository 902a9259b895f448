"""The policy-studio command: the desktop app, and headless commands over the same code paths.

Commands are a table (COMMAND_MODULES): each module in policy_studio/commands/ registers its
sub-commands. This module never imports QtWidgets; only the app command loads the UI, lazily.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

from .model import PolicyStudioError
from .text.clean import for_display

COMMAND_MODULES = [
    "policy_studio.commands.app",
    "policy_studio.commands.workspace",
    "policy_studio.commands.library",
    "policy_studio.commands.policy",
    "policy_studio.commands.importing",
    "policy_studio.commands.translation",
    "policy_studio.commands.export",
    "policy_studio.commands.authoring",
    "policy_studio.commands.versions",
    "policy_studio.commands.regulations",
    "policy_studio.commands.signoff",
    "policy_studio.commands.translator",
    "policy_studio.commands.team",
]
"""Each module has ``register(subparsers)``; adding a command is adding a row here."""

COMMANDS: dict[str, str] = {
    "open": "policy_studio.commands.app",
    "new": "policy_studio.commands.workspace",
    "workspace": "policy_studio.commands.workspace",
    "clauses": "policy_studio.commands.library",
    "policies": "policy_studio.commands.policy",
    "show": "policy_studio.commands.policy",
    "import": "policy_studio.commands.importing",
    "check": "policy_studio.commands.translation",
    "export-xliff": "policy_studio.commands.translation",
    "import-xliff": "policy_studio.commands.translation",
    "glossary": "policy_studio.commands.translation",
    "export": "policy_studio.commands.export",
    "new-policy": "policy_studio.commands.authoring",
    "set-var": "policy_studio.commands.authoring",
    "set-title": "policy_studio.commands.authoring",
    "set-meta": "policy_studio.commands.authoring",
    "add-section": "policy_studio.commands.authoring",
    "version": "policy_studio.commands.versions",
    "versions": "policy_studio.commands.versions",
    "diff": "policy_studio.commands.versions",
    "compare": "policy_studio.commands.versions",
    "regulations": "policy_studio.commands.regulations",
    "coverage": "policy_studio.commands.regulations",
    "set-regulations": "policy_studio.commands.regulations",
    "set-topics": "policy_studio.commands.regulations",
    "assemble": "policy_studio.commands.regulations",
    "ready": "policy_studio.commands.signoff",
    "approve": "policy_studio.commands.signoff",
    "log": "policy_studio.commands.signoff",
    "verify": "policy_studio.commands.signoff",
    "update": "policy_studio.commands.signoff",
    "clause": "policy_studio.commands.library",
    "tm": "policy_studio.commands.translator",
    "pretranslate": "policy_studio.commands.translator",
    "concordance": "policy_studio.commands.translator",
    "team": "policy_studio.commands.team",
}
"""Which module registers each command, so a run imports only the module it needs.

Importing every command module (QA checks, diff, importers…) costs ~0.1 s on every run; an
export is timed against pandoc including start-up. A test keeps this table equal to what the
modules register.
"""


BATCH_GC_THRESHOLD = 20_000
"""The garbage collector's young-generation threshold while a headless command runs."""


class UsageError(PolicyStudioError):
    """Wrong arguments: reported like argparse's own errors, exit code 2."""


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, computed the same way ($COLUMNS, else the
    terminal of stdout, else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size((80, 24))
        columns = size.columns or 80
    return columns


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter with the width argparse gives it, found without importing
    shutil: argparse makes a formatter for every option it is given, and shutil brings zlib,
    bz2 and lzma along (~2 ms of every command, the export timed against pandoc among them)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2  # what HelpFormatter does with shutil's columns
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help uses ``_HelpFormatter``; sub-command parsers are of the
    same class (argparse makes them with ``type(parser)``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with a known ``command``, only that command's module is loaded."""
    parser = _Parser(
        prog="policy-studio",
        description="Write bilingual privacy policies from a library of vetted clauses.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = args_list[0] if args_list else None
    previous = gc.get_threshold()
    if command in COMMANDS and command != "open":
        # A headless command builds its objects and exits: a young generation of 20,000
        # objects instead of 700 spares ~0.05 s of collections in reading and comparing two
        # long policies (~90,000 tokens and lines each), and some in loading the command's
        # modules (set before them). Put back after the command, for callers that run main()
        # in process (the tests).
        gc.set_threshold(BATCH_GC_THRESHOLD, previous[1], previous[2])
    try:
        return _run_command(args_list)
    finally:
        gc.set_threshold(*previous)


def _run_command(args_list: list[str]) -> int:
    parser = build_parser(args_list[0] if args_list else None)
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        from .commands.app import run_app

        handler = run_app
        args.file = None
    try:
        return int(handler(args) or 0)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"policy-studio: error: {exc}", file=sys.stderr)
        return 2
    except PolicyStudioError as exc:
        print(f"policy-studio: {for_display(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("policy-studio: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth reporting.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        if os.environ.get("POLICY_STUDIO_DEBUG"):
            raise
        print(
            f"policy-studio: internal error: {type(exc).__name__}: {exc} "
            "(set POLICY_STUDIO_DEBUG=1 to see details)",
            file=sys.stderr,
        )
        return 1


def run() -> None:
    """The ``policy-studio`` program (the installed script and ``python -m policy_studio.cli``):
    ``main`` on the command line, then exit with its code.

    A headless command then ends at once, as the operating system would after tearing down
    every object: the exit handlers run and the output is flushed, but the interpreter does
    not free the policy, the layout and the loaded libraries object by object (a quarter of
    an HTML export's wall time on a long policy, docs/export.md "HTML speed"). Everything a
    command writes is closed before ``main`` returns (the output renamed into place, the
    workspace committed and closed). The desktop app, a command that left another thread
    running, and in-process callers of ``main`` (the tests) exit as usual.
    """
    argv = sys.argv[1:]
    code = main(argv)
    command = argv[0] if argv else None
    # No threading module loaded: no thread was started through it (a command that starts
    # one, or a library that may, imports it; importing it here would cost ~1 ms).
    threading = sys.modules.get("threading")
    alone = threading is None or threading.active_count() == 1
    if command in COMMANDS and command != "open" and alone:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    atexit._run_exitfuncs()  # what interpreter exit runs first (logging, weakref finalizers…)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away (| head) or a closed stream: nothing left to say
    os._exit(code)


if __name__ == "__main__":
    run()
