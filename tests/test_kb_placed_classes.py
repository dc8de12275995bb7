"""A class placed in a country by its own phrase ("Kurdish fighters in Syria") is that
country's, never an antecedent of another country's; a government is no class of forces."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import article_from_text


def _found(actor_kb, actor_nlp, text, published=dt.date(2016, 4, 15)):
    article = article_from_text(text, published=published)
    return {m.text: m for m in actor_kb.resolve_doc(actor_nlp(text), article=article)}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a force of another country named before is no antecedent of the placed class
        (
            (
                "Peshmerga units held the line near Makhmour on Sunday. Kurdish fighters in Syria "
                "pushed into Tal Abyad near the border on Monday."
            ),
            "Kurdish fighters",
            "YPG",
        ),
        # the article's state (Iraq, by Baghdad and Erbil) yields to the phrase's own country
        (
            (
                "Baghdad and Erbil resumed talks over the oil fields. Kurdish militias inside Syria "
                "have been fighting the Islamic State for months, a monitor said."
            ),
            "Kurdish militias",
            "YPG",
        ),
        # ... and the other way round: Iraqi Kurdish forces in copy about Syria
        (
            (
                "Syrian Democratic Forces advanced on Raqqa this week. The Kurdish forces in Iraq "
                "have meanwhile retaken villages near Sinjar from the militants."
            ),
            "The Kurdish forces",
            "PESHMERGA",
        ),
        # other classes the same way: Yemen's rebels in copy that names Saudi Arabia first
        (
            (
                "Saudi Arabia said the talks would resume next month. Rebels in Yemen fired a "
                "missile at Jizan on Thursday."
            ),
            "Rebels",
            "HOUTHIS",
        ),
    ],
)
def test_a_class_placed_in_a_country_is_that_countrys(actor_kb, actor_nlp, text, phrase, expected):
    assert _found(actor_kb, actor_nlp, text)[phrase].actor_id == expected


def test_a_place_that_is_no_state_places_no_class(actor_kb, actor_nlp):
    # "in Kobani" names a town, not a country: the class stays the article's (here Syria's)
    text = (
        "Syrian Kurdish officials said the siege had been broken. Kurdish fighters in Kobani "
        "repelled a new Islamic State assault on Tuesday."
    )
    found = _found(actor_kb, actor_nlp, text, dt.date(2014, 10, 21))
    assert found["Kurdish fighters"].note.count("country:") == 0


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        (
            (
                "The Kurdistan Regional Government said it would hold talks with Baghdad. Kurdish "
                "militia in Syria have driven Islamist fighters from several villages near the border."
            ),
            ("YPG",),
        ),
        (
            (
                "Officials of the Kurdistan Regional Government met in Erbil on Sunday. Kurdish "
                "forces repelled an Islamic State attack on Makhmour hours later."
            ),
            ("PESHMERGA", "GEN_KURDISH_FORCES"),
        ),
        (
            (
                "The KRG asked Baghdad for its share of the budget. Kurdish troops later clashed "
                "with militants south of Kirkuk."
            ),
            ("PESHMERGA", "GEN_KURDISH_FORCES"),
        ),
    ],
)
def test_the_kurdish_regional_government_is_no_antecedent_of_kurdish_forces(
    actor_kb, actor_nlp, text, allowed
):
    found = _found(actor_kb, actor_nlp, text, dt.date(2016, 4, 15))
    forces = next(m for t, m in found.items() if t.split()[0] == "Kurdish" and len(t.split()) == 2)
    # the forces of the Kurds where the article or phrase decides, else the class; never
    #   the regional government, which is no armed body
    assert forces.actor_id in allowed
