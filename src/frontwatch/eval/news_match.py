"""Put the product's records beside a news item's gold claims and decide what matches.

Gold actors are the gold's own ids: each is mapped to product actors by resolving
its id and every alias with the product's actor knowledge base at the item's date.
A state's organs count as the state (the gold's "Russia" matches the product's
Russian air force), since the gold does not split states into arms; likewise a member
of a coalition counts as the coalition and back, at the item's date (the knowledge
base's member_of and faction_of edges: the YPG in the SDF from October 2015).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Protocol

from frontwatch.eval.news_data import PLAIN, GoldActor, GoldPlace, GoldTime, NewsItem
from frontwatch.extract.placeroles import named_as_actor
from frontwatch.records import ArticleResult, Place, TimeRef

RADIUS_KM = 15.0
EARTH_KM = 6371.0
_ARTICLE = re.compile(r"^(?:the|al|el|ad|ar|as|an|ash|az)[\s'-]+")
_AREA_WORD = re.compile(r"\s+(?:province|governorate|region|state|district|oblast|county|countryside)$")
# "the province of Saladin", "governorate of Deir al-Zour": the area word before the name
_AREA_OF = re.compile(r"^(?:province|governorate|region|district|oblast|county|countryside)\s+of\s+")
_RELATION_KINDS = ("backs", "fights", "allied")
_SYMMETRIC = ("fights", "allied")
_CHANGE_KINDS = ("capture", "withdrawal")


class ActorResolver(Protocol):
    """What the scorer needs from the actor knowledge base."""

    def resolve(self, text: str, *, label: str = "", date: dt.date | None = None) -> Any: ...

    def top_of(self, actor_id: str) -> str: ...

    def umbrellas_of(self, actor_id: str, date: dt.date | None = None) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class PredPlace:
    name: str
    lat: float | None
    lon: float | None
    texts: tuple[str, ...] = ()  # the words the article used for it ("Palmyra" for Tadmur)
    is_area: bool = False  # a country, province or region: its point is only a centroid


@dataclass(frozen=True, slots=True)
class Pred:
    """One product record reduced to what the news scorer compares."""

    kind: str  # control, relations, events, places
    type: str  # PLOVER type or relation kind ('' for control and places)
    a: str  # source / new controller
    b: str  # target / previous controller
    place: PredPlace | None
    certainty: str
    sentence: str
    time: TimeRef | None = None

    @property
    def plain(self) -> bool:
        return self.certainty in PLAIN


class ActorMap:
    """Gold actor id -> the product actor ids it stands for, at one item's date."""

    def __init__(self, kb: ActorResolver, item: NewsItem) -> None:
        self.kb = kb
        self.item = item
        self._ids: dict[str, frozenset[str]] = {}

    def ids(self, gold_id: str) -> frozenset[str]:
        if gold_id not in self._ids:
            actor = self.item.actors.get(gold_id) or GoldActor(gold_id)
            self._ids[gold_id] = self._resolve(actor)
        return self._ids[gold_id]

    def _resolve(self, actor: GoldActor) -> frozenset[str]:
        found: set[str] = set()
        for name in (actor.id, *actor.aliases):
            match = self.kb.resolve(name, date=self.item.date)
            if match is not None:
                found.update((match.actor_id, self.kb.top_of(match.actor_id)))
        return frozenset(found)

    def same(self, product_id: str, gold_id: str) -> bool:
        """True when the product actor is one of the gold actor's resolutions (or its organ),
        or one level above or below it in a coalition at the item's date."""
        if not product_id or not gold_id:
            return False
        ids = self.ids(gold_id)
        if product_id in ids or self.kb.top_of(product_id) in ids:
            return True
        return self._one_umbrella_apart(product_id, ids)

    def _one_umbrella_apart(self, product_id: str, ids: frozenset[str]) -> bool:
        """A member counts as its coalition and the coalition as the member ("Kurdish
        forces" read as the YPG where the gold says the SDF), as an organ counts as its
        state; two members of one coalition stay apart."""
        date = self.item.date
        above = self.kb.umbrellas_of(product_id, date)
        if any(group in ids or self.kb.top_of(group) in ids for group in above):
            return True
        return any(product_id in self.kb.umbrellas_of(gold, date) for gold in ids)


# ---- places -------------------------------------------------------------------------


def _within(pred: PredPlace, gold: GoldPlace) -> bool:
    if None in (pred.lat, pred.lon, gold.lat, gold.lon):
        return False
    return distance_km(pred.lat, pred.lon, gold.lat, gold.lon) <= RADIUS_KM  # type: ignore[arg-type]


