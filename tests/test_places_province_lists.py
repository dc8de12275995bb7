"""A name in a list of provinces is the province: "the Aleppo, Hama, Idlib and Latakia
governorates", "the provinces of Anbar and Salahuddin", "Iraq's Nineveh and Kirkuk
provinces". The plural area noun stands at one end of the list; every name the list joins to
it is a province, not the city the province is named after (directions.yaml: area_plurals,
kb/places/listcues.py). A list with no such noun keeps its towns. Sentences written for these
tests (issue 13: governorates placed at their cities)."""

from __future__ import annotations

import pytest


def _kinds(place_mentions, gazetteer, text: str) -> dict[str, str]:
    """{mention text: the kind of the place it resolved to} ('' where unresolved)."""
    kinds = {}
    for name, mention in place_mentions(text).items():
        place = gazetteer.get(mention.place_id) if mention.place_id else None
        kinds[name] = place.kind if place is not None else ""
    return kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The brigade was active in the Aleppo, Hama, Idlib, and Latakia governorates.",
            ["Aleppo", "Hama", "Latakia"],
        ),
        ("Fighting spread across the Hama and Homs provinces last spring.", ["Hama", "Homs"]),
        ("Insurgents still roam parts of the provinces of Anbar and Nineveh.", ["Anbar", "Nineveh"]),
        (
            "The militia recruits in Iraq's Kirkuk, Diyala and Salahuddin provinces.",
            ["Kirkuk", "Diyala", "Salahuddin"],
        ),
        ("Jihadists were driven from the Deir ez-Zor and Raqqa governorates.", ["Raqqa"]),
        ("Drones struck depots in the Kharkiv and Donetsk regions overnight.", ["Kharkiv"]),
    ],
)
def test_every_name_of_a_province_list_is_a_province(place_mentions, gazetteer, text, names) -> None:
    kinds = _kinds(place_mentions, gazetteer, text)
    for name in names:
        found = [kind for mention, kind in kinds.items() if mention.startswith(name)]
        assert found == ["admin1"], (name, kinds)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Government jets bombed rebels in Aleppo and Hama on Monday.", ["Aleppo", "Hama"]),
        ("Car bombs went off in Kirkuk, Tikrit and Samarra, police said.", ["Kirkuk"]),
        # a list before another noun is no list of provinces
        ("Aid convoys from Aleppo and Homs reached the camps.", ["Aleppo", "Homs"]),
    ],
)
def test_a_list_with_no_area_noun_keeps_its_towns(place_mentions, gazetteer, text, names) -> None:
    kinds = _kinds(place_mentions, gazetteer, text)
    for name in names:
        found = [kind for mention, kind in kinds.items() if mention.startswith(name)]
        assert found and "admin1" not in found, (name, kinds)
