"""The direction words are one data list, checked when read."""

from __future__ import annotations

from frontwatch.kb.places.directions import check_directions, direction_words

_HEADER = {"source": "test", "licence": "CC0-1.0", "gaps": "none"}


def test_the_shipped_list_holds_the_compass_points_and_their_adjectives() -> None:
    assert {"north", "south", "east", "west", "northern", "south-western"} <= direction_words()
    assert check_directions({**_HEADER, "direction_words": sorted(direction_words())}) == []


def test_every_problem_of_a_bad_list_is_named_at_once() -> None:
    problems = check_directions({"source": "test", "direction_words": ["North", "east", "east", 3]})
    assert "directions.yaml: licence: header field missing" in problems
    assert "directions.yaml: direction_words: 'North' is not a lower-case word" in problems
    assert "directions.yaml: direction_words: 3 is not a lower-case word" in problems
    assert "directions.yaml: direction_words: 'east' listed twice" in problems


def test_a_missing_or_empty_list_is_an_error() -> None:
    assert check_directions({**_HEADER, "direction_words": []})[-1].endswith("is required")
    assert check_directions({**_HEADER})[-1].endswith("is required")
    assert check_directions(["north"]) == ["directions.yaml: not a mapping"]
