"""Where a trigger typed from the words around it must not fire, or must keep its own type
(triggers.py, triggersenses.py and the lexicon's ``object_types``, ``held_of_territory``,
``halting_preps``, ``aimed_weapons``): air strikes called for are asked, not a labour strike;
control of a bank or ground won in a vote is no seizure; "the end of the battle" tells a
battle; drones striking a team attack it; a missile fired into the sea hits no one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import types_found

PUBLISHED = dt.date(2022, 9, 20)


def types_of(text: str) -> list[str]:
    return types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition hawks called for air strikes on the militia's depots near the border.",
        "Several generals called for strikes against the insurgent camps in the hills.",
        "The minister called for a strike on the enemy's radar station.",
    ],
)
def test_calling_for_air_strikes_is_no_protest(text: str) -> None:
    assert "PROTEST" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The dock workers' union called for a general strike across the ports.",
        "Prison reformers called for a hunger strike by the detainees.",
        "The teachers called for a labour strike in the capital.",
    ],
)
def test_calling_for_a_labour_strike_is_a_protest(text: str) -> None:
    assert "PROTEST" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition gained control of the senate after the vote in April.",
        "The finance ministry assumed control of the state oil company last week.",
        "The junta established control over the national broadcaster in the capital.",
        "The new governor regained control of the provincial budget on Monday.",
        "The opposition gained ground in the municipal polls across the north.",
        "The liberal party gained ground in the election in the coastal provinces.",
    ],
)
def test_control_of_no_place_or_ground_in_a_vote_is_no_seizure(text: str) -> None:
    found = types_of(text)
    assert "ASSAULT" not in found
    assert "COERCE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters assumed control of the airport on Saturday.",
        "The army assumed control over large parts of the province after the rebels fled.",
        "Militia fighters gained control of most of the valley overnight.",
        "The insurgents gained ground around the besieged town on Sunday.",
        "Kurdish units assumed control of the border crossing on Monday.",
    ],
)
def test_control_of_a_place_is_taken(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the army's assault on the port, dozens of fighters had died.",
        "At the end of the rebels' offensive on the airport, the front had barely moved.",
        "The end of the militia's attack on the village came after six hours.",
    ],
)
def test_the_end_of_an_attack_tells_the_attack(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels agreed to an end to the shelling of the suburbs.",
        "The council called for the end of the bombardment of the city.",
        "The commander ordered a stop of the raids on the villages.",
    ],
)
def test_an_end_asked_or_ordered_halts_the_attack(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck a ceasefire observers' vehicle near the front on Monday.",
        "Warplanes struck a truce monitoring post outside the city.",
        "A missile struck a ceasefire commission office in the port town.",
    ],
)
def test_a_weapon_striking_a_truce_team_attacks_it(text: str) -> None:
    found = types_of(text)
    assert "ASSAULT" in found
    assert "AGREE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The ruling dealt the rebels a setback and struck a blow to their leaders.",
        "The defeat struck a heavy blow to the militia in the north.",
        "The verdict struck a blow against the hardliners in the capital.",
    ],
)
def test_striking_a_blow_is_no_act(text: str) -> None:
    found = types_of(text)
    assert "ASSAULT" not in found
    assert "AGREE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang launched two ballistic missiles into the sea off its east coast.",
        "The army launched a cruise missile in a test over the desert on Friday.",
        "Iran launched a satellite and a rocket from a base in the north.",
    ],
)
def test_a_missile_launched_at_no_target_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis launched a drone at a Saudi oil facility on Sunday.",
        "Militants launched rockets toward the airport from the hills.",
        "The rebels launched missiles on the coastal town before dawn.",
        "The militia launched drones against the army's airfield overnight.",
        "Insurgents launched mortar rounds against the police headquarters on Friday.",
        "The rebels launched two rockets against the border town on Monday.",
    ],
)
def test_a_missile_launched_at_a_target_is_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The police acted in accord with the new law in the capital.",
        "The militia said it acted in accord with tribal custom.",
        "The army withdrew in accord with the ruling of the court.",
    ],
)
def test_in_accord_with_is_no_agreement(text: str) -> None:
    assert "AGREE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops repulsed the insurgents near the dam on Friday.",
        "The defenders repulsed the raiders at the northern checkpoint.",
        "The villagers fended off the bandits at the river crossing.",
        "Local police fended off the gunmen outside the station overnight.",
        "The garrison beat back the militants at the airport on Sunday.",
        "Marines repulsed the attackers near the harbour at dawn.",
        "The guards fended off the raiders at the fuel depot.",
        "Tribal fighters beat back the insurgents outside the village.",
    ],
)
def test_repulsing_and_fending_off_attackers_is_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)
