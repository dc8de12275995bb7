"""A town's quarter named without its town: "the Old City", "the Old Town" (not_places.yaml:
town_quarters) are the quarter of the town the text names, in the same sentence ("Homs's
Old City", "the Old City of Homs") or, failing that, the last one named before; the quarter
curated under that town's name ("Old City of Homs") when there is one, else the town.
Never GeoNames' one place called "Old City" (Jerusalem's) in a story about another town."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.curated import QUARTER_REASON

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Gazetteer
    from frontwatch.records import Place

TOWN_KINDS = frozenset({"populated_place", "district"})  # a district: "the Old City of Homs"


def place_quarters(gazetteer: Gazetteer, readings: list[Any], choices: list[Any]) -> None:
    """Set, in place, the choice of each quarter named without its town."""
    towns = sorted(
        (r.span.start, r.sent_index, r.span.text, choice[0])
        for r, choice in zip(readings, choices, strict=True)
        if choice is not None and choice[0].kind in TOWN_KINDS
    )
    for index, reading in enumerate(readings):
        if choices[index] is not None or not _a_quarter(gazetteer, reading):
            continue
        town = _its_town(reading, towns)
        if town is not None:
            choices[index] = (_quarter_of(gazetteer, *town), "context")
            reading.reason = ""


def _a_quarter(gazetteer: Gazetteer, reading: Any) -> bool:
    return reading.span is not None and gazetteer.why_not_a_place(reading.span.text) == QUARTER_REASON


def _its_town(reading: Any, towns: list[tuple[int, int, str, Place]]) -> tuple[str, Place] | None:
    same = [t for t in towns if t[1] == reading.sent_index]
    # the town of the sentence before at most: further back, another town may be meant
    before = [t for t in towns if t[0] < reading.span.start and t[1] == reading.sent_index - 1]
    found = same[-1] if same else (before[-1] if before else None)
    return None if found is None else (found[2], found[3])


def _quarter_of(gazetteer: Gazetteer, town_text: str, town: Place) -> Place:
    """The curated "Old City of T" in the town's country, else the town itself."""
    for name in (f"Old City of {town_text}", f"{town_text} Old City"):
        for cand in gazetteer.candidates(name):
            if cand.match != "fuzzy" and cand.place.country == town.country:
                return cand.place
    return town
