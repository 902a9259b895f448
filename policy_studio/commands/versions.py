"""Version commands: `version` (save one), `versions` (list), `diff` and `compare` (redlines)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..diff import Redline, compare
from ..io import registry
from ..io.output import write_bytes_atomic, write_text_atomic
from ..io.redline_format import RedlineOptions
from ..model import Policy, PolicyStudioError, Version
from ..text.clean import clean_field, cleaned

if TYPE_CHECKING:
    from ..storage import WorkspaceStore

from .common import (
    actor,
    add_workspace_option,
    editing,
    open_workspace,
    plural,
    print_json,
    print_text,
)


def _formats() -> list[str]:
    return [entry.redline for entry in registry.redline_formats()]


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
    parser.add_argument(
        "--format",
        choices=_formats(),
        default="text",
        help="output format (docx and pdf need -o FILE)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write to this file (required for docx and pdf; default: standard output)",
    )
    parser.add_argument(
        "--author", help="docx: name on the tracked changes (default: your user name)"
    )
    parser.add_argument(
        "--changed-only",
        action="store_true",
        help="html, pdf: show only the sections that changed",
    )


def _version_dict(version: Version) -> dict[str, Any]:
    return {
        "number": version.number,
        "label": version.label,
        "note": version.note,
        "author": version.author,
        "created": version.created,
        "approved": version.approved,
        "approved_by": version.approved_by,
        "approved_at": version.approved_at,
        "sections": len(version.snapshot.sections),
    }


def _new_label(workspace: WorkspaceStore, policy: Policy, label: str) -> str:
    """``label`` cleaned, refused when it would not name exactly one version."""
    cleaned_label = clean_field(label).strip()
    if cleaned_label != label.strip():
        print(
            "policy-studio: warning: removed bidi override or control characters from the label",
            file=sys.stderr,
        )
    if not cleaned_label:
        raise PolicyStudioError("--label: give a label such as 2.0")
    versions = workspace.versions(policy.id)
    number = len(versions) and max(v.number for v in versions)
    for v in versions:
        if v.label.casefold() == cleaned_label.casefold():
            raise PolicyStudioError(
                f"{policy.display_title()!r} already has a version labelled {v.label!r} "
                f"(version {v.number}); choose another label"
            )
    if cleaned_label.isdigit() and int(cleaned_label) != number + 1:
        raise PolicyStudioError(
            f"--label {cleaned_label!r}: a number as label would be read as version "
            f"{int(cleaned_label)}; this will be version {number + 1} (use e.g. "
            f"{cleaned_label}.0)"
        )
    return cleaned_label


def run_version(args: argparse.Namespace) -> int:
    with editing(args) as workspace:
        policy = workspace.find_policy(args.policy)
        label = _new_label(workspace, policy, args.label)
        who = args.author or actor(args)
        version = workspace.save_version(policy, label, note=args.note, author=who)
        from ..app.signoff import log  # the sign-off stack (checks, numpy) only when it logs

        log(
            workspace,
            who,
            "version.save",
            policy,
            str(version.number),
            label=version.label,
            note=version.note,
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
        + (f"  [approved{' by ' + v.approved_by if v.approved_by else ''}]" if v.approved else "")
        + (f"  — {v.note}" if v.note else "")
        for v in versions
    ]
    lines.append(f"({plural(len(versions), 'version')} of {policy.display_title()!r})")
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
    """Write ``redline`` in the chosen format to -o or standard output (the format table's
    redline rows say which formats exist and which need a file)."""
    entry, writer = registry.redline_writer(args.format)
    out = args.output
    if entry.binary and out is None:
        suffix = entry.suffixes[0]
        raise PolicyStudioError(
            f"--format {entry.redline} needs an output file: add -o FILE{suffix}"
        )
    options = RedlineOptions(
        lang=args.lang,
        title=clean_field(title),
        author=args.author or getpass.getuser(),
        changed_only=args.changed_only,
    )
    result = writer(redline, options)
    if isinstance(result, bytes):
        assert out is not None
        write_bytes_atomic(out, result, "the redline")
        print(f"wrote {out}")
        return 0
    if out is None:
        print_text(result, args.lang)
        return 0
    write_text_atomic(out, result, "the redline")
    print(f"wrote {out}")
    return 0


def _cleaned(policy: Policy, name: str) -> Policy:
    """``policy`` without bidi override or control characters; each removal warned."""
    policy, warnings = cleaned(policy)
    for warning in warnings:
        print(f"policy-studio: warning: {name}: {warning}", file=sys.stderr)
    return policy


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
    old, new = _cleaned(old, "the older version"), _cleaned(new, f"“{new_label}”")
    redline = compare(
        old, new, _languages(args, old, new), old_label=old_version.label, new_label=new_label
    )
    return emit(redline, args, policy.display_title(args.lang))


def read_document(path: Path) -> Policy:
    """A document through the import readers of the format registry."""
    if not path.is_file():
        raise PolicyStudioError(f"{path}: no such file")
    entry = registry.reader_for_path(path)
    return entry.reader()(path).policy


PARALLEL_READ_BYTES = 256 * 1024
"""Two documents together this large are read side by side, one in a child process: reading
a 150,000-word Markdown file takes about a quarter of a second of CPU, a fork and the pickled
policy a tenth of that (issue 12: `compare` of two such documents in at most a second)."""


def read_documents(old_path: Path, new_path: Path) -> tuple[Policy, Policy]:
    """Both documents, the second read in a forked child while this process reads the first
    when they are large and a second core is there; one after the other otherwise. What each
    gives (or the error it raises, with its file's name) is the same either way."""
    import multiprocessing
    import os

    sizes = [p.stat().st_size if p.is_file() else 0 for p in (old_path, new_path)]
    if (
        sum(sizes) < PARALLEL_READ_BYTES
        or (os.cpu_count() or 1) < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return read_document(old_path), read_document(new_path)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_read_into, args=(new_path, sending), daemon=True)
    child.start()
    sending.close()
    try:
        old = read_document(old_path)
        try:
            outcome, value = receiving.recv()
        except EOFError:  # the child died (killed, out of memory): read it here instead
            outcome, value = "ok", read_document(new_path)
    finally:
        receiving.close()
        child.join(5)
        if child.is_alive():
            child.kill()
    if outcome == "error":
        raise PolicyStudioError(value)
    if outcome == "retry":  # whatever went wrong there goes the usual way here
        value = read_document(new_path)
    return old, value


def _read_into(path: Path, pipe: Any) -> None:
    """The child's half of read_documents: the policy, or the refusal's sentence."""
    try:
        pipe.send(("ok", read_document(path)))
    except PolicyStudioError as exc:
        pipe.send(("error", str(exc)))
    except BaseException as exc:  # an internal error: the parent reads the file itself
        pipe.send(("retry", repr(exc)))
    finally:
        pipe.close()


def run_compare(args: argparse.Namespace) -> int:
    old, new = read_documents(args.old_file, args.new_file)
    old, new = _cleaned(old, str(args.old_file)), _cleaned(new, str(args.new_file))
    redline = compare(
        old,
        new,
        _languages(args, old, new),
        old_label=args.old_file.name,
        new_label=args.new_file.name,
    )
    return emit(redline, args, "")
