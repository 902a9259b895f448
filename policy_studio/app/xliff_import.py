"""Bringing a translator's XLIFF back into a policy: read, check it fits, plan one undo step.

Shared by `policy-studio import-xliff` and File > Import translation (XLIFF)… in the app, so
both refuse the same files with the same messages and report the same outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..io import registry
from ..model import Policy, PolicyStudioError
from ..ops.base import Changes, Edit
from ..ops.translation import SegmentUpdate, TranslationImport, import_translations
from ..text.clean import clean_text, warnings_for


@dataclass(slots=True)
class XliffImport:
    """The planned import: already applied to the policy when ``edit`` is not None."""

    lang: str
    changes: Changes
    edit: Edit | None
    outcome: TranslationImport
    warnings: list[str] = field(default_factory=list)


def import_xliff(policy: Policy, path: Path, lang: str | None = None) -> XliffImport:
    """Apply the segments of ``path`` that match blocks of ``policy`` (one Edit, or none).

    Raises PolicyStudioError, with the policy untouched, when the file is unreadable, hostile,
    for another language pair, or matches no segment at all.
    """
    path = Path(path)
    result = registry.reader_for_path(path).reader()(path)
    report = result.report
    lang = lang or report.target_lang
    if not lang:
        raise PolicyStudioError(f"{path}: the file names no target-language; give --lang")
    if lang not in policy.target_languages:
        raise PolicyStudioError(
            f"{path}: target language {lang!r} is not one of {policy.display_title()!r}'s "
            f"({', '.join(policy.target_languages) or 'none'})"
        )
    if report.source_lang and report.source_lang != policy.source_language:
        raise PolicyStudioError(
            f"{path}: the file translates from {report.source_lang!r}, the policy is written "
            f"in {policy.source_language!r}"
        )
    cleaned_units = [u.id for u in result.units if u.target and clean_text(u.target) != u.target]
    updates = [
        SegmentUpdate(u.id, u.source, clean_text(u.target) if u.target else u.target, u.status)
        for u in result.units
    ]
    matched_ids = {b.id for _, b in policy.iter_blocks()}
    if updates and not any(u.block_id in matched_ids for u in updates):
        raise PolicyStudioError(
            f"{path}: no unit matches a segment of {policy.display_title()!r} "
            f"(was it exported from another policy?); nothing was changed"
        )
    changes, edit, outcome = import_translations(policy, lang, updates)
    warnings = list(report.warnings)
    if cleaned_units:
        warnings.extend(warnings_for(f"unit {unit}" for unit in cleaned_units))
    if report.original and report.original != policy.id:
        warnings.append(f"the file was exported from policy {report.original}, not {policy.id}")
    return XliffImport(lang, changes, edit, outcome, warnings)
