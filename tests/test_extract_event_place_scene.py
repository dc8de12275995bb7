"""An act told in a sentence that names no place is at the town where the sentence just
before put its act: a report tells one scene until it names another (issue 13; h-evplace21's
audit of 126 events in 35 news paragraphs, and the development set's unplaced retellings
of a raid, a strike or a surrender). Not when its own sentence names a place, not after a
sentence that put its act in a province or a country, not from further back than the
window, not past a name the tagger does not know after a place preposition, not the
filing place of a dateline, not for an act not told as a fact, and not for words said or
ties agreed (a condemnation, a demand, a plan accepted), told from wherever the speaker
was. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts


def placed(text: str) -> list[tuple[str, str, str]]:
    """(type, trigger, place name or '') of every event the text gives."""
    result = process_texts([text], dates=[dt.date(2021, 3, 2)])[0]
    places = {p.id: p.name for p in result.places}
    return [(e.type, e.trigger.lower(), places.get(e.place_id, "")) for e in result.events]


@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        (
            (
                "Gunmen stormed a police station in Khalis on Sunday night. Policemen repelled "
                "the attackers after a two-hour gunfight, a local official said."
            ),
            "repelled",
            "Khāliş",
        ),
        (
            (
                "Rebel fighters overran an army post near Kafr Nabudah at dawn. The army "
                "responded with heavy artillery fire on the rebels, residents said."
            ),
            "fire",
            "Kafr Nabudah",
        ),
        (
            (
                "Jihadists ambushed a supply convoy outside Jalawla on Tuesday. Hours later, "
                "police detained four suspects at a checkpoint, officers said."
            ),
            "detained",
            "Jalawla",
        ),
        # a truce is agreed over the front it stops
        (
            (
                "Rebels and the army fought for a week in Talbiseh. A ceasefire was reached on "
                "Friday, residents said."
            ),
            "ceasefire",
            "Tallbīsah",
        ),
        # its own sentence's place stays
        (
            "Jets bombed Saraqeb on Monday. Rebels shelled government positions in Hama on Tuesday.",
            "shelled",
            "Ḩamāh",
        ),
        (
            (
                "Gunmen stormed a police station in Khalis on Sunday. Troops later raided a "
                "farm outside Baqubah and detained two men."
            ),
            "raided",
            "Baqubah",
        ),
    ],
)
def test_an_act_is_at_the_scene_its_sentence_or_the_one_before_names(text, trigger, town):
    assert (trigger, town) in {(t, place) for _, t, place in placed(text)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the scene before is a province: it says no more than the article's theatre
        (
            "Fighting raged in Idlib province on Monday. Rebels ambushed a convoy, killing six.",
            "ambushed",
        ),
        # a name the tagger does not know, after a place preposition, is a new scene
        (
            (
                "Government troops shelled Hama on Monday. Helicopters also strafed districts of "
                "Bou Kamel near the frontier, a television channel reported."
            ),
            "strafed",
        ),
        (
            (
                "Helicopters dropped barrel bombs on Kafranbel on Monday. Five civilians died "
                "after shelling on areas in Qurqaniya town."
            ),
            "shelling",
        ),
        # an act not told as a fact has no scene
        (
            (
                "Jets bombed a depot in Saraqeb on Monday. The air force will keep striking the "
                "militants wherever they hide, a general said."
            ),
            "striking",
        ),
        # a dateline is where the report was filed, not a scene
        (
            "BAGHDAD (Reuters) - Gunmen killed three soldiers on Monday. Troops later arrested two suspects.",
            "arrested",
        ),
        # three sentences back is another paragraph's scene
        (
            (
                "Gunmen stormed a police station in Khalis on Sunday. Lawmakers debated the budget "
                "for hours. The session ended late. Ministers left for the weekend. Troops later "
                "arrested two suspects."
            ),
            "arrested",
        ),
    ],
)
def test_no_scene_from_an_area_a_dateline_or_far_back(text, trigger):
    assert (trigger, "") in {(t, place) for _, t, place in placed(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a police station in Khalis on Sunday night. The interior ministry condemned the raid.",
        "Drones struck a depot in Jilib on Friday. The government accused the militants of hiding arms.",
        "Shells fell on a market in Taiz on Monday. Aid agencies demanded an end to the siege.",
        "Rebels shelled Daraa on Friday. The government agreed to an Arab League plan on Sunday.",
    ],
)
def test_words_said_are_not_placed_at_the_scene(text):
    said = [
        (kind, place) for kind, _, place in placed(text) if kind in ("ACCUSE", "REQUEST", "AGREE")
    ]
    assert said, text
    assert all(place == "" for _, place in said)
