"""Guards found by the review of h-numbers16 (our own sentences): only the victims' own
count makes a war-sized statistic; an act's own "which killed N" clause keeps its toll; a
bare "before" or "earlier on Tuesday" dates no earlier act; "also killed" in another town is
not added to the first."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

DAY = dt.date(2016, 6, 1)


def _killed(text: str) -> list[int | None]:
    return [e.casualties.killed for e in extract(text, DAY).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Islamic State militants have killed 30 people in Raqqa, a city of 200,000.", 30),
        ("Boko Haram fighters have killed 40 villagers in Borno, where 15,000 people have fled.", 40),
        ("A car bomb exploded in a Baghdad market, which killed 20 people last night.", 20),
        ("Troops stormed the village, where 12 militants were killed before the army withdrew.", 12),
        ("Rebels stormed the army base, where 12 soldiers were killed earlier on Tuesday.", 12),
    ],
)
def test_an_acts_own_toll_stays_on_it(text: str, killed: int) -> None:
    assert killed in _killed(text), _killed(text)


def test_another_towns_dead_are_not_added() -> None:
    found = _killed("Five people were killed in Homs, and 20 were also killed in Aleppo by government shelling.")
    assert 25 not in found, found


def test_a_war_sized_count_of_the_dead_is_still_no_acts_toll() -> None:
    assert 60000 not in _killed("UN officials put the number who have died in the Syrian war at 60,000.")
