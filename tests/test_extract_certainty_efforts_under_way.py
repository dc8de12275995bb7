"""Deeds a sentence takes as going on while it tells of an aim, a demand or an ending
(extract/tieclaims.py, effortaims.py, presupposed.py, certainty.py): "part of an effort to
weaken and destroy IS" fights IS (every aim joined to the first is the effort's), "efforts
are aimed at pushing IS out of T" (the effort is the passive's subject), "two attempts to
storm T failed" (an attempt made is an attack made), "urged the army to halt its shelling of
T" (what is to be halted is going on, whether its halting is told or asked for, and
not when it is still to come: "halt a planned offensive"), "called for an inquiry after the
airstrike on T" (a deed in a phrase of time beside the asking is no object of it). The change of hands aimed
at stays hypothetical. Sentences written for these tests; each class with near misses."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import extract

PUBLISHED = dt.date(2016, 6, 1)
PLAIN = ("asserted", "attributed")


def _labels(facts: list[Any]) -> set[str]:
    assert facts
    return {f.claim.certainty for f in facts}


def _assaults(text: str) -> list[Any]:
    return [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]


def _fights_with(text: str, enemy: str) -> list[Any]:
    relations = extract(text, PUBLISHED).relations
    return [r for r in relations if r.kind == "fights" and enemy in (r.source_actor, r.target_actor)]


@pytest.mark.parametrize(
    "text",
    [
        "The raids are part of a US-led effort to weaken and eventually destroy Islamic State.",
        "Coalition jets bombed oil wells as part of a campaign to isolate and defeat Islamic State.",
        "Iraqi troops are pressing a campaign to encircle and retake Mosul from Islamic State.",
    ],
)
def test_every_aim_joined_to_an_effort_under_way_is_fought(text: str) -> None:
    assert _labels(_fights_with(text, "ISIS")) <= set(PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "Fresh efforts by Kurdish fighters are aimed at pushing Islamic State out of Manbij.",
        "The operation is designed to drive Islamic State militants from the town of Shaddadi.",
        "The new offensive is aimed at recapturing the town of Hit from Islamic State.",
    ],
)
def test_an_effort_aimed_at_a_capture_is_fought_while_the_capture_stays_an_aim(text: str) -> None:
    assert _labels(_assaults(text)) <= set(PLAIN)
    assert _labels(extract(text, PUBLISHED).control_changes) == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Two attempts by government troops to storm the district of Jobar have failed, activists said.",
        "An attempt by Islamic State to overrun the Kweires air base was beaten back on Sunday.",
    ],
)
def test_an_attempt_made_to_storm_a_place_is_an_attack_made(text: str) -> None:
    assert _labels(_assaults(text)) <= set(PLAIN)


@pytest.mark.parametrize(
    "text",
    [  # the verb "attempt" under a modal, an effort only planned, a purpose phrase
        "The army might attempt to retake the town of Morek next month.",
        "Washington plans an effort to push Islamic State out of Raqqa.",
        "Hezbollah sent fighters in an attempt to drive rebels out of Zabadani.",
    ],
)
def test_an_attempt_or_effort_not_yet_made_stays_an_aim(text: str) -> None:
    assault = [e for e in _assaults(text) if e.trigger.lower() not in ("sent",)]
    assert not _labels(assault) & set(PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "Residents urged the army to halt its bombardment of Douma.",
        "The opposition demanded that Russia stop its airstrikes on Idlib.",
        "Kurdish units were battling to halt a two-week Islamic State offensive against Kobani.",
    ],
)
def test_a_deed_to_be_halted_is_going_on(text: str) -> None:
    assert _labels(_assaults(text)) <= set(PLAIN)


@pytest.mark.parametrize(
    "text",
    [  # a halting asked for, or a deed still to come, is no deed going on
        "The Arab League urged Egypt to halt a planned ground offensive on Derna.",
        "Tehran called on the militias to stop the attack they are preparing on the base.",
        "Ankara said it would halt the offensive it had threatened against Manbij.",
        "The EU asked Russia to stop the looming offensive on Idlib.",
        "Washington pressed Ankara to halt the expected assault on Manbij.",
        "The ceasefire halted a planned Turkish offensive on Manbij.",
    ],
)
def test_a_halt_asked_for_or_of_a_deed_to_come_takes_nothing_as_going_on(text: str) -> None:
    assert not _labels(_assaults(text)) & set(PLAIN)
    assert not [r for r in extract(text, PUBLISHED).relations if r.kind == "fights" and r.claim.certainty in PLAIN]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters halted the Turkish offensive on Afrin.",
        "Iraqi troops stopped an Islamic State attack on the base.",
        "France urged Turkey to halt the offensive on Afrin.",
        "The UN called on Russia to stop the bombing of eastern Aleppo.",
    ],
)
def test_a_halt_told_or_asked_for_takes_its_deed_as_going_on(text: str) -> None:
    assert _labels(_assaults(text)) <= set(PLAIN)


@pytest.mark.parametrize(
    "text",
    [  # kept from a deed, a deed of no one in particular: not going on
        "Troops stopped the rebels from capturing the town of Morek.",
        "The United States will launch raids if needed to stop attacks on its bases.",
    ],
)
def test_a_deed_prevented_or_of_a_kind_is_not_taken_as_going_on(text: str) -> None:
    kept = [e for e in _assaults(text) if e.trigger.lower() in ("capturing", "attacks")]
    assert not _labels(kept) & set(PLAIN)


def test_a_tie_a_side_stops_is_still_ended() -> None:
    text = "Ankara halted its support for the Syrian National Army last year, a minister said."
    backing = [r for r in extract(text, PUBLISHED).relations if r.kind == "backs"]
    assert not any(r.claim.certainty in PLAIN for r in backing)


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations called for an inquiry after the airstrike on a school in Idlib.",
        "The army pushed into Palmyra after weeks of shelling of the town.",
        "Rebels demanded a ceasefire following two days of shelling of Daraya.",
    ],
)
def test_a_deed_in_a_phrase_of_time_beside_a_request_is_done(text: str) -> None:
    shelled = [e for e in _assaults(text) if e.trigger.lower() in ("airstrike", "shelling")]
    assert _labels(shelled) <= set(PLAIN)


def test_a_deed_asked_for_is_still_an_aim() -> None:
    text = "Rebels called for airstrikes on army positions near Hama."
    assert not _labels(_assaults(text)) & set(PLAIN)
