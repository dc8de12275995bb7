"""An act noun of a kind summed up as a whole, as a preposition's object ("has taken part in
almost every big battle", "fought in all the offensives"), is no one act
(extract/repeated.py); as the object or subject of a deed ("repelled all attacks on T",
"every attack on the base was repulsed") it tells the acts met. Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import types_found


@pytest.mark.parametrize(
    "text",
    [
        "Since its founding in 2015 the brigade has taken part in almost every big battle against the jihadists.",
        "Shiite volunteers fought in all the offensives against Islamic State in Anbar.",
        "The tribesmen were at every assault on the refinery, their sheikh said.",
        "Its commanders have led the brigade in every battle for the city since 2013.",
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
        # all or every on the acts a side met: those acts were made
        "Iraqi forces repelled all attacks on the Baiji refinery on Sunday.",
        "Every attack on the base was repulsed by Iraqi troops, the ministry said.",
        "Kurdish fighters beat back all the assaults on Kobani overnight.",
        "All raids on the checkpoint were repelled on Tuesday, the army said.",
        "The army said it repulsed every attack on the airport on Monday.",
    ],
)
def test_an_act_on_every_target_or_every_act_met_is_still_an_act(text: str) -> None:
    assert "ASSAULT" in types_found(text), types_found(text)
