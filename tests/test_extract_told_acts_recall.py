"""Acts reporting tells that were stored as nothing or as the wrong act: relief goods
distributed (AID), forces regrouping (MOBILIZE), blame laid on a side the parser hung one
step off, "held X responsible" with the adjective parsed on X (ACCUSE); and the look-alikes
that tell no such act ("distributed leaflets", "families regrouped", "fighters armed with
rifles"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 4, 2)


def _acts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every event the pipeline stores for the text."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [(e.type, e.trigger.lower()) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Turkish Red Crescent distributed food parcels to displaced families in Azaz.",
            "distributed",
        ),
        ("Aid workers handed out blankets and medicine to residents of Madaya.", "handed"),
        ("Saudi troops distributed rations to villagers in Marib after the battle.", "distributed"),
        ("Volunteers distributed flour and tents in the camps outside Idlib.", "distributed"),
    ],
)
def test_relief_goods_given_out_are_aid(text: str, trigger: str) -> None:
    assert ("AID", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels distributed leaflets in Idlib urging residents to stay indoors.",
        "The ministry distributed the new roles among its officials in Damascus.",
        "Activists handed out flyers for the rally in Khartoum.",
    ],
)
def test_other_things_given_out_are_no_aid(text: str) -> None:
    assert not any(kind == "AID" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Army units were regrouping outside Palmyra to retake the city, a commander said.",
            "regrouping",
        ),
        (
            "The militants regrouped in the desert east of Deir ez-Zor after the offensive.",
            "regrouped",
        ),
        ("Houthi fighters regrouped near the port of Hodeidah on Sunday.", "regrouped"),
    ],
)
def test_forces_regrouping_mobilize(text: str, trigger: str) -> None:
    assert ("MOBILIZE", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families regrouped in camps near the Turkish border.",
        "Students regrouped in the library after the lecture in Aleppo.",
    ],
)
def test_civilians_regrouping_mobilize_nothing(text: str) -> None:
    assert not any(kind == "MOBILIZE" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters armed with machine-guns attacked two towns in the Lower Shabelle region.",
        "The gunmen were armed with rifles and grenades when they entered the village near Gao.",
        "Militants armed with knives stormed a church in northern Mozambique.",
    ],
)
def test_what_fighters_carry_is_no_aid(text: str) -> None:
    assert ("AID", "armed") not in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States armed the Kurdish fighters with anti-tank missiles in Syria.",
        "Iran armed the Houthi rebels in Yemen, the coalition said.",
        "The militia was armed by Iran, officials said.",
    ],
)
def test_arms_given_by_a_side_stay_aid(text: str) -> None:
    assert ("AID", "armed") in _acts(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The RSF blamed the attack on airstrikes by the Sudanese army.", "blamed"),
        ("Kyiv blamed the shelling of the market on Russian forces.", "blamed"),
        ("The army held the RSF responsible for the massacre in Geneina.", "held"),
        ("Baghdad held the militia responsible for the rocket attack on the embassy.", "held"),
    ],
)
def test_blame_laid_on_a_side_accuses(text: str, trigger: str) -> None:
    assert ("ACCUSE", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The commander blamed the loss of the town on bad weather.",
        "Residents held the army responsible for security in the town.",
        "The minister met the families of the soldiers in Kharkiv.",
    ],
)
def test_blame_on_no_side_accuses_nobody(text: str) -> None:
    assert not any(kind in ("ACCUSE", "CONSULT") for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militia set fire to homes in the village of Tora.", "set"),
        ("Fighters looted the market in Nyala on Friday.", "looted"),
        ("RSF fighters torched dozens of houses in Geneina on Tuesday.", "torched"),
        ("Jihadists burned the village of Solhan after killing its residents.", "burned"),
        ("Soldiers ransacked the offices of the opposition party in Bamako.", "ransacked"),
    ],
)
def test_property_looted_or_burned_by_a_side_is_coerce(text: str, trigger: str) -> None:
    assert ("COERCE", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned tyres in the streets of Nairobi.",
        "A car burned outside the hotel in Mogadishu.",
        "The government set a date for elections in Libya.",
        "The militants set up camp in the forest near Sambisa.",
        "After capturing the base, the militants set fire to vehicles.",
    ],
)
def test_burning_and_setting_without_property_of_others_coerce_nothing(text: str) -> None:
    assert not any(kind == "COERCE" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "The junta called up 5,000 reservists.",
        "Ukraine called up thousands of conscripts in the spring.",
        "The army called up two reserve brigades ahead of the offensive.",
    ],
)
def test_calling_up_troops_mobilizes(text: str) -> None:
    assert ("MOBILIZE", "called") in _acts(text)


def test_calling_up_a_relative_mobilizes_nothing() -> None:
    assert not any(kind == "MOBILIZE" for kind, _ in _acts("He called up his brother in Kyiv."))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran notified Iraq that it was launching missiles at the base.", "notified"),
        ("The Russian military notified the United States of its strikes in Syria.", "notified"),
        ("The envoy briefed the Security Council on the fighting in Hodeidah.", "briefed"),
    ],
)
def test_a_party_notifying_or_briefing_another_consults(text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry notified the families of the dead soldiers.",
        "The spokesman briefed reporters in Baghdad.",
    ],
)
def test_notifying_no_party_consults_nobody(text: str) -> None:
    assert not any(kind == "CONSULT" for kind, _ in _acts(text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta turned down an offer of mediation from ECOWAS.", "turned"),
        ("Hamas rebuffed the Egyptian proposal for a truce in Gaza.", "rebuffed"),
        ("The rebels spurned the government's call for talks in Addis Ababa.", "spurned"),
    ],
)
def test_offers_turned_down_are_rejected(text: str, trigger: str) -> None:
    assert ("REJECT", trigger) in _acts(text)


def test_turning_down_a_road_rejects_nothing() -> None:
    assert not any(kind == "REJECT" for kind, _ in _acts("The army turned down the road to Kidal."))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people took to the streets of Khartoum against the coup.",
        "Protesters took to the streets in Bamako to denounce the junta.",
        "Students took to the streets of Tehran on Saturday night.",
    ],
)
def test_taking_to_the_streets_protests(text: str) -> None:
    assert ("PROTEST", "took") in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Truck drivers took to the road at dawn.",
        "The militants took the hostages to a camp near Kidal.",
    ],
)
def test_taking_to_elsewhere_protests_nothing(text: str) -> None:
    assert not any(kind == "PROTEST" for kind, _ in _acts(text))
