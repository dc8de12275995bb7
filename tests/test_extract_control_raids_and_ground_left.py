"""Changes of hands as today's wars report them: a raid that leaves again ("briefly
captured"), a side that "advanced into" or "marched into" a town, ground left ("abandoned
their outpost in T", "withdrew from the villages of B and C near T"), a town that owns its
fall ("T's fall to X") and a side only close to a capture."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 1)


def changes(text: str) -> list[tuple[str, str, str, str, str]]:
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return [
        (c.kind, c.place_text, c.new_controller, c.previous_controller, c.claim.certainty)
        for c in found
    ]


def takes(text: str, place: str, taker: str) -> bool:
    """Whether the text tells that ``taker`` took ``place``."""
    return ("capture", place, taker) in {(kind, name, new) for kind, name, new, _, _ in changes(text)}


def plain_places(text: str) -> set[tuple[str, str]]:
    return {(kind, place) for kind, place, _, _, certainty in changes(text) if certainty != "hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters briefly captured Baidoa on Monday night.",
        "Houthi gunmen temporarily seized Harib before government troops returned.",
        "Russian units took Kupiansk for a few hours last week.",
        "The militants seized Baidoa before withdrawing toward the forest.",
    ],
)
def test_a_raid_that_leaves_again_is_no_change_of_hands(engine, text: str) -> None:
    assert not any(kind == "capture" for kind, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army recaptured Baidoa, which al-Shabaab had briefly held in May.", "Baidoa"),
        ("Government troops retook Harib after the Houthis had briefly occupied it.", "Harib"),
    ],
)
def test_a_passing_mark_in_another_clause_leaves_the_capture_standing(
    engine, text: str, place: str
) -> None:
    assert ("capture", place) in plain_places(text)


def test_a_first_capture_since_a_date_is_still_a_capture(engine) -> None:
    assert ("capture", "Baidoa") in plain_places("The army took Baidoa for the first time since 2019.")


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Houthi fighters advanced into Harib on Tuesday.", "Harib", "HOUTHIS"),
        ("Al-Shabaab militants marched into Baidoa after the garrison left.", "Baidoa", "AL_SHABAAB"),
        ("Russian armour rolled into Kupiansk at dawn.", "Kupiansk", "RUS_MIL"),
    ],
)
def test_advancing_into_a_town_takes_it(engine, text: str, place: str, taker: str) -> None:
    assert takes(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops advanced into the outskirts of Pokrovsk.",
        "Houthi fighters advanced into Harib briefly before being pushed back.",
        "Russian troops advanced into Ukraine in February 2022.",
    ],
)
def test_advancing_to_a_towns_edge_or_into_a_country_takes_no_town(engine, text: str) -> None:
    assert not any(kind == "capture" for kind, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        ("Junta troops abandoned their outpost in Kawkareik after the attack.", "Kawkareik", "MMR_MIL"),
        ("Ukrainian soldiers abandoned their positions in Avdiivka overnight.", "Avdiivka", "UKR_MIL"),
        ("The Sudanese army evacuated its base in Wad Madani on Monday.", "Wad Madani", "SDN_SAF"),
    ],
)
def test_abandoning_a_base_in_a_town_leaves_the_town(engine, text: str, place: str, loser: str) -> None:
    assert any(
        kind in ("lost", "withdrawal") and name.startswith(place) and old == loser
        for kind, name, _, old, _ in changes(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Government troops abandoned a checkpoint in Aleppo on Monday.",
        "Soldiers abandoned an outpost in Mosul after the attack.",
        "Police abandoned a base in Khartoum on Tuesday.",
        "Ukrainian troops abandoned a position in Kharkiv overnight.",
    ],
)
def test_one_post_of_many_left_in_a_city_leaves_no_city(engine, text: str) -> None:
    assert not any(kind in ("lost", "withdrawal", "capture") for kind, *_ in changes(text))


def test_a_post_left_in_a_village_leaves_the_village(engine) -> None:
    text = "Government troops abandoned a checkpoint in the village of Kafr Nabl on Monday."
    assert any(place == "Kafr Nabl" for _, place, *_ in changes(text)), changes(text)


def test_withdrawing_jets_from_a_base_still_leaves_no_ground(engine) -> None:
    assert changes("Russia withdrew several jets from its base in Kupiansk.") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ukrainian forces withdrew from the villages of Uspenivka and Trudove near Kurakhove.",
            {"Uspenivka", "Trudove"},
        ),
        ("Kyiv's troops pulled out of the Donetsk villages of Uspenivka and Trudove.", {"Uspenivka", "Trudove"}),
        ("Ukrainian units retreated from the village of Trudove near the town of Kurakhove.", {"Trudove"}),
    ],
)
def test_ground_left_is_the_villages_named_not_the_town_near_them(
    engine, text: str, places: set[str]
) -> None:
    left = {place for kind, place in plain_places(text) if kind in ("lost", "withdrawal")}
    assert left == places


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Avdiivka's fall to Russian forces shocked Kyiv.", "Avdiivka", "RUS_MIL"),
        ("After Myawaddy's capture by the Karen National Union, trade stopped.", "Myawaddy", "KNU"),
        ("Wad Madani's recapture by the Sudanese army was celebrated.", "Wad Madani", "SDN_SAF"),
    ],
)
def test_a_town_that_owns_its_fall_is_what_was_taken(engine, text: str, place: str, taker: str) -> None:
    assert takes(text, place, taker)


def test_a_side_that_owns_the_capture_is_no_place(engine) -> None:
    assert changes("Russia's capture of nothing in particular was mocked.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Resistance forces say they are close to taking control of Myawaddy.",
        "Russian troops are near to capturing Pokrovsk, a blogger said.",
        "The RSF moved closer to seizing El Fasher this week.",
    ],
)
def test_a_side_close_to_a_capture_has_not_made_it(engine, text: str) -> None:
    found = changes(text)
    assert found and all(certainty == "hypothetical" for *_, certainty in found)


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters were close to taking Kobani.",
        "Russian forces came close to capturing Kharkiv in the first weeks.",
        "The RSF was near to seizing El Fasher, a monitor said.",
        "Houthi fighters are close to overrunning Marib.",
    ],
)
def test_the_assault_of_a_capture_only_come_close_to_is_not_done(engine, text: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults and all(e.claim.certainty == "hypothetical" for e in assaults), assaults


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("By evening Kherson was back under Ukrainian control.", "Kherson", "UKR_MIL"),
        ("Wad Madani is once again under Sudanese army control.", "Wad Madani", "SDN_SAF"),
        ("Officials said Bakhmut was back under Russian control.", "Bakhmut", "RUS_MIL"),
    ],
)
def test_back_under_a_sides_control_is_a_change_of_hands(
    engine, text: str, place: str, taker: str
) -> None:
    assert takes(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "Mosul is back under Iraqi government control.",
        "Kherson is back under Ukrainian control, officials said.",
        "Palmyra was once again under Islamic State control.",
    ],
)
def test_a_return_under_control_has_no_day_and_no_assault_of_its_own(engine, text: str) -> None:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    (change,) = [c for c in result.control_changes if c.kind == "capture"]
    assert change.time.date is None and change.time.background, change.time
    assert not [e for e in result.events if e.type == "ASSAULT"], result.events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aleppo has been under government control again since December 2016.", "Aleppo"),
        ("The town of Jarabulus has been back under rebel control since August.", "Jarabulus"),
        ("Mosul has been back under Iraqi control since July 2017.", "Mosul"),
    ],
)
def test_back_under_control_since_a_time_is_a_holding(engine, text: str, place: str) -> None:
    assert [(k, p) for k, p, *_ in changes(text)] == [("held", place)]


def test_under_a_sides_control_without_back_is_a_holding(engine) -> None:
    assert ("held", "Kherson") in plain_places("Kherson is under Ukrainian control.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli troops seized Gaza's Rafah crossing on Tuesday.", "Rafah crossing"),
        ("The army took control of the northern part of Syria's Bab al-Hawa crossing.", "Bab al-Hawa crossing"),
        ("The RSF captured the airport of Sudan's El Fasher.", "El Fasher"),
    ],
)
def test_a_place_that_owns_another_only_locates_it(engine, text: str, place: str) -> None:
    assert ("capture", place) in plain_places(text)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The RSF captured the army headquarters in el-Fasher.", "el-Fasher", "RSF_SDN"),
        ("The rebels overran the division headquarters on Sunday in Kawkareik.", "Kawkareik", "GEN_REBELS"),
        ("Houthi fighters took the brigade headquarters yesterday in Harib.", "Harib", "HOUTHIS"),
    ],
)
def test_a_headquarters_taken_in_a_town_takes_the_town(
    engine, text: str, place: str, taker: str
) -> None:
    assert takes(text, place, taker)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Houthi forces established control over Harib after a week of fighting.", "Harib", "HOUTHIS"),
        ("Israeli forces assumed control of the Rafah crossing at dawn.", "Rafah crossing", "ISR_MIL"),
        ("Al-Shabaab gained control of Baidoa after the troops left.", "Baidoa", "AL_SHABAAB"),
    ],
)
def test_gaining_control_of_a_place_takes_it(engine, text: str, place: str, taker: str) -> None:
    assert takes(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "The army gained ground near Harib.",
        "The general assumed command of the 7th Brigade in Harib.",
        "Al-Shabaab briefly gained control of Baidoa on Monday.",
    ],
)
def test_gaining_anything_but_lasting_control_takes_no_place(engine, text: str) -> None:
    assert not any(kind == "capture" for kind, *_ in changes(text))
