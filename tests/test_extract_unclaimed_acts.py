"""A claim no one made ("no group has claimed the bombing", "nobody has taken responsibility
for the attack") names no doer: the act told before keeps its doer unknown, and the claim is
no second act by a generic armed group. A claim someone made still names the doer.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2016, 6, 15)


def _assaults(text: str):
    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off outside a bank in Kirkuk on Sunday, wounding six. No group has claimed the bombing.",
        "Two explosions struck a bus station in Homs. So far nobody has taken responsibility for the blasts.",
        "A bomb exploded at a crowded wedding hall in Baghdad on Friday. No one claimed responsibility for the attack.",
        "A roadside bomb killed three soldiers near Tikrit. No militant group has yet claimed the attack.",
    ],
)
def test_a_claim_no_one_made_is_no_doer_and_no_second_act(text):
    assaults = _assaults(text)
    assert len(assaults) == 1  # the claim restates the act told before
    assert assaults[0].source_actor == ""


def test_a_claim_no_one_made_without_an_act_before_names_no_doer():
    assaults = _assaults("No group has claimed Saturday's bombing of a police station in Mosul.")
    assert assaults and all(e.source_actor == "" for e in assaults)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A car bomb went off outside a bank in Kirkuk on Sunday. The Islamic State claimed the bombing.", "ISIS"),
        (
            "A suicide bomber struck a hotel in Mogadishu. Al-Shabaab has taken responsibility for the attack.",
            "AL_SHABAAB",
        ),
    ],
)
def test_a_claim_someone_made_still_names_the_doer(text, doer):
    assert any(e.source_actor == doer for e in _assaults(text))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # the act before has a doer: the unclaimed bombing is another act
            (
                "Turkish artillery shelled Kurdish positions near Afrin. "
                "No group has claimed the bombing of a market in Idlib on Friday."
            ),
            {"Afrin", "Idlib"},
        ),
        (  # the act before has no doer but another place
            "A car bomb exploded in Kirkuk on Sunday. No group has claimed the bombing of a bus in Basra.",
            {"Kirkuk", "Basra"},
        ),
        (  # "X did not claim" is no claim no one made: its act is one of its own
            (
                "A bomb went off in Tikrit; nobody claimed the attack. "
                "Al-Shabaab did not claim the attack on a hotel in Mogadishu, which killed nine people."
            ),
            {"Tikrit", "Mogadishu"},
        ),
    ],
)
def test_an_unclaimed_act_elsewhere_or_after_a_known_doer_is_kept(text, places):
    assaults = _assaults(text)
    assert {e.place_text for e in assaults} >= places
    unclaimed = [e for e in assaults if e.place_text == max(places, key=text.find)]
    assert unclaimed and all(e.source_actor == "" for e in unclaimed)


def test_a_claim_no_one_made_at_the_same_place_restates_the_act():
    assaults = _assaults("A car bomb went off in Tikrit on Sunday. No group has claimed the bombing in Tikrit.")
    assert len(assaults) == 1 and assaults[0].source_actor == ""


def test_a_side_that_did_not_claim_the_act_is_not_its_doer():
    assaults = _assaults("Gunmen killed five policemen in Kirkuk. The Islamic State did not claim the attack.")
    assert assaults and all(e.source_actor != "ISIS" for e in assaults)
