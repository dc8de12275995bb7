"""Event places on unseen text (issue 13): a place that says where a party sits or fires
from is not where its act happened (sentences written for the tests).

"Gunmen positioned in X shelled Y", "the monitor, based in Britain, said": X places the
doer or the speaker; the shell lands, the strike hits and the report tells of somewhere
else. Found in the sample corpus's precision audit of event places (8 of 17 events whose
place followed "based/positioned/located/stationed in" were placed at the doer's position
or the speaker's seat). Likewise a state or capital named as a party ("at war with
Damascus", "the army of Turkey") is not the act's place (3 of the audit's 60 events).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def event_places(text: str, event_type: str = "") -> list[str]:
    """The places of the events read in ``text`` (of one type, if given)."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    events = [e for e in events if e.type == event_type or not event_type]
    assert events, f"no event read in {text!r}"
    return [e.place_text for e in events]


def assault_places(text: str) -> list[str]:
    return event_places(text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "The monitoring group, based in London, said jets bombed rebel positions overnight.",
            "London",
        ),
        (
            "A rights group headquartered in Geneva said government shelling had killed 12 civilians.",
            "Geneva",
        ),
        (
            "A nurse based at a hospital in Douma told reporters that shelling had continued all day.",
            "Douma",
        ),
        (
            (
                "Mortar rounds fired by gunmen positioned in Harasta fell on the Adawi district "
                "of Damascus, killing a child."
            ),
            "Harasta",
        ),
        (
            "Militants stationed in Tal Rifaat fired rockets that hit a market, wounding six.",
            "Tal Rifaat",
        ),
    ],
)
def test_a_place_where_the_doer_or_speaker_sits_is_not_the_acts(text: str, seat: str) -> None:
    assert seat not in assault_places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the party's place beside the place its act hit: the place hit
        (
            "Rebels positioned in Khan Shaykhun fired rockets at Suran, wounding two people.",
            "Suran",
        ),
        ("Insurgents stationed in Tal Rifaat shelled the town of Azaz on Tuesday.", "Azaz"),
        # the party is hit where it stands: its place is the act's
        (
            "Militants attacked troops stationed at the Kuweires airbase on Sunday.",
            "Kuweires airbase",
        ),
        ("Warplanes struck fighters based in Jarablus, killing nine.", "Jarablus"),
        (
            "Soldiers stationed at the Kuweires airbase were attacked by militants.",
            "Kuweires airbase",
        ),
        ("Air raids on jihadists entrenched in Palmyra killed 20 of them.", "Palmyra"),
        # a thing located somewhere, not a party: the place stays
        ("Islamic State fighters seized the gas fields located near Palmyra.", "Palmyra"),
        # "deployed" troops fight where they are deployed
        ("Troops deployed in Kobani clashed with the militants.", "Kobani"),
    ],
)
def test_the_place_hit_or_the_place_of_the_party_hit_stays(text: str, place: str) -> None:
    assert place in assault_places(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a state or its capital behind a preposition of dealings is a party
        (
            "Israel, still formally at war with Damascus, said Syrian forces had used nerve gas.",
            "Damascus",
        ),
        ("The Kurds agreed to a ceasefire in a deal with Damascus.", "Damascus"),
        ("The opposition held talks with Ankara and Doha on Sunday.", "Ankara"),
        (
            "Kurdish fighters, who are at odds with Ankara, repelled an attack by the militants.",
            "Ankara",
        ),
        # ... and behind "of" after an actor's noun
        ("The rebels appealed to the army of Turkey for help.", "Turkey"),
        # the country across a border is not where an act on this side of it happened
        ("Jihadists stormed a Kurdish village on the border with Turkey, killing five.", "Turkey"),
        ("Gunmen ambushed a patrol near the border with Iraq on Monday.", "Iraq"),
    ],
)
def test_a_state_named_as_a_party_is_not_the_acts_place(text: str, party: str) -> None:
    assert party not in event_places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The United States fired cruise missiles against Syria on Friday.", "Syria"),
        ("Rebels clashed with government forces in Daraa.", "Daraa"),
        ("Russian jets struck rebels in Idlib with support from Damascus.", "Idlib"),
        ("Delegates met the foreign minister of Iran in Geneva on Monday.", "Geneva"),
    ],
)
def test_the_place_beside_a_party_stays(text: str, place: str) -> None:
    assert place in event_places(text)
