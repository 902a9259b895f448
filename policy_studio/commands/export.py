"""The export command: a policy to DOCX, HTML or PDF (and any writer row marked ``exports``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..app.signoff import log, signoff_options
from ..io import registry
from ..layout.options import ExportOptions, Layout, parse_signoff
from ..model import PolicyStudioError
from .common import actor, add_workspace_option, open_workspace
from .policy import known_variables


def formats() -> list[str]:
    """Export format names, in the order of the format table."""
    return [entry.name for entry in registry.export_formats()]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="export a policy for sign-off or publication (DOCX, HTML, PDF)",
        description="Export a policy. The format comes from --format or the suffix of -o.",
    )
    parser.add_argument("policy", metavar="POLICY", help="policy id or title")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    parser.add_argument("--format", help=f"one of: {', '.join(formats())}")
    parser.add_argument("--lang", help="languages, comma-separated (default: the source language)")
    parser.add_argument(
        "--layout",
        choices=[layout.value for layout in Layout],
        help="single language, two columns, or one language after the other "
        "(default: single for one language, columns for two)",
    )
    parser.add_argument("--version", metavar="V", help="export saved version V (number or label)")
    parser.add_argument("--signoff", metavar='"NAME, ROLE; …"', help="add a sign-off block")
    parser.add_argument("--reference-doc", metavar="F.docx", help="styles for DOCX export")
    parser.add_argument("--template", metavar="F.html", help="Jinja2 template for HTML export")
    parser.add_argument(
        "--arabic-digits",
        action="store_true",
        help="number in each language's own digits (Arabic-Indic in Arabic) even when the "
        "policy's setting says otherwise",
    )
    parser.add_argument("--no-toc", action="store_true", help="leave out the table of contents")
    parser.add_argument(
        "--require-ready",
        action="store_true",
        help="refuse to export a text that is not ready for sign-off (instead of marking it "
        '"Draft — not approved")',
    )
    add_workspace_option(parser)
    parser.set_defaults(handler=run_export)


def _format_name(args: argparse.Namespace) -> str:
    table = formats()
    if args.format:
        if args.format not in table:
            raise PolicyStudioError(
                f"unknown export format {args.format!r} (known: {', '.join(table)})"
            )
        return str(args.format)
    entry = registry.export_format_for_suffix(Path(args.output).suffix)
    if entry is not None:
        return entry.name
    raise PolicyStudioError(
        f"{args.output}: cannot tell the format from the suffix; give --format ({', '.join(table)})"
    )


def options_from_args(
    args: argparse.Namespace, source: str, languages: list[str], label: str
) -> ExportOptions:
    """The export's options from the command line, for a policy in ``languages`` (source
    first)."""
    langs = [code.strip() for code in (args.lang or "").split(",") if code.strip()]
    if args.layout:
        layout = Layout(args.layout)
    else:
        layout = (
            Layout.COLUMNS
            if len(langs) == 2
            else Layout.SEQUENTIAL
            if len(langs) > 2
            else Layout.SINGLE
        )
    if layout is not Layout.SINGLE and len(langs) < 2:
        langs = (langs or [source]) + [code for code in languages if code not in langs]
        langs = langs[:2] if layout is Layout.COLUMNS else langs
    return ExportOptions(
        languages=langs or [source],
        layout=layout,
        signoff=parse_signoff(args.signoff or ""),
        reference_doc=Path(args.reference_doc) if args.reference_doc else None,
        template=Path(args.template) if args.template else None,
        version_label=label,
        native_digits=True if args.arabic_digits else None,
        toc=not args.no_toc,
    )


def run_export(args: argparse.Namespace) -> int:
    name = _format_name(args)
    # Not one transaction: rendering takes seconds; only the audit line is written.
    with open_workspace(args) as workspace:
        policy_id = workspace.find_policy_id(args.policy)
        languages = workspace.policy_languages(policy_id)
        if languages is None:
            raise PolicyStudioError(f"{workspace.location}: no policy {args.policy!r}")
        label = ""
        version = None
        if args.version:
            version = workspace.version(policy_id, args.version)
            if version is None:
                raise PolicyStudioError(f"policy {args.policy!r} has no version {args.version!r}")
            label, languages = version.label, version.snapshot.languages
        known = known_variables(workspace)
        options = options_from_args(args, languages[0], languages, label)
        langs = options.resolved_languages(languages[0])
        # A writer of the laid-out document gets only the text it shows: its languages and
        # the source (the sign-off check compares them with the approved version); the whole
        # policy only when the full check runs (below). A large policy's other language is a
        # third of its rows. Any other writer (XLIFF) gets the whole policy.
        excerpt = registry.export_format(name).lays_out
        if excerpt:
            stored = workspace.policy_excerpt(policy_id, {languages[0], *langs})
        else:
            stored = workspace.policy(policy_id)
        if stored is None:
            raise PolicyStudioError(f"{workspace.location}: no policy {args.policy!r}")
        policy = stored if version is None else version.snapshot
        # The draft line needs only the verdict. A text that is not an approved version is not
        # ready, whatever else blocks it, so the QA checks (seconds on a long policy) run only
        # when that does not decide it, or when --require-ready must list every blocker.
        verdict, stamp = signoff_options(
            workspace,
            stored,
            version,
            langs,
            complete=args.require_ready,
            whole=(lambda: workspace.find_policy(policy_id)) if excerpt else None,
        )
        blockers = list(verdict.blockers) if verdict is not None else []
        counted = verdict is None or verdict.complete
        if blockers and args.require_ready:
            lines = "\n".join(f"  {b.message}" for b in blockers)
            raise PolicyStudioError(
                f"{policy.display_title()!r} is not ready for sign-off; nothing written:\n{lines}"
            )
        options.draft = bool(blockers)
        options.approval = stamp
        for path in (options.reference_doc, options.template):
            if path is not None and not path.is_file():
                raise PolicyStudioError(f"{path}: file not found")
        report = registry.export_writer(name)(policy, Path(args.output), options, known)
        # Counted blockers are logged as a number; otherwise the one that decided the draft.
        detail = {"blockers": len(blockers)} if counted else {"reason": blockers[0].message}
        log(
            workspace,
            actor(args),
            "export.signoff" if stamp is not None and not blockers else "export.draft",
            stored,
            str(Path(args.output).name),
            format=name,
            languages=langs,
            version=label,
            **detail,
        )
    for blocker in blockers:
        print(f"policy-studio: warning: not ready: {blocker.message}", file=sys.stderr)
    if blockers:
        count = f"{len(blockers)} blockers" if counted else "other blockers not looked for"
        print(
            'policy-studio: warning: the document is marked "Draft — not approved" '
            f"({count}; `policy-studio ready` lists every one)",
            file=sys.stderr,
        )
    for warning in report.warnings:
        print(f"policy-studio: warning: {warning}", file=sys.stderr)
    print(report.path)
    return 0
