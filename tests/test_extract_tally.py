"""The one counted most, often enough and alone: the rule the main town, the article's
voice and a side's main opponent share (extract/tally.py)."""

from __future__ import annotations

from collections import Counter

from frontwatch.extract.tally import most_named


def test_the_one_counted_most_at_the_floor_or_above() -> None:
    assert most_named(Counter({"Aleppo": 3, "Idlib": 1}), floor=3) == "Aleppo"
    assert most_named(Counter({"Aleppo": 2, "Idlib": 1}), floor=3) == ""
    assert most_named(Counter({"ISIS": 1})) == "ISIS"


def test_a_tie_at_the_top_or_nothing_counted_names_none() -> None:
    assert most_named(Counter({"Aleppo": 4, "Idlib": 4, "Hama": 1}), floor=2) == ""
    assert most_named(Counter()) == ""
