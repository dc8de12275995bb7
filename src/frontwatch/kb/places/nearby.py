"""Names placed by the town reporting says they lie near: "the village of X near Y",
"X, 18 km east of Y", "X in Y province".

Reporting names villages no gazetteer holds by the town they are near. When X is
unknown, or its only namesakes lie far from Y, X is placed at Y's point with a
coarser ACLED geo-precision (resolution "nearby"); when one of X's namesakes lies
near Y, that one is chosen.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.cues import DIRECTION_WORDS, place_name_cue
from frontwatch.kb.places.normalize import word_set
from frontwatch.records import Place

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer

# Words that say where X lies relative to Y ("near", "12 km south of", "in ... province").
RELATION_WORDS = word_set(
    """
    near nearby outside close from in km kilometers kilometres kilometre kilometer miles
    """
)
# Words that may stand between X and Y besides the relation itself.
FILLER_WORDS = word_set(
    """
    to of the a on at just some about around approximately roughly town city village villages
    district area outskirts countryside province governorate rural , - ( –
    """
)
VILLAGE_WORDS = frozenset({"village", "town", "hamlet", "villages"})
ANCHOR_CUES = frozenset({"near", "in", "town", "province", "countryside"})
MAX_GAP_TOKENS = 10
NEARBY_KM = 50.0
CITY_POPULATION = 100_000  # a place this size is never taken for a village's namesake
BROAD_KINDS = frozenset({"admin1", "country"})

Choice = tuple[Place, str] | None


def link_nearby(gazetteer: Gazetteer, readings: list[Any], choices: list[Choice]) -> dict[int, str]:
    """Re-place names said to lie near a resolved place, updating ``choices`` in place.

    Returns the names placed at the other place's point: {reading index: that place's text}.
    """
    placed: dict[int, str] = {}
    by_sentence = ReadingsBySentence(readings)
    for index, reading in enumerate(readings):
        anchor_index = anchor_after(reading, by_sentence)
        anchor_choice = None if anchor_index is None else choices[anchor_index]
        if anchor_index is None or anchor_choice is None or anchor_choice[0].kind == "country":
            continue
        anchor, current = anchor_choice[0], choices[index]
        if current and not _may_be_a_far_namesake(gazetteer, current[0], anchor):
            continue
        namesake = _namesake_near(gazetteer, reading, anchor)
        if namesake is not None:
            choices[index] = (namesake, "context")
        elif current and current[0].admin1 and current[0].admin1 == anchor.admin1:
            continue  # "Azaz, in the Aleppo countryside": far from the centroid, yet inside
        else:
            choices[index] = (anchor, "nearby")
            placed[index] = readings[anchor_index].span.text
    return placed


def nearby_precision(anchor: Place) -> int:
    """ACLED geo-precision of a name placed at ``anchor``: 2 near a town, 3 in a province."""
    return 3 if anchor.kind in BROAD_KINDS else 2


@dataclass(frozen=True, slots=True)
class NameAt:
    """A name not read yet, by where it stands (its span and its sentence's index): all that
    :func:`village_readings` asks of the names it chooses from."""

    span: Any
    sent_index: int


def village_readings(readings: list[Any], others: list[Any]) -> list[Any]:
    """Those of ``others`` (names the NER called a person or an organisation, as readings or
    as :class:`NameAt`) that the words after place near a place already read: "Qaryat Umm
    Jarbu, a village 20 km south of Hasakah", "the village of Kafr Sawsaneh in the Idlib
    countryside". Only an other's span and sentence are asked, so a name need not be read
    (its cues and candidates looked up) to be chosen."""
    found = []
    by_sentence = ReadingsBySentence(readings)
    for reading in others:
        anchor = anchor_after(reading, by_sentence)
        if anchor is None:
            continue
        gap = _gap(reading, readings[anchor])
        # ", a village 20 km south of Y" is an apposition; "militants in the town of Y" is not
        apposition = gap[:1] == [","] and any(w in VILLAGE_WORDS for w in gap)
        if apposition or place_name_cue(reading.span):
            found.append(reading)
    return found


class ReadingsBySentence:
    """Each sentence's readings by where they start, sorted once: the reading after another
    is found by bisection in its sentence, not by a scan of every reading of the article
    (one scan per reading made a long article's place resolution quadratic)."""

    def __init__(self, readings: list[Any]) -> None:
        self.readings = readings
        self.starts: dict[int, list[tuple[int, int]]] = {}
        for k, reading in enumerate(readings):
            self.starts.setdefault(reading.sent_index, []).append((reading.span.start, k))
        for rows in self.starts.values():
            rows.sort()

    def first_from(self, sent_index: int, token: int) -> int | None:
        """The index of the reading of the sentence that starts first at or after ``token``
        (the earlier in the list when two start there)."""
        rows = self.starts.get(sent_index, [])
        at = bisect_left(rows, (token, -1))
        return rows[at][1] if at < len(rows) else None


def anchor_after(reading: Any, by_sentence: ReadingsBySentence) -> int | None:
    """The index of the reading right after ``reading`` in its sentence, when the words
    between say the first lies near or in it."""
    readings = by_sentence.readings
    anchor_index = by_sentence.first_from(reading.sent_index, reading.span.end)
    if anchor_index is None:
        return None
    gap = _gap(reading, readings[anchor_index])
    if (
        not 0 < len(gap) <= MAX_GAP_TOKENS
        or not set(readings[anchor_index].cues.cues) & ANCHOR_CUES
    ):
        return None
    related = any(w in RELATION_WORDS or w in DIRECTION_WORDS for w in gap)
    allowed = all(
        w in RELATION_WORDS or w in DIRECTION_WORDS or w in FILLER_WORDS or _is_number(w)
        for w in gap
    )
    return anchor_index if related and allowed else None


def _gap(reading: Any, anchor: Any) -> list[str]:
    return [t.lower_ for t in reading.span.doc[reading.span.end : anchor.span.start]]


def _may_be_a_far_namesake(gazetteer: Gazetteer, place: Place, anchor: Place) -> bool:
    """A small GeoNames place far from the one it is said to lie near is a namesake of the
    real, unlisted village; a city, an area or a curated site is what the text means
    ("Homs, near Damascus" in a list; "the Khor Mor gas field in Sulaymaniyah")."""
    return (
        place.id.startswith("gn:")
        and place.population < CITY_POPULATION
        and gazetteer.distance_km(place, anchor) > NEARBY_KM
    )


def _namesake_near(gazetteer: Gazetteer, reading: Any, anchor: Place) -> Place | None:
    near = [
        (gazetteer.distance_km(c.place, anchor), c.place)
        for c in reading.candidates
        if c.match != "fuzzy" and not c.place.is_area
    ]
    near = [(km, place) for km, place in near if km <= NEARBY_KM]
    return min(near, key=lambda row: row[0])[1] if near else None


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).replace(",", "").isdigit()
