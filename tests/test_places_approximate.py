"""Approximate and short-alias matches stay in the article's countries: a near spelling
or a foreign alternate name never moves a place into a country the article does not
point to, and a name of four letters or fewer is never matched approximately."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.approximate import article_countries, is_short, within_countries

THEATRE = frozenset({"SYR", "IRQ"})


def places_in(text, gazetteer, place_mentions):
    return {t: m for t, m in place_mentions(text).items()}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Israeli strikes hit Baallade Valley and the outskirts of Tyre in southern Lebanon.", "Baallade Valley"),
        ("The fighting in Chin has displaced thousands, according to the UN office in Myanmar.", "Chin"),
        ("Junta jets bombed villages in Chin, near the border with India, Myanmar rebels said.", "Chin"),
    ],
)
def test_an_approximate_match_abroad_is_left_unresolved_with_its_reason(
    gazetteer, place_mentions, sentence, name
):
    mention = places_in(sentence, gazetteer, place_mentions)[name]
    assert not mention.place_id
    assert mention.resolution == "unresolved"
    assert "outside the article's countries" in mention.note


def test_an_unknown_valley_near_a_known_town_is_placed_at_that_town(gazetteer, place_mentions):
    found = places_in(
        "Hezbollah said it targeted Israeli troops in Baallade Valley, near Naqoura.",
        gazetteer,
        place_mentions,
    )
    assert gazetteer.get(found["Baallade Valley"].place_id).country == "LBN"
    assert found["Baallade Valley"].resolution == "nearby"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Sirens sounded in Assdada, Ashkelon and Sderot as rockets flew from Gaza.", "Assdada", "ISR"),
        ("Rebels shelled army positions in Khan Shaykoun and Qaryatein, the Observatory said.", "Qaryatein", "SYR"),
        ("Iraqi troops pushed into Hawijah and Kirkouk province's villages, officials in Baghdad said.", "Hawijah", "IRQ"),
    ],
)
def test_an_approximate_match_in_the_articles_countries_is_kept(
    gazetteer, place_mentions, sentence, name, country
):
    mention = places_in(sentence, gazetteer, place_mentions)[name]
    assert gazetteer.get(mention.place_id).country == country


@pytest.mark.parametrize("name", ["Ge", "Gee"])
def test_a_short_name_has_no_near_spelling_even_in_the_articles_country(gazetteer, name):
    candidates = gazetteer.candidates(name)
    assert candidates and all(c.match == "fuzzy" for c in candidates)
    countries = frozenset(c.place.country for c in candidates)
    assert is_short(name)
    assert within_countries(candidates, name, countries) == ()


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("Bui", "alias"),
        ("Sole", "alias"),
        ("Chin", "alias"),
        ("Kareto", "fuzzy"),
        ("Assdada", "fuzzy"),
        ("Baallade Valley", "fuzzy"),
    ],
)
def test_a_long_near_spelling_or_short_alternate_stays_in_its_country(gazetteer, name, match):
    candidates = gazetteer.candidates(name)
    assert candidates and all(c.match == match for c in candidates)
    assert within_countries(candidates, name, frozenset({"NGA", "MMR", "MLI", "LBN"})) == ()
    home = frozenset(c.place.country for c in candidates)
    assert within_countries(candidates, name, home) == candidates


def test_exact_names_are_never_filtered(gazetteer):
    candidates = gazetteer.candidates("Moscow")
    assert within_countries(candidates, "Moscow", frozenset({"SYR"})) == candidates


def test_the_theatre_counts_unless_a_place_is_named_outside_it(gazetteer):
    tyre = next(p for p in gazetteer.lookup("Tyre") if p.country == "LBN")
    aleppo = next(p for p in gazetteer.lookup("Aleppo") if p.country == "SYR")
    assert article_countries({"TUR"}, [], THEATRE) == {"TUR", "SYR", "IRQ"}
    assert article_countries({"SYR", "TUR"}, [aleppo], THEATRE) == {"SYR", "TUR", "IRQ"}
    assert article_countries({"LBN", "ISR"}, [tyre], THEATRE) == {"LBN", "ISR"}
