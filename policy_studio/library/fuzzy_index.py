"""Finding the best fuzzy match among many segments without comparing against all of them.

``rapidfuzz`` compares two long segments in microseconds, but a policy of 3,500 segments against
a memory of 20,000 is 70 million comparisons. Two segments similar enough to be a useful match
(75 % and up) share word trigrams; segments that merely use the same vocabulary rarely do.
So an inverted index of word trigrams picks the few candidates worth scoring, and rapidfuzz
scores only those. Short segments (fewer than ``SHORT_WORDS`` words) are scored against every
key of a compatible length instead, which rapidfuzz's length cut-off makes cheap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz, process

SHORT_WORDS = 6
CANDIDATES = 8
"""Keys scored per query: those sharing the most trigrams with it."""
COMMON_GRAM = 5000
"""A trigram in more keys than this ("your personal data") tells no candidates apart."""


SAMPLE = 4
"""Only trigrams whose hash is a multiple of SAMPLE are indexed (and looked up): the same
sample for keys and queries, so two near-identical segments still share about a quarter of
their trigrams, at a quarter of the index's size and building time. Words are numbered first
(a vocabulary of the keys) and trigrams hashed as tuples of ints, whose hash Python does not
randomise per process: the same memory always gives the same matches."""


def _trigrams(ids: list[int]) -> list[int]:
    return [h for h in map(hash, zip(ids, ids[1:], ids[2:], strict=False)) if not h % SAMPLE]


class FuzzyIndex:
    """Keys (already normalised) indexed for ``best`` and ``exact`` look-ups."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = list(keys)
        self._exact: dict[str, list[int]] = {}
        postings: defaultdict[int, list[int]] = defaultdict(list)
        self._short: list[int] = []
        short = SHORT_WORDS + 2
        vocabulary = {w: n for n, w in enumerate(dict.fromkeys(" ".join(self.keys).split()))}
        self._vocabulary = vocabulary
        number = vocabulary.__getitem__
        for i, key in enumerate(self.keys):
            self._exact.setdefault(key, []).append(i)
            words = key.split()
            if len(words) < short:
                self._short.append(i)
            ids = list(map(number, words))
            # _trigrams inlined: this loop runs once per memory entry (20,000 in the benchmark).
            for h in map(hash, zip(ids, ids[1:], ids[2:], strict=False)):
                if not h % SAMPLE:
                    postings[h].append(i)
        self._postings = postings
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
        get = self._vocabulary.get
        grams = set(_trigrams([get(w, -1) for w in key.split()]))
        if not grams:  # a long key whose trigrams all fell outside the sample
            return self._scan(key, min_score, limit)
        for gram in grams:
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

    def _scan(self, key: str, min_score: float, limit: int) -> list[tuple[int, float]]:
        found = process.extract(
            key, self.keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=limit
        )
        return [(i, float(score)) for _, score, i in found]
