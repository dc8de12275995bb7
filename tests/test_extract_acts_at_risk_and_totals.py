"""Acts not done at one time: a deed named as a danger or a likelihood ("the danger of aid
workers being abducted", "the likelihood of fresh strikes") is at risk, hypothetical like "the
risk of" (cues.yaml: ``aim_nouns``); a count of acts told "to date", "so far", "overall" in a
perfect, or as "a total of" them, is a running total, no act (extract/tallied.py,
``running_total_phrases``, ``running_total_adverbs``, ``running_total_nouns``), while a count of one day or acts not counted stay.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 5, 10)


@pytest.fixture
def assaults_in(events_found: Any) -> Any:
    return lambda text: [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "There is the danger of aid workers being abducted by armed gangs on the road to Idlib.",
        "Aid groups spoke of the danger of fresh airstrikes on the camp near Atmeh.",
        "Officials stressed the danger of an ISIS attack on the prison in Hasakah.",
        "Diplomats played down the likelihood of Turkish strikes on Kobani this week.",
    ],
)
def test_a_deed_at_risk_is_not_done(text: str, assaults_in: Any) -> None:
    found = assaults_in(text)
    assert found, found
    assert all(e.claim.certainty == "hypothetical" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Despite the danger, rebels attacked an army checkpoint near Hama on Sunday.",
        "Jets struck the camp near Atmeh on Monday, raising the danger for aid workers.",
    ],
)
def test_a_deed_beside_a_danger_is_done(text: str, assaults_in: Any) -> None:
    found = assaults_in(text)
    assert [e for e in found if e.claim.certainty in ("asserted", "attributed")], found


@pytest.mark.parametrize(
    "text",
    [
        "To date, American aircraft have carried out more than 140 air raids on ISIS around Manbij.",
        "Overall, Turkish jets have carried out 70 raids on PKK camps in northern Iraq.",
        "Saudi-led aircraft have launched 260 air raids on Houthi positions around Hodeidah so far.",
        "The task force has conducted a total of 310 strikes on ISIS targets near Raqqa.",
    ],
)
def test_a_running_total_is_no_act(text: str, assaults_in: Any) -> None:
    assert not assaults_in(text), assaults_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets conducted 12 strikes near Mosul on Tuesday.",
        "In total, the strikes destroyed six ISIS vehicles near Sinjar.",
        "Kurdish fighters have repelled three attacks on the town so far today.",
    ],
)
def test_acts_of_a_day_or_uncounted_stay(text: str, assaults_in: Any) -> None:
    assert assaults_in(text), assaults_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # "far" of a place, not "so far" (review finding)
        "Houthi fighters have staged four raids in the far north of Hodeidah province, residents said.",
        # "a total of" with no perfect: one day's strikes
        "Turkish jets carried out a total of nine strikes on PKK hideouts near Qandil, the army said.",
        # "overall" describing a noun is no adverb of the count
        "Government forces have launched five attacks on the overall front near Hama this week.",
    ],
)
def test_a_count_not_told_as_a_running_total_is_acts(text: str, assaults_in: Any) -> None:
    assert assaults_in(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Russian aircraft have carried out 80 air strikes over Aleppo to date.",
        "In total, coalition planes have carried out 240 raids on Houthi targets around Sanaa.",
    ],
)
def test_a_running_total_told_by_its_phrase_is_no_act(text: str, assaults_in: Any) -> None:
    assert not assaults_in(text), assaults_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition support to the Iraqi push on Fallujah included more than 400 strikes against militant targets.",
        "The coalition's contribution comprised 250 airstrikes on Islamic State positions near Mosul.",
        "American support has included roughly 900 air strikes, advisers and armoured bulldozers for the Iraqi army.",
        "Allied assistance to the Kurdish fighters included training, weapons and some 300 airstrikes near Kobani.",
    ],
)
def test_acts_listed_as_what_help_comprised_are_no_act(text: str, assaults_in: Any) -> None:
    assert not assaults_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition jets conducted 25 strikes near Mosul on Tuesday, including 10 strikes on tunnels.",
        "The raids included 12 strikes on Islamic State positions near Raqqa, the coalition said.",
        "With coalition support, Iraqi troops carried out 40 raids on militant hideouts near Tikrit.",
    ],
)
def test_acts_not_listed_as_help_stay(text: str, assaults_in: Any) -> None:
    assert assaults_in(text)
