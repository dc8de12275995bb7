"""People of no party among whom only civilians, women or children are named ("killing 12
people, including women and children") are civilians: an act with no other target was done
to them (extract/victims.py ``civilians_killed_are_target``). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import of_type

PUBLISHED = dt.date(2019, 8, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets bombed a bakery in Kafranbel, killing 11 people, including women and children.",
        "The militia shelled the displacement camp, killing 30 people, including a child.",
        "Government artillery pounded the souk, killing nine people, including four women.",
        "Shelling hit the camp on Tuesday, killing dozens, including children.",
    ],
)
def test_people_among_whom_only_civilians_are_named_are_the_target(text: str) -> None:
    found = of_type(text, "ASSAULT", PUBLISHED)
    assert any(e.target_actor == "GEN_CIVILIANS" for e in found), [
        (e.trigger, e.source_actor, e.target_actor) for e in found
    ]


def test_people_among_whom_soldiers_are_named_are_not_all_civilians() -> None:
    text = "Militants ambushed the convoy, killing 15 people, including six soldiers and two children."
    found = of_type(text, "ASSAULT", PUBLISHED)
    assert found and all(e.target_actor != "GEN_CIVILIANS" for e in found), found
