"""The `import` command: a policy users already have (text, Markdown, DOCX, HTML) into a workspace.

Everything is read, split by language and aligned before the workspace is opened, so a file
that cannot be read leaves the workspace untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..app.signoff import log
from ..io.import_flow import import_documents, read_any  # noqa: F401 - read_any: old home
from ..library.importing import clauses_from_sections
from ..model import PolicyStudioError
from ..model.language import is_valid_code
from .common import (
    actor,
    add_workspace_option,
    editing,
    make_titles_unique,
    plural,
    print_json,
    print_text,
    refuse_duplicate_title,
)
from .policy import policy_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="import a policy from a text, Markdown, DOCX or HTML file",
        description="Import a policy, recovering its sections, lists and languages. A file "
        "with two languages is split and aligned; --translation adds a second file as the "
        "translation of the first.",
    )
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument(
        "--translation",
        metavar="LANG=FILE",
        action="append",
        default=[],
        help="a translation of FILE in another file, e.g. ar=policy_ar.docx (repeatable)",
    )
    parser.add_argument("--title", help="the policy's title (default: the one found in the file)")
    parser.add_argument(
        "--lang",
        help="language of FILE's Latin-script text when detection guesses wrong (en, sw, fr)",
    )
    parser.add_argument(
        "--to-library",
        action="store_true",
        help="also add each section to the library as a draft clause",
    )
    add_workspace_option(parser)
    parser.add_argument(
        "--json", action="store_true", help="print the policy and the import report as JSON"
    )
    parser.set_defaults(handler=run_import)


def _translations(specs: list[str]) -> list[tuple[str, Path]]:
    out = []
    for spec in specs:
        code, sep, file = spec.partition("=")
        if not sep or not file or not is_valid_code(code):
            raise PolicyStudioError(
                f"--translation {spec!r}: write it as LANG=FILE, e.g. ar=policy_ar.txt"
            )
        out.append((code.strip().lower(), Path(file)))
    return out


def run_import(args: argparse.Namespace) -> int:
    result = import_documents(
        args.file, _translations(args.translation), lang=args.lang, title=args.title
    )
    policy, report = result.policy, result.report
    library: list[dict[str, Any]] = []
    with editing(args) as workspace:  # the clauses and the policy, or nothing
        if args.title:
            refuse_duplicate_title(workspace, policy, "choose another --title")
        else:
            report.warnings.extend(make_titles_unique(workspace, policy))
        if args.to_library:
            existing = workspace.clauses()
            imported = clauses_from_sections(
                policy.sections, policy.source_language, existing, anchors=result.anchors
            )
            for item in imported:
                workspace.save_clause(item.clause, note=f"imported from {args.file.name}")
                library.append(
                    {
                        "key": item.clause.key,
                        "title": item.clause.title,
                        "tags": item.clause.tags,
                        "similar": [{"key": k, "score": s} for k, s in item.similar],
                    }
                )
        workspace.save_policy(policy)
        log(
            workspace,
            actor(args),
            "import.document",
            policy,
            str(args.file.name),
            languages=policy.languages,
            sections=len(policy.sections),
            to_library=[item["key"] for item in library],
        )
    if args.json:
        out: dict[str, Any] = {"policy": policy_json(policy), "report": report.to_dict()}
        if args.to_library:
            out["library"] = library
        print_json(out)
        return 0
    lines = [
        f"imported {policy.display_title()!r} as policy {policy.id}: "
        f"{plural(len(policy.sections), 'section')}, "
        f"languages {', '.join(policy.languages)} ({report.layout})",
    ]
    lines += [f"  encoding of {name}: {enc}" for name, enc in report.encoding.items()]
    for number, section in enumerate(policy.sections, 1):
        lines.append(
            f"  {number}. {section.title(policy.source_language) or '(untitled)'}"
            f" — {plural(len(section.blocks), 'block')}"
        )
    for dropped in report.dropped:
        where = f" line {dropped.line}" if dropped.line else ""
        lines.append(f"  dropped{where} ({dropped.reason}): {dropped.text}")
    for part in report.unaligned:
        lines.append(
            f"  only in {part.present} (missing in {part.missing}), section {part.section}: "
            f"{part.text[:70]}"
        )
    for pair in report.check_pairs:
        lines.append(
            f"  check this pair (section {pair.section}, confidence {pair.confidence:.2f}: "
            f"{pair.why}): {pair.source[:60]} ↔ {pair.target[:60]}"
        )
    for changed in report.changed:
        lines.append(f"  changed line {changed.line} ({changed.reason}): {changed.before[:70]}")
    review = report.review
    proposals = dict(review.get("proposals", {}))
    if review.get("notes") or proposals:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(proposals.items()))
        lines.append(
            f"  review: {plural(int(review.get('notes', 0)), 'note')}, "
            f"{plural(sum(proposals.values()), 'proposed change')}"
            + (f" ({kinds})" if kinds else "")
            + " — nobody accepted them: the text is the document without them"
        )
    for change in review.get("formatting", []):
        lines.append(
            f"  formatting change by {change['author'] or 'someone'} (line {change['line']}, "
            f"{change['what']}; not kept): {change['words'][:60]}"
        )
    for code, count in report.words.items():
        lines.append(
            f"  words {code}: {count.words_in} in, {count.words_out} imported, "
            f"{count.dropped} dropped, {count.changed} changed"
        )
    for row in library:
        similar = ", ".join(f"{s['key']} ({s['score']:.0f}%)" for s in row["similar"])
        lines.append(
            f"  library: {row['key']} [{', '.join(row['tags'])}]"
            + (f" — closely matches {similar}" if similar else "")
        )
    print_text("\n".join(lines))
    for warning in report.warnings:
        print(f"policy-studio: warning: {warning}", file=sys.stderr)
    return 0
