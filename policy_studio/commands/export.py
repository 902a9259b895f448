"""The export command: a policy to DOCX, HTML or PDF (and any writer row marked ``exports``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..io import registry
from ..io.options import ExportOptions, Layout, parse_signoff
from ..model import Policy, PolicyStudioError
from .common import add_workspace_option, open_workspace
from .policy import known_variables


def _pdf_writer() -> Callable[..., Any]:
    # Qt's text layout shapes Arabic for the PDF; QtGui is loaded only when a PDF is asked for,
    # so every other export stays free of Qt (docs/architecture.md, the one lazy exception).
    from ..ui.pdf_export import write_pdf

    return write_pdf


_OUTSIDE_IO: dict[str, tuple[str, Callable[[], Callable[..., Any]]]] = {
    "pdf": (".pdf", _pdf_writer)
}
"""Formats whose writer cannot live under io/ (it needs QtGui): name → (suffix, loader)."""


def formats() -> dict[str, tuple[tuple[str, ...], Callable[[], Callable[..., Any]]]]:
    table = {e.name: (e.suffixes, e.load) for e in registry.export_formats()}
    table.update({name: ((suffix,), loader) for name, (suffix, loader) in _OUTSIDE_IO.items()})
    return table


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
        "--arabic-digits", action="store_true", help="Arabic-Indic digits for Arabic numbering"
    )
    parser.add_argument("--no-toc", action="store_true", help="leave out the table of contents")
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
    suffix = Path(args.output).suffix.lower()
    for name, (suffixes, _) in table.items():
        if suffix in suffixes:
            return name
    raise PolicyStudioError(
        f"{args.output}: cannot tell the format from the suffix; give --format ({', '.join(table)})"
    )


def options_from_args(args: argparse.Namespace, policy: Policy, label: str) -> ExportOptions:
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
        langs = (langs or [policy.source_language]) + [
            code for code in policy.languages if code not in langs
        ]
        langs = langs[:2] if layout is Layout.COLUMNS else langs
    return ExportOptions(
        languages=langs or [policy.source_language],
        layout=layout,
        signoff=parse_signoff(args.signoff or ""),
        reference_doc=Path(args.reference_doc) if args.reference_doc else None,
        template=Path(args.template) if args.template else None,
        version_label=label,
        arabic_digits=args.arabic_digits,
        toc=not args.no_toc,
    )


def run_export(args: argparse.Namespace) -> int:
    name = _format_name(args)
    with open_workspace(args, readonly=True) as workspace:
        policy = workspace.find_policy(args.policy)
        label = ""
        if args.version:
            version = workspace.version(policy.id, args.version)
            if version is None:
                raise PolicyStudioError(f"policy {args.policy!r} has no version {args.version!r}")
            policy, label = version.snapshot, version.label
        known = known_variables(workspace)
    options = options_from_args(args, policy, label)
    for path in (options.reference_doc, options.template):
        if path is not None and not path.is_file():
            raise PolicyStudioError(f"{path}: file not found")
    report = formats()[name][1]()(policy, Path(args.output), options, known)
    for warning in report.warnings:
        print(f"policy-studio: warning: {warning}", file=sys.stderr)
    print(report.path)
    return 0
