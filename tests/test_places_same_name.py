""" "the region of Kharkiv ... the city of the same name": the look-back phrase is a mention
of the town the area just named is called after, in that area's country."""

from __future__ import annotations

import pytest

from frontwatch.records import Place


def same_name_mention(place_mentions, sentence):
    return next(m for text, m in place_mentions(sentence).items() if "same name" in text)


@pytest.mark.parametrize(
    ("sentence", "town_at", "country"),
    [
        (
            "The governor of the Zaporizhzhia region said a missile hit the city of the same name overnight.",
            (47.84, 35.14),
            "UKR",
        ),
        (
            "Fighting raged across Idlib province, and jets struck the city of the same name on Monday.",
            (35.93, 36.63),
            "SYR",
        ),
        (
            "Officials in the Kherson region said shelling of the city of the same name killed two.",
            (46.64, 32.61),
            "UKR",
        ),
        (
            (
                "Militants roam the rural parts of Kirkuk governorate. A bomb tore through a "
                "bus station in its capital of the same name."
            ),
            (35.47, 44.39),
            "IRQ",
        ),
    ],
)
def test_the_city_of_the_same_name_is_the_areas_namesake_town(
    gazetteer, place_mentions, sentence, town_at, country
):
    mention = same_name_mention(place_mentions, sentence)
    place = gazetteer.get(mention.place_id)
    assert place.kind == "populated_place" and place.country == country
    assert gazetteer.distance_km(place, Place("town", "town", *town_at)) < 15
    assert mention.geo_precision == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers said the town of the same name had been emptied weeks before.",
        "Aid reached Aleppo city, and later the village of the same name in Lebanon.",
    ],
)
def test_no_area_before_leaves_the_phrase_unplaced(place_mentions, sentence):
    mention = same_name_mention(place_mentions, sentence)
    assert mention.resolution == "unresolved" and not mention.place_id
