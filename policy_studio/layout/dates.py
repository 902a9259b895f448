"""A date in a language's long CLDR format, read from Babel's data for that language alone.

``babel.dates.format_date(day, "long", locale)`` is the reference, and the fallback for
anything this module does not read itself. It costs ~20 ms of CPU in every export that writes a
date: importing ``babel.dates`` (with ``babel.core``, ``babel.numbers``, ``zoneinfo``), then
building the whole merged locale (the language's file, the root locale's and Babel's global
data, ~1,600 nested dictionaries copied) to look up one pattern and twelve month names.

Here only the language's own data file is read (Babel ships CLDR as one pickle per locale;
Babel merges it over its parents' files, so a value the file holds is the one Babel uses),
through an unpickler that builds nothing but plain values: Babel's four classes in those files
become inert records, and any other class is refused. Two values are taken from it, the long
date pattern (``date_formats["long"]``, as Babel compiled it) and the format-context wide month
names, and the pattern's fields are filled as Babel's ``DateTimeFormat`` fills them. Anything
else — a code with a region or script, a locale Babel has no file for, a pattern field other
than day, month and year, a month name the language inherits, a value that is an alias, a
file Babel no longer writes this way — returns None, and the caller asks Babel.

The result is the same text Babel writes: tests/layout/test_dates.py compares it with
``babel.dates.format_date`` for every month in every language Babel has a file for
(docs/export.md, "HTML speed").
"""

from __future__ import annotations

import os
import pickle
from datetime import date
from typing import Any

_BABEL_CLASSES = {
    ("babel.dates", "DateTimePattern"),
    ("babel.numbers", "NumberPattern"),
    ("babel.plural", "PluralRule"),
    ("babel.localedata", "Alias"),
}
"""The classes Babel's locale files hold (CLDR compiled by Babel's import script)."""


class _Record:
    """One of Babel's objects, unpickled as its state only (no Babel code runs)."""

    state: Any = None

    def __setstate__(self, state: Any) -> None:
        self.state = state


class _PlainUnpickler(pickle.Unpickler):
    """Reads a Babel locale file: Babel's classes as ``_Record``s, every other class refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _BABEL_CLASSES:
            return _Record
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in Babel's locale data")


def _locale_file(code: str) -> str | None:
    """The path of Babel's data file for the bare language ``code``, without importing Babel
    (its package is found, not run); None when Babel or the file is not there."""
    if not (code.isascii() and code.isalpha() and code.islower()):
        # Babel normalises a tag with a region or script before it looks for a file; a bare
        # lower-case code is its file's name (every code model.language gives).
        return None
    from importlib.util import find_spec

    try:
        spec = find_spec("babel")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = os.path.join(folder, "locale-data", f"{code}.dat")
        if os.path.isfile(path):
            return path
    return None


def long_date(day: date, code: str) -> str | None:
    """``day`` in the long date format of language ``code`` as Babel writes it, or None when
    only Babel itself can tell (see the module notes)."""
    path = _locale_file(code)
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            data = _PlainUnpickler(file).load()
        pattern = data["date_formats"]["long"]
        month = data["months"]["format"]["wide"][day.month]
        if not isinstance(pattern, _Record) or not isinstance(month, str):
            return None
        template = pattern.state["format"]
        if not isinstance(template, str):
            return None
        # The fields Babel's DateTimeFormat fills for these letters (d, M, y); any other field
        # in the pattern is a KeyError: Babel formats it.
        fields = {
            "d": str(day.day),
            "dd": f"{day.day:02d}",
            "M": str(day.month),
            "MM": f"{day.month:02d}",
            "MMMM": month,
            "y": str(day.year),
            "yyyy": f"{day.year:04d}",
        }
        return str(template % fields)
    except (
        OSError,
        EOFError,
        pickle.UnpicklingError,
        LookupError,
        TypeError,
        ValueError,
        AttributeError,
    ):
        return None
