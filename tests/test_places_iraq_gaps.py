"""Places of the Iraq war the gazetteer lacked (issue 13, item 4), as a class: the
neighbourhoods of Baghdad, the Anbar and Baghdad-belt towns GeoNames (cities500) leaves
out, the bases of the Baghdad area, a ridge of the Erbil-Makhmur front, the Euphrates
Shield border town and the Hasakah villages by the Iraqi border; and a town whose plain
spelling is an English word ("Hīt" folds to "hit") found by its accented written form,
never by the word (sentences written for the tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "words", "name"),
    [
        ("A roadside bomb wounded four shoppers in Obeidi on Friday.", "Obeidi", "Obeidi"),
        ("Police closed the roads around Baladiyat after the blast.", "Baladiyat", "Baladiyat"),
        ("Two bombs went off near the Shorja market at midday.", "Shorja", "Shorja market"),
        ("Gunmen opened fire on a checkpoint in Zafaraniya overnight.", "Zafaraniya", "Zafaraniya"),
        ("Residents of Hay al-Jihad fled the shooting.", "Hay al-Jihad", "Hay al-Jihad"),
    ],
)
def test_baghdad_neighbourhoods(sentence, words, name, resolved_place) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and place.name == name
    assert place.kind == "district" and place.admin1 == "Baghdad"


@pytest.mark.parametrize(
    ("sentence", "words", "name", "country"),
    [
        ("Militants stormed a police post in Kabisa at dawn.", "Kabisa", "Kubaysa", "IRQ"),
        ("Army units pushed into Saqlawiyah from the south.", "Saqlawiyah", "Saqlawiyah", "IRQ"),
        (
            "Two katyusha rockets struck Basmaya base late on Monday.",
            "Basmaya",
            "Besmaya base",
            "IRQ",
        ),
        ("US drones hit a depot at Jurf al-Saqr.", "Jurf al-Saqr", "Jurf al-Sakhar", "IRQ"),
        (
            "Peshmerga units dug in on the Sultan Abdullah Heights.",
            "Sultan Abdullah",
            "Sultan Abdullah mountain",
            "IRQ",
        ),
        ("The SDF said its fighters had reached Dashisha.", "Dashisha", "Dashisha", "SYR"),
        ("Tanks crossed into Syria at Cobanbey on Saturday.", "Cobanbey", "Çobanbey", "TUR"),
    ],
)
def test_front_towns_bases_and_ridges(
    sentence, words, name, country, resolved_place
) -> None:
    place = resolved_place(sentence, words)
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraqi forces entered Hīt after a week of fighting.",
        "Tribal fighters were besieged in Hīt, officials said.",
        "Jets struck positions on the outskirts of Hīt on Tuesday.",
    ],
)
def test_an_accented_town_whose_plain_spelling_is_a_word(
    sentence, resolved_place
) -> None:
    place = resolved_place(sentence, "Hīt")
    assert place is not None and (place.country, round(place.latitude)) == ("IRQ", 34)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shell hit a house in Ramadi on Sunday.",
        "Hit by a drone, the convoy burned near Fallujah.",
    ],
)
def test_the_word_hit_stays_a_verb(sentence, place_mentions) -> None:
    assert not any(text.lower() == "hit" for text in place_mentions(sentence))
