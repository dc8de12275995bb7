"""A place called "nearby", "neighbouring" or "adjacent" is where the act is: "arrived in the
nearby town of X", "fled to neighbouring X", "fighting in nearby X province" say that X lies
near the story's other places, not that the act was near X (directions.yaml:
neighbour_words). Such a name takes the cue of its preposition ("in", "to") and keeps its
precision; "near X" and "close to X" still place an act near X. Sentences written for these
tests (issue 13: the event put at another place of its sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.places import cues_of
from frontwatch.pipeline import process_texts


def cues_for(place_mentions, text: str, name: str) -> list[str]:
    found = [m for t, m in place_mentions(text).items() if name in t]
    assert found, (text, list(place_mentions(text)))
    return cues_of(found[0])


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        (
            "Iraqi reinforcements arrived in the nearby town of Khaldiyah on Tuesday.",
            "Khaldiyah",
            "in",
        ),
        ("Families fled the shelling to neighbouring Douma overnight.", "Douma", "to"),
        ("Fighting raged in nearby Anbar province on Sunday, officials said.", "Anbar", "in"),
        ("Army tanks rolled into the neighboring town of Saraqib at dawn.", "Saraqib", "to"),
    ],
)
def test_a_neighbouring_place_takes_its_prepositions_cue(place_mentions, text, name, cue) -> None:
    cues = cues_for(place_mentions, text, name)
    assert cue in cues
    assert "near" not in cues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels clashed with troops near the town of Adra on Monday.", "Adra"),
        ("Jets bombed villages close to Kobani on Monday.", "Kobani"),
    ],
)
def test_near_still_places_an_act_near_a_town(place_mentions, text, name) -> None:
    assert "near" in cues_for(place_mentions, text, name)


def test_an_act_in_the_nearby_town_is_placed_there() -> None:
    text = (
        "Iraqi reinforcements arrived in the nearby town of Khaldiyah on Tuesday, in "
        "preparation for an assault on Ramadi."
    )
    result = process_texts([text], dates=[dt.date(2015, 11, 12)])[0]
    places = {p.id: p for p in result.places}
    mobilized = [
        places[e.place_id].name for e in result.events if e.type == "MOBILIZE" and e.place_id
    ]
    assert mobilized == ["Khalidiyah"]
