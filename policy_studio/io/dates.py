"""Dates as people write them in policies: "02.04.2025", "14 March 2024", "2024-03-14".

Shared by the readers (effective-date lines) and io/build.py (a heading that is a date is not
a numbered heading).
"""

from __future__ import annotations

import datetime
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "janvier", "januari", "يناير", "كانون الثاني"),
            ("february", "feb", "février", "februari", "فبراير"),
            ("march", "mar", "mars", "machi", "مارس"),
            ("april", "apr", "avril", "aprili", "أبريل", "ابريل"),
            ("may", "mai", "mei", "مايو"),
            ("june", "jun", "juin", "juni", "يونيو"),
            ("july", "jul", "juillet", "julai", "يوليو"),
            ("august", "aug", "août", "agosti", "أغسطس"),
            ("september", "sep", "sept", "septembre", "septemba", "سبتمبر"),
            ("october", "oct", "octobre", "oktoba", "أكتوبر"),
            ("november", "nov", "novembre", "novemba", "نوفمبر"),
            ("december", "dec", "décembre", "desemba", "ديسمبر"),
        ],
        start=1,
    )
    for name in names
}
_DIGIT = re.compile(r"\d")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_date(text: str) -> tuple[str, bool] | None:
    """(ISO date, ambiguous?) for a date as people write it; None when it is not one.

    "02.04.2025" could be 2 April or 4 February: day first is what our users' countries
    write, so that is the answer, flagged ambiguous for the report.
    """
    if not _DIGIT.search(text):
        return None  # every date has a day or a year (this runs on every line of an import)
    text = text.translate(_ARABIC_DIGITS).strip().rstrip(".")
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        return (f"{y:04d}-{mo:02d}-{d:02d}", False) if _valid(y, mo, d) else None
    if m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 and _valid(y, b, a):
            return f"{y:04d}-{b:02d}-{a:02d}", False
        if b > 12 and _valid(y, a, b):
            return f"{y:04d}-{a:02d}-{b:02d}", False
        if _valid(y, b, a):
            return f"{y:04d}-{b:02d}-{a:02d}", a != b
        return None
    words = re.findall(r"[^\W\d_]+|\d+", text.lower())
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdecimal()]  # "³" is a digit int() refuses
    years = [n for n in numbers if n >= 1900]
    days = [n for n in numbers if 1 <= n <= 31]
    if month and years and days and _valid(years[0], month, days[0]):
        return f"{years[0]:04d}-{month:02d}-{days[0]:02d}", False
    return None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return True
