"""A neighbourhood named with its city lies in that city.

"the Shulaa neighborhood of Baghdad", "Baghdad's Shulaa district", "the Old Raqqa and
Daraiya neighborhoods" of a story about Raqqa: a name the text calls a neighbourhood,
district, quarter or suburb of a city is a part of that city. When the gazetteer has no
place of that name, or only a namesake in another governorate (Darayya, the Damascus
suburb, for Raqqa's Daraiya neighbourhood), the name is placed at the city: the quarter
is a few km from its centre, the namesake hundreds. The city is the one named with the
quarter ("of Y", "Y's"), else the last town named before it in its sentence or the one
before. A namesake in the city's own governorate stays ("the Aleppo suburb of Ezaz", 40
km out); so does every quarter the gazetteer knows near its city.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.curated import read_data_file

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.records import Place

_WORDS = read_data_file("not_places.yaml")
QUARTER_WORDS = frozenset(str(w).lower() for w in _WORDS.get("quarter_words") or [])
DISTRICT_WORDS = frozenset(str(w).lower() for w in _WORDS.get("district_words") or [])
POSSESSIVES = frozenset({"'s", "’s"})
COORDINATORS = frozenset({"and", ",", "&"})
# A quarter this close to the city it is named with is taken as the gazetteer has it
QUARTER_KM = 25.0


def place_city_quarters(gazetteer: Gazetteer, readings: list[Any], choices: list[Any]) -> None:
    """Set, in place, the choice of each quarter named with its city whose own name the
    gazetteer lacks or gives to a namesake outside the city's governorate."""
    by_start = {r.span.start: i for i, r in enumerate(readings) if r.span is not None}
    by_end = {r.span.end: i for i, r in enumerate(readings) if r.span is not None}
    for index, reading in enumerate(readings):
        word = _quarter_word(reading, readings, by_start)
        if word is None:
            continue
        city = _its_city(reading, word, readings, choices, by_start, by_end)
        if city is None or city is _chosen(choices, index):
            continue
        own = _chosen(choices, index)
        if own is None and (reading.candidates or gazetteer.why_not_a_place(reading.span.text)):
            continue  # a name ruled out (a surname, an everyday word): not a quarter either
        if own is None or _elsewhere(gazetteer, own, city):
            choices[index] = (city, "context")
            reading.reason = ""


def _chosen(choices: list[Any], index: int) -> Place | None:
    choice = choices[index]
    return None if choice is None else choice[0]


def _quarter_word(reading: Any, readings: list[Any], by_start: dict[int, int]) -> Any | None:
    """The quarter word the name stands before ("Daraiya neighborhoods"), directly or
    through the names it is listed with ("Old Raqqa and Daraiya neighborhoods")."""
    span = reading.span
    if span is None:
        return None
    doc, end = span.doc, span.end
    for _ in range(4):  # a list of a few names at most
        if end >= len(doc):
            return None
        word = doc[end]
        if word.lower_ in QUARTER_WORDS or word.lower_ in DISTRICT_WORDS:
            return word
        if word.lower_ not in COORDINATORS:
            return None
        after = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "and" else end + 1
        nxt = by_start.get(after)
        if nxt is None:
            return None
        end = readings[nxt].span.end
    return None


def _its_city(
    reading: Any,
    word: Any,
    readings: list[Any],
    choices: list[Any],
    by_start: dict[int, int],
    by_end: dict[int, int],
) -> Place | None:
    """The town the quarter is of: "the Q neighborhood of Y", "Y's Q district", else the
    last town named before the quarter in its sentence or the one before."""
    doc = word.doc
    if word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of":
        named = by_start.get(word.i + 3 if doc[word.i + 2].lower_ == "the" else word.i + 2)
        if named is not None:  # "of" a province or a country: no city
            return _town(choices, named)
    start = reading.span.start
    if start > 0 and doc[start - 1].lower_ in POSSESSIVES:
        return _town(choices, by_end.get(start - 1))
    if word.lower_ not in QUARTER_WORDS:
        return None  # "the Sinjar district", "the Douma suburbs": a unit of its own
    before = [
        (r.sent_index, r.span.start, i)
        for i, r in enumerate(readings)
        if r.span is not None
        and r.span.start < start
        and reading.sent_index - 1 <= r.sent_index <= reading.sent_index
        and _town(choices, i) is not None
    ]
    return _town(choices, max(before)[2]) if before else None


def _town(choices: list[Any], index: int | None) -> Place | None:
    if index is None or choices[index] is None:
        return None
    place: Place = choices[index][0]
    return place if place.kind == "populated_place" else None


def _elsewhere(gazetteer: Gazetteer, own: Place, city: Place) -> bool:
    """A namesake away from the city: smaller than the city (a city named before
    "neighborhoods" is the city whose quarters they are), in another country or
    governorate, and beyond what a quarter's distance from its city can be."""
    if own.population >= city.population > 0:
        return False
    other_unit = own.country != city.country or (own.admin1 and own.admin1 != city.admin1)
    return bool(other_unit) and gazetteer.distance_km(own, city) > QUARTER_KM
