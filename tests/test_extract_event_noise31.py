"""Events that are not there, or not of that type, found on unseen reporting (h-evnoise31): a
date fronted before "called" read as "call on"; a naming "called X" that the parser makes the
sentence's verb, turning the deed after it into a demand; "executed the operation" read as a
killing; "seized the initiative" read as a seizure; "withdrew its support" read as a retreat;
"moving closer to recapturing" told as done; "IS fighting positions" read as a fight.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracted import extract


def events(text: str) -> list[Any]:
    return list(extract(text).events)


def kinds(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, certainty) of every event of the text."""
    return [(e.type, e.trigger.lower(), e.claim.certainty) for e in events(text)]


PLAIN = ("asserted", "attributed")


def plain_types(text: str) -> set[str]:
    return {t for t, _w, c in kinds(text) if c in PLAIN}


# ---- a date or time fronted before "called" is no "call on" / "call for" ----------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the ministry called the shelling of the market a war crime.",
        "For years, the opposition has called the militia an occupying force.",
        "Upon his return, the envoy called the talks a failure.",
    ],
)
def test_a_fronted_preposition_makes_no_demand(text: str) -> None:
    assert "REQUEST" not in {t for t, _w, _c in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, the opposition called for an immediate ceasefire in the south.",
        "On Friday, Kurdish officials called upon the coalition to send more weapons.",
        "The opposition called on the army to withdraw from the city.",
    ],
)
def test_a_call_on_or_for_after_the_verb_still_asks(text: str) -> None:
    assert "REQUEST" in plain_types(text)


# ---- "a coalition called X launched ...": a naming, no demand ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "On 3 May 2021, an alliance of rebel factions called the Southern Liberation Front "
            "led by Ahrar al-Sham and supported by Turkish-backed groups launched an offensive "
            "against the army in Idlib."
        ),
        (
            "A coalition of armed groups called the Northern Shield led by the Nusra Front "
            "launched an offensive in Hama."
        ),
    ],
)
def test_a_side_named_by_called_does_its_deed(text: str) -> None:
    found = kinds(text)
    assert [k for k in found if k[:2] == ("ASSAULT", "launched") and k[2] in PLAIN], found
    assert "REQUEST" not in {t for t, _w, _c in found}


def test_called_with_an_infinitive_still_asks_the_deed() -> None:
    found = kinds("The Kurdish forces called the coalition to strike the militants near Raqqa.")
    assert ("ASSAULT", "strike", "hypothetical") in found, found


# ---- "executed the operation" carries it out; "executed prisoners" kills ----------------


@pytest.mark.parametrize(
    "text",
    [
        "The SDF planned and executed the operation against IS with little help from the coalition.",
        "The rebels executed a complex plan to break the siege of the town.",
        "The commandos executed the mission without losses, the ministry said.",
    ],
)
def test_an_operation_or_plan_executed_is_no_killing(text: str) -> None:
    assert not [k for k in kinds(text) if k[1] == "executed"], kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "IS militants executed 20 prisoners in the town square on Friday.",
        "The militia executed two men accused of spying for the army.",
    ],
)
def test_people_executed_are_killed(text: str) -> None:
    assert ("ASSAULT", "executed", "asserted") in kinds(text)


def test_a_raid_executed_is_told_by_the_raid() -> None:
    found = kinds("The Kurdish forces executed a raid on an IS hideout near Hasakah.")
    assert ("ASSAULT", "raid", "asserted") in found, found


# ---- "seized the initiative": an idiom, nothing taken -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army has seized the initiative on the eastern front.",
        "The government says it has retaken the initiative against the insurgents.",
        "Rebels seized the momentum after the fall of the airbase.",
    ],
)
def test_the_initiative_or_momentum_seized_is_no_seizure(text: str) -> None:
    assert not {"COERCE", "ASSAULT"} & {t for t, _w, _c in kinds(text)}, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized the town of Saraqeb on Monday.",
        "Government forces retook the village of Kafr Nabl on Sunday.",
    ],
)
def test_a_town_seized_is_still_taken(text: str) -> None:
    assert "ASSAULT" in plain_types(text)


