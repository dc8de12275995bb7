"""Villages and small towns of the fronts that GeoNames lacks (data/villages.yaml), the
press spellings of GeoNames towns (towns.yaml aliases_for) and Somalia's federal member
states (regions.yaml), in sentences through the real pipeline; and the events there placed
at the village, not at the province or the city the sentence also names."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.kb.places.curated import read_data_file
from frontwatch.pipeline import process_texts


def place_of(sentence, words, gazetteer, place_mentions):
    """The place the mention containing ``words`` resolves to."""
    hits = [m for text, m in place_mentions(sentence).items() if words in text and m.place_id]
    assert hits, f"{words!r} not resolved in {sentence!r}"
    return gazetteer.get(hits[0].place_id)


@pytest.mark.parametrize(
    ("sentence", "words", "name", "country"),
    [
        ("SDF fighters cleared Darnaj of the last jihadists on Friday.", "Darnaj", "Darnaj", "SYR"),
        ("Coalition jets struck a depot in Kishkiyah at dawn.", "Kishkiyah", "Al-Kishkiyah", "SYR"),
        ("A barrel bomb fell on a school in Hass in southern Idlib.", "Hass", "Hass", "SYR"),
        (
            "Warplanes pounded Kafr Uwayd and nearby hills overnight.",
            "Kafr Uwayd",
            "Kafr Aweid",
            "SYR",
        ),
        (
            "Insurgents ambushed a convoy near Tal Malah in the north of Hama.",
            "Tal Malah",
            "Tal Malah",
            "SYR",
        ),
        ("Militants attacked an army base in Hawadle before dawn.", "Hawadle", "Hawadley", "SOM"),
        (
            "A roadside bomb killed two soldiers in Lafole on the Afgooye road.",
            "Lafole",
            "Lafoole",
            "SOM",
        ),
        ("Troops retook Barire after a night of heavy fighting.", "Barire", "Bariire", "SOM"),
        ("Jets bombed a monastery in Budalin on Sunday.", "Budalin", "Budalin", "MMR"),
        ("Rebels seized the police station in Ramree last month.", "Ramree", "Ramree", "MMR"),
        ("Two car bombs went off in Mahas in the Hiiraan region.", "Mahas", "Mahas", "SOM"),
        ("Junta troops torched houses in Kani township in Sagaing.", "Kani", "Kani", "MMR"),
        ("Drones hit a market in Talmenes east of Maarat al-Numan.", "Talmenes", "Talmenes", "SYR"),
        (
            "Rockets slammed into olive groves around Kinsafra at noon.",
            "Kinsafra",
            "Kansafra",
            "SYR",
        ),
        ("Loyalist guns shelled Marayan for a second night.", "Marayan", "Marayan", "SYR"),
        (
            "An air raid flattened a house in Shehabiya, residents said.",
            "Shehabiya",
            "Chehabiyeh",
            "LBN",
        ),
        ("Israeli drones circled over Ain Baal before the strike.", "Ain Baal", "Ain Baal", "LBN"),
        ("Jihadists killed the chief of Silgadji and his sons.", "Silgadji", "Silgadji", "BFA"),
        ("Armed men burned the market of Silmadje at dusk.", "Silmadje", "Silmague", "BFA"),
        ("Gunmen on motorbikes raided a camp in Tarkint last week.", "Tarkint", "Tarkint", "MLI"),
        ("An Israeli drone hit a motorbike in Aytaroun at noon.", "Aytaroun", "Aitaroun", "LBN"),
        (
            "Shelling damaged two houses in Majdal Selem overnight.",
            "Majdal Selem",
            "Majdal Selm",
            "LBN",
        ),
        ("Troops blew up a row of homes in Markaba on Monday.", "Markaba", "Markaba", "LBN"),
        (
            "A car was struck on the main road of Bazuriyeh, east of Tyre.",
            "Bazuriyeh",
            "Bazouriyeh",
            "LBN",
        ),
        ("Tanks pushed into Hamad Town before dawn.", "Hamad Town", "Hamad City", "PSE"),
        ("Artillery fell on the outskirts of Zibqin late on Friday.", "Zibqin", "Zibqin", "LBN"),
        ("Israeli shelling hit the edge of Blida on Tuesday.", "Blida", "Blida", "LBN"),
        ("A drone struck a car on the road out of Marwahin.", "Marwahin", "Marwahin", "LBN"),
        (
            "Bulldozers razed homes in Tair Harfa, residents said.",
            "Tair Harfa",
            "Tayr Harfa",
            "LBN",
        ),
        (
            "Shells fell on olive groves around Deirmimas overnight.",
            "Deirmimas",
            "Deir Mimas",
            "LBN",
        ),
    ],
)
def test_front_villages_resolve(gazetteer, place_mentions, sentence, words, name, country):
    place = place_of(sentence, words, gazetteer, place_mentions)
    assert (place.name, place.country, place.is_area) == (name, country, False)


@pytest.mark.parametrize(
    ("sentence", "words", "geonames_name"),
    [
        ("Artillery hit the market in Mhradah, a Christian town.", "Mhradah", "Maharda"),
        ("Rebels fired rockets at Salhab and nearby farms.", "Salhab", "Tall Salḩab"),
        ("Fighting reached the outskirts of Bulo Burde on Monday.", "Bulo Burde", "Buulobarde"),
        ("Shells landed near the bridge in Mercada overnight.", "Mercada", "Markadah"),
        ("Clan militias drove the insurgents out of Aden Yabal.", "Aden Yabal", "Adan Yabaal"),
        ("Soldiers killed two gunmen in Bal'aad late on Sunday.", "Bal'aad", "Balcad"),
        ("Tribesmen held the road south of Behan for a week.", "Behan", "Bayḩān"),
        ("Government troops retook Hareb after two days.", "Hareb", "Ḩarīb"),
        ("A mortar round hit a market in Hays district on Sunday.", "Hays district", "Ḩays"),
        ("The convoy was ambushed outside Jowhar on the river road.", "Jowhar", "Jawhar"),
        ("Fighters entered Ed Daein after the garrison withdrew.", "Ed Daein", "El Daein"),
        ("Displaced families reached Al-Rahad by lorry.", "Al-Rahad", "Ar Rahad"),
        ("Rebels shelled the police post in Mrauk-U again.", "Mrauk-U", "Mrauk U"),
        ("Gunmen killed a farmer near al-Miqdadiya last night.", "al-Miqdadiya", "Al Miqdādīyah"),
        ("A roadside bomb went off outside Wallanweyn on Tuesday.", "Wallanweyn", "Wanlaweyn"),
        ("Clan fighters skirmished in Awdhiigle at dusk.", "Awdhiigle", "Awdheegle"),
    ],
)
def test_press_spellings_reach_the_town(gazetteer, place_mentions, sentence, words, geonames_name):
    assert place_of(sentence, words, gazetteer, place_mentions).name == geonames_name


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("Forces of HirShabelle pushed north along the river.", "HirShabelle", "Hirshabelle"),
        ("Elections in Jubaland were postponed again.", "Jubaland", "Jubaland"),
        ("Drought hit herders across Puntland this year.", "Puntland", "Puntland"),
    ],
)
def test_somali_member_states_are_areas(gazetteer, place_mentions, sentence, words, name):
    place = place_of(sentence, words, gazetteer, place_mentions)
    assert (place.name, place.country, place.is_area) == (name, "SOM", True)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            (
                "SDF fighters attacked Islamic State positions in Darnaj village in the "
                "eastern Deir ez-Zor countryside."
            ),
            "Darnaj",
        ),
        (
            (
                "Al-Shabaab fighters stormed an army outpost in Hawadley town in the Middle "
                "Shabelle region."
            ),
            "Hawadley",
        ),
        (
            (
                "A government helicopter dropped a barrel bomb on a clinic in the village of "
                "Hass in southern Idlib."
            ),
            "Hass",
        ),
    ],
)
def test_events_in_front_villages_are_placed_there(text, village):
    result = process_texts([text], dates=[dt.date(2019, 5, 1)])[0]
    places = {p.id: p for p in result.places}
    assert result.events, text
    assert {places[e.place_id].name for e in result.events if e.place_id} == {village}


def test_every_village_names_its_source():
    entries = read_data_file("villages.yaml")["places"]
    assert len(entries) >= 40
    assert all(str(e.get("source", "")).startswith("Wikipedia: ") for e in entries)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hays told reporters the bill would pass.",
        "Officials in Hays, Kansas, reopened the school.",
        "A court heard that Hays had signed the contract.",
    ],
)
def test_a_surname_is_no_yemeni_town(gazetteer, place_mentions, sentence):
    """Only "Hays district" or "the town of Hays" names the Yemeni town; the bare name is
    an English surname and a Kansas town."""
    countries = {
        gazetteer.get(m.place_id).country
        for text, m in place_mentions(sentence).items()
        if "Hays" in text and m.place_id
    }
    assert "YEM" not in countries


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        (
            "Strikes killed dozens of people in southern Gaza on Friday.",
            "southern Gaza",
            "southern Gaza",
        ),
        ("Tanks advanced into central Gaza overnight.", "central Gaza", "central Gaza"),
        (
            "Families fled to the southern Gaza Strip in October.",
            "southern Gaza Strip",
            "southern Gaza",
        ),
    ],
)
def test_the_parts_of_the_gaza_strip_are_areas_not_gaza_city(
    gazetteer, place_mentions, sentence, words, name
):
    place = place_of(sentence, words, gazetteer, place_mentions)
    assert (place.name, place.country, place.is_area) == (name, "PSE", True)


def test_a_lebanese_villages_namesake_city_abroad_stays_abroad(gazetteer, place_mentions):
    """Blida in Lebanon's south is a village the war reporting names; Blida south of
    Algiers, named beside Algiers, is still the Algerian city."""
    place = place_of(
        "Clashes broke out in Blida, south of Algiers, on Friday.",
        "Blida",
        gazetteer,
        place_mentions,
    )
    assert place.country == "DZA"


@pytest.mark.parametrize(
    ("sentence", "words", "name", "is_area"),
    [
        (
            "Houthi fighters shelled villages in the province of Taiz.",
            "Taiz",
            "Taiz Governorate",
            True,
        ),
        (
            "Tribesmen fought the rebels across the province of Marib.",
            "Marib",
            "Marib Governorate",
            True,
        ),
        (
            "Government troops pushed north in southern Hodeidah.",
            "Hodeidah",
            "Hodeidah Governorate",
            True,
        ),
        ("Shells fell on a crowded market in Taiz.", "Taiz", "Taiz", False),
    ],
)
def test_a_yemeni_governorate_named_after_its_city(
    gazetteer, place_mentions, sentence, words, name, is_area
):
    """ "the province of Taiz", "southern Hodeidah": the governorate the city gives its
    name to (admin1.yaml: "Taiz region"), while the bare name stays the city."""
    place = place_of(sentence, words, gazetteer, place_mentions)
    assert (place.name, place.is_area) == (name, is_area)
