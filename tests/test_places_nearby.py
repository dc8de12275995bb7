"""Villages named with a nearby town: "the village of X near Y", "X, 12 km south of Y",
"X in Y province". An unknown X is placed at Y with a coarser geo-precision; a namesake
of X close to Y is chosen over one far away; lists of towns are left alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "village", "town"),
    [
        ("Rebels captured the village of Zorbalikh near Manbij on Tuesday.", "Zorbalikh", "Manbij"),
        (
            "IS fighters overran Qaryat Umm Jarbu, a village 20 km south of Hasakah.",
            "Umm Jarbu",
            "Hasakah",
        ),
        (
            "Kurdish units seized the hamlet of Tell Khanzir, east of Qamishli, overnight.",
            "Khanzir",
            "Qamishli",
        ),
        ("Troops entered Kherbet Sawda, some 15 kilometres west of Palmyra.", "Sawda", "Palmyra"),
        (
            "Gunmen attacked Yaqabow village, 40 kilometres north of Beledweyne.",
            "Yaqabow",
            "Beledweyne",
        ),
    ],
)
def test_unknown_village_is_placed_at_the_town_it_is_near(
    gazetteer, place_mentions, sentence, village, town
):
    found = place_mentions(sentence)
    unknown = next(m for text, m in found.items() if village in text)
    anchor = next(m for text, m in found.items() if town in text)
    assert anchor.place_id and unknown.place_id == anchor.place_id
    assert unknown.resolution == "nearby" and unknown.geo_precision == 2
    assert f"nearby:{anchor.text}" in unknown.note and "reason:" in unknown.note


@pytest.mark.parametrize(
    "sentence",
    [
        "Government troops advanced on the village of Abu Kahf in Idlib province.",
        "Jets bombed the village of Kafr Sawsaneh in the southern Idlib countryside.",
    ],
)
def test_unknown_village_in_a_province_takes_the_province_with_precision_3(
    gazetteer, place_mentions, sentence
):
    found = place_mentions(sentence)
    village = next(m for m in found.values() if m.resolution == "nearby")
    place = gazetteer.get(village.place_id)
    assert place.kind == "admin1" and place.admin1 == "Idlib"
    assert village.geo_precision == 3


def test_a_namesake_near_the_town_is_chosen_over_a_far_one(gazetteer, place_mentions):
    # Sinjar is both a town in Iraq and a village in Idlib province
    for sentence in (
        "Regime forces took Sinjar, south of Abu al-Duhur, after days of shelling.",
        "Clashes raged in Sinjar near Abu al-Duhur airbase.",
    ):
        found = place_mentions(sentence)
        sinjar = gazetteer.get(found["Sinjar"].place_id)
        assert sinjar.country == "SYR" and sinjar.admin1 == "Idlib", sentence


@pytest.mark.parametrize(
    ("sentence", "not_villages"),
    [
        ("Clashes erupted in Aleppo, Homs, near Damascus.", ()),
        ("Airstrikes hit Aleppo, Homs and Hama on Sunday.", ()),
        ("Turkish troops entered Jarablus on Wednesday, near Kobani.", ()),
        ("The army said it killed dozens of IS militants in the town of Hajin.", ("militants",)),
        ("Abu Mohammed al-Julani, near Idlib, gave a speech to his fighters.", ("Julani",)),
    ],
)
def test_lists_other_clauses_and_actors_are_not_linked(
    gazetteer, place_mentions, sentence, not_villages
):
    found = place_mentions(sentence)
    assert all(m.resolution != "nearby" for m in found.values())
    assert not any(word in text for text in found for word in not_villages)
    cities = {text: gazetteer.admin1_of(m.place_id) for text, m in found.items()}
    assert cities.get("Homs", "Homs") == "Homs" and cities.get("Jarablus", "Aleppo") == "Aleppo"


def test_a_curated_site_in_a_province_keeps_its_own_point(gazetteer, place_mentions):
    found = place_mentions("A drone struck the Khor Mor gas field in Sulaymaniyah.")
    field = next(m for text, m in found.items() if "Khor Mor" in text)
    assert field.place_id == "fw:f-khor-mor" and field.resolution != "nearby"


@pytest.mark.parametrize(
    ("sentence", "town", "admin1"),
    [
        ("Rebels shelled Azaz, in the northern Aleppo countryside, on Monday.", "Azaz", "Aleppo"),
        ("Jets struck Khan Sheikhoun in Idlib on Tuesday.", "Khan Sheikhoun", "Idlib"),
        ("IS fighters attacked Palmyra in Homs province.", "Palmyra", "Homs"),
    ],
)
def test_a_town_in_the_province_it_is_said_to_be_in_keeps_its_own_point(
    gazetteer, place_mentions, sentence, town, admin1
):
    found = place_mentions(sentence)
    mention = next(m for text, m in found.items() if town in text)
    place = gazetteer.get(mention.place_id)
    assert mention.resolution != "nearby" and place.kind == "populated_place"
    assert place.admin1 == admin1
