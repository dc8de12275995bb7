"""Acts reporting tells that the lexicon missed or misread (found in an audit of unseen news):
force used on a crowd of protest is the repression of protest (PLOVER COERCE, restrict), no
armed blow -- tear gas fired or used on protesters, a crowd dispersed, a rally broken up; a
march of protest is a protest, not the month nor an army's advance; help given to a side's
fighting (intelligence, surveillance, training) is military aid; guns used on a place or side
are an assault; the dead recovered or returned are no retreat and no concession. Look-alikes
that tell none: fog that disperses, talks that break up, information provided, explosives used
to clear rubble. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import extract

PUBLISHED = dt.date(2020, 2, 11)


def _acts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every event the pipeline stores for the text."""
    return [(e.type, e.trigger.lower()) for e in extract(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Riot police fired tear gas at the students in Omdurman on Monday.", "fired"),
        ("Tear gas was fired at mourners gathered outside the mosque in Nyala.", "fired"),
        ("Soldiers used tear gas against the protesters in Mandalay on Sunday.", "used"),
        ("Security forces took to the streets of Basra, fired tear gas and chased the crowd.", "fired"),
    ],
)
def test_tear_gas_on_a_crowd_is_coercion(text: str, trigger: str) -> None:
    acts = _acts(text)
    assert ("COERCE", trigger) in acts
    assert ("ASSAULT", trigger) not in acts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police dispersed the demonstrators outside parliament in Baghdad on Friday.", "dispersed"),
        ("A crowd of several hundred was dispersed by police in Basra on Friday.", "dispersed"),
        ("Police broke up a rally of opposition supporters in Bamako on Tuesday.", "broke"),
        ("Troops dispersed a protest march in the town of Kosti.", "dispersed"),
    ],
)
def test_a_crowd_dispersed_is_coercion(text: str, trigger: str) -> None:
    assert ("COERCE", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks broke up without a deal in Geneva on Monday.",
        "The smoke dispersed over the city of Mosul by noon.",
        "The ministry provided information about the victims in Baghdad.",
        "The minister fired his deputy in Khartoum on Sunday.",
    ],
)
def test_no_crowd_no_coercion_and_no_aid(text: str) -> None:
    assert not [t for t, _ in _acts(text) if t in ("COERCE", "AID")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Britain provided intelligence and surveillance to the Iraqi army.", "provided"),
        ("France is providing intelligence to Malian troops fighting in Gao.", "providing"),
        ("The United States provided training to Somali special forces in Baledogle.", "provided"),
    ],
)
def test_help_to_a_sides_fighting_is_aid(text: str, trigger: str) -> None:
    assert ("AID", trigger) in _acts(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thousands took part in a march through central Khartoum on Friday.", "march"),
        ("Students staged a march in Yangon against the junta on Sunday.", "march"),
        ("Doctors held peaceful marches in five cities on Thursday.", "marches"),
    ],
)
def test_a_march_of_protest_is_a_protest(text: str, trigger: str) -> None:
    assert ("PROTEST", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters in March captured the town of Hit.",
        "The army began its march on Raqqa in June.",
        "March was the deadliest month for civilians in Idlib.",
    ],
)
def test_the_month_and_an_advance_are_no_protest(text: str) -> None:
    assert "PROTEST" not in [t for t, _ in _acts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled out the bodies of six children from the rubble in Ariha.",
        "The bodies of four fighters were pulled out of the river near Raqqa on Monday.",
        "The Red Crescent handed over the bodies of 12 soldiers to the army in Deir ez-Zor.",
        "The bodies were handed over to their families in Idlib city.",
    ],
)
def test_the_dead_recovered_or_returned_is_no_retreat_nor_concession(text: str) -> None:
    assert not [t for t, _ in _acts(text) if t in ("RETREAT", "CONCEDE")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Turkish troops pulled out of the observation post at Morek on Tuesday.", "RETREAT"),
        ("Washington pulled out its troops from northern Syria in October.", "RETREAT"),
        ("The rebels handed over the town of Daraa al-Balad to the army.", "CONCEDE"),
        ("The militia handed over its heavy weapons to the army in Sweida.", "CONCEDE"),
    ],
)
def test_ground_or_arms_given_up_stay(text: str, kind: str) -> None:
    assert kind in [t for t, _ in _acts(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Tuesday morning, junta forces used artillery on the village of Kin Ma.", "used"),
        ("The army used mortars against rebel positions near Kafr Nabl on Sunday.", "used"),
        ("Government troops used heavy artillery on Houthi positions in Hodeidah.", "used"),
    ],
)
def test_guns_used_on_a_place_or_side_are_an_assault(text: str, trigger: str) -> None:
    assert ("ASSAULT", trigger) in _acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The engineers used explosives to clear the rubble in Mosul's old city.",
        "The army uses drones to watch the border near Tal Abyad.",
    ],
)
def test_tools_used_for_no_blow_are_no_assault(text: str) -> None:
    assert "ASSAULT" not in [t for t, _ in _acts(text)]
