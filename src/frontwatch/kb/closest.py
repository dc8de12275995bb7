"""The closest key by edit ratio, scanning only the keys long enough to reach the cutoff.

``fuzz.ratio`` is ``100 * (1 - indel / (len(a) + len(b)))`` and the indel distance is
at least the difference in length, so no key outside a band of lengths around the
query's can score ``cutoff``. The band's keys are scanned in their original order,
which keeps rapidfuzz's choice among equal scores: the answer is the full scan's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

_SLACK = 1e-6  # keep a key whose bound equals the cutoff up to float rounding


class RatioIndex:
    """Keys grouped by length, each group in the order the keys were given."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._keys = list(keys)
        positions: dict[int, list[int]] = defaultdict(list)
        for position, key in enumerate(self._keys):
            positions[len(key)].append(position)
        self._positions = dict(positions)
        self._bands: dict[tuple[int, float], list[str]] = {}

    def closest(self, query: str, cutoff: float) -> tuple[str, float] | None:
        """``process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)``'s
        key and score, or None."""
        found = process.extractOne(
            query, self._band(len(query), cutoff), scorer=fuzz.ratio, score_cutoff=cutoff
        )
        return None if found is None else (found[0], found[1])

    def _band(self, length: int, cutoff: float) -> list[str]:
        """The keys that can reach ``cutoff`` with a query of this length, in given order."""
        band = self._bands.get((length, cutoff))
        if band is None:
            positions = sorted(
                position
                for key_length, group in self._positions.items()
                if _reachable(length, key_length, cutoff)
                for position in group
            )
            band = self._bands[(length, cutoff)] = [self._keys[p] for p in positions]
        return band


def _reachable(query_length: int, key_length: int, cutoff: float) -> bool:
    """Whether a key of this length can have a ratio of ``cutoff`` with the query."""
    total = query_length + key_length
    return total > 0 and 200.0 * min(query_length, key_length) / total >= cutoff - _SLACK
