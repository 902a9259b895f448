"""Long dates read from one CLDR file (layout/dates.py) are exactly what Babel writes."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import babel
import pytest
from babel import dates as babel_dates
from babel import localedata

from policy_studio.layout import dates, format_date
from policy_studio.model import KNOWN_LANGUAGES, language

BARE_LOCALES = sorted(code for code in localedata.locale_identifiers() if "_" not in code)
DAYS = [date(2026, month, 1 + (month * 7) % 28) for month in range(1, 13)]
DAYS += [date(2024, 2, 29), date(1999, 12, 31), date(5, 1, 9)]


@pytest.mark.parametrize("code", BARE_LOCALES)
def test_the_long_date_is_babels_in_every_language_babel_has(code: str) -> None:
    # Babel merges a language's file over its parents' (root, or another such as "no" for
    # "nb"): a value the file holds wins, and one it lacks makes long_date() give up.
    for day in DAYS:
        mine = dates.long_date(day, code)
        if mine is not None:
            assert mine == babel_dates.format_date(day, format="long", locale=code)


def test_our_languages_take_the_quick_reading() -> None:
    for code in KNOWN_LANGUAGES:
        for day in DAYS:
            assert dates.long_date(day, code) is not None, code


def test_format_date_is_babels_for_our_languages_and_leaves_other_text_alone() -> None:
    assert format_date("2026-03-07", language("en")) == "March 7, 2026"
    assert format_date("2026-03-07", language("ar")) == "7 مارس 2026"
    assert format_date("2026-03-07", language("fr")) == "7 mars 2026"
    assert format_date("2026-03-07", language("pt")) == "7 de março de 2026"
    assert format_date("7 March", language("en")) == "7 March"


def test_what_one_file_cannot_tell_is_left_to_babel(tmp_path: Path, monkeypatch) -> None:
    day = date(2026, 3, 7)
    # A region: Babel's chain of parents decides.
    assert dates.long_date(day, "en_gb") is None
    assert dates.long_date(day, "EN") is None
    # No file for the code.
    assert dates.long_date(day, "zz") is None
    # A pattern field other than day, month and year (an era).
    data = localedata.load("en", merge_inherited=False)
    era = dict(data, date_formats={"long": babel_dates.parse_pattern("G y MMMM d")})
    assert _read_as(tmp_path, monkeypatch, era, day) is None
    # A month name the file does not hold (inherited from root in Babel).
    months = {"format": {"wide": {1: "January"}}}
    assert _read_as(tmp_path, monkeypatch, dict(data, months=months), day) is None
    # Any class other than Babel's four in the file: refused, nothing of it runs.
    assert _read_as(tmp_path, monkeypatch, dict(data, extra=Path("x")), day) is None
    # And the same file as Babel wrote it reads.
    assert _read_as(tmp_path, monkeypatch, dict(data), day) == "March 7, 2026"


def _read_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: dict, day: date) -> str | None:
    path = tmp_path / "xx.dat"
    path.write_bytes(pickle.dumps(data, protocol=2))
    monkeypatch.setattr(dates, "_locale_file", lambda code: str(path))
    return dates.long_date(day, "xx")


def test_babel_is_not_imported_for_a_date_in_our_languages() -> None:
    # The point of the module: an export writing a date does not load Babel (~20 ms).
    code = (
        "import sys\n"
        "from policy_studio.layout import format_date\n"
        "from policy_studio.model import language\n"
        "print(format_date('2026-03-07', language('ar')))\n"
        "print(sorted(m for m in sys.modules if m == 'babel' or m.startswith('babel.')))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout.splitlines()
    assert out == ["7 مارس 2026", "[]"]
    assert babel.__name__ == "babel"
