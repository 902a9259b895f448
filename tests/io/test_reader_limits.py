"""Time and memory within the limits (issue 18 item 11), asserted as work done, not as time.

Timings on a shared machine are noise; what makes an import slow is work that grows faster
than the input. These tests count the characters the language detector scans: a paragraph's
language is decided on a bounded sample, so a 4 MB paragraph costs what a 4 KB one costs.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from policy_studio.io import langdetect
from policy_studio.io.intermediate import Line, Role


class _Counting:
    """A compiled pattern that adds the length of every string it scans to ``scanned``."""

    def __init__(self, pattern: re.Pattern[str], scanned: list[int]) -> None:
        self._pattern = pattern
        self._scanned = scanned

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self._scanned.append(len([a for a in args if isinstance(a, str)][-1]))
            return method(*args, **kwargs)

        return counted


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counts: list[int] = []
    for name in dir(langdetect):
        value = getattr(langdetect, name)
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(langdetect, name, _Counting(value, counts))
    return counts


PARAGRAPHS = {
    "en": "We keep your records safe and we share them with the clinic only when you agree. ",
    "fr": "Nous gardons vos données dans nos dossiers et nous les partageons avec vous. ",
    "sw": "Tunahifadhi taarifa zako binafsi na kuzitumia kwa huduma zetu kama ulivyokubali. ",
    "ar": "نحتفظ بسجلاتك بأمان ولا نشاركها إلا بموافقتك على ذلك في كل الأحوال. ",
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_long_paragraph_is_judged_on_a_bounded_sample(scanned, lang):
    work = []
    for repeat in (50, 50_000):  # about 4 KB and 4 MB
        scanned.clear()
        lines = [
            Line(Role.HEADING, "Records", 1),
            Line(Role.PARAGRAPH, PARAGRAPHS[lang] * repeat),
        ]
        main = langdetect.detect_languages(lines)
        assert lines[1].lang == lang
        assert main == lang
        work.append(sum(scanned))
    # The same work for a paragraph a thousand times longer: a bounded sample, not the text.
    assert work[1] <= work[0] * 1.5
    assert work[1] < 20 * langdetect.SAMPLE_CHARS


def test_the_sample_is_deterministic_and_cut_at_words():
    text = " ".join(f"word{n}" for n in range(400_000))
    sample = langdetect.sample(text)
    assert sample == langdetect.sample(text)
    assert len(sample) <= langdetect.SAMPLE_CHARS + langdetect.SAMPLE_WINDOWS
    # Every piece of the sample is a whole word of the text.
    assert all(re.fullmatch(r"word\d+", word) for word in sample.split())
    assert sample.startswith("word0 ") and sample.endswith(" word399999")
