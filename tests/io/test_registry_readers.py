"""The typed reader rows of the format table (io/registry.py): one row per format, each
reader taking a path and an optional language and returning a policy with its report."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from policy_studio.io import registry
from policy_studio.model import Policy

FIXTURES = Path(__file__).parent / "fixtures"


def test_one_row_per_reader_format() -> None:
    names = [entry.name for entry in registry.READERS]
    assert len(names) == len(set(names))
    suffixes = [s for entry in registry.READERS for s in entry.suffixes]
    assert len(suffixes) == len(set(suffixes)), "a suffix must name one reader"


@pytest.mark.parametrize("entry", registry.READERS, ids=lambda e: e.name)
def test_every_reader_takes_a_path_and_an_optional_language(
    entry: registry.FormatEntry,
) -> None:
    params = inspect.signature(entry.reader()).parameters
    first, *rest = params.values()
    assert first.kind in (first.POSITIONAL_ONLY, first.POSITIONAL_OR_KEYWORD)
    assert "lang" in params and params["lang"].default is None
    assert all(p.default is not p.empty for p in rest), "no other required argument"


@pytest.mark.parametrize(
    "name, lang",
    [
        ("clinic_en.md", "en"),
        ("clinic_en.txt", None),
        ("clinic_bilingual.html", None),
        ("rights_en_ar.xlf", "ar"),
    ],
)
def test_every_reader_returns_the_policy_and_a_report(name: str, lang: str | None) -> None:
    path = FIXTURES / name
    result = registry.reader_for_path(path).reader()(path, lang=lang)
    assert isinstance(result.policy, Policy)
    assert result.policy.sections, f"{name}: nothing read"
    assert result.report is not None


def test_reader_by_name_and_unknown_name() -> None:
    assert registry.reader("markdown") is registry.reader_for_path(Path("x.md")).reader()
    with pytest.raises(registry.UnknownFormatError, match="no reader for format 'pdf'"):
        registry.reader("pdf")


def test_xliff_has_no_import_preview_and_says_so(tmp_path: Path) -> None:
    with pytest.raises(registry.UnknownFormatError, match="rights_en_ar.xlf: .*no import preview"):
        registry.parser_for_path(FIXTURES / "rights_en_ar.xlf")
