"""A compass word before a name that is both a town and its province ("in southern Aleppo",
"fighting in northern Hama") names a part of the province, its countryside, not the town:
the town of the same name lies in one corner of it, and the part named may be 50 km away.
"The northern city of P" keeps the town: there the word qualifies "city"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontwatch.kb.places.cues import compass_word_before

if TYPE_CHECKING:
    from frontwatch.kb.places.gazetteer import Candidate
    from frontwatch.records import Place


def province_for_a_part(
    span: Any, candidates: tuple[Candidate, ...], choice: tuple[Place, str] | None
) -> tuple[Place, str] | None:
    """The province named like the chosen town, when a compass word modifies the name."""
    if choice is None or choice[0].kind != "populated_place" or compass_word_before(span) is None:
        return choice
    town = choice[0]
    for candidate in candidates:
        place = candidate.place
        if place.kind == "admin1" and place.country == town.country and candidate.match != "fuzzy":
            return place, candidate.match
    return choice
