"""A toll told in the sentence after an act ("Nine were killed, a medic said") is that act's
toll, not a second act; a toll over days, a toll somewhere else, a toll with a doer of its own
and a toll beside a denied act stay apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 3, 9)


def _assaults(text: str) -> list[tuple[str, str, int | None]]:
    """(trigger, place, killed) of every ASSAULT the pipeline stores from the text."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [
        (e.trigger.lower(), e.place_text, e.casualties.killed)
        for e in events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "killed"),
    [
        (
            (
                "Government helicopters dropped barrel bombs on a market in Saraqeb on Sunday. "
                "Eleven people were killed and twenty wounded, a local medic said."
            ),
            "dropped",
            11,
        ),
        (
            (
                "Islamic State fighters attacked an army checkpoint west of Samarra overnight. "
                "Seven soldiers were killed in the clashes, a police officer told reporters."
            ),
            "attacked",
            7,
        ),
        (
            (
                "A car bomb exploded outside a police station in Kirkuk on Thursday morning. "
                "The blast killed at least six people, hospital sources said."
            ),
            "exploded",
            6,
        ),
        (
            (
                "Turkish drones struck a convoy of fighters outside Qamishli. "
                "The strikes killed four of them, the monitor said."
            ),
            "struck",
            4,
        ),
        (
            (
                "Rebels shelled a government-held district of Aleppo with rockets. "
                "Three children were killed and five wounded in the shelling, state media reported."
            ),
            "shelled",
            3,
        ),
    ],
)
def test_a_toll_told_after_the_act_is_that_acts_toll(
    engine, text: str, trigger: str, killed: int
) -> None:
    assaults = _assaults(text)
    assert len(assaults) == 1, assaults
    assert assaults[0][0] == trigger and assaults[0][2] == killed


@pytest.mark.parametrize(
    "text",
    [
        # a toll over days counts more than the one act told before it
        (
            "Government helicopters dropped barrel bombs on a market in Saraqeb on Sunday. "
            "In a week, more than 40 people have been killed in the province, a medic said."
        ),
        (
            "Jets struck the eastern districts of Douma on Monday. "
            "Over the past week, 35 people were killed across the enclave, activists said."
        ),
        # a toll at another town is another act
        (
            "Rebels shelled a government-held district of Aleppo on Friday. "
            "Five soldiers were killed in Hama, a monitor said."
        ),
        # a toll beside a deed of its own ("a school was struck") tells that deed
        (
            "Rebels shelled the outskirts of Aleppo on Friday. "
            "A school was struck in the old quarter and four pupils were killed, teachers said."
        ),
        # a toll whose doer is named is an act told on its own
        (
            "Insurgents ambushed a patrol near Baquba on Monday. "
            "Gunmen killed three farmers near Tikrit, police said."
        ),
    ],
)
def test_a_toll_that_is_not_the_acts_stays_apart(engine, text: str) -> None:
    assert len(_assaults(text)) == 2, _assaults(text)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a denied act gets no toll told after it
        (
            (
                "The ministry denied that its aircraft had bombed the hospital in Kafr Nabl. "
                "Twelve patients were killed, a doctor at the hospital said."
            ),
            2,
        ),
        # the nearest act decides: a toll at another town is not passed on to an older act
        (
            (
                "Jets bombed a market on Monday. A car bomb exploded in Azaz on Tuesday. "
                "Nine people were killed in Kafr Nabl, medics said."
            ),
            3,
        ),
    ],
)
def test_a_toll_is_not_given_to_an_act_it_does_not_retell(engine, text: str, acts: int) -> None:
    assaults = _assaults(text)
    assert len(assaults) == acts, assaults
    assert not any(killed for trigger, _, killed in assaults if trigger == "bombed")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Kurdish fighters captured a village from Islamic State on Saturday, officials said. "
                "The Kurdish fighters seized Tell Abyad after a short battle, a commander told reporters."
            ),
            "Tell Abyad",
        ),
        (
            (
                "Turkish troops attacked a border post on Sunday morning. "
                "The Turkish troops stormed the post at Azaz within hours, the ministry said."
            ),
            "Azaz",
        ),
        (
            (
                "Al Shabaab militants attacked an army base at dawn. "
                "The Al Shabaab militants stormed the base near Baidoa, police said."
            ),
            "Baidoa",
        ),
    ],
)
def test_the_same_doer_telling_the_act_again_next_with_its_place_is_one_act(
    engine, text: str, place: str
) -> None:
    assaults = _assaults(text)
    assert len(assaults) == 1, assaults
    assert place in assaults[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # "again", "also": the sentence says it is another act
        "Russian jets bombed a market in Ariha on Monday. Russian jets also bombed a bakery, activists said.",
        "Rebels shelled an army post on Friday. The rebels shelled the post in Hama again, a monitor said.",
        # "then", "afterwards": the sentence tells the next deed of a sequence
        "Hezbollah fighters shelled a rebel post near Qusayr. Hezbollah subsequently shelled a checkpoint on the highway.",
        "Army troops shelled a rebel post in Daraa. Afterwards the troops shelled the road to the border.",
        "Russian jets bombed a hospital in Idlib on Monday. Russian jets next bombed a bakery, activists said.",
        "Government troops shelled a rebel post near Daraa. Government troops then shelled a nearby farm.",
        # neither telling places it: two acts told alike stay two
        "Government helicopters bombed a school. Government helicopters bombed a clinic, medics said.",
        # a class of doers told twice is no one doer: a list of attacks by "terrorists"
        (
            "Terrorists fired rocket shells on a residential area on Monday. "
            "Terrorists fired mortar rounds on the village of Kafr Zita, state media said."
        ),
        # another doer
        "Rebels stormed a checkpoint near Hama. Islamic State fighters stormed the checkpoint in Hama.",
    ],
)
def test_an_act_told_as_another_stays_apart(engine, text: str) -> None:
    assert len(_assaults(text)) == 2, _assaults(text)
