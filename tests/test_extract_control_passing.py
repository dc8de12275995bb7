"""Look-alikes of the changes of hands h-control15 added (h-mend18): a capture noun
hailed or announced by someone who did not take the town, a fall told in passing with
no date, "held talks in T before ...", a clearing of a building in a where clause."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes, extract

PUBLISHED = dt.date(2024, 5, 1)


def changes(text: str) -> list:
    return [c for c in extract(text, PUBLISHED).control_changes if c.kind != "held"]


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Sirte was hailed by Washington as a victory over terror.",
        "The seizure of Marib was welcomed by the Saudi government.",
        "The capture of Tabqa was celebrated by residents in the streets.",
        "The recapture of Izium was praised by European leaders.",
    ],
)
def test_a_capture_hailed_or_welcomed_names_no_taker(engine, text: str) -> None:
    assert not any(c.new_controller for c in changes(text)), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Tabqa was announced by the monitor on Sunday.",
        "The fall of Gao was announced by the United Nations.",
        "The seizure of Sinjar was reported by local journalists.",
    ],
)
def test_a_capture_announced_by_an_unarmed_speaker_names_no_taker(engine, text: str) -> None:
    assert not any(c.new_controller for c in changes(text)), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The capture of Tabqa was completed by the Syrian Democratic Forces.", "Tabqa", "SDF"),
        ("The capture of Gao was carried out by French troops.", "Gao", "FRA"),
        ("The fall of Sinjar was confirmed by Islamic State fighters.", "Sinjar", "ISIS"),
    ],
)
def test_a_capture_done_or_claimed_by_an_armed_side_is_its_own(
    engine, text: str, place: str, taker: str
) -> None:
    assert any(
        c.place_text == place and c.new_controller.startswith(taker) for c in changes(text)
    ), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aid convoys reached Palmyra, which fell to government forces.", "Palmyra"),
        ("Kobani, a town that fell to Islamic State, is being rebuilt.", "Kobani"),
        ("Derna, which fell to Islamic State fighters years ago, is calm now.", "Derna"),
    ],
)
def test_a_fall_told_in_passing_with_no_date_is_background_with_no_date(
    engine, text: str, place: str
) -> None:
    found = [c for c in changes(text) if c.kind == "capture" and c.place_text == place]
    assert found, control_changes(text, PUBLISHED)
    assert found[0].time.date is None and found[0].time.background


@pytest.mark.parametrize(
    "text",
    [
        "Houthi leaders held talks in Sanaa for three days before being pushed out of the negotiations.",
        "Rebels held a rally in Idlib for two hours before they were driven out of the square.",
        "Opposition figures held meetings in Kidal for a week before being expelled from the coalition.",
    ],
)
def test_holding_something_in_a_town_before_leaving_it_changes_no_hands(engine, text: str) -> None:
    assert changes(text) == [], control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        (
            "Russian forces held Kherson for eight months before withdrawing across the river.",
            "Kherson",
            "RUS",
        ),
        (
            "Islamic State fighters held Ramadi for three days before being driven back by Iraqi troops.",
            "Ramadi",
            "ISIS",
        ),
        (
            "Government troops held Hama for ten days before they were expelled from the city by rebels.",
            "Hama",
            "SYR",
        ),
    ],
)
def test_the_capture_that_began_an_ended_hold_is_background_and_states_no_loser(
    engine, text: str, place: str, holder: str
) -> None:
    found = changes(text)
    begun = [c for c in found if c.kind == "capture" and c.new_controller.startswith(holder)]
    ended = [c for c in found if c.previous_controller.startswith(holder)]
    assert begun and ended, control_changes(text, PUBLISHED)
    assert begun[0].time.background and begun[0].time.date is None
    assert begun[0].previous_controller == ""
    assert ended[0].time.date == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Troops returned to Mosul, where they drove out the militants from a mosque.",
        "Soldiers arrived in Kismayo, where they expelled al-Shabaab fighters from a school.",
        "Army units reached Sirte, where they drove Islamic State militants out of the hospital.",
    ],
)
def test_a_where_clause_clearing_a_building_takes_no_town(engine, text: str) -> None:
    assert changes(text) == [], control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops returned to Ramadi, where they drove out the militants.", "Ramadi"),
        (
            "Kurdish forces reached Manbij, where they drove Islamic State fighters out of the town.",
            "Manbij",
        ),
        ("Soldiers pushed on to Baidoa, where they expelled al-Shabaab from the city.", "Baidoa"),
    ],
)
def test_a_where_clause_clearing_the_town_takes_it(engine, text: str, place: str) -> None:
    assert any(c.place_text == place for c in changes(text)), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Army troops entered the town of Reuters after heavy fighting.",
        "Rebels captured the town of Al Jazeera after a battle.",
        "Government forces seized the village of Ahmed on Monday.",
        "Militants overran the town of Erdogan after clashes.",
    ],
)
def test_an_outlet_or_a_bare_persons_name_after_a_place_noun_is_no_place(engine, text: str) -> None:
    assert changes(text) == [], control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops captured the southern village of Ahmed after clashes.", "Ahmed"),
        ("Rebels seized the village of Ahmed, 12 km north of Idlib.", "Ahmed"),
    ],
)
def test_a_persons_name_the_phrase_also_locates_is_a_place(engine, text: str, place: str) -> None:
    assert any(c.place_text == place for c in changes(text)), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The militants recovered their strongholds of Hit and Rutba.", {"Hit", "Rutba"}),
        ("Fighters abandoned their strongholds of Boni and Hombori.", {"Boni", "Hombori"}),
        ("The rebels retook their strongholds of Kidal and Tessalit.", {"Kidal", "Tessalit"}),
    ],
)
def test_every_stronghold_of_a_list_changes_hands(engine, text: str, places: set) -> None:
    assert places <= {c.place_text for c in changes(text)}, control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iraqi forces recaptured a town lost a day earlier, Qarmat, 7 km east of Ramadi.",
            "Qarmat",
        ),
        ("Rebels captured a town abandoned by the army, Maarat, near Idlib.", "Maarat"),
        (
            "Kurdish fighters seized a village abandoned by jihadists, Tel Hamis, on Sunday.",
            "Tel Hamis",
        ),
    ],
)
def test_a_town_named_after_its_participle_phrase_is_the_named_one(
    engine, text: str, place: str
) -> None:
    assert any(c.place_text == place for c in changes(text)), control_changes(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The fall of Mosul was announced by the Iraqi prime minister.", "Mosul", "IRQ"),
        (
            "The recapture of Ramadi was declared by the Iraqi prime minister on Monday.",
            "Ramadi",
            "IRQ",
        ),
    ],
)
def test_a_capture_claimed_by_a_sides_leader_is_the_sides(
    engine, text: str, place: str, taker: str
) -> None:
    assert any(
        c.place_text == place and c.new_controller.startswith(taker) for c in changes(text)
    ), control_changes(text, PUBLISHED)
