"""Approximate matches stay in the article's countries.

A spelling the gazetteer does not know exactly ("Kareto", "Assdada") finds a near
spelling anywhere in the world, and a short name ("Chin", "Sole") is some foreign
town's alternate name: neither is evidence enough to move the story abroad. Such a
match is kept only in a country the article itself points to (a country it names, the
country of a place it names exactly, and the war's theatre unless it names a place
exactly outside it),
and a name of four letters or fewer is never matched approximately.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.kb.places.gazetteer import Candidate
from frontwatch.kb.places.normalize import name_key
from frontwatch.records import Place

SHORT_NAME_LETTERS = 4


def is_short(name: str) -> bool:
    """ "Ge", "Chin", "Sole": too few letters for a near spelling or a stray alias to mean anything."""
    return sum(ch.isalpha() for ch in name_key(name)) <= SHORT_NAME_LETTERS


def is_approximate(candidate: Candidate, name: str) -> bool:
    """A near spelling, or a foreign alternate name of a short name; curated spellings are exact."""
    if candidate.match == "fuzzy":
        return True
    return candidate.match == "alias" and is_short(name) and candidate.place.id.startswith("gn:")


def all_exact(candidates: Iterable[Candidate], name: str) -> bool:
    """Whether a name's candidates can vouch for the article's countries."""
    found = list(candidates)
    return bool(found) and not any(is_approximate(c, name) for c in found)


def article_countries(
    named: set[str], places: list[Place], theatre: frozenset[str]
) -> frozenset[str]:
    """The countries ``named`` (by country names and exactly named places), and the war's
    ``theatre`` unless a place named exactly lies outside it: "Turkey said its troops
    entered Tal Abyadh" is still a Syrian story; "strikes near Tyre" is not."""
    if any(place.country not in theatre for place in places):
        return frozenset(named)
    return frozenset(named) | theatre


def within_countries(
    candidates: tuple[Candidate, ...], name: str, countries: frozenset[str]
) -> tuple[Candidate, ...]:
    """The candidates, less approximate ones outside ``countries`` and near spellings of short names."""
    return tuple(
        c
        for c in candidates
        if not is_approximate(c, name)
        or (c.place.country in countries and not (c.match == "fuzzy" and is_short(name)))
    )


def abroad_reason(candidates: tuple[Candidate, ...], name: str) -> str:
    """Why a name that only matched approximately abroad is left unresolved."""
    where = sorted({c.place.country for c in candidates})
    return (
        f"only approximate matches of {name!r} outside the article's countries ({', '.join(where)})"
    )
