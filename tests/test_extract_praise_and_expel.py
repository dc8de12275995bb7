"""Praise is support of a party: "praised the army" is SUPPORT towards it, but praise of a
thing with no party in it ("hailed the gains", "hailed it as proof") or a greeting with no
party ("welcome to the briefing") is a statement, no event. "Expelled the ambassador"
sanctions; "expelled the militants from the town" drives an armed side out by force (an
ASSAULT). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extracted import extract


def _events(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, target) of every event the pipeline stores from the text."""
    return [(e.type, e.trigger.lower(), e.target_actor) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister praised the army for its courage in the battle for the city.", "praised"),
        ("The prime minister congratulated the Kurdish forces on their victory in the north.", "congratulated"),
        ("The Kurdish forces were praised by the coalition for their role in the battle.", "praised"),
        # a passive conjunct sharing the party of the first verb
        ("State media said the soldiers entered the town and were welcomed by cheering residents.", "welcomed"),
    ],
)
def test_praise_of_a_party_is_support(text: str, trigger: str) -> None:
    found = [(kind, target) for kind, trig, target in _events(text) if trig == trigger]
    assert len(found) == 1 and found[0][0] == "SUPPORT" and found[0][1], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents hailed the gains as proof of their strength.",
        "The president hailed it as a major victory for the nation.",
        "I want to welcome you all to this morning's briefing.",
        "A crowd of worshippers applauded on Friday as the cleric spoke.",
    ],
)
def test_praise_of_no_party_is_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "SUPPORT"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops expelled the jihadists from the village on Saturday, a police official said.",
        "Kurdish fighters expelled Islamic State from the northern border town after two days of fighting.",
        "Iraqi forces finally expelled the militants from the refinery late on Wednesday.",
    ],
)
def test_an_armed_side_expelled_is_driven_out(text: str) -> None:
    kinds = [kind for kind, trig, _ in _events(text) if trig == "expelled"]
    assert kinds == ["ASSAULT"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry expelled the Turkish ambassador on Monday.",
        "Moscow expelled twenty British diplomats in response to the sanctions.",
    ],
)
def test_an_envoy_expelled_is_a_sanction(text: str) -> None:
    kinds = [kind for kind, trig, _ in _events(text) if trig == "expelled"]
    assert kinds == ["SANCTION"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # an armed group expelled from no place is banished from a state: a measure, no fight
        "Syria expelled the PKK in 1998 under heavy Turkish pressure.",
        "Kuwait expelled Hezbollah after the bombings and froze the group's accounts.",
        "Sudan expelled Hamas in 2019 and seized the movement's assets in Khartoum.",
        # "from the country" is no place fought over
        "Egypt expelled Hamas members from the country after the border incident.",
    ],
)
def test_an_armed_group_banished_from_no_place_is_a_sanction(text: str) -> None:
    kinds = [kind for kind, trig, _ in _events(text) if trig == "expelled"]
    assert kinds == ["SANCTION"], _events(text)


def test_an_armed_group_expelled_from_a_named_town_is_driven_out() -> None:
    text = "The Syrian Democratic Forces expelled the Islamic State from Raqqa in October."
    kinds = [kind for kind, trig, _ in _events(text) if trig == "expelled"]
    assert kinds == ["ASSAULT"], _events(text)
