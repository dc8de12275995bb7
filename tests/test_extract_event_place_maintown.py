"""A campaign its own sentence tells in a province stays in the province (extract/scene.py,
events.yaml: scene.province_wide): "fighting in the X governorate began", "launched an
offensive in Y province" span the province, and the article's main town is only part of it.
A strike, a toll or a raid told in the province is still at the main town, and so is a
campaign whose sentence names the province other than as where it runs ("an offensive to
capture all of X province"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts
from frontwatch.records import Place


def places_of(text: str, trigger: str) -> list[Place | None]:
    """The places of the events of the text whose trigger is ``trigger``."""
    result = process_texts([text], dates=[dt.date(2016, 5, 2)])[0]
    assert not result.error, result.error
    places = {p.id: p for p in result.places}
    found = [places.get(e.place_id) for e in result.events if e.trigger.lower() == trigger]
    assert found, [(e.type, e.trigger) for e in result.events]
    return found


@pytest.mark.parametrize(
    ("text", "trigger", "province"),
    [
        (
            (
                "Clashes in the Hama Governorate began in early June, a monitor said. "
                "Fighting in the Hama Governorate intensified in July. Rebels later stormed "
                "an army checkpoint in the city of Hama. The army shelled rebel districts of "
                "Hama on Friday."
            ),
            "fighting",
            "Hama",
        ),
        (
            (
                "Islamic State launched an offensive against rival rebels in Deir ez-Zor "
                "province in April. By July the militants had surrounded the city of Deir "
                "ez-Zor. They shelled government districts of Deir ez-Zor for weeks."
            ),
            "launched",
            "Deir ez-Zor",
        ),
        (
            (
                "Government troops pressed their offensive across Idlib province on Monday. "
                "Jets bombed the town of Saraqib, and artillery hit the outskirts of Saraqib "
                "overnight, residents said."
            ),
            "offensive",
            "Idlib",
        ),
    ],
)
def test_a_campaign_its_sentence_tells_in_a_province_stays_there(
    text: str, trigger: str, province: str
) -> None:
    found = places_of(text, trigger)
    assert all(p is not None and p.kind == "admin1" and p.name == province for p in found)


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            (
                "Rebels stormed an army checkpoint in the city of Hama on Monday. "
                "Jets struck rebel positions in Hama province on Tuesday. The army shelled "
                "rebel districts of Hama on Friday."
            ),
            "struck",
            "Ḩamāh",
        ),
        (
            (
                "The battle for Ramadi was part of an Islamic State offensive to capture all "
                "of Anbar province. The militants stormed government buildings in Ramadi in May."
            ),
            "capture",
            "Ramadi",
        ),
    ],
)
def test_a_strike_or_an_aim_in_the_province_is_at_the_main_town(
    text: str, trigger: str, town: str
) -> None:
    assert [p.name if p else "" for p in places_of(text, trigger)] == [town]
