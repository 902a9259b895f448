"""Finding the best fuzzy match among many segments without comparing against all of them.

``rapidfuzz`` compares two long segments in microseconds, but a policy of 3,500 segments against
a memory of 20,000 is 70 million comparisons. Two segments similar enough to be a useful match
(75 % and up) share word trigrams; segments that merely use the same vocabulary rarely do.
So an inverted index of word trigrams picks the few candidates worth scoring, and rapidfuzz
scores only those. Short segments (fewer than ``SHORT_WORDS`` words) are scored against every
key of a compatible length instead, which rapidfuzz's length cut-off makes cheap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

SHORT_WORDS = 6
CANDIDATES = 24
"""Keys scored per query: those sharing the most trigrams with it."""
COMMON_GRAM = 5000
"""A trigram in more keys than this ("your personal data") tells no candidates apart."""


def _grams(key: str) -> set[int]:
    words = key.split()
    return {hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)}


class FuzzyIndex:
    """Keys (already normalised) indexed for ``best`` and ``exact`` look-ups."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = list(keys)
        self._exact: dict[str, list[int]] = {}
        self._postings: dict[int, list[int]] = {}
        self._short: list[int] = []
        for i, key in enumerate(self.keys):
            self._exact.setdefault(key, []).append(i)
            if len(key.split()) < SHORT_WORDS + 2:
                self._short.append(i)
            for gram in _grams(key):
                self._postings.setdefault(gram, []).append(i)
        self._short_keys = [self.keys[i] for i in self._short]

    def exact(self, key: str) -> list[int]:
        return self._exact.get(key, [])

    def best(self, key: str, min_score: float, limit: int = 3) -> list[tuple[int, float]]:
        """Up to ``limit`` (index, score) pairs scoring at least ``min_score``, best first."""
        if len(key.split()) < SHORT_WORDS:
            found = process.extract(
                key, self._short_keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=limit
            )
            return [(self._short[i], float(score)) for _, score, i in found]
        counts: Counter[int] = Counter()
        for gram in _grams(key):
            posting = self._postings.get(gram)
            if posting is not None and len(posting) <= COMMON_GRAM:
                counts.update(posting)
        scored: list[tuple[int, float]] = []
        for i, _ in counts.most_common(CANDIDATES):
            score = fuzz.ratio(key, self.keys[i], score_cutoff=min_score)
            if score:
                scored.append((i, float(score)))
        scored.sort(key=lambda pair: -pair[1])
        return scored[:limit]
