"""Which one thing an article is mostly about: its main town, its own voice, the main
opponent of a side. Each is the one counted most, often enough, with no tie at the top."""

from __future__ import annotations

from collections import Counter


def most_named(counts: Counter[str], floor: int = 1) -> str:
    """The key counted most, if at least ``floor`` times and alone ('' on a tie or none)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < floor or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]
