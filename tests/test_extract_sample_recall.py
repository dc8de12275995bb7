"""Event recall on unseen text, two classes of the sample corpus's recall audit (sentences
written for the tests).

An act's place is the place it names, not the larger one that only says where that place
lies: "the town of X in western Y", "the X district of Y", "X, 30 km north of Y".
Who made an attack that killed or wounded: the actor the attack noun's modifiers name, also
behind a means noun ("killed in a rebel mortar attack", "a terrorist explosive device
blast"), unless the attack names its doer with "by".
"""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


def event_places(text: str) -> list[str]:
    return [e.place_text for e in assaults(text)]


def doers(text: str) -> list[str]:
    return [e.source_actor for e in assaults(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Warplanes pounded the area around the town of Manbij in eastern Aleppo on Tuesday.",
            "Manbij",
        ),
        ("Government troops battled rebels for the town of Rastan, 20 km north of Homs.", "Rastan"),
        (
            "Heavy clashes broke out in the Sheikh Maqsoud district of Aleppo overnight.",
            "Sheikh Maqsoud",
        ),
        ("Jets bombed Saraqeb, south of Idlib, on Sunday.", "Saraqeb"),
        (
            "Militants shelled the city of Qamishli in Hasakah province, killing four people.",
            "Qamishli",
        ),
        ("Jets struck the town of Palmyra in the Homs desert on Monday.", "Palmyra"),
        # the town named after a larger place's name is the place, not that larger place
        ("Artillery pounded the Damascus suburb of Ain Tarma on Tuesday.", "Ain Tarma"),
        ("Government aircraft bombed the Idlib province town of Saraqeb overnight.", "Saraqeb"),
    ],
)
def test_the_place_named_not_the_one_that_locates_it(text: str, place: str) -> None:
    assert place in event_places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # two places side by side, neither locating the other: the first cued one stays
        ("Fighting raged in Daraa and in Quneitra on Monday.", "Daraa"),
        ("Shelling hit Douma before dawn, and later Harasta, activists said.", "Douma"),
    ],
)
def test_places_side_by_side_keep_the_first(text: str, place: str) -> None:
    assert event_places(text)[0] == place


def test_a_village_the_gazetteer_lacks_stays_at_the_town_named_with_it() -> None:
    text = "Rebels attacked the village of Umm Batna Sharqiya near Hama on Friday."
    hama_town = "gn:170017"
    assert [e.place_id for e in assaults(text)] == [hama_town]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Two farmers were killed in a terrorist explosive device blast near Sweida on Friday.",
            "GEN_TERRORISTS",
        ),
        (
            "Seven people died due to terrorist mortar attacks on the city of Hama.",
            "GEN_TERRORISTS",
        ),
        ("A boy was wounded in an IS suicide car bomb attack on Tal Abyad.", "ISIS"),
        ("Three soldiers were killed in a rebel ambush east of Homs.", "GEN_REBELS"),
        (
            "Nine people died in insurgent rocket attacks by the Nusra Front on Latakia city.",
            "JABHAT_AL_NUSRA",
        ),
    ],
)
def test_the_attacks_modifier_is_its_doer(text: str, doer: str) -> None:
    assert doer in doers(text)


def test_an_attack_whose_words_name_nobody_keeps_no_doer() -> None:
    assert doers("Two civilians were killed in a car bomb attack in Azaz on Monday.") == [""]
