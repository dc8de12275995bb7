"""Event places on unseen text (issue 13; h-evplace18's audit of 150 events in 50 news
paragraphs from Sudan, the Sahel, Syria, Iraq, Lebanon, Yemen, Somalia, Ukraine and
Myanmar). Sentences written for these tests:

- the place a report was filed from, written as wires and sites write it ("Bamako (AFP) -",
  "Khartoum, SUNA -", "NIAMEY: ", "KHARTOUM, Sudan" on a line of its own), is no place of
  what the report tells; a headline or a date before a dash is no dateline;
- a compass word before a town's name that is also its province's ("southern Idlib",
  "north-western Hama", "the region of Kherson") names part of the province, not the town,
  unless the town is a city big enough to have quarters ("eastern Aleppo");
- "X Town", "X Village", "X city" taken whole by the NER are read as X;
- a village the NER calls a nationality ("the villages of Al-Fulah and Abu Zabad");
- the rivers of the other wars' fronts are areas, not the towns named like them.
"""

from __future__ import annotations

import pytest
from extracted import extract

from frontwatch.ingest.dates import dateline_place_end


def event_places(text: str) -> list[tuple[str, str]]:
    """(name, kind) of the place of every event the text gives, '' for none."""
    result = extract(text)
    places = {p.id: p for p in result.places}
    found = [places.get(e.place_id) for e in result.events]
    assert result.events, f"no event read in {text!r}"
    return [(p.name, p.kind) if p else ("", "") for p in found]


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("Bamako (AFP) - Gunmen killed six herders", "Bamako (AFP) - "),
        ("Khartoum, SUNA – Drones struck a fuel depot", "Khartoum, SUNA – "),
        ("NIAMEY: Soldiers repelled an attack", "NIAMEY: "),
        ("KHARTOUM, Sudan\nShells fell on a market", "KHARTOUM, Sudan\n"),
        ("MOGADISHU (Reuters) - A car bomb exploded", "MOGADISHU (Reuters) - "),
    ],
)
def test_datelines_as_wires_and_sites_write_them(head: str, dateline: str) -> None:
    assert head[: dateline_place_end(head, [0])] == dateline


@pytest.mark.parametrize(
    "head",
    [
        "SECRETARY CARTER: Thank you all for coming.",
        "GEN. DUNFORD: The strikes continue.",
        "ISIS: the group that would not die",
        "UPDATE: Jets struck the town again",
    ],
)
def test_a_speaker_or_kicker_before_a_colon_is_no_dateline(head: str) -> None:
    assert dateline_place_end(head) == 0


@pytest.mark.parametrize(
    "head",
    [
        "Aug. 14 – Kabul fell to the Taliban",
        "Syria: rebels advance on the airport",
        "Drone strikes kill nine in Mali\nThe army said",
        "Rebels shelled Aleppo - and the army replied",
    ],
)
def test_a_date_a_headline_or_a_sentence_is_no_dateline(head: str) -> None:
    assert dateline_place_end(head) == 0


@pytest.mark.parametrize(
    ("text", "filed_from"),
    [
        (
            ("Khartoum, SUNA – At least nine people were killed in a drone strike on a village, "
            "a local official said."),
            "Khartoum",
        ),
        (
            ("Bamako, AMAP – At least twelve people were killed in an attack on a village, a "
            "local official said."),
            "Bamako",
        ),
        (
            ("Mogadishu, SONNA – Four soldiers were killed in an ambush near a village, an "
            "officer said."),
            "Mogadishu",
        ),
        (
            ("GAO: At least seven people were killed in an attack on a village, a local official "
            "said."),
            "Gao",
        ),
    ],
)
def test_the_place_a_report_was_filed_from_is_not_the_events(text: str, filed_from: str) -> None:
    assert all(filed_from not in name for name, _ in event_places(text))


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Government jets bombed a market in southern Idlib on Tuesday.", "Idlib"),
        ("Rebels shelled army positions in north-western Hama overnight.", "Hama"),
        ("Artillery pounded several villages in northern Latakia on Friday.", "Latakia"),
        ("Russian shelling killed a farmer in southern Kherson on Sunday.", "Kherson Oblast"),
        (
            "A man was killed during Russian shelling of Ukraine's southern region of Kherson.",
            "Kherson Oblast",
        ),
    ],
)
def test_a_compass_word_before_a_town_names_part_of_its_province(text: str, province: str) -> None:
    assert (province, "admin1") in event_places(text)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Jets bombed rebel districts in eastern Aleppo on Monday.", "Aleppo"),
        ("A car bomb exploded at a market in northern Baghdad, killing four.", "Baghdad"),
        ("Missiles struck the city of Kherson overnight, killing two.", "Kherson"),
    ],
)
def test_a_big_citys_quarter_or_the_city_itself_stays_the_city(text: str, city: str) -> None:
    assert (city, "populated_place") in event_places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Helicopters opened fire on Kanbalu Village, destroying houses.", "Kanbalu"),
        ("Jihadists attacked a checkpoint at Sokolo Village overnight.", "Sokolo"),
        ("Gunmen killed three traders in Bourzanga Town on Friday.", "Bourzanga"),
    ],
)
def test_a_town_word_the_ner_took_into_the_name_is_read_off(text: str, name: str) -> None:
    result = extract(text)
    assert name in {p.name for p in result.places}


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Junta troops raided villages in Kanbalu Township on Tuesday.", "Kanbalu"),
        ("Soldiers torched homes in Ye-U Township, residents said.", "Ye-u"),
        ("Airstrikes killed five civilians in Mawlaik Township.", "Mawlaik"),
    ],
)
def test_a_myanmar_township_is_placed_at_its_seat(text: str, seat: str) -> None:
    assert (seat, "populated_place") in event_places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked the villages of Al-Fulah and Abu Zabad, killing 20 people.", "Abū Zabad"),
        ("Militia fighters raided the towns of Babanusa and Abu Zabad on Friday.", "Abū Zabad"),
        ("Fighting spread to the villages of El Fula and Abu Zabad overnight.", "Abū Zabad"),
    ],
)
def test_a_village_the_ner_calls_a_nationality(text: str, name: str) -> None:
    assert name in {p.name for p in extract(text).places}


