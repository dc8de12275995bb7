"""Names written with typeset apostrophes ("Ma’arrat al-Nu’man", "Sina’a prison") reach
the place their straight spelling names: the entity ruler matches the token as written, and
"’" is not "'" to it. A word that only looks like a name with an apostrophe stays no place."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.normalize import spelling_variants

CURLY, OPENING = "\u2019", "\u2018"


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        (f"Government warplanes struck Ma{CURLY}arrat al-Nu{CURLY}man overnight.",
         f"Ma{CURLY}arrat al-Nu{CURLY}man", "Ma‘arrat an Nu‘mān"),
        (f"Inmates rioted inside al-Sina{CURLY}a prison on Thursday, Kurdish officials said.",
         f"Sina{CURLY}a prison", "Ghwayran prison"),
        (f"Clashes spread from Ma{CURLY}arrat al-Nu{CURLY}man to Saraqib by the evening.",
         f"Ma{CURLY}arrat al-Nu{CURLY}man", "Ma‘arrat an Nu‘mān"),
    ],
)
def test_a_typeset_apostrophe_still_names_the_place(
    gazetteer, place_mentions, sentence: str, words: str, name: str
) -> None:
    hits = [m for text, m in place_mentions(sentence).items() if words in text and m.place_id]
    assert hits, place_mentions(sentence)
    place = gazetteer.get(hits[0].place_id)
    assert place is not None and place.name == name


def test_the_spellings_cover_curly_opening_and_straight_marks() -> None:
    variants = spelling_variants(f"Ra{CURLY}s al-{OPENING}Ayn")
    assert {"ra's al-'ayn", f"ra{CURLY}s al-{CURLY}ayn", f"ra{CURLY}s al-{OPENING}ayn"} <= variants


def test_a_name_without_apostrophes_gains_no_spelling() -> None:
    assert not any(mark in v for v in spelling_variants("Deir ez-Zor") for mark in "'’‘")


def test_a_contraction_is_still_no_place(place_mentions) -> None:
    sentence = f"The commander said it{CURLY}s too early to say whether the town had fallen."
    assert not [m for m in place_mentions(sentence).values() if m.place_id]
