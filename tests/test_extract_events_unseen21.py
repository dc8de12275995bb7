"""Whether an event is there, and its type, for classes found on unseen reporting (h-evtypes21):
forces rushed or moved (MOBILIZE), relief brought (AID), captives swapped (RETREAT), shots
fired and buildings hit (ASSAULT); and no event for fighting told as a war's background, a
death by mishap, a warrant for an arrest, people captured typed as ground taken, a side
"fighting alongside" another, "hails from", a warning of a plight, a blockade eased.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import types_found

PUBLISHED = dt.date(2022, 6, 20)


def types_of(text: str) -> list[str]:
    return types_found(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Both sides rushed reinforcements to the front line outside Marib on Sunday.",
        "The army moved tanks and troops toward the northern border on Saturday.",
        "The militia redeployed its fighters to the outskirts of the capital last week.",
    ],
)
def test_forces_rushed_moved_or_redeployed_are_mobilized(text: str) -> None:
    assert "MOBILIZE" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ambulance crew rushed the wounded to a hospital in the capital.",
        "The mediators moved the talks to a hotel in the capital.",
        "The ministry moved its offices to the old port building.",
    ],
)
def test_the_wounded_or_talks_moved_mobilize_nothing(text: str) -> None:
    assert "MOBILIZE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Red Crescent convoy brought food and medicine to the besieged district on Monday.",
        "The charity brought humanitarian aid to families sheltering in the school.",
        "A chartered ship delivered 8,000 tonnes of wheat to the port on Sunday.",
    ],
)
def test_relief_brought_or_delivered_is_aid(text: str) -> None:
    assert "AID" in types_of(text)


def test_charges_brought_are_no_aid() -> None:
    assert "AID" not in types_of("The prosecutor brought charges against the commander on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels and the army exchanged prisoners near the river crossing on Tuesday.",
        "The two sides swapped 40 detainees at a checkpoint outside the city.",
        "The factions traded the bodies of fighters killed in last week's battle.",
    ],
)
def test_captives_or_the_dead_swapped_are_released(text: str) -> None:
    assert "RETREAT" in types_of(text)


def test_fire_exchanged_is_no_release() -> None:
    assert "RETREAT" not in types_of(
        "The two sides exchanged fire near the river crossing on Tuesday."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers fired dozens of shots in the village of Kyauktaw on Friday.",
        "The mayor said a supermarket in the western district had been hit.",
        "A community just south of the city had also been hit, the governor said.",
    ],
)
def test_shots_fired_and_buildings_hit_are_assaults(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Somalia has been at war since 1991, with clan militias fighting one another.",
        "The country has slid into chaos since 2014, with rival governments battling for territory.",
        "Aid groups have kept clinics open during 20 months of fighting between the army and the RSF.",
        "Heavy fighting between the army and the militia has been ongoing since March 3, 2021.",
    ],
)
def test_fighting_told_as_a_wars_course_is_no_event(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting between the army and the militia has continued since Saturday.",
        "The army fought the militia in the northern suburbs on Sunday.",
        "Kurdish fighters fought alongside the army against the jihadists on Sunday.",
        "Tribal fighters fought alongside government troops to retake the town last month.",
    ],
)
def test_fighting_of_the_day_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve passengers were killed in a bus accident on the coastal road on Friday.",
        "Four people were injured in the earthquake that struck the valley on Monday.",
        "Three soldiers were killed in a helicopter crash near the base on Sunday.",
    ],
)
def test_deaths_by_mishap_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi authorities issued a warrant for the arrest of the former Anbar governor.",
        "Kenya offered a reward for the capture of the al-Shabab commander on Monday.",
        "Turkey issued a warrant for the arrest of the PKK commander on Friday.",
    ],
)
def test_a_warrant_or_reward_for_an_arrest_is_none_made(text: str) -> None:
    assert "COERCE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured women and children from a nearby village on Monday.",
        "The fighters seized weapons and ammunition in Tal Afar on Sunday.",
        "Militiamen captured three aid workers near the airport on Friday.",
    ],
)
def test_people_or_goods_captured_in_a_place_are_seized_not_ground_taken(text: str) -> None:
    found = types_of(text)
    assert "COERCE" in found and "ASSAULT" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers captured the village of Tel Abyad on Monday.",
        "The rebels captured much of the province in a week.",
        "The army recaptured the airport from the rebels on Monday.",
    ],
)
def test_ground_captured_stays_an_assault(text: str) -> None:
    assert "ASSAULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah, which fights alongside the Syrian army, sent more men to the border.",
        "The brigade, which battles alongside government troops, recruited 300 men.",
        "The militia, which has fought alongside the regime since 2013, opened a new office.",
    ],
)
def test_fighting_alongside_a_side_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The commander, who hails from the eastern province, met the envoy on Monday.",
        "The new governor hails from a family of merchants.",
        "The general, who hails from Aleppo, took command of the division.",
    ],
)
def test_hailing_from_a_place_is_no_support(text: str) -> None:
    assert "SUPPORT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies warned of the fate of civilians who stayed behind after the attack on the city.",
        "Doctors warned of the fate of patients who fled the bombing of the hospital.",
        "The envoy warned of the suffering of residents who live under constant attack.",
    ],
)
def test_a_warning_of_a_plight_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types_of(text)


def test_a_warning_of_a_response_stays_a_threat() -> None:
    found = types_of("The militia warned of a harsh response to any attack on the port.")
    assert "THREATEN" in found


@pytest.mark.parametrize(
    "text",
    [
        "The coalition eased the blockade of the port on Sunday.",
        "The army relaxed the siege of the old city on Friday.",
        "The government loosened the blockade on the northern province on Monday.",
    ],
)
def test_a_blockade_eased_is_a_retreat_not_a_blockade(text: str) -> None:
    found = types_of(text)
    assert "COERCE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The town of Daraya saw some of the fiercest fighting of the war in 2013.",
        "Raqqa witnessed some of the heaviest clashes of the conflict.",
        "Mosul was the scene of one of the deadliest battles of the war against the jihadists.",
        "The valley has witnessed some of the heaviest clashes between the army and the rebels.",
    ],
)
def test_fighting_ranked_among_a_wars_worst_is_no_event(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


def test_the_heaviest_fighting_of_the_day_stays_an_assault() -> None:
    assert "ASSAULT" in types_of("The heaviest fighting in weeks erupted in the valley on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian president visited Aleppo on Monday.",
        "Iraq's prime minister visited Fallujah a day after troops retook the city.",
        "The UN envoy visited Hodeidah on Tuesday to inspect the port.",
    ],
)
def test_a_partys_visit_to_a_place_is_a_consultation(text: str) -> None:
    assert "CONSULT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of tourists visited Petra last year.",
        "Few pilgrims visited Karbala during the outbreak.",
        "A VOA reporter visited the oil town of Baiji last week.",
    ],
)
def test_crowds_visiting_a_place_consult_no_one(text: str) -> None:
    assert "CONSULT" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A 30-truck convoy carrying food and medicine reached the town on Monday.",
        "A convoy carrying flour and rice reached Idlib on Sunday.",
        "A UN convoy carrying fuel and blankets arrived in the camp on Friday.",
    ],
)
def test_a_convoy_carrying_relief_is_aid(text: str) -> None:
    assert "AID" in types_of(text)


def test_a_convoy_carrying_troops_is_no_aid() -> None:
    assert "AID" not in types_of("A convoy carrying troops reached the town on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will withdraw its troops from the border, the Russian foreign ministry said.",
        "The Syrian army will withdraw from Manbij, the Turkish defence ministry said.",
        "The Syrian army will pull back from the town, the Turkish defence ministry said.",
    ],
)
def test_a_plan_another_party_reports_is_no_pledge(text: str) -> None:
    assert "AGREE" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States will provide more weapons to the Kurds, the Pentagon said.",
        "The rebels said they will withdraw from the town on Thursday.",
    ],
)
def test_a_partys_own_word_of_what_it_will_do_stays_a_pledge(text: str) -> None:
    assert "AGREE" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 3,000 people have been killed and 1.2 million displaced in a conflict between the Houthis and the government.",
        "Some 900 people have been killed and 5,000 uprooted in the insurgency.",
        "About 4,000 civilians have been killed and tens of thousands displaced in the conflict.",
    ],
)
def test_a_wars_toll_shared_with_the_displaced_is_no_event(text: str) -> None:
    assert "ASSAULT" not in types_of(text)


def test_a_toll_shared_with_the_wounded_of_one_strike_stays_an_event() -> None:
    found = types_of(
        "Five people were killed and ten wounded in an airstrike on the market in Aleppo."
    )
    assert "ASSAULT" in found


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner exchange between the rebels and the army took place near Aleppo on Tuesday.",
        "The Houthis and the government completed a prisoner exchange in Sanaa on Sunday.",
        "The hostage exchange between Hamas and Israel went ahead in Rafah on Friday.",
    ],
)
def test_a_prisoner_exchange_is_a_release(text: str) -> None:
    assert "RETREAT" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Discussions about a truce between the army and the militia continued in Tripoli.",
        "Talks on a ceasefire between Russia and Ukraine stalled in Istanbul.",
        "Negotiations over a truce between the army and the rebels resumed in Doha.",
    ],
)
def test_what_talks_are_about_is_not_yet_done(text: str) -> None:
    found = types_of(text)
    assert "RETREAT" not in found and "AGREE" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The US airlifted food and medicine to the besieged town of Amerli on Sunday.",
        "Britain airlifted weapons to the Kurdish forces in Erbil.",
        "Iran shipped weapons to the Houthis through Oman.",
        "Qatar shipped fuel to Gaza through Egypt on Monday.",
    ],
)
def test_relief_or_arms_airlifted_or_shipped_are_aid(text: str) -> None:
    assert "AID" in types_of(text)


def test_oil_shipped_for_sale_is_no_aid() -> None:
    assert "AID" not in types_of("Iraq shipped crude oil to China last month.")


@pytest.mark.parametrize(
    "text",
    [
        "The army beefed up its forces along the northern border.",
        "Turkey beefed up its military presence in Idlib.",
        "Turkey scrambled jets after the incursion near Hatay.",
        "Israel scrambled fighter jets over the Golan on Friday.",
    ],
)
def test_forces_beefed_up_or_jets_scrambled_are_mobilized(text: str) -> None:
    assert "MOBILIZE" in types_of(text)


def test_rescuers_scrambling_mobilize_nothing() -> None:
    assert "MOBILIZE" not in types_of("Rescuers scrambled to reach survivors in Aleppo.")