@pytest.mark.parametrize(
    ("text", "demonym"),
    [
        ("Jihadists stormed a barracks in a town near the Malian border.", "Malian"),
        ("Gunmen attacked a post close to the Nigerien frontier on Monday.", "Nigerien"),
        ("The army shelled positions in Syrian hands near the border.", "Syrian"),
    ],
)
def test_a_nationality_beside_a_border_is_no_place(text: str, demonym: str) -> None:
    placed = [m for m in extract(text).mentions if m.text == demonym and m.place_id]
    assert not placed


@pytest.mark.parametrize(
    ("text", "town", "river"),
    [
        (
            ("A woman died in her flat in Kherson as Russian forces shelled the city from "
            "across the Dnipro River."),
            "Dnipro",
            "Dnipro River",
        ),
        (
            "Al-Shabaab fighters ambushed a convoy along the Shabelle River on Monday.",
            "",
            "Shabelle River",
        ),
        (
            "Rebels crossed the Salween River and attacked an army outpost on Thursday.",
            "",
            "Salween River",
        ),
    ],
)
def test_the_rivers_of_the_fronts_are_areas_not_towns(text: str, town: str, river: str) -> None:
    places = {p.name: p for p in extract(text).places}
    assert river in places
    assert places[river].is_area
    assert not town or town not in places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rocket fire killed two farmers in Iblin on Sunday.", "Iblin", "SYR"),
        ("Jets struck a Turkish army position in Balyoun, killing soldiers.", "Balyun", "SYR"),
        ("Israeli drones struck a house in Yaroun on Tuesday.", "Yaroun", "LBN"),
        ("Israeli artillery shelled Beit Yahoun overnight.", "Beit Yahoun", "LBN"),
        (
            "An Israeli strike hit a home in the village of Houla in southern Lebanon.",
            "Houla",
            "LBN",
        ),
        ("Helicopters attacked the town of Bennesh on Friday.", "Binnish", "SYR"),
        ("A hospital in the town of Kafrnobl was bombed again.", "Kafranbel", "SYR"),
        ("Security officials in Sulaimani said two gunmen were arrested.", "Sulaymaniyah", "IRQ"),
        ("Rebels fired mortars on the besieged villages of Foua and Kfarya.", "Kafriya", "SYR"),
        ("Israeli jets struck a weapons depot in the Beqaa on Monday.", "Bekaa valley", "LBN"),
    ],
)
def test_villages_and_spellings_of_the_fronts(text: str, name: str, country: str) -> None:
    places = {p.name: p for p in extract(text).places}
    assert name in places
    assert places[name].country == country


@pytest.mark.parametrize(
    ("text", "camp"),
    [
        (
            ("Fighting raged around El-Fasher for a third week. Volunteers in El-Fasher said "
            "paramilitary shells struck the Zamzam camp on Friday, killing nine."),
            "Zamzam camp",
        ),
        ("Paramilitary fighters shelled the Kalma camp near Nyala on Monday, killing six.", "Kalma camp"),
        (
            ("The siege of El-Fasher tightened. Drones hit the Abu Shouk camp at dawn, killing "
            "four, a rescue group said."),
            "Abu Shouk camp",
        ),
    ],
)
def test_a_displacement_camp_is_the_point_its_act_hit(text: str, camp: str) -> None:
    """Darfur's camps lie outside the towns they are named with (Zamzam some 15 km from
    El-Fasher): a camp is a point, never an area the town stands in for."""
    assert (camp, "camp") in event_places(text)


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        ("Militants torched the market in Arbinda. The attack killed nine, a teacher in nearby Djibo said.", "Djibo"),
        (
            ("Jihadists stormed a village on Saturday. The assault was launched at dawn, a local "
            "resident in nearby Kaya town told AFP."),
            "Kaya",
        ),
        (
            ("Rebels shelled a village on Monday. The shelling killed four children, a nurse in "
            "nearby Kafr Nabl said."),
            "Kafranbel",
        ),
        ("Drones struck a market on Tuesday. The strike killed eleven, a doctor in nearby Bara said.", "Bara"),
    ],
)
def test_a_speakers_neighbouring_town_is_not_where_the_act_was(text: str, neighbour: str) -> None:
    assert all(name != neighbour for name, _ in event_places(text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Police in Kirkuk said a roadside bomb killed two soldiers.", "Kirkuk"),
        ("Fighting in nearby Djibo killed four soldiers, officials said.", "Djibo"),
    ],
)
def test_a_speakers_own_town_or_a_fight_in_a_nearby_town_stays(text: str, town: str) -> None:
    assert (town, "populated_place") in event_places(text)
