"""Changes of hands on today's front lines (issue 13): troops that "moved into" a town,
a side's flag "flying over" a town, a holding told as the outcome of the other side
leaving ("under X control after the army was driven out"), and a village the gazetteer
lacks, placed by its region, kept by its own name rather than credited as the region."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2024, 5, 1)


def changes(text: str) -> list[tuple[str, str, str, str]]:
    return control_changes(text, PUBLISHED)


def captured(text: str) -> set[tuple[str, str]]:
    """(place, taker) of every capture the text tells."""
    return {(place, new) for kind, place, new, _ in changes(text) if kind == "capture"}


def triggers(text: str) -> list[str]:
    """The cue word of every capture the text tells."""
    from frontwatch.pipeline import process_texts

    found = process_texts([text], dates=[PUBLISHED])[0].control_changes
    return [c.trigger for c in found if c.kind == "capture"]


def taken_by(text: str, place: str, taker: str) -> bool:
    """Whether the text tells a capture of ``place`` by ``taker`` or one of its arms."""
    return any(p == place and new.startswith(taker) for p, new in captured(text))


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Government soldiers moved into Masisi on Sunday after the rebels pulled out.", "Masisi", "COD_MIL"),
        ("Al-Shabaab fighters moved into Beledweyne after the peacekeepers left on Tuesday.", "Beledweyne", "AL_SHABAAB"),
        ("M23 rebels later moved into the neighbouring town of Sake.", "Sake", "M23"),
    ],
)
def test_a_side_that_moved_into_a_town_took_it(engine, text: str, place: str, taker: str) -> None:
    assert (place, taker) in captured(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops moved into positions near Kupiansk overnight.",
        "Thousands of displaced families moved into Goma last week.",
    ],
)
def test_moving_beside_a_town_or_without_arms_takes_nothing(engine, text: str) -> None:
    assert not captured(text)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The Ukrainian flag is flying over Robotyne again, the general staff said.", "Robotyne", "UKR"),
        ("Ukraine's flag now flies over the Zarichne village, a brigade spokesman said.", "Zarichne", "UKR"),
        ("By Sunday the Arakan Army's banner was flying over Paletwa.", "Paletwa", "ARAKAN_ARMY"),
    ],
)
def test_a_sides_flag_flying_over_a_town_is_its_capture(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


def test_a_flag_of_no_side_names_no_taker(engine) -> None:
    assert not captured("A white flag was flying over the hospital in Gaza City.")


@pytest.mark.parametrize(
    ("text", "place", "taker", "loser"),
    [
        ("The town of Djibo was under jihadist control on Monday after the army was driven out.", "Djibo", "GEN_JIHADISTS", "BFA_MIL"),
        ("The rebels were in full control of Masisi after government troops withdrew on Monday.", "Masisi", "M23", "COD_MIL"),
        ("Al-Shabaab was in control of Mahas on Friday after Ethiopian troops left the town.", "Mahas", "AL_SHABAAB", "ETH_MIL"),
    ],
)
def test_a_holding_after_the_other_side_left_is_a_change_of_hands(
    engine, text: str, place: str, taker: str, loser: str
) -> None:
    assert ("capture", place, taker, loser) in changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Masisi has been under M23 control since the army withdrew in 2023.",
        "Beledweyne was under army control after residents fled the fighting.",
    ],
)
def test_a_holding_since_a_leaving_or_after_civilians_fled_stays_a_holding(engine, text: str) -> None:
    assert all(kind == "held" for kind, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("The RSF said it had taken control of Um Sumeima, the main market of West Kordofan state.", "Um Sumeima", "West Kordofan"),
        ("Rebel forces took control of Kyaukkyi Township, eastern Bago Region, on Friday.", "Kyaukkyi Township", "Bago"),
        ("The militants took control of Bulo Hawa in the Gedo region.", "Bulo Hawa", "Gedo"),
    ],
)
def test_a_village_placed_by_its_region_is_taken_by_its_own_name(
    engine, text: str, place: str, region: str
) -> None:
    places = {p for p, _ in captured(text)}
    assert place in places
    assert not any(region in p for p in places)


def test_a_region_taken_itself_is_still_taken(engine) -> None:
    assert any("Gedo" in p for p, _ in captured("Government troops took control of the Gedo region."))


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("Ukraine's army chief Oleksandr Syrskyi said his troops had retaken Robotyne, which Moscow disputed.", "Robotyne", "UKR"),
        ("Russian Defence Minister Andrei Belousov said his troops had taken Kurakhove in eastern Ukraine, which Kyiv denied.", "Kurakhove", "RUS"),
        ("Russia's chief of general staff Valery Gerasimov said his troops had taken Toretsk, a claim Kyiv rejected.", "Toretsk", "RUS"),
    ],
)
def test_his_troops_in_reported_speech_are_the_speakers(engine, text: str, place: str, side: str) -> None:
    takers = {new for p, new in captured(text) if p == place}
    assert takers and all(new.startswith(side) for new in takers)


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        ("Commanders in the Libyan National Army told reporters their men had retreated from Tarhuna.", "Tarhuna", "LNA"),
        ("Commanders of the Sudanese army said their soldiers had pulled out of Wad Madani.", "Wad Madani", "SDN_SAF"),
    ],
)
def test_their_forces_withdrawing_in_reported_speech_are_the_speakers(
    engine, text: str, place: str, loser: str
) -> None:
    assert any(p == place and old == loser for kind, p, _, old in changes(text) if kind in ("withdrawal", "lost"))


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        ("Government soldiers left Afgooye on Tuesday, residents said.", "Afgooye", "SOM_MIL"),
        ("Kenyan troops left Bardhere overnight after weeks of attacks.", "Bardhere", "KEN_MIL"),
        ("Junta troops had left Falam town, the Chin resistance said.", "Falam", "MMR_MIL"),
    ],
)
def test_troops_that_left_a_town_withdrew_from_it(engine, text: str, place: str, loser: str) -> None:
    assert any(p == place and old == loser for kind, p, _, old in changes(text) if kind in ("withdrawal", "lost"))


@pytest.mark.parametrize(
    "text",
    [
        "The government retook the coastal towns, leaving Sirte the last city under militant control.",
        "The air strike left 14 people dead in Maarat al-Numan.",
        "The foreign minister left Kabul on Monday.",
    ],
)
def test_leave_telling_a_result_or_a_visit_is_no_withdrawal(engine, text: str) -> None:
    assert not any(kind in ("withdrawal", "lost") for kind, *_ in changes(text))


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("Russian troops captured a village as part of their push toward Kostiantynivka.", "Kostiantynivka"),
        ("The RSF seized a small town during its advance towards El Obeid.", "El Obeid"),
        ("Houthi fighters took a hill on their way toward Marib city.", "Marib"),
    ],
)
def test_a_town_an_advance_heads_for_is_not_taken(engine, text: str, ahead: str) -> None:
    assert not any(ahead in p for p, _ in captured(text))


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("M23 fighters pulled back this week from a key market town in South Kivu province.", "South Kivu"),
        ("Government forces pulled out of a small town in the Hiran region.", "Hiran"),
    ],
)
def test_leaving_an_unnamed_town_does_not_leave_its_province(engine, text: str, area: str) -> None:
    assert not any(area in p for _, p, _, _ in changes(text))


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Russian troops captured large parts of Vovchansk, the ministry said.", "Vovchansk", "RUS"),
        ("The insurgents seized part of Mocimboa da Praia on Wednesday.", "Mocimboa da Praia", "IS_MOZAMBIQUE"),
        ("Houthi fighters have taken parts of Hodeidah after heavy clashes.", "Hodeidah", "HOUTHIS"),
    ],
)
def test_parts_of_a_town_taken_are_a_change_of_hands(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


def test_taking_part_in_an_assault_takes_no_town(engine) -> None:
    assert not captured("Several brigades took part in the assault on Bakhmut.")


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Ukrainian troops reentered Kupiansk on Tuesday.", "Kupiansk", "UKR"),
        ("Government forces reentered the town of Mocimboa da Praia after a year.", "Mocimboa da Praia", "MOZ"),
        ("Al-Shabaab fighters are reentering Beledweyne, residents said.", "Beledweyne", "AL_SHABAAB"),
    ],
)
def test_a_side_that_reentered_a_town_took_it_again(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Combined forces of the KIA and the PDF captured Bhamo.", "Bhamo", "KIA"),
        ("Late on Friday, combined forces of the Arakan Army (AA) and Chin fighters took Paletwa.", "Paletwa", "ARAKAN"),
        ("Combined forces of the KNLA and the PDF captured Kawkareik.", "Kawkareik", "KNLA"),
    ],
)
def test_forces_of_a_named_side_take_for_the_first_side_named(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The Kachin Independence Army launched an assault on Bhamo on Monday. The town fell on Thursday after days of fighting.", "Bhamo", "KIA"),
        ("Al-Shabaab fighters attacked Beledweyne at dawn. Beledweyne fell within hours, residents said.", "Beledweyne", "AL_SHABAAB"),
        ("M23 rebels pushed into the outskirts of Sake on Monday. Sake fell the next day.", "Sake", "M23"),
    ],
)
def test_a_town_that_fell_fell_to_the_side_the_context_names(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


@pytest.mark.parametrize(
    "text",
    [
        "Mosul fell in June 2014.",
        "The army shelled Aleppo overnight. By morning the city fell silent.",
        "The RSF stormed the base near Babanusa. Babanusa had briefly fallen under army control in May.",
    ],
)
def test_a_fall_with_no_side_or_no_fall_to_one_takes_nothing_new(engine, text: str) -> None:
    assert not any(trigger == "fell" or trigger == "fallen" for trigger in triggers(text))


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("Government forces secured full control of Kismayo on Saturday.", "Kismayo", "SOM"),
        ("The army has restored control over Mocimboa da Praia, officials said.", "Mocimboa da Praia", "MOZ"),
        ("Junta troops imposed full control over Sittwe after the clashes.", "Sittwe", "MMR"),
    ],
)
def test_control_secured_restored_or_imposed_over_a_town_takes_it(engine, text: str, place: str, taker: str) -> None:
    assert taken_by(text, place, taker)


def test_securing_what_is_no_control_takes_nothing(engine) -> None:
    assert not captured("Troops secured the release of the hostages in Baidoa.")
