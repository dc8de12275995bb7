"""Places reporting names that are not towns: bases, prisons, camps, oil and gas fields,
city neighbourhoods, mountains and valleys (data/installations.yaml, districts.yaml,
terrain.yaml), in sentences through the real pipeline and as bare names."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.curated import (
    AREA_KINDS,
    PLACE_FILES,
    SOURCED_FILES,
    load_curated,
    read_data_file,
)


def resolved(text, gazetteer, place_mentions):
    """{mention text: place} for the place mentions of one sentence."""
    return {t: gazetteer.get(m.place_id) for t, m in place_mentions(text).items() if m.place_id}


def place_named(found, words):
    """The place of the mention that contains ``words``."""
    hits = [place for text, place in found.items() if words in text]
    assert hits, f"no resolved mention containing {words!r} in {sorted(found)}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "words", "place_id", "kind"),
    [
        (
            "Islamic State fighters overran the Division 17 base outside Raqqa.",
            "Division 17",
            "fw:b-division-17",
            "base",
        ),
        (
            "Rebels shelled Wadi al-Deif, the last army base near Maarat al-Numan.",
            "Wadi al-Deif",
            "fw:b-wadi-deif",
            "base",
        ),
        (
            "Coalition advisers left Camp Taji north of Baghdad in 2020.",
            "Camp Taji",
            "fw:b-camp-taji",
            "base",
        ),
        (
            "Detainees rioted inside Ghwayran prison in Hasakah on Thursday.",
            "Ghwayran",
            "fw:p-ghwayran",
            "prison",
        ),
        (
            "Militants stormed Badush prison west of Mosul and freed inmates.",
            "Badush",
            "fw:p-badush",
            "prison",
        ),
        ("Aid trucks reached Khazer camp east of Mosul.", "Khazer", "fw:c-khazer", "camp"),
        (
            "Families fled the fighting to the Domiz refugee camp in Duhok.",
            "Domiz",
            "fw:c-domiz",
            "camp",
        ),
        (
            "Shelling hit the Jabalia refugee camp in northern Gaza.",
            "Jabalia",
            "fw:c-jabalia",
            "camp",
        ),
        (
            "The SDF took the al-Omar oil field from IS fighters.",
            "al-Omar",
            "fw:f-omar",
            "oil_field",
        ),
        (
            "Pro-government forces attacked near the Conoco gas plant east of the Euphrates.",
            "Conoco",
            "fw:f-conoco",
            "oil_field",
        ),
        (
            "A drone struck the Khor Mor gas field in Sulaymaniyah.",
            "Khor Mor",
            "fw:f-khor-mor",
            "oil_field",
        ),
        (
            "Militants set fire to wells at the Baiji refinery.",
            "Baiji refinery",
            "fw:b-baiji-refinery",
            "oil_field",
        ),
    ],
)
def test_installations_resolve_in_sentences(
    gazetteer, place_mentions, sentence, words, place_id, kind
):
    place = place_named(resolved(sentence, gazetteer, place_mentions), words)
    assert place.id == place_id and place.kind == kind and not place.is_area


@pytest.mark.parametrize(
    ("sentence", "words", "admin1"),
    [
        ("Troops pushed into the Sukkari neighbourhood of eastern Aleppo.", "Sukkari", "Aleppo"),
        ("Rebels still held parts of Bustan al-Basha and Haydariya.", "Bustan al-Basha", "Aleppo"),
        ("A mortar round fell near Bab Touma in the Old City.", "Bab Touma", "Damascus"),
        ("Rebel rockets hit the al-Midan neighbourhood of Aleppo.", "Midan", "Aleppo"),
        (
            "Rebels in Daraya fired mortars into al-Midan, south of central Damascus.",
            "Midan",
            "Damascus",
        ),
        ("Snipers fired on residents of Khalidiya in Homs.", "Khalidiya", "Homs"),
        ("A car bomb exploded in Karrada, a busy commercial district.", "Karrada", "Baghdad"),
        ("Gunmen attacked a checkpoint in the Adhamiya district.", "Adhamiya", "Baghdad"),
        ("Iraqi forces reached the al-Nuri mosque in the Old City.", "Nuri mosque", "Nineveh"),
        (
            "Paramilitary fighters advanced through Kafouri in Khartoum North.",
            "Kafouri",
            "Khartoum",
        ),
        ("A bomb went off near the Bakara market in Mogadishu.", "Bakara", "Banadir"),
        (
            "Separatists clashed with government troops in Khor Maksar.",
            "Khor Maksar",
            "Aden Governorate",
        ),
        ("A missile hit an apartment block in Saltivka.", "Saltivka", "Kharkiv Oblast"),
        (
            "Shelling of the Kuibyshevskyi district of Donetsk killed two.",
            "Kuibyshevskyi",
            "Donetsk Oblast",
        ),
    ],
)
def test_city_neighbourhoods_resolve_to_their_city(
    gazetteer, place_mentions, sentence, words, admin1
):
    place = place_named(resolved(sentence, gazetteer, place_mentions), words)
    assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Mount Qasioun", "fw:m-qasioun"),
        ("Jabal Qasioun", "fw:m-qasioun"),
        ("Jabal Bishri", "fw:m-bishri"),
        ("the Makhoul mountains", "fw:m-makhoul"),
        ("Middle Euphrates River Valley", "fw:v-merv"),
        ("the Bekaa valley", "fw:v-bekaa"),
        ("Lake Tharthar", "fw:l-tharthar"),
        ("the Nafusa mountains", "fw:m-nafusa"),
        ("Panjshir valley", "fw:v-panjshir"),
    ],
)
def test_mountains_valleys_and_lakes_resolve_as_areas(gazetteer, name, place_id):
    place, _, precision = gazetteer.resolve_name(name)
    assert place.id == place_id and place.is_area and precision == 2


def test_ranges_and_valleys_are_tagged_in_running_text(gazetteer, place_mentions):
    text = "IS remnants hid in the Jabal Bishri desert and crossed into the Khabur valley."
    found = resolved(text, gazetteer, place_mentions)
    assert place_named(found, "Bishri").id == "fw:m-bishri"
    assert place_named(found, "Khabur valley").id == "fw:v-khabur"


# seats.yaml lists the district and subdistrict seats GeoNames lacks or misplaces: fewer
MIN_ENTRIES = {"seats.yaml": 15}


def test_every_entry_of_the_new_files_names_its_source():
    for name in SOURCED_FILES:
        assert name in PLACE_FILES
        entries = read_data_file(name)["places"]
        assert len(entries) >= MIN_ENTRIES.get(name, 40), name
        assert all(isinstance(e.get("source"), str) and e["source"] for e in entries), name


def test_new_kinds_are_points_or_areas_as_declared():
    places = {item.place.id: item.place for item in load_curated().places}
    assert not places["fw:c-khazer"].is_area and not places["fw:p-abu-ghraib"].is_area
    assert places["fw:m-qasioun"].is_area and places["fw:v-bekaa"].is_area
    assert {"mountain", "valley"} <= AREA_KINDS
