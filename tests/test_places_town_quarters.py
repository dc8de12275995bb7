"""A town's quarter named without its town (issue 13, item 4): "the Old City", "the Old
Town" are the quarter of the town the text names (not_places.yaml: town_quarters;
kb/places/quarters.py), the curated "Old City of T" when there is one; never GeoNames' one
"Old City" (Jerusalem's) in a story about Homs or Mosul. Sentences written for the tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Army shells hit Homs's Old City before dawn.", "Old City", "Old City of Homs"),
        (
            "Soldiers fought their way into Mosul. Snipers held out in the Old City for days.",
            "the Old City",
            "Old City of Mosul",
        ),
        (
            "Fighters quit the Old City of Homs under a truce. Ambulances drove into the Old City.",
            "the Old City",
            "Old City of Homs",
        ),
        (
            "Troops entered Tal Afar on Monday. Militants were still dug in across the Old Town.",
            "the Old Town",
            "Tal Afar",
        ),
    ],
)
def test_a_quarter_is_the_named_towns(text, words, name, gazetteer, place_mentions) -> None:
    mention = place_mentions(text)[words]
    place = gazetteer.get(mention.place_id)
    assert place is not None and place.name == name


def test_a_quarter_with_no_town_named_stays_unresolved(place_mentions) -> None:
    mentions = place_mentions("Crowds gathered in the Old City after the evening prayers.")
    assert all(not m.place_id for text, m in mentions.items() if "Old City" in text)


def test_a_town_named_two_sentences_before_gives_no_quarter(gazetteer, place_mentions) -> None:
    text = (
        "Police arrested 20 men in Hebron on Thursday. Hundreds of worshippers gathered at dawn. "
        "Clashes later erupted in the Old City after prayers."
    )
    quarters = [m for t, m in place_mentions(text).items() if "Old City" in t]
    places = [gazetteer.get(m.place_id) for m in quarters if m.place_id]
    assert all(p is None or p.name != "Hebron" for p in places), places
