"""Who the dead were: a dateline is no victim, a headline's "X killed Y others injured",
counts joined by "and", and children, women and other civilians named as the victims."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import pytest

FIELDS = ("killed", "injured", "civilians", "children", "women")


@lru_cache(maxsize=64)
def figures(text: str) -> dict[str, int | None]:
    """The figures of the first violent event of ``text`` that states any."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[dt.date(2016, 9, 12)])[0]
    assert not result.error, result.error
    violent = [e for e in result.events if e.type in ("ASSAULT", "COERCE")]
    assert violent, f"no violent event in {text!r}"
    stated = [vars_of(e.casualties) for e in violent]
    return next((f for f in stated if any(v is not None for v in f.values())), stated[0])


def vars_of(casualties: Any) -> dict[str, int | None]:
    return {name: getattr(casualties, name) for name in FIELDS}


def check(text: str, expected: dict[str, int | None]) -> None:
    found = figures(text)
    assert {k: found[k] for k in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("14 March 2016 At least 31 people were killed in air strikes on Idlib.", 31),
        ("Published June 3 2016 At least nine people were killed in shelling on Douma.", 9),
        ("Date of publication 5 May 2016 Twelve people were killed when a car bomb exploded in Homs.", 12),
        ("Sun 10 Jul 2016 At least 17 people were killed in barrel bomb attacks on Daraa.", 17),
    ],
)
def test_a_datelines_day_is_no_victim(text: str, killed: int) -> None:
    check(text, {"killed": killed})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four civilians killed 20 others injured in rocket attacks on Homs.",
            {"killed": 4, "civilians": 4},
        ),
        ("Two people killed 9 others injured in mortar fire on Damascus.", {"killed": 2}),
        (
            "Seven children killed 15 more injured in the shelling of Douma.",
            {"killed": 7, "children": 7, "civilians": 7},
        ),
        ("Eleven persons killed 30 injured in a car bomb blast in Jableh.", {"killed": 11, "injured": 30}),
        # a dateline's day before the headline hangs on the dead too
        (
            "21 March 2016 Five civilians killed 14 others injured in mortar attacks on Damascus.",
            {"killed": 5, "civilians": 5},
        ),
    ],
)
def test_a_headlines_killed_and_injured_without_a_comma(
    text: str, expected: dict[str, int]
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling killed four children and two women in Douma.",
            {"killed": 6, "children": 4, "women": 2, "civilians": 6},
        ),
        (
            "Air strikes on the town killed nine children and 14 others.",
            {"killed": 23, "children": 9, "civilians": None},
        ),
        (
            "The raid killed six soldiers and a child near Hama.",
            {"killed": 7, "children": 1, "civilians": None},
        ),
    ],
)
def test_counts_joined_by_and_add_up(text: str, expected: dict[str, int | None]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three children were killed in shelling that hit a schoolyard in Daraa.",
            {"killed": 3, "children": 3, "civilians": 3},
        ),
        ("Mortar fire killed five worshippers outside a mosque in Aleppo.", {"killed": 5, "civilians": 5}),
        ("An air strike killed three medics at a field clinic in Idlib.", {"killed": 3, "civilians": 3}),
        ("The bombing killed 11 passengers on a bus in Homs.", {"killed": 11, "civilians": 11}),
        # people are not said to be civilians, nor fighters
        ("Air strikes killed 40 people in Ariha.", {"killed": 40, "civilians": None}),
        ("At least 26 rebels were killed overnight fighting government troops.", {"killed": 26, "civilians": None}),
    ],
)
def test_victims_named_as_civilians(text: str, expected: dict[str, int | None]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine children were among at least 46 people killed overnight in a hamlet outside Aleppo, a monitor said.",
            {"killed": 46, "children": 9, "civilians": None},
        ),
        (
            "Seven civilians including one child were among at least 25 people killed by weekend air raids on Raqqa.",
            {"killed": 25, "civilians": 7, "children": 1},
        ),
        (
            "Four women were among 19 people killed when shells hit a market in Douma.",
            {"killed": 19, "women": 4},
        ),
    ],
)
def test_who_was_among_the_dead(text: str, expected: dict[str, int | None]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air strikes killed 40 people in Saraqeb, including 12 civilians.", {"killed": 40, "civilians": 12}),
        # medics are civilians, but two of 31 dead is not the civilian count
        ("Shelling of the town killed 31 people including two medics.", {"killed": 31, "civilians": None}),
        ("The blast killed 14 people, among them three volunteers.", {"killed": 14, "civilians": None}),
    ],
)
def test_civilians_named_among_the_dead(text: str, expected: dict[str, int | None]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll from the bombing of a bus convoy near Aleppo reached at least 112 people.", 112),
        ("The toll from Tuesday's car bomb in Homs rose to 57 people, a monitor said.", 57),
        ("The death toll from the air raid on the market in Maarat al-Numan climbed to 33.", 33),
    ],
)
def test_a_toll_counted_in_people(text: str, killed: int) -> None:
    check(text, {"killed": killed})


def test_a_number_after_the_victims_is_not_their_count() -> None:
    # a headline run into a byline and a clock time: the count is the number before the dead
    text = "Jihadists Shell Homs With Mortars Kill 4 Civilians - Reports Agency Staff Middle East 1432 09.06.2017."
    assert figures(text)["killed"] == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government shelling of the Houla plain led to the death of four civilians including three women.",
            {"killed": 4, "civilians": 4, "women": 3},
        ),
        ("The rocket attack on the market led to the killing of one person.", {"killed": 1}),
        ("Shelling caused the deaths of 12 people in Douma on Tuesday.", {"killed": 12}),
        ("The car bomb resulted in the deaths of three children near the school.", {"killed": 3, "children": 3}),
    ],
)
def test_deaths_counted_by_a_noun(text: str, expected: dict[str, int | None]) -> None:
    check(text, expected)


def test_the_deaths_a_war_has_caused_are_no_events_toll() -> None:
    from frontwatch.pipeline import process_texts

    text = "The war has caused the deaths of more than 300,000 people since 2011, a monitor says."
    result = process_texts([text], dates=[dt.date(2016, 9, 12)])[0]
    assert all(e.casualties.killed is None for e in result.events)
    assert [s.killed for s in result.statistics] == [300000]
