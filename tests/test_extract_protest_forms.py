"""Protests told by what the protesters do rather than by "protest": a stoppage of work ("went
on strike", "a nationwide strike"; the lexicon's ``prep_types`` and compound keys) and a way
blocked by a crowd ("protesters blocked the highway"; ``subject_types``), while a strike on a
place stays an attack and a side blocking a road cuts it off. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracted import types_found


@pytest.mark.parametrize(
    "text",
    [
        "Port employees in Umm Qasr went on strike on Sunday to demand back pay.",
        "Nurses at the main hospital in Mosul have been on strike for two weeks.",
        "Traders in Nablus are on strike again over the new municipal taxes.",
        "Shops stayed shut as merchants across the West Bank held a nationwide strike.",
        "Oil refinery staff in Baiji started an indefinite strike over missing salaries.",
    ],
)
def test_a_stoppage_of_work_is_a_protest_not_an_attack(text: str) -> None:
    assert "PROTEST" in types_found(text)
    assert "ASSAULT" not in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition aircraft concentrated on strikes against fuel depots east of Raqqa.",
        "The ministry commented on the strike which destroyed a clinic in Saraqeb.",
        "A drone strike on a car outside Aden killed two militants on Friday.",
    ],
)
def test_a_strike_on_a_target_stays_an_attack(text: str) -> None:
    assert "ASSAULT" in types_found(text)
    assert "PROTEST" not in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators blocked the coastal highway south of Tripoli for five hours on Monday.",
        "Hundreds of angry farmers blocked the bridge into Sulaimaniya with their trucks.",
        "The main road to the airport was blocked by protesters demanding jobs.",
        "Students blocked a busy junction in central Khartoum to denounce the curfew.",
    ],
)
def test_a_crowd_blocking_a_way_through_is_a_protest(text: str) -> None:
    assert "PROTEST" in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters blocked the road linking Taiz to the port on Wednesday.",
        "Government troops blocked the only route into the besieged district.",
    ],
)
def test_a_side_blocking_a_road_cuts_it_off(text: str) -> None:
    assert "COERCE" in types_found(text)
    assert "PROTEST" not in types_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy snow blocked the mountain road north of Dohuk on Tuesday.",
        "China blocked a draft resolution on the shelling of the camp.",
    ],
)
def test_blocking_by_no_party_or_of_no_way_is_no_event_of_its_own(text: str) -> None:
    found = types_found(text)
    assert "PROTEST" not in found
    assert "COERCE" not in found
