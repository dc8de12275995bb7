"""Event places on unseen text (issue 13), three ways a sentence places an act at a town
its own clause does not hold alone (sentences written for the tests):

- "the Idlib town of X", "the Kachin State village of Y": the name before the settlement
  noun is the province or city that holds it; the act is at the settlement named after
  "of" (h-evplace17's audit: air raids "in the Idlib town of Kafr Aweid" placed at Idlib
  city; tune has the same shape with a Hiran region village and a Kachin State town).
- "an assault on a base belonging to forces stationed in X": the party stands where the
  thing it holds is hit, so its place is the act's (the audit: an assault on a base of
  troops "stationed in Barire town" placed at the province named after it).
- "fought militants to recapture the town of T", "began a counter-offensive to regain the
  dam": an act done to take a place is at that place (tune: two such acts, a fight and a
  counter-offensive, had no place).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 6, 1)


def town_of(text: str, trigger: str) -> str:
    """The place the event with this trigger is placed at, or ''."""
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    names = {p.id: p.name for p in result.places}
    found = [e for e in result.events if e.trigger == trigger]
    assert found, f"no event {trigger!r} read in {text!r}"
    return names.get(found[0].place_id, "")


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        ("Government jets pounded the Idlib town of Saraqib on Tuesday.", "pounded", "Saraqib"),
        ("Rebels shelled the Aleppo town of Atarib overnight.", "shelled", "Al Atārib"),
        ("Turkish drones hit the Hasakah town of Ras al-Ain.", "hit", "Ra’s al ‘Ayn"),
        ("Troops shelled the Hama village of Kafr Zita.", "shelled", "Kafr Zaytā"),
    ],
)
def test_the_settlement_after_of_is_the_place_not_the_name_before(
    text: str, trigger: str, town: str
) -> None:
    assert town_of(text, trigger) == town


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        # "the X district of Y": the district is X, Y holds it
        ("Troops shelled the Mahas district of Hiiraan.", "shelled", "Mahas"),
        ("Militants raided the Damascus suburb of Douma.", "raided", "Dūmā"),
    ],
)
def test_district_of_a_province_keeps_its_own_name(text: str, trigger: str, town: str) -> None:
    assert town_of(text, trigger) == town


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            (
                "Al-Shabab militants launched an assault on a military base belonging to "
                "government forces stationed in Afgooye, in Lower Shabelle."
            ),
            "launched",
            "Afgooye",
        ),
        (
            "Gunmen attacked a checkpoint run by police officers stationed in Afgooye, in Lower Shabelle.",
            "attacked",
            "Afgooye",
        ),
        (
            "Drones struck an airfield used by Russian troops based in Tabqa, in Raqqa province.",
            "struck",
            "Al-Tabqa",
        ),
    ],
)
def test_the_place_of_the_party_whose_holding_is_hit_is_the_acts(
    text: str, trigger: str, town: str
) -> None:
    assert town_of(text, trigger) == town


def test_a_party_positioned_elsewhere_still_is_not_the_acts_place():
    assert town_of("Militants positioned in Saraqib shelled Idlib.", "shelled") == "Idlib"


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            "Further south, Iraqi troops fought militants to recapture the town of Baiji on Monday.",
            "fought",
            "Bayjī",
        ),
        (
            "Nigerian soldiers battled insurgents to retake Gwoza, blocking their advance to the capital.",
            "battled",
            "Gwoza",
        ),
        (
            (
                "Islamic State fighters seized the Mosul Dam on Thursday. Kurdish "
                "units began a counter-offensive on Sunday to regain the dam."
            ),
            "offensive",
            "Mosul dam",
        ),
    ],
)
def test_an_act_done_to_take_a_place_is_there(text: str, trigger: str, town: str) -> None:
    assert town_of(text, trigger) == town


def test_an_act_done_for_another_aim_gets_no_place_from_it():
    assert town_of("Troops fought militants to protect the town of Baiji.", "fought") == ""