def place_key(name: str) -> str:
    """A name folded for comparison: no accents, case, article, punctuation or area word
    ("the province of Saladin", "Saladin province" and "Saladin" fold alike)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _AREA_WORD.sub("", _AREA_OF.sub("", _ARTICLE.sub("", text.strip())))
    return re.sub(r"[^a-z0-9]+", "", text)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def same_place(pred: PredPlace | None, gold: GoldPlace | None) -> bool:
    """Within 15 km of the gold point; by name where the gold has no coordinates, or
    where the product's place is an area (a country's or province's point is a centroid,
    and two centroids of one area need not lie within 15 km of each other)."""
    if gold is None:
        return True  # the gold does not place the claim: any place will do
    if pred is None:
        return False
    if _within(pred, gold):
        return True
    if gold.lat is not None and not pred.is_area:
        return False
    wanted = place_key(gold.name)
    return bool(wanted) and any(place_key(n) == wanted for n in (pred.name, *pred.texts))


# ---- the product's records ------------------------------------------------------------


def predictions(result: ArticleResult) -> list[Pred]:
    """Every record of one article the news scorer compares, with its certainty."""
    places = {place.id: place for place in result.places}
    texts = _place_texts(result)
    found = [
        *_control_preds(result, places),
        *_relation_preds(result),
        *_event_preds(result, places),
    ]
    named = _places_named_as_places(result)
    found.extend(
        Pred("places", "", "", "", _pred_place("", place, texts), "asserted", "")
        for place in places.values()
        if place.id in named
    )
    return found


def _places_named_as_places(result: ArticleResult) -> set[str]:
    """Places the text names as locations: a name used only as an actor ("Russia said")
    is no place named, unless an event or control change is placed there."""
    named = {m.place_id for m in result.mentions if m.place_id and not named_as_actor(m)}
    named |= {e.place_id for e in result.events} | {c.place_id for c in result.control_changes}
    return named


def _place_texts(result: ArticleResult) -> dict[str, tuple[str, ...]]:
    texts: dict[str, set[str]] = {}
    for mention in result.mentions:
        if mention.place_id:
            texts.setdefault(mention.place_id, set()).add(mention.text)
    return {place_id: tuple(sorted(found)) for place_id, found in texts.items()}


def _pred_place(
    text: str, place: Place | None, texts: dict[str, tuple[str, ...]] | None = None
) -> PredPlace | None:
    if place is None:
        return PredPlace(text, None, None, (text,)) if text else None
    seen = (texts or {}).get(place.id, ())
    words = (text, *seen) if text else seen
    return PredPlace(place.name, place.latitude, place.longitude, words, place.is_area)


def _sentence(record: Any) -> str:
    return record.evidence.sentence if record.evidence is not None else ""


def _control_preds(result: ArticleResult, places: dict[str, Place]) -> list[Pred]:
    return [
        Pred(
            "control",
            "",
            change.new_controller,
            change.previous_controller,
            _pred_place(change.place_text, places.get(change.place_id)),
            change.claim.certainty,
            _sentence(change),
            change.time,
        )
        for change in result.control_changes
        if change.kind in _CHANGE_KINDS
    ]


def _relation_preds(result: ArticleResult) -> list[Pred]:
    return [
        Pred(
            "relations",
            rel.kind,
            rel.source_actor,
            rel.target_actor,
            None,
            rel.claim.certainty,
            _sentence(rel),
        )
        for rel in result.relations
        if rel.kind in _RELATION_KINDS
    ]


def _event_preds(result: ArticleResult, places: dict[str, Place]) -> list[Pred]:
    return [
        Pred(
            "events",
            event.type,
            event.source_actor,
            event.target_actor,
            _pred_place(event.place_text, places.get(event.place_id)),
            event.claim.certainty,
            _sentence(event),
            event.time,
        )
        for event in result.events
    ]


# ---- matching one product record against one gold claim ---------------------------------


def control_matches(pred: Pred, gold: Any, actors: ActorMap) -> bool:
    return same_place(pred.place, gold.place) and actors.same(pred.a, gold.new_controller)


def relation_matches(pred: Pred, gold: Any, actors: ActorMap) -> bool:
    if pred.type != gold.type:
        return False
    forward = actors.same(pred.a, gold.a) and actors.same(pred.b, gold.b)
    if forward or gold.type not in _SYMMETRIC:
        return forward
    return actors.same(pred.a, gold.b) and actors.same(pred.b, gold.a)


def event_matches(pred: Pred, gold: Any, actors: ActorMap) -> bool:
    if pred.type != gold.type or not same_place(pred.place, gold.place):
        return False
    return all(
        actors.same(mine, theirs) for mine, theirs in ((pred.a, gold.a), (pred.b, gold.b)) if theirs
    )


def place_matches(pred: Pred, gold: GoldPlace, _actors: ActorMap) -> bool:
    return same_place(pred.place, gold)


def time_agrees(time: TimeRef | None, gold: GoldTime) -> bool:
    """The product's date falls in the gold's day, month or year, at least as precisely."""
    if time is None or time.date is None or time.precision is None:
        return False
    if _PRECISION_RANK[time.precision] > _PRECISION_RANK[gold.precision]:
        return False  # "last week" cannot confirm a day
    return time.date.isoformat().startswith(gold.text)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


MATCHERS = {
    "control": control_matches,
    "relations": relation_matches,
    "events": event_matches,
    "places": place_matches,
}
