"""A war's running toll is a statistic about a period, not an event on the day it is
reported; a strike's toll over a few days in a named town, or by a named side, is an event.
Phrasings written for this test in wire style."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def _killed(text: str) -> list[int | None]:
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    return [e.casualties.killed for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 340,000 people have been killed across the country since the uprising began in March 2011.",
        "The war, which has killed more than 290,000 people, entered its sixth year.",
        "Daesh grew out of a many-sided war that has killed more than 290,000 people.",
        "Over 300,000 people have been killed and millions driven from their homes.",
        "Around 400,000 people have died so far in the Syrian conflict.",
    ],
)
def test_a_wars_running_toll_is_no_event(text):
    assert _killed(text) == [], _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Government airstrikes have killed at least 12 people in Douma since Monday, activists said.",
            12,
        ),
        ("Russian strikes have killed 30 people in Syria since Sunday.", 30),
        ("At least 20 civilians have been killed in airstrikes on Idlib today.", 20),
        ("A car bomb killed 45 people in Azaz on Sunday.", 45),
    ],
)
def test_a_tolled_attack_by_a_side_or_in_a_town_stays_an_event(text, killed):
    assert killed in _killed(text), _killed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Over 400,000 people have died and millions fled since the war began with protests against President Bashar al-Assad.",
        "The UN says the conflict has killed more than 250,000 people and wounded over a million.",
        "The U.N. says 200,000 people have been killed since 2011 in a civil war which pits rebels against President Bashar al-Assad.",
    ],
)
def test_who_began_the_war_or_whom_it_pits_is_no_side_of_its_toll(text):
    assert all(k is None or k < 10000 for k in _killed(text)), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("13 Oct 2016 At least 19 people were killed in a car bombing at a checkpoint.", 19),
        (
            "Published August 14 2016 Eighty-three civilians were killed Sunday by airstrikes.",
            83,
        ),
        ("Nov 2014 Syrian regime aircraft killed at least 12 people in a displacement camp.", 12),
    ],
)
def test_a_datelines_day_or_year_is_never_a_count(text, killed):
    assert _killed(text) == [killed], _killed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish forces launched an operation to secure the border town from IS attacks. The conflict has killed more than 290,000 people.",
        "The regime has been fighting an armed uprising in a conflict that has killed 100,000 people.",
        "Government shelling hit Douma, in a war that has killed more than 220,000 people.",
    ],
)
def test_a_running_toll_lends_its_figure_to_no_event(text):
    assert all(k is None or k < 10000 for k in _killed(text)), _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("More than 90,000 people have reportedly been killed in the country's conflict, which pits rebels against the army.", 90000),
        ("The commander claimed that at least 4,000 jihadists have been killed on this front.", 4000),
        ("Some 2,000 Kurdish fighters have died on the southern front, a spokesman said.", 2000),
        ("At least 500 soldiers have been killed in the war against the insurgents, the ministry said.", 500),
    ],
)
def test_a_perfect_counted_over_a_war_or_front_is_its_running_toll(text, killed):
    """Whoever the dead are, a sum "in the conflict" or "on this front" is no one day's act."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert [e.casualties.killed for e in result.events if e.casualties.killed] == []
    assert [s.killed for s in result.statistics] == [killed]
