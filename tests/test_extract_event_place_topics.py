"""A place that is what was talked of is not where the talk was ("held talks on Idlib in
Moscow", "a deal over Afrin", "negotiations on the future of Aleppo", "discussed Raqqa"):
extract/placetopics.py, events.yaml: topic_prepositions, topic_heads, topic_verbs. A
strike "on" a town, or a truce "in" one, stays there. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2018, 9, 20)


@pytest.mark.parametrize(
    ("text", "kind", "where", "topic"),
    [
        (
            "Russian and Turkish envoys held talks on Idlib in Moscow on Thursday.",
            "CONSULT",
            "Moscow",
            "Idlib",
        ),
        (
            "Diplomats met in Geneva on Friday for negotiations over the future of Aleppo.",
            "CONSULT",
            "Geneva",
            "Aleppo",
        ),
        (
            "The two foreign ministers discussed Raqqa at their meeting in Ankara on Monday.",
            "CONSULT",
            "Ankara",
            "Raqqa",
        ),
        (
            "The rival delegations signed a deal over Afrin in Sochi on Tuesday.",
            "AGREE",
            "Sochi",
            "Afrin",
        ),
    ],
)
def test_a_talk_is_placed_where_it_was_held_not_at_its_topic(
    events_found, text: str, kind: str, where: str, topic: str
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == kind]
    assert found, events_found(text, PUBLISHED)
    assert all(e.place_text == where for e in found), [(e.type, e.place_text) for e in found]


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        ("Rebels launched an attack on Idlib on Friday, activists said.", "ASSAULT", "Idlib"),
        (
            "Warplanes carried out strikes on positions in Maarat al-Numan overnight.",
            "ASSAULT",
            "Maarat al-Numan",
        ),
        ("The army said it had agreed on a truce in Daraa.", "AGREE", "Daraa"),
    ],
)
def test_a_deed_on_a_town_or_a_truce_in_it_stays_there(
    events_found, text: str, kind: str, where: str
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == kind]
    assert found and all(e.place_text == where for e in found), [
        (e.type, e.place_text) for e in events_found(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # "positions on the edge of T" are fighting positions, not a talk's stance (review finding)
        ("Turkish jets struck Kurdish militia positions on the outskirts of Afrin overnight.", "Afrin"),
        ("Government troops shelled rebel positions on the edge of Daraa on Friday.", "Daraa"),
    ],
)
def test_fighting_positions_on_a_town_stay_there(events_found, text: str, where: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert found and all(e.place_text == where for e in found), found


def test_a_statement_on_a_town_is_still_a_topic(events_found) -> None:
    text = "Turkish and Russian envoys discussed a statement on Afrin at a meeting in Ankara on Monday."
    found = [e for e in events_found(text, PUBLISHED) if e.type == "CONSULT"]
    assert found and all(e.place_text == "Ankara" for e in found), found
