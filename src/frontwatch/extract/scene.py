"""Where an act that names no town of its own took place: the town the article is about.

Reports of a battle name the town once or twice and then tell its acts without it
("Syrian troops seized a major rebel-held town ... took control of Yabroud ... the army had
shelled rebel positions there for a week"), or only by the country or province around it
("airstrikes in Syria"). An act of a type that happens somewhere on the ground, with no
place or only such an area, is placed at the article's main town: the town it names at least
``min_mentions`` times and more often than any other, when the area (if any) contains it.
The place keeps an empty ``place_text``: the sentence does not name it, the article does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from frontwatch.extract.lexicon import get_lexicon
from frontwatch.extract.placedestination import destination_in_sentence
from frontwatch.extract.placedistance import named_as_far
from frontwatch.extract.placeorigin import named_as_origin
from frontwatch.extract.placeroles import named_as_actor
from frontwatch.extract.tally import most_named
from frontwatch.kb.places.capitals import is_described
from frontwatch.kb.places.cues import cues_of
from frontwatch.records import Event, Mention, Place


def place_at_main_town(
    events: list[Event],
    place_mentions: Iterable[Mention],
    places: dict[str, Place],
    distant_ids: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Place, in place, the acts without a town of their own at the article's main town;
    not those told as far from a place ("90 km west of T", ``distant_ids``), nor those at a
    village the gazetteer lacks, placed by its province ("the village of X in Y province")."""
    rules = get_lexicon().events["scene"]
    mentions = list(place_mentions)
    town = main_town(mentions, places, int(rules["min_mentions"]))
    if town is None:
        return
    located = frozenset(rules["act_types"])
    villages = {m.text for m in mentions if m.resolution == "nearby"}
    for event in events:
        if event.type not in located or event.id in distant_ids or event.place_text in villages:
            continue  # "hit the village of X in Y province": at X, somewhere in Y, not Y's town
        if _province_wide(event, mentions, places, rules):
            continue  # "launched an offensive in X province": over the province, not at its town
        if _unplaced(event, town, places) and not destination_in_sentence(event, town.id, mentions):
            event.place_id, event.place_text = town.id, ""


def main_town(
    place_mentions: Iterable[Mention], places: dict[str, Place], floor: int
) -> Place | None:
    """The town (no area) the article names most, if at least ``floor`` times and alone; a
    name used as a party, as where one came from ("fighters from X") or as a distance's far
    end ("200 km north of X") does not count."""
    spans = {
        (m.start, m.end): m.place_id
        for m in place_mentions
        if m.place_id in places and not _told_elsewhere(m)
    }
    counts = Counter(pid for pid in spans.values() if not places[pid].is_area)
    town = most_named(counts, floor)
    return places[town] if town else None


def _told_elsewhere(mention: Mention) -> bool:
    """Also a capital named by description ("the Syrian capital"): the sentence's act is
    there, but a story naming "the capital" once and Damascus once is no story about Damascus
    (its acts in Aleppo and Idlib are not carried there)."""
    return (
        named_as_actor(mention)
        or named_as_origin(mention)
        or named_as_far(mention)
        or is_described(mention.note)
    )


def _unplaced(event: Event, town: Place, places: dict[str, Place]) -> bool:
    """No place, or only an area that holds the town (its country, its province)."""
    if not event.place_id:
        return True
    area = places.get(event.place_id)
    return area is not None and area_holds(area, town)


def _province_wide(
    event: Event, mentions: list[Mention], places: dict[str, Place], rules: dict[str, Any]
) -> bool:
    """A campaign its own sentence tells in a province ("fighting in the X governorate
    began", "launched an offensive in Y province"): it spans the province, and the town the
    article is about is only part of it; a strike or a toll there ("airstrikes in X province
    killed dozens") is at the town (events.yaml: scene.province_wide)."""
    wide = rules["province_wide"]
    area = places.get(event.place_id)
    if area is None or area.kind not in wide["kinds"] or not event.place_text:
        return False
    if event.trigger.lower() not in wide["triggers"]:
        return False
    cues = frozenset(wide["cues"])
    return any(
        m.place_id == event.place_id and m.text == event.place_text and cues & set(cues_of(m))
        for m in mentions
    )


def area_holds(area: Place, town: Place) -> bool:
    """Whether the area (a country, a province) holds the town, as the gazetteer says."""
    if not area.is_area or area.country != town.country:
        return False
    return not area.admin1 or not town.admin1 or area.admin1 == town.admin1
