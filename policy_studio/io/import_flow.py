"""Reading a policy users already have, with optional translations in other files.

Shared by `policy-studio import` and File > Import document… in the app: a file is read by the
reader its suffix names (or taken as corrected in the import preview), and each translation
file is read and aligned into it. Nothing here touches a workspace.
"""

from __future__ import annotations

from pathlib import Path

from ..model import PolicyStudioError
from ..model.language import is_valid_code
from ..text.clean import clean_policy
from . import registry
from .align import add_translation
from .result import ImportReport, ReadResult, recount_words_out


def read_any(path: Path, lang: str | None = None) -> ReadResult:
    """Read ``path`` with the reader its suffix names."""
    entry = registry.reader_for_path(path)
    result = entry.reader()(path, lang=lang)
    if isinstance(result, ReadResult):
        return result
    return _as_read_result(result, path)


def _as_read_result(result: registry.ReadOutcome, path: Path) -> ReadResult:
    """A reader with its own report type (XLIFF) as an ordinary import result.

    `import FILE.xlf` builds a new policy from the file's source and target text; its report
    carries the languages and warnings (the XLIFF report has no layout or encoding to show).
    """
    policy = result.policy
    found = getattr(result, "report", None)
    report = ImportReport(
        encoding={path.name: "xliff"},
        languages=list(policy.languages),
        layout="bilingual" if len(policy.languages) > 1 else "single",
        warnings=list(getattr(found, "warnings", [])),
    )
    return ReadResult(policy, report)


def add_translations(
    result: ReadResult, translations: list[tuple[str, Path]], main: str = "the document"
) -> ReadResult:
    """Read each (language, file) and align it into ``result`` (read from ``main``)."""
    for code, file in translations:
        if len(result.policy.languages) > 1 and code in result.policy.languages:
            raise PolicyStudioError(
                f"{file}: {main} already holds {code}; give one translation per language"
            )
        other = read_any(file, code)
        try:
            add_translation(result, other, code, str(file))
        except ValueError as exc:
            raise PolicyStudioError(str(exc)) from None
        result.report.warnings.extend(recount_words_out(result.report, result.policy, str(file)))
    return result


def import_documents(
    path: Path, translations: list[tuple[str, Path]], *, lang: str | None, title: str | None
) -> ReadResult:
    """Read ``path`` and its translations into one (possibly bilingual) policy."""
    if lang is not None and not is_valid_code(lang):
        raise PolicyStudioError(f"--lang {lang!r}: expected a language code such as en, sw or fr")
    result = add_translations(read_any(path, lang), translations, str(path))
    if title:
        result.policy.title[result.policy.source_language] = title
    result.report.warnings.extend(clean_policy(result.policy))
    return result
