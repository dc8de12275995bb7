"""A force sent to fight an enemy, told with a fighting verb whose particle makes it one ("to
take on Y", "to root out Y"; relations.yaml ``against_phrasal_verbs``) or counted ("sent
thousands of fighters to ..."): the sender fights Y as surely as the sending happened
(extract/sentforces.py). A particle of no fight ("take apart" a thing, "take on" no side)
gives none. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "sender", "enemy"),
    [
        ("Hezbollah sent thousands of fighters across the border to take on the rebels at Qusayr.", "HEZBOLLAH", "GEN_REBELS"),
        ("Hezbollah sent its fighters to take on the rebels near Homs.", "HEZBOLLAH", "GEN_REBELS"),
        ("Iran dispatched the Fatemiyoun to Syria to take on the Islamic State.", "IRN", "ISIS"),
        ("Turkey sent troops to root out the PKK in northern Iraq.", "TUR", "PKK"),
    ],
)
def test_a_force_sent_to_take_on_a_side_makes_its_sender_fight_it(
    text: str, sender: str, enemy: str, relations_found: Any
) -> None:
    assert ("fights", sender, enemy, "asserted") in relations_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The army sent a delegation to take on talks with the rebels.",
        "Russia sent engineers to take apart the rebels' tunnels.",
    ],
)
def test_no_fight_without_a_side_taken_on(text: str, relations_found: Any) -> None:
    assert not {r for r in relations_found(text, PUBLISHED) if r[0] == "fights" and r[3] == "asserted"}
