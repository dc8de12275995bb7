"""Event places on unseen text (issue 13): a place that says where a party sits or fires
from is not where its act happened (sentences written for the tests).

"Gunmen positioned in X shelled Y", "the monitor, based in Britain, said": X places the
doer or the speaker; the shell lands, the strike hits and the report tells of somewhere
else. Found in the sample corpus's precision audit of event places (13 of 17 events whose
place followed "based/positioned/located/stationed in" were placed at the doer's position
or the speaker's seat).
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def assault_places(text: str) -> list[str]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    assert assaults, f"no assault read in {text!r}"
    return [e.place_text for e in assaults]


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
        ("Air raids on jihadists entrenched in Palmyra killed 20 of them.", "Palmyra"),
        # a thing located somewhere, not a party: the place stays
        ("Islamic State fighters seized the gas fields located near Palmyra.", "Palmyra"),
        # "deployed" troops fight where they are deployed
        ("Troops deployed in Kobani clashed with the militants.", "Kobani"),
    ],
)
def test_the_place_hit_or_the_place_of_the_party_hit_stays(text: str, place: str) -> None:
    assert place in assault_places(text)
