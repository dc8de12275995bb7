"""Acts told as many over a stretch of time ("several raids in recent weeks", "shelled four
times", "a spate of bombings") or going on for weeks ("clashes have gone on since March") sum
a war up: no event is stored for them, while one day's acts, even counted, are kept.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2021, 6, 14)


def _assaults(text: str) -> list[Any]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram has staged several deadly raids on army outposts in recent weeks.",
        "The Turkish air force carried out more than 150 drone strikes in northern Iraq last year.",
        "Hodeidah port has been shelled four times since the truce.",
        "The clinic in Douma has been struck four times since Sunday's raid.",
        "Rebel posts near Hama were repeatedly shelled since Monday's truce collapsed.",
        "Houthi fighters have repeatedly attacked government positions near Marib.",
        "Rebel units clashed many times with the army along the Kachin border.",
        "The town of Gao has seen a spate of bombings blamed on jihadists.",
    ],
)
def test_acts_summed_over_a_period_store_no_event(engine, text: str) -> None:
    assert not _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition conducted 23 strikes against Islamic State targets near Raqqa on Friday.",
        "Several air strikes hit the market in Maarat al-Numan on Sunday, killing nine people.",
        "In the past week, coalition jets carried out 35 strikes on Islamic State positions near Hajin.",
        "Houthi fighters attacked government positions near Marib on Monday, officials said.",
        "Dozens of shells fell on the village of Kafr Nabl overnight, wounding four children.",
    ],
)
def test_one_days_acts_even_counted_are_kept(engine, text: str) -> None:
    assert _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets repeatedly bombed Saraqib's market on Monday, killing 12 civilians.",
        "Government forces shelled Douma several times on Tuesday, killing four people.",
        "Army helicopters repeatedly fired on the convoy near Gedaref on Sunday.",
        "Houthi drones struck the airport at Abha three times on Wednesday.",
        "Government forces attacked the village a second time after the rebels returned.",
        "The army stormed the camp in Jenin for a third time after the gunmen left.",
    ],
)
def test_a_deed_done_again_on_one_day_with_a_toll_or_once_more_is_kept(engine, text: str) -> None:
    assert _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces repelled an ongoing attack by rebels on Hama on Monday.",
        "Soldiers repelled an ongoing assault by jihadists on the base at Gao.",
        "Police repulsed an ongoing raid by bandits on a village in Zamfara.",
        "Militants carried out an ongoing attack on a hotel in Mogadishu on Friday.",
    ],
)
def test_one_act_called_ongoing_but_repelled_or_dated_is_kept(engine, text: str) -> None:
    assert _assaults(text)


def test_a_summary_keeps_the_tie_it_states(engine) -> None:
    from frontwatch.pipeline import process_texts

    text = "Al Shabaab has launched several attacks on the Somali army in recent weeks."
    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not [e for e in result.events if e.type == "ASSAULT"]
    assert any(r.kind == "fights" for r in result.relations), result.relations


def _violent(text: str) -> list[Any]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        "Their aim was to seize every checkpoint on the road to Aleppo.",
        "The goal of the campaign is to retake Hodeidah from the Houthis.",
        "The objective was to surround Kismayo and then to launch an assault on the port.",
    ],
)
def test_an_aim_is_no_act_done(engine, text: str) -> None:
    assert not _violent(text)


@pytest.mark.parametrize(
    "text",
    [
        "The siege of Taiz is an ongoing battle for the city.",
        "Rights groups condemned the army's ongoing raids on villages in Sagaing.",
        "Aid workers left Kismayo because of the ongoing fighting around its airport.",
        "Over the last year, the Iraqi air force carried out 120 strikes on hideouts in the Hamrin mountains.",
    ],
)
def test_acts_going_on_or_totalled_store_no_event(engine, text: str) -> None:
    assert not _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Siege of Kobani, which some call the Kobani battle, was fought around Kobani in the war.",
        "The Battle of Debaltseve, or the Debaltseve battle, was a battle in Debaltseve during the war in Donbas.",
        "The Battle of Mosul was a battle fought in Mosul, and the battle for Mosul was the largest urban battle of the war in Mosul.",
    ],
)
def test_one_sentence_naming_a_battle_twice_is_one_event(engine, text: str) -> None:
    assert len(_assaults(text)) == 1


def test_two_places_in_one_sentence_are_two_acts(engine) -> None:
    text = "Clashes erupted in Aleppo on Monday while heavy fighting was reported in Homs."
    assert len(_assaults(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a market in Kabul and a blast ripped through a mosque in Kabul.",
        "A car bomb detonated outside a school in Mogadishu, and a second explosion hit a hotel in Mogadishu.",
        "Shells landed on a hospital in Donetsk while a rocket struck a bus station in Donetsk.",
    ],
)
def test_two_sideless_acts_at_one_town_are_two_events(engine, text: str) -> None:
    assert len(_assaults(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday they captured the Red Hill, capturing all the ground east of Lashio.",
        "They shelled the bridge in Taiz, shelling the checkpoint next to it as well.",
        "Gunmen attacked the camp near Gao, attacking it from two sides.",
    ],
)
def test_one_verb_told_twice_with_no_side_is_one_event(engine, text: str) -> None:
    assert len(_assaults(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The area has seen similar attacks in the past, residents of Djibo said.",
        "The group carried out similar raids on army bases near Beledweyne in March and in May.",
        "The envoy denounced the junta's systematic air raids on villages in Sagaing.",
        "Aid workers said the continued bombardment of rebel towns near Idlib had emptied them.",
    ],
)
def test_acts_likened_or_called_systematic_store_no_event(engine, text: str) -> None:
    assert not _assaults(text)


def test_a_continued_assault_dated_to_one_day_is_kept(engine) -> None:
    assert _assaults(
        "Government forces pressed a continued assault on Kafr Zita on Monday, killing five rebels."
    )
