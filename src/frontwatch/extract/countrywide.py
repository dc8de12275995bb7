"""An act told for a whole country and again, town by town, is told once.

Strike reports, briefings and round-ups open with the country's tally ("In Iraq, coalition
forces conducted 12 strikes against ISIS targets:", "Russian jets kept up their raids in
Syria") and then place the same acts ("Near Mosul, three strikes destroyed...", "jets struck
Saraqeb"). Stored twice, the tally doubles the acts and puts one of them on the country's
centroid. An event placed at a whole country is dropped when the article places an act of the
same kind, by the same side, in a town of that country; what it says of a day that differs
from the town's keeps them apart. An event with sides of its own needs one of them in the
town's act; a tally naming no side at all gives way to any act of its kind in that country.
"""

from __future__ import annotations

from frontwatch.extract.armed import one_party
from frontwatch.kb.actors.kb import ActorKB
from frontwatch.records import PLAIN_FACT_CERTAINTIES as _PLAIN
from frontwatch.records import Event, Place, TimeRef, is_country_id


def without_country_tallies(
    events: list[Event], places: dict[str, Place], kb: ActorKB
) -> list[Event]:
    """The events without the whole-country ones that the article also tells town by town."""
    placed = [e for e in events if _in_a_town(e, places) and e.claim.certainty in _PLAIN]
    return [e for e in events if not _told_in_its_towns(e, placed, places, kb)]


def _told_in_its_towns(
    event: Event, placed: list[Event], places: dict[str, Place], kb: ActorKB
) -> bool:
    if not is_country_id(event.place_id) or event.claim.certainty not in _PLAIN:
        return False
    country = event.place_id.removeprefix("country:").upper()
    return any(
        places[other.place_id].country.upper() == country and _one_kind_of_act(event, other, kb)
        for other in placed
    )


def _in_a_town(event: Event, places: dict[str, Place]) -> bool:
    place = places.get(event.place_id)
    return place is not None and not place.is_area and not is_country_id(place.id)


def _one_kind_of_act(tally: Event, act: Event, kb: ActorKB) -> bool:
    """Same type and mode where both give one, no day that differs, no side that
    disagrees, and a side in common unless the tally names none."""
    if tally.type != act.type or (tally.mode and act.mode and tally.mode != act.mode):
        return False
    if not _same_time(tally.time, act.time):
        return False
    pairs = ((tally.source_actor, act.source_actor), (tally.target_actor, act.target_actor))
    if any(x and y and not one_party(x, y, kb) for x, y in pairs):
        return False
    sided = tally.source_actor or tally.target_actor
    return not sided or any(x and y for x, y in pairs)


def _same_time(tally: TimeRef, act: TimeRef) -> bool:
    """No stated day, month or year that differs, as precisely as the tally gives it ("an
    Israeli raid in 2007" is no part of this week's strikes), and both the day's news or
    both recounted past. A date the text does not state (the report's own) says nothing."""
    if tally.background != act.background:
        return False
    if not (tally.text and act.text) or tally.date is None or act.date is None:
        return True
    digits = _DIGITS_OF_PRECISION.get(tally.precision or "day", 10)
    return tally.date.isoformat()[:digits] == act.date.isoformat()[:digits]


# how many characters of an ISO date a precision fixes ("week" is compared by its month)
_DIGITS_OF_PRECISION = {"day": 10, "week": 7, "month": 7, "year": 4}
