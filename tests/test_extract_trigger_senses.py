"""The type a trigger takes from what it is done to or what governs it (triggers.py and the
lexicon's ``object_types``, ``head_types``, ``or_object``, ``halting_nouns``): "struck a deal"
agrees, "called for protests" protests, "allowed access" concedes, "launched a missile"
attacks, "regained control" takes ground, "a halt of attacks" is no attack, "repelled the
militants" fights. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import types_found

PUBLISHED = dt.date(2021, 4, 14)


def types_of(text: str) -> list[str]:
    return types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The tribal elders struck a deal with the militia on Tuesday to reopen the market.",
        "Under an accord struck between the army and the rebels, the fighters left the town.",
        "The agreement struck in Doha last week set out a prisoner exchange.",
    ],
)
def test_a_deal_struck_is_an_agreement_not_a_blow(text: str) -> None:
    assert "AGREE" in types_of(text)
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants struck a police checkpoint outside the town on Tuesday.",
        "A rocket struck the market in the old city on Tuesday.",
        "Jets struck an ammunition depot near the airport on Sunday.",
    ],
)
def test_a_strike_on_a_place_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition coalition called for mass protests across the capital on Friday.",
        "The union called for a general strike against the military council.",
        "Student leaders called for demonstrations outside the parliament.",
    ],
)
def test_calling_for_protests_is_a_protest(text: str) -> None:
    assert "PROTEST" in types_of(text)
    assert "REQUEST" not in types_of(text)


def test_calling_for_a_truce_stays_a_request() -> None:
    assert "REQUEST" in types_of("The bishops called for a truce between the two armies.")


@pytest.mark.parametrize(
    "text",
    [
        "The militia allowed humanitarian access to the besieged camp on Sunday.",
        "The besiegers granted safe passage to the wounded fighters.",
        "The army allowed a corridor for civilians leaving the old town.",
        "The rebels allowed the aid trucks to enter the district.",
    ],
)
def test_letting_aid_or_people_through_is_a_concession(text: str) -> None:
    assert "CONCEDE" in types_of(text)


def test_allowing_nothing_named_is_no_concession() -> None:
    assert "CONCEDE" not in types_of("The checkpoint commander allowed no exceptions.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels launched a ballistic missile at the port city on Thursday.",
        "Insurgents launched rockets at the airbase overnight.",
        "The militia launched mortars at the army barracks before dawn.",
    ],
)
def test_launching_a_missile_is_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


def test_launching_a_campaign_of_vaccination_is_no_assault() -> None:
    assert "ASSAULT" not in types_of("The ministry launched a vaccination campaign in the north.")


@pytest.mark.parametrize(
    "text",
    [
        "Government troops regained control of the river town on Monday.",
        "The militia wrested control of the port from the coast guard.",
        "Loyalist forces established control over the border crossing on Sunday.",
        "The rebels gained ground north of the provincial capital overnight.",
    ],
)
def test_gaining_control_takes_ground(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two countries established ties after the war.",
        "The team gained weight over the winter.",
    ],
)
def test_gaining_other_things_takes_no_ground(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels announced a halt of drone attacks on the capital.",
        "The movement declared an end to its offensive in the south.",
        "The government ordered a suspension of air strikes on the province.",
    ],
)
def test_a_halt_of_attacks_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers repelled the insurgents at the northern gate on Friday.",
        "The garrison fought off an attack by the militants overnight.",
        "Villagers and police beat back the raiders near the well.",
    ],
)
def test_repelling_attackers_is_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire announced by the coalition took effect at noon.",
        "The truce declared by the army on Sunday held overnight.",
    ],
)
def test_a_ceasefire_announced_by_one_side_is_its_retreat(text: str) -> None:
    assert "RETREAT" in types_of(text)
    assert "AGREE" not in types_of(text)


def test_a_ceasefire_agreed_by_both_stays_an_agreement() -> None:
    assert "AGREE" in types_of("The ceasefire agreed by both sides took effect at noon.")


@pytest.mark.parametrize(
    "text",
    [
        "Government and allied forces converged on the city from three sides.",
        "Turkish and rebel units converged on the airport on Tuesday.",
    ],
)
def test_forces_converging_mobilize(text: str) -> None:
    assert "MOBILIZE" in types_of(text)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "Kurdish fighters repelled an attack by the Islamic State near Hasakah on Monday.",
            "ISIS",
        ),
        ("The garrison beat back an assault by al-Shabaab on the town of Baidoa.", "AL_SHABAAB"),
    ],
)
def test_an_attack_repelled_is_the_attackers(text: str, attacker: str, events_found: Any) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert [e.source_actor for e in found] == [attacker]


@pytest.mark.parametrize(
    "text",
    [
        "The base lies south of the centre, allowing easy access to the airport road.",
        "We renew our call on the junta to stop the killings and allow humanitarian access.",
        "The envoy urged the two commanders to open the bridge and allow humanitarian access.",
    ],
)
def test_access_allowed_by_no_side_is_no_concession_made(text: str, events_found: Any) -> None:
    made = [
        e
        for e in events_found(text, PUBLISHED)
        if e.type == "CONCEDE" and e.claim.certainty in ("asserted", "attributed")
    ]
    assert made == []


def test_a_deal_struck_between_sides_is_one_agreement() -> None:
    text = "Buses left the old quarter under the deal struck between the army and the rebels."
    assert types_of(text).count("AGREE") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The army's restrictions on aid deliveries to the camp drew criticism on Monday.",
        "The militia's limitations on humanitarian access in the valley have left thousands hungry.",
        "The rebels' restrictions on fuel imports into the port were condemned.",
    ],
)
def test_restrictions_on_movement_coerce(text: str) -> None:
    assert "COERCE" in types_of(text)


def test_restrictions_with_nothing_restricted_are_no_act() -> None:
    assert "COERCE" not in types_of("The restrictions were discussed at length.")


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish leaders made a plea for more weapons on Tuesday.",
        "Baghdad made a formal request for foreign air strikes on Wednesday.",
        "The mayor's request for more police was refused on Monday.",
    ],
)
def test_a_request_or_plea_made_is_a_request(text: str) -> None:
    assert "REQUEST" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery reopened after a quiet understanding between the garrison and the clan elders.",
        "Under an accord brokered by the UN, the fighters left the port on Tuesday.",
        "The two clans sealed a pact in the market town on Sunday.",
        "An arrangement between the tribes and the army reopened the road on Monday.",
    ],
)
def test_accords_pacts_and_understandings_agree(text: str) -> None:
    assert "AGREE" in types_of(text)


def test_an_understanding_of_something_is_no_agreement() -> None:
    assert "AGREE" not in types_of("Our understanding of the war has changed since the spring.")


def test_of_ones_own_accord_is_no_agreement() -> None:
    text = "The garrison left the hill of its own accord on Friday, the commander said."
    assert "AGREE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition airstrikes played a key role in allowing Kurdish fighters to push into the town.",
        "Heavy rain helped the rebels by allowing them to slip out of the encircled district.",
        "The collapse of the front was decisive in allowing the militia to reach the airport.",
    ],
)
def test_a_thing_that_lets_a_side_act_makes_no_concession(text: str) -> None:
    # the gerund after "in"/"by" is done by the clause's subject: an act, the weather, no side
    assert "CONCEDE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels ended the siege by allowing the aid trucks to enter the district.",
        "Government troops pulled back from the hill after allowing the wounded fighters to leave.",
        "The army eased the blockade by allowing fuel trucks to enter the town.",
    ],
)
def test_a_side_that_lets_others_pass_still_concedes(text: str) -> None:
    assert "CONCEDE" in types_of(text)
