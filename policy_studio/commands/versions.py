"""Version commands: `version` (save one), `versions` (list), `diff` and `compare` (redlines)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from ..diff import Redline, compare
from ..io import registry
from ..model import Policy, PolicyStudioError, Version
from ..storage import WorkspaceStore
from .common import add_workspace_option, editing, open_workspace, print_json, print_text

FORMATS = ("text", "html", "docx", "json")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("version", help="save the current policy as a numbered version")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("--label", required=True, help='version label, e.g. "2.0"')
    parser.add_argument("--note", default="", help="why this version is saved")
    parser.add_argument("--author", help="who saves it (default: your user name)")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_version)

    parser = sub.add_parser("versions", help="list the saved versions of a policy")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    add_workspace_option(parser)
    parser.set_defaults(handler=run_versions)

    parser = sub.add_parser("diff", help="what changed between two versions of a policy")
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument(
        "--from",
        dest="old",
        required=True,
        metavar="V1",
        help="version number or label to compare from",
    )
    parser.add_argument(
        "--to",
        dest="new",
        default="current",
        metavar="V2",
        help='version number or label, or "current" for the draft (default)',
    )
    _output_options(parser)
    add_workspace_option(parser)
    parser.set_defaults(handler=run_diff)

    parser = sub.add_parser(
        "compare", help="what changed between two documents (txt, md, docx, html)"
    )
    parser.add_argument("old_file", metavar="OLD_FILE", type=Path)
    parser.add_argument("new_file", metavar="NEW_FILE", type=Path)
    _output_options(parser)
    parser.set_defaults(handler=run_compare)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", help="a language, or several as en,ar (default: every language of both)"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write to this file (required for docx; default: standard output)",
    )
    parser.add_argument(
        "--author", help="docx: name on the tracked changes (default: your user name)"
    )
    parser.add_argument(
        "--changed-only", action="store_true", help="html: show only the sections that changed"
    )


def _version_dict(version: Version) -> dict[str, Any]:
    return {
        "number": version.number,
        "label": version.label,
        "note": version.note,
        "author": version.author,
        "created": version.created,
        "approved": version.approved,
        "sections": len(version.snapshot.sections),
    }


def run_version(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        version = workspace.save_version(
            policy, args.label, note=args.note, author=args.author or getpass.getuser()
        )
    print_text(f"Saved version {version.number} ({version.label}) of {policy.display_title()!r}")
    return 0


def run_versions(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        versions = workspace.versions(policy.id)
    if args.json:
        print_json([_version_dict(v) for v in versions])
        return 0
    lines = [
        f"{v.number:>3}  {v.label:<12} {v.created}  {v.author}"
        + ("  [approved]" if v.approved else "")
        + (f"  — {v.note}" if v.note else "")
        for v in versions
    ]
    lines.append(f"({len(versions)} versions of {policy.display_title()!r})")
    print_text("\n".join(lines))
    return 0


def _find_version(workspace: WorkspaceStore, policy: Policy, ref: str) -> Version:
    version = workspace.version(policy.id, ref)
    if version is None:
        known = ", ".join(f"{v.number} ({v.label})" for v in workspace.versions(policy.id))
        raise PolicyStudioError(
            f"{workspace.location}: policy {policy.display_title()!r} has no version {ref!r} "
            f"(saved versions: {known or 'none yet — save one with `policy-studio version`'})"
        )
    return version


def _languages(args: argparse.Namespace, old: Policy, new: Policy) -> list[str] | None:
    """The languages asked for with --lang (one, or several separated by commas).

    Writers take one language or None for "every language of the redline", so a list of
    several is passed on as None once the comparison has been limited to it.
    """
    if not args.lang:
        return None
    wanted = [code.strip() for code in str(args.lang).split(",") if code.strip()]
    known = set(old.languages) | set(new.languages)
    unknown = [code for code in wanted if code not in known]
    if unknown or not wanted:
        raise PolicyStudioError(
            f"--lang {args.lang!r}: {', '.join(unknown) or 'no language'} is not a language of "
            f"these documents ({', '.join(sorted(known))})"
        )
    args.lang = wanted[0] if len(wanted) == 1 else None
    return wanted


def emit(redline: Redline, args: argparse.Namespace, title: str) -> int:
    """Write ``redline`` in the chosen format to -o or standard output."""
    fmt, out = args.format, args.output
    if fmt == "docx":
        if out is None:
            raise PolicyStudioError("--format docx needs an output file: add -o FILE.docx")
        registry.writer("redline-docx")(
            redline, out, lang=args.lang, title=title, author=args.author or getpass.getuser()
        )
        print(f"policy-studio: wrote {out}", file=sys.stderr)
        return 0
    if fmt == "json":
        text = (
            json.dumps(registry.writer("redline-json")(redline), ensure_ascii=False, indent=2)
            + "\n"
        )
    elif fmt == "html":
        text = registry.writer("redline-html")(
            redline, lang=args.lang, changed_only=args.changed_only, title=title
        )
    else:
        text = registry.writer("redline-text")(redline, args.lang)
    if out is None:
        print_text(text, args.lang)
        return 0
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PolicyStudioError(f"{out}: cannot write ({exc})") from exc
    print(f"policy-studio: wrote {out}", file=sys.stderr)
    return 0


def run_diff(args: argparse.Namespace) -> int:
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        old_version = _find_version(workspace, policy, args.old)
        if args.new == "current":
            new, new_label = policy, "current draft"
        else:
            new_version = _find_version(workspace, policy, args.new)
            new, new_label = new_version.snapshot, new_version.label
    old = old_version.snapshot
    redline = compare(
        old, new, _languages(args, old, new), old_label=old_version.label, new_label=new_label
    )
    return emit(redline, args, policy.display_title(args.lang))


def read_document(path: Path) -> Policy:
    """A document through the import readers of the format registry."""
    if not path.is_file():
        raise PolicyStudioError(f"{path}: no such file")
    entry = registry.reader_for_path(path)
    return entry.load()(path).policy  # type: ignore[no-any-return]


def run_compare(args: argparse.Namespace) -> int:
    old, new = read_document(args.old_file), read_document(args.new_file)
    redline = compare(
        old,
        new,
        _languages(args, old, new),
        old_label=args.old_file.name,
        new_label=args.new_file.name,
    )
    return emit(redline, args, "")
