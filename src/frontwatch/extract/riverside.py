"""A river is no event's place: "strikes on the eastern bank of the Euphrates near Deir
ez-Zor" happened near Deir ez-Zor, not at the river's centre hundreds of kilometres away. An
event placed at a river (``unplaced_kinds``) takes the nearest other place finer than a
country its sentence names, else no place."""

from __future__ import annotations

from collections.abc import Iterable

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.records import Event, Mention, Place, is_country_id


def off_the_river(
    events: list[Event],
    place_mentions: Iterable[Mention],
    places: dict[str, Place],
    trigger_offsets: dict[str, int],
) -> None:
    """Move events placed at a river to the nearest other place of their sentence."""
    at_river = [e for e in events if at_a_river(places, e.place_id)]
    if not at_river:
        return
    mentions = {m.start: m for m in place_mentions if m.place_id}.values()
    for event in at_river:
        evidence = event.evidence
        anchor = trigger_offsets.get(event.id, evidence.start if evidence else 0)
        others = [
            m
            for m in mentions
            if evidence is not None
            and evidence.start <= m.start < evidence.end
            and not at_a_river(places, m.place_id)
            and not is_country_id(m.place_id)  # "Russia's air force": a side, no place
        ]
        nearest = min(others, key=lambda m: abs(m.start - anchor), default=None)
        event.place_id = nearest.place_id if nearest else ""
        event.place_text = nearest.text if nearest else ""


def at_a_river(places: dict[str, Place], place_id: str) -> bool:
    """The place is of a kind no event or holding is placed at (``unplaced_kinds``)."""
    place = places.get(place_id) if place_id else None
    return place is not None and place.kind in get_lexicon().events["unplaced_kinds"]
