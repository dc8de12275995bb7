"""An act noun of a kind summed up as a whole ("has fought in nearly every major battle",
"took part in all the offensives") is no one act (extract/repeated.py). Sentences are our
own."""

from __future__ import annotations

import pytest
from extracted import types_found


@pytest.mark.parametrize(
    "text",
    [
        "The militia was founded in 2014 and has fought in nearly every major battle against the Islamic State.",
        "Kurdish units took part in all the offensives against the jihadists.",
        "Veterans of the brigade say it has joined every assault on the city since the war began.",
        "The tribal fighters have been present at every attack on the oil fields.",
    ],
)
def test_every_act_of_a_kind_is_no_one_act(text: str) -> None:
    assert "ASSAULT" not in types_found(text), types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked every checkpoint on the road to Hama on Monday.",
        "The militia fought in the battle for the airport last week.",
    ],
)
def test_an_act_on_every_target_is_still_an_act(text: str) -> None:
    assert "ASSAULT" in types_found(text), types_found(text)
