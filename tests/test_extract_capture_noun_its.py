"""A capture noun owned by a pronoun: "its" with its taker named ("until its capture by X", "its fall
to X") tells that the town the text is about changed hands: the last town that is a clause's
subject, in the sentence or the two before; "their"/"its" in "congratulated X on their
liberation of T" is the side praised (extract/control_nouns.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2016, 5, 2)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Bab al-Azizia served as the main base of the Libyan leader until its capture by rebel forces in August 2011.", "Bab al-Azizia", "GEN_REBELS"),
        ("The Kuweires air base held out for three years. Its capture by Islamic State fighters on Tuesday shocked the government.", "Kuweires air base", "ISIS"),
        ("Palmyra was a government stronghold until its fall to the jihadists in May.", "Palmyra", "GEN_JIHADISTS"),
        # "their" owning a deed the side is praised for
        ("The minister congratulated the Iraqi army on their liberation of Mosul.", "Mosul", "IRQ_MIL"),
        ("The president praised the Kurdish fighters for their recapture of Kobani.", "Kobani", "YPG"),
        ("The governor thanked the Syrian Democratic Forces for their liberation of Raqqa.", "Raqqa", "SDF"),
    ],
)
def test_a_capture_owned_by_a_pronoun_names_town_and_taker(text, place, taker) -> None:
    found = control_changes(text, PUBLISHED)
    assert any(k == "capture" and p == place and t == taker for k, p, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a town named only in passing is not what "its" stands for
        "The convoy was ambushed near Idlib before its capture by the rebels.",
        "A senior commander visited troops outside Raqqa shortly before its seizure by the militants.",
    ],
)
def test_a_town_named_in_passing_is_not_what_its_stands_for(text) -> None:
    assert not [c for c in control_changes(text, PUBLISHED) if c[0] == "capture"], control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Residents fled Ramadi after its capture by the Islamic State.", "Ramadi", "ISIS"),
        ("Hundreds of families left Marib before its fall to the Houthis.", "Marib", "HOUTHIS"),
        (
            "Russian jets pounded Palmyra for weeks after its recapture by the Islamic State.",
            "Palmyra",
            "ISIS",
        ),
    ],
)
def test_the_town_the_verb_takes_is_what_its_stands_for(text, place, taker) -> None:
    """ "fled T after its capture by X": the object of the verb the capture is told on."""
    found = control_changes(text, PUBLISHED)
    assert ("capture", place, taker) in [(k, p, t) for k, p, t, _ in found], found


def test_a_town_the_verb_reaches_through_another_noun_is_not_what_its_stands_for() -> None:
    text = "Rebels shelled the road to Hama after its capture by the army."
    assert not [c for c in control_changes(text, PUBLISHED) if c[0] == "capture"], control_changes(text, PUBLISHED)


def test_a_town_opening_its_sentence_is_what_its_stands_for() -> None:
    text = (
        "Kuweires (also spelt Kweiris) is a military airbase east of Aleppo. "
        "It served as a training academy until its capture by Islamic State fighters in 2014."
    )
    found = control_changes(text, PUBLISHED)
    assert any(k == "capture" and t == "ISIS" for k, _, t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The minister congratulated the residents on their liberation of Mosul.",
        "The minister criticised the Iraqi army for their handling of the crisis in Mosul.",
    ],
)
def test_praise_of_no_armed_side_or_for_no_capture_takes_nothing(text) -> None:
    assert not [c for c in control_changes(text, PUBLISHED) if c[0] == "capture"], control_changes(text, PUBLISHED)