# ---- "withdrew its support / its ambassador": ties cut, no retreat -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey withdrew its support for the rebels in Aleppo last year.",
        "The United States withdrew its ambassador from Damascus in 2012.",
        "Qatar withdrew its funding for the militia after the massacre.",
    ],
)
def test_support_or_an_envoy_withdrawn_is_a_sanction(text: str) -> None:
    found = {t for t, _w, _c in kinds(text)}
    assert "SANCTION" in found and "RETREAT" not in found, kinds(text)


def test_troops_withdrawn_still_retreat() -> None:
    assert "RETREAT" in plain_types("The army withdrew its troops from the border town on Friday.")


# ---- "moving closer to recapturing T": not done yet --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army is moving closer to recapturing the entire city.",
        "The rebels edged nearer to capturing the airport on Tuesday.",
        "Government troops inched closer to retaking the old town.",
    ],
)
def test_a_capture_drawn_nearer_is_not_told_as_done(text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & plain_types(text), kinds(text)


def test_a_capture_made_is_told_as_done() -> None:
    assert "ASSAULT" in plain_types("The army recaptured the entire city on Tuesday.")


# ---- "IS fighting positions": a kind of place, no fight -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Overhead, U.S. airstrikes destroyed two IS fighting positions and a tunnel entrance.",
        "Coalition jets struck three IS fighting positions near Kobani.",
    ],
)
def test_fighting_positions_are_no_fight(text: str) -> None:
    found = kinds(text)
    assert not [k for k in found if k[1] == "fighting"], found
    assert "ASSAULT" in plain_types(text)


def test_fighting_a_side_is_still_a_fight() -> None:
    found = kinds("Kurdish forces were fighting IS militants near Kobani on Monday.")
    assert ("ASSAULT", "fighting", "asserted") in found, found


# ---- one act told again by its toll: "The strike, which hit a market, wounded dozens" ------


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Russian air strike killed 12 people in the town of Ariha on Monday. The strike, "
            "which hit a crowded market, also wounded dozens, activists said."
        ),
        (
            "An Israeli drone strike killed two men near Quneitra on Sunday. The strike, which "
            "targeted a car on the main road, also wounded a child."
        ),
        (
            "Turkish jets bombed Kurdish positions near Qamishli on Sunday. The bombing killed "
            "four fighters, the SDF said."
        ),
        (
            "Government forces shelled the rebel-held district of Jobar on Tuesday. The shelling "
            "killed three children."
        ),
    ],
)
def test_a_toll_told_again_is_the_act_told_before(text: str) -> None:
    assert [t for t, _w, _c in kinds(text)] == ["ASSAULT"], kinds(text)


def test_a_toll_with_a_doer_of_its_own_is_another_act() -> None:
    text = (
        "Jets bombed a market in Ariha on Monday. Rebels, who stormed an army post near "
        "Saraqeb, killed five soldiers."
    )
    assert len([t for t, _w, _c in kinds(text) if t == "ASSAULT"]) >= 2, kinds(text)


# ---- "launching a future assault", "plotted attacks": not done --------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "The capture allowed the army to use the town as a base for launching a future "
            "assault on Mosul."
        ),
        "The commanders discussed launching an imminent offensive on the port.",
        "Police said the cell had plotted attacks on churches in the capital.",
        "The suspects were plotting a bombing at the stadium, officials said.",
    ],
)
def test_an_act_to_come_or_plotted_is_not_told_as_done(text: str) -> None:
    assert "ASSAULT" not in plain_types(text), kinds(text)


def test_an_assault_launched_is_told_as_done() -> None:
    assert "ASSAULT" in plain_types("The rebels launched a fresh assault on the airport on Monday.")


# ---- "pounded their way toward T, threatening to encircle X": a danger, no threat made ----


@pytest.mark.parametrize(
    "text",
    [
        "Government forces pounded their way toward the city, threatening to encircle the rebels.",
        "The militants advanced on the town, threatening to cut the main road to the capital.",
        "Troops pushed deeper into the district, threatening to trap thousands of fighters.",
    ],
)
def test_an_advance_threatening_to_is_no_threat_made(text: str) -> None:
    assert "THREATEN" not in {t for t, _w, _c in kinds(text)}, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan lashed out at Washington, threatening to close the air base.",
        "The rebel commander spoke on television on Sunday, threatening to shell the airport.",
        "The Houthis threatened to attack ships in the Red Sea.",
    ],
)
def test_a_threat_uttered_is_still_a_threat(text: str) -> None:
    assert "THREATEN" in plain_types(text), kinds(text)
