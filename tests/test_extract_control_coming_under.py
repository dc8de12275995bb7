"""Changes of hands told from the place's or the loser's side: "T came under X control"
(a change, where "T is under X control" is a holding), "Y were driven out of T (by X)", and
by a noun whose place is "the city" named before or a town the gazetteer lacks ("the fall
of the city to X")."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2016, 6, 1)


def changes(text: str) -> list[tuple[str, str, str, str]]:
    return control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        ("Tal Abyad came under the control of Kurdish fighters after a short battle.",
         "Tal Abyad", "YPG"),
        ("Palmyra fell under Islamic State control in May 2015.", "Palmyra", "ISIS"),
        ("By nightfall Manbij had passed under the control of the Syrian Democratic Forces.",
         "Manbij", "SDF"),
    ],
)
def test_coming_under_control_is_a_change_of_hands(text: str, place: str, holder: str) -> None:
    found = changes(text)
    assert ("capture", place, holder) in [c[:3] for c in found], found
    assert not [c for c in found if c[0] == "held"], found


def test_the_town_that_came_under_control_is_the_one_named_before() -> None:
    text = "Fighting raged around Sirwah for a week. The town came under Houthi control on Friday."
    assert ("capture", "Sirwah", "HOUTHIS") in [c[:3] for c in changes(text)]


def test_being_under_control_stays_a_holding() -> None:
    found = changes("Raqqa has been under the control of Islamic State since 2014.")
    assert [c[0] for c in found] == ["held"], found


@pytest.mark.parametrize(
    ("text", "place", "taker", "loser"),
    [
        ("Islamic State militants were driven out of Kobani by Kurdish fighters in January.",
         "Kobani", "YPG", "ISIS"),
        ("Government troops were pushed out of Tabqa by Islamic State fighters.",
         "Tabqa", "ISIS", "SYR_MIL"),
        ("Al-Shabaab fighters were expelled from Barawe on Saturday, officials said.",
         "Barawe", "", "AL_SHABAAB"),
    ],
)
def test_a_side_driven_out_of_a_town_lost_it(text: str, place: str, taker: str, loser: str) -> None:
    # with no taker named, the loss is an observation of its own kind, not a change of hands
    assert ("capture" if taker else "lost", place, taker, loser) in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops were pushed back from the outskirts of Aleppo.",  # repelled
        "Islamic State fighters driven out of Manbij regrouped in Jarablus.",  # told elsewhere
    ],
)
def test_a_side_repelled_or_described_changes_nothing_here(text: str) -> None:
    assert not [c for c in changes(text) if c[0] == "capture" and c[1] in ("Aleppo", "Jarablus")]


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            (
                "Rebels encircled Idlib in March. The capture of the city by the Army of "
                "Conquest followed within days."
            ),
            "Idlib",
            "JAISH_AL_FATAH",
        ),
        ("The seizure of the town of Tell Hamdoun by Kurdish fighters was confirmed on Monday.",
         "Tell Hamdoun", "GEN_KURDISH_FORCES"),
        ("The army acknowledged the fall of the city of Aleppo to rebel forces.", "Aleppo",
         "GEN_REBELS"),
    ],
)
def test_a_capture_noun_finds_the_city_named_before_and_an_unknown_town(
    text: str, place: str, taker: str
) -> None:
    assert ("capture", place, taker) in [c[:3] for c in changes(text)]


def test_people_captured_near_a_town_are_no_change_of_hands() -> None:
    assert changes("The capture of dozens of fighters near Aleppo was announced by the army.") == []


def test_a_fall_reported_to_a_body_that_does_not_fight_names_no_taker() -> None:
    found = changes("The monitor reported the fall of the town of Tell Hamdoun to the United Nations.")
    assert all(c[2] == "" for c in found if c[1] == "Tell Hamdoun"), found


@pytest.mark.parametrize(
    ("text", "place", "loser", "taker"),
    [
        ("Iraqi troops briefly lost control of parts of Ramadi on Friday.", "Ramadi", "IRQ_MIL", ""),
        ("Government forces lost control of Palmyra to Islamic State fighters in May 2015.",
         "Palmyra", "SYR_MIL", "ISIS"),
        ("Kurdish fighters had lost control over Tal Abyad by nightfall, the monitor said.",
         "Tal Abyad", "YPG", ""),
    ],
)
def test_a_side_that_lost_control_of_a_town_lost_it(
    text: str, place: str, loser: str, taker: str
) -> None:
    assert ("capture" if taker else "lost", place, taker, loser) in changes(text)


def test_losing_control_of_anything_but_ground_changes_no_hands() -> None:
    assert changes("The president lost control of the parliament in Damascus after the vote.") == []
