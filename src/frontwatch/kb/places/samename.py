"""'the region of Kharkiv ... the city of the same name': the phrase names the town the
area just named is called after, and is read as a mention of that town.

Provinces are often named after their seat, and reporting, having named the province,
points at the town by this look-back rather than by its name again. The phrase carries
no name, so the NER tags nothing there; without this the town is lost, and an event
"on the city of the same name" takes the province or no place at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from frontwatch.nlp.charspans import expanded_span
from frontwatch.nlp.text import text_of
from frontwatch.records import Place

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer

SAME_NAME = re.compile(
    r"\b(?:the |a )?(?:town|city|capital|village|port) of the same name\b", re.IGNORECASE
)
AREA_KINDS = frozenset({"admin1", "admin2", "region"})  # not "district": a city quarter
# The word that makes a town's name an area's ("the Kherson region", "Kharkiv Oblast").
AREA_WORDS = frozenset({"region", "province", "oblast", "governorate", "state", "prefecture"})
LOOK_BACK_SENTENCES = 1  # the area named in the same sentence or the one before

Choice = tuple[Place, str] | None


def same_name_spans(doc: Any) -> list[Any]:
    """The spans of "the city of the same name" in ``doc`` (a cheap test first: the phrase
    is rare, and most articles are never scanned)."""
    if "same name" not in text_of(doc):
        return []
    spans = (
        expanded_span(doc, m.start(), m.end())
        for m in SAME_NAME.finditer(text_of(doc))
    )
    return [span for span in spans if span is not None]


def town_named_after(
    gazetteer: Gazetteer, span: Any, sent_index: int, readings: list[Any], choices: list[Choice]
) -> Choice:
    """The town named like the last area read before ``span`` (in its sentence or the one
    before), in that area's country: the biggest such town, one in the area first."""
    area_reading, area = _last_area_before(span, sent_index, readings, choices)
    if area is None:
        return None
    towns = [
        c.place
        for name in _town_names(area_reading.cues.core, area.name)
        for c in gazetteer.candidates(name)
        if c.match != "fuzzy"
        and c.place.kind == "populated_place"
        and c.place.country == area.country
    ]
    if not towns:
        return None
    best = max(towns, key=lambda place: (place.admin1 == area.name, place.population))
    return best, "context"


def _town_names(*names: str) -> list[str]:
    """The names, each also without a trailing area word: "Kharkiv Oblast" -> "Kharkiv"."""
    found = []
    for name in names:
        words = name.split()
        found.append(name)
        if len(words) > 1 and words[-1].lower() in AREA_WORDS:
            found.append(" ".join(words[:-1]))
    return list(dict.fromkeys(found))


def _last_area_before(
    span: Any, sent_index: int, readings: list[Any], choices: list[Choice]
) -> tuple[Any, Place | None]:
    found: tuple[Any, Place | None] = (None, None)
    for reading, choice in zip(readings, choices, strict=True):
        if choice is None or reading.span.start >= span.start:
            continue
        if not 0 <= sent_index - reading.sent_index <= LOOK_BACK_SENTENCES:
            continue
        place = choice[0]
        if place.kind in AREA_KINDS and (
            found[0] is None or reading.span.start > found[0].span.start
        ):
            found = (reading, place)
    return found
