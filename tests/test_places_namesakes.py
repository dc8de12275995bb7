"""A capital or world city is never a small namesake abroad; the article's region picks
between namesakes of similar standing; spelling variants of one place resolve to it;
countries' press names; the other wars' cities are tagged in running text."""

from __future__ import annotations

import pytest

from frontwatch.kb.places.namesakes import keep_prominent


def places_in(text, gazetteer, place_mentions):
    return {t: gazetteer.get(m.place_id) for t, m in place_mentions(text).items() if m.place_id}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("U.S. officials in Washington said Moscow had armed the separatists.", "Moscow", "RUS"),
        ("The U.S. envoy met officials in Moscow after talks in Texas.", "Moscow", "RUS"),
        (
            "A U.S. State Department spokesman said talks in Damascus had stalled.",
            "Damascus",
            "SYR",
        ),
        ("The U.S. Treasury said the bank moved funds through Damascus.", "Damascus", "SYR"),
        ("U.S. and French diplomats met in Paris to discuss the ceasefire.", "Paris", "FRA"),
    ],
)
def test_world_city_is_not_lost_to_a_namesake_on_country_focus_alone(
    gazetteer, place_mentions, sentence, name, country
):
    place = places_in(sentence, gazetteer, place_mentions)[name]
    assert place.country == country


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Fighting in Tripoli, the Libyan capital, spread toward Misrata and Zawiya.", "LBY"),
        ("Haftar's forces shelled Tripoli's Mitiga airport again.", "LBY"),
        ("Clashes in Tripoli spilled over from Syria into northern Lebanon.", "LBN"),
        ("Lebanese troops deployed in Tripoli after gunmen fought near Beirut's port.", "LBN"),
    ],
)
def test_namesakes_of_similar_standing_follow_the_article_region(
    gazetteer, place_mentions, sentence, country
):
    assert places_in(sentence, gazetteer, place_mentions)["Tripoli"].country == country


def test_a_namesake_near_another_named_place_still_wins(gazetteer):
    moscow_idaho = next(p for p in gazetteer.lookup("Moscow") if p.country == "USA")
    pullman = next(p for p in gazetteer.lookup("Pullman") if p.country == "USA")
    candidates = gazetteer.candidates("Moscow")
    idaho = next(c for c in candidates if c.place.id == moscow_idaho.id)
    assert keep_prominent(gazetteer, idaho, candidates, [pullman]).place.id == moscow_idaho.id
    assert keep_prominent(gazetteer, idaho, candidates, []).place.country == "RUS"


@pytest.mark.parametrize(
    "variants",
    [
        ("Jarablus", "Jarabulus", "Jarablous"),
        ("Tadmur", "Palmyra", "Tadmor"),
        ("Kobani", "Ayn al-Arab", "Kobane", "Ain al-Arab", "Ain al Arab"),
        (
            "Deir ez-Zor",
            "Deir al-Zour",
            "Dayr az Zawr",
            "Deir Ezzor",
            "Dayr ar Zawr",
            "Deir el-Zor",
        ),
        ("Manbij", "Menbij", "Manbej"),
        ("al-Bab", "Al Bab", "Al-Bab", "el-Bab"),
        ("Raqqa", "Al-Raqqah", "ar-Raqqa", "Rakka"),
        ("Mosul", "Al-Mosul", "Mousul"),
    ],
)
def test_spelling_variants_resolve_to_one_place(gazetteer, variants):
    ids = {gazetteer.resolve_name(v)[0].id for v in variants}
    assert len(ids) == 1, {v: gazetteer.resolve_name(v)[0].id for v in variants}


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Burma", "MMR"),
        ("DRC", "COD"),
        ("DR Congo", "COD"),
        ("Democratic Republic of Congo", "COD"),
        ("Congo", "COD"),
        ("Congo-Brazzaville", "COG"),
    ],
)
def test_press_names_of_countries(gazetteer, name, iso3):
    assert gazetteer.country(name).id == f"country:{iso3}"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Separatists seized government buildings in Donetsk on Monday.", "Donetsk", "UKR"),
        ("Boko Haram fighters attacked the outskirts of Maiduguri overnight.", "Maiduguri", "NGA"),
        ("The rebels advanced on Lashio, a trading hub near the Chinese border.", "Lashio", "MMR"),
    ],
)
def test_the_other_wars_cities_are_tagged_in_running_text(
    gazetteer, place_mentions, sentence, name, country
):
    assert places_in(sentence, gazetteer, place_mentions)[name].country == country


def test_a_given_name_is_no_city_abroad(gazetteer, place_mentions):
    found = places_in(
        "Mary Smith, a spokeswoman, said troops left Raqqa.", gazetteer, place_mentions
    )
    assert all(place.country != "TKM" for place in found.values())
    assert gazetteer.lookup("Mary") == [] and "personal name" in gazetteer.why_not_a_place("Mary")


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The insurgents captured the northern city of Mazar-e-Sharif on Saturday.",
            "Mazar-e-Sharif",
            "AFG",
        ),
        ("Fighting spread from Kunduz to Pul-e-Khumri overnight.", "Pul-e-Khumri", "AFG"),
    ],
)
def test_hyphenated_persian_names_are_tagged_whole(
    gazetteer, place_mentions, sentence, name, country
):
    assert places_in(sentence, gazetteer, place_mentions)[name].country == country


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Chin State", "Chin State"),
        ("Karen State", "Kayin"),
        ("Mon State", "Mon State"),
        ("Rakhine State", "Rakhine"),
        ("Arakan", "Rakhine"),
        ("Karenni State", "Kayah"),
    ],
)
def test_myanmar_states_by_their_press_names(gazetteer, name, admin1):
    place, _, _ = gazetteer.resolve_name(name)
    assert place.country == "MMR" and place.kind == "admin1" and place.admin1 == admin1


@pytest.mark.parametrize("acronym", ["GNA", "TAF", "SNA", "PMF"])
def test_acronyms_are_not_places_by_alternate_or_approximate_names(gazetteer, acronym):
    found = gazetteer.resolve_name(acronym)
    assert found is None or found[0].id.startswith(("fw:", "country:")), found


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. special forces raided a house in northwestern Syria.",
        "Kurdish-led forces hold most of northeastern Syria.",
    ],
)
def test_a_direction_with_a_country_is_the_country(gazetteer, place_mentions, sentence):
    found = places_in(sentence, gazetteer, place_mentions)
    syria = next(place for text, place in found.items() if "Syria" in text)
    assert syria.id == "country:SYR"


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Rival militias clashed in Tripoli, Lebanon, on Friday as Libya's talks stalled.",
            "Tripoli",
            "LBN",
        ),
        ("Gunmen attacked a church in Tripoli, Libya, near Beirut Street.", "Tripoli", "LBY"),
        (
            "Officials met in Kani, Japan, to discuss aid to Myanmar's Sagaing Region.",
            "Kani",
            "JPN",
        ),
        ("Junta troops torched Kani, Myanmar, after talks in Japan.", "Kani", "MMR"),
    ],
)
def test_the_country_written_after_the_name_picks_the_namesake(
    gazetteer, place_mentions, sentence, name, country
):
    """h-evplace17: a war's village added to the gazetteer ("Kani" in Sagaing) outranked
    the namesake the text itself pointed to ("Kani, Japan")."""
    place = places_in(sentence, gazetteer, place_mentions)[name]
    assert place.country == country
