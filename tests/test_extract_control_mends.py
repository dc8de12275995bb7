"""Look-alikes of the changes of hands issue 13 added: troops that leave a town on an
errand or leave men behind, flags at ceremonies, "the town fell" after its defenders are
named, holdings after the other side only moved, troops moving into their own towns, and
the idiom "took part of the blame"."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2024, 5, 1)


def changes(text: str) -> list[tuple[str, str, str, str]]:
    return control_changes(text, PUBLISHED)


def changed_hands(text: str) -> list[tuple[str, str, str, str]]:
    """Every capture, withdrawal or loss the text tells (holdings left out)."""
    return [c for c in changes(text) if c[0] in ("capture", "withdrawal", "lost")]


def taken_by(text: str, place: str, taker: str) -> bool:
    """Whether the text tells a capture of ``place`` by ``taker`` or one of its arms."""
    return any(
        k == "capture" and p == place and new.startswith(taker) for k, p, new, _ in changes(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Somali soldiers left Baidoa at dawn to hunt militants in the nearby villages.",
        "The brigade left Kherson on Friday to reinforce positions further east.",
        "Army units left Gao for a training exercise in Bamako.",
        "Kenyan troops left Kismayo for a conference in Nairobi.",
        "The militia left dozens of fighters in Beledweyne to guard the market.",
        "The retreating rebels left weapons and vehicles in Goma.",
        "Government forces left Marawi in ruins after the battle.",
        "The fighting left Bakhmut in flames.",
    ],
)
def test_leaving_on_an_errand_or_leaving_things_behind_is_no_withdrawal(engine, text: str) -> None:
    assert changed_hands(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Somali soldiers left Baidoa at dawn after a week of attacks.", "Baidoa"),
        ("The rebels left Goma quietly overnight.", "Goma"),
    ],
)
def test_troops_that_simply_left_a_town_still_withdrew(engine, text: str, place: str) -> None:
    assert any(
        p == place for kind, p, _, _ in changed_hands(text) if kind in ("withdrawal", "lost")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian flags flew at half-mast over Kharkiv after the missile strike.",
        "Houthi banners were waving in Sanaa during the anniversary march.",
        "Syrian flags fluttered at a memorial ceremony in Aleppo.",
        "Russian flags flew over Donetsk during the victory parade.",
        "The Ukrainian flag was hoisted at a funeral in Lviv.",
    ],
)
def test_flags_at_a_ceremony_or_a_rally_take_no_town(engine, text: str) -> None:
    assert changed_hands(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Russian flag no longer flies over Kupiansk.",
        "The Houthi banner no longer flew above Aden.",
        "Ukrainian flags fly over Kharkiv.",
        "The Ukrainian flag flies in Odesa.",
    ],
)
def test_a_flag_that_no_longer_flies_or_just_flies_is_no_capture(engine, text: str) -> None:
    assert not any(kind == "capture" for kind, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Ukraine's flag is flying over Kupiansk again.", "Kupiansk", "UKR"),
        ("The Sudanese army's banner now flies over Wad Madani.", "Wad Madani", "SDN"),
        ("After the assault, the Russian flag flew over Soledar.", "Soledar", "RUS"),
    ],
)
def test_a_flag_newly_flying_over_a_town_is_still_a_capture(
    engine, text: str, place: str, taker: str
) -> None:
    assert taken_by(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops guarded Bardhere for a year. The town fell in June.",
        "Ukrainian troops fortified Vuhledar for months. The town fell in October.",
        "Burmese troops defended Lashio against the rebels. The town fell in August.",
        "Government forces held off attacks on Baidoa for a month. Then the town fell.",
        "The Myanmar army said Hpakant fell on Wednesday after days of clashes.",
        "Ukraine's army said Avdiivka fell after a long siege.",
        "The Sudanese army announced that Wad Madani fell late on Monday.",
    ],
)
def test_a_town_that_fell_does_not_fall_to_its_defender_or_the_speaker(engine, text: str) -> None:
    assert not any(k == "capture" and new for k, _, new, _ in changes(text))


def test_a_town_that_fell_looks_no_further_back_than_its_paragraph(engine) -> None:
    text = "The Arakan Army attacked Sittwe in May.\n\nResidents said Kyaukphyu fell on Friday."
    assert not any(k == "capture" and new for k, _, new, _ in changes(text))


def test_the_town_that_fell_named_a_paragraph_before_falls_to_its_assailant(engine) -> None:
    text = "The Arakan Army attacked Paletwa in May.\n\nResidents said the town fell on Friday."
    assert any(k == "capture" and new.startswith("ARAKAN") for k, _, new, _ in changes(text))


def test_a_town_that_fell_after_an_assault_falls_to_the_assailant(engine) -> None:
    text = "The Arakan Army launched an assault on Paletwa last week. The town fell on Sunday."
    assert any(k == "capture" and new.startswith("ARAKAN") for k, _, new, _ in changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels held Goma after the army advanced toward the lake.",
        "Bakhmut was under Russian control after Russian troops drove the Ukrainian army out.",
        "Kharkiv stayed under Ukrainian control after Russian troops retreated from the region.",
        "Kherson remained in Ukrainian hands after Russian forces withdrew.",
        "Government troops controlled Baidoa after the militants withdrew from Bardale.",
    ],
)
def test_a_holding_after_the_other_side_only_moved_is_no_capture(engine, text: str) -> None:
    assert not any(k == "capture" for k, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The rebels controlled Goma after the army withdrew.", "Goma"),
        ("Bakhmut was under Russian control after the Ukrainian army was driven out.", "Bakhmut"),
        ("Al-Shabaab held Baidoa after government troops withdrew from Baidoa.", "Baidoa"),
        (
            "Goma was under M23 control after the barracks were looted and the Congolese army driven out.",
            "Goma",
        ),
    ],
)
def test_a_holding_after_the_other_side_left_is_still_a_capture(
    engine, text: str, place: str
) -> None:
    assert any(k == "capture" and p == place for k, p, _, _ in changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Somali soldiers moved into Kismayo to reinforce the garrison.",
        "Russian troops moved into Melitopol to defend the city.",
        "Sudanese soldiers moved into Omdurman to protect the bridges.",
        "Russian troops moved into the Belgorod region in March.",
        "Ukrainian units moved into the Zaporizhzhia region last week.",
    ],
)
def test_moving_into_a_town_to_defend_it_or_into_a_region_takes_nothing(engine, text: str) -> None:
    assert not any(k == "capture" for k, *_ in changes(text))


def test_moving_into_a_town_the_enemy_held_still_takes_it(engine) -> None:
    text = "Ukrainian troops moved into Kupiansk after the Russian retreat."
    assert any(k == "capture" and p == "Kupiansk" for k, p, _, _ in changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "The SDF took part of the blame for the shortages in Raqqa.",
        "Hezbollah took part of the credit for the ceasefire in Beirut.",
        "The junta took part of the responsibility for the unrest in Mandalay.",
    ],
)
def test_taking_part_of_the_blame_for_something_in_a_town_takes_no_town(engine, text: str) -> None:
    assert not any(k == "capture" for k, *_ in changes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Government troops established control over the road toward Kismayo.",
        "The RSF extended its control over the road towards El Fasher.",
        "Houthi fighters gained control of the road toward Marib.",
        "Russian forces established control over the railway line toward Pokrovsk.",
    ],
)
def test_control_won_on_the_way_toward_a_town_does_not_take_the_town(engine, text: str) -> None:
    assert not any(k == "capture" for k, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Houthi fighters gained control of Marib after a long siege.", "Marib"),
        ("The RSF established control over El Fasher on Sunday.", "El Fasher"),
    ],
)
def test_control_won_of_the_town_itself_still_takes_it(engine, text: str, place: str) -> None:
    assert any(k == "capture" and p == place for k, p, _, _ in changes(text))


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (
            "The Sudanese flag was raised over the army headquarters in Wad Madani on Saturday.",
            "Wad Madani",
            "SDN",
        ),
        ("Ukraine flew its flag over the main square of Kherson on Friday.", "Kherson", "UKR"),
        ("Volunteers were filmed raising the Ukrainian flag in Kupiansk.", "Kupiansk", "UKR"),
        ("The RSF banner was hoisted over Nyala.", "Nyala", "RSF"),
    ],
)
def test_a_flag_raised_with_no_armed_raiser_named_is_its_owners_capture(
    engine, text: str, place: str, taker: str
) -> None:
    assert taken_by(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "A white flag was raised over Mariupol.",
        "Ukraine flew its flag at half-mast in Kyiv.",
        "The Ukrainian flag was raised at a memorial in Lviv.",
    ],
)
def test_a_flag_of_no_side_or_at_a_ceremony_raised_takes_nothing(engine, text: str) -> None:
    assert not any(k == "capture" for k, *_ in changes(text))
