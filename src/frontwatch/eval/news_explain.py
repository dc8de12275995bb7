"""Why a gold claim was missed, or a product record had no gold: a cause where one can be told.

Causes, checked in this order for a miss: ``wrong certainty`` (found, but not as a
plain fact), ``wrong direction`` (the pair reversed), ``actor unresolved`` (no
mention in the text resolved to the gold actor), ``place unresolved`` (no resolved
place within 15 km), ``wrong type`` / ``wrong place`` / ``wrong actors`` (a record
close to it), else ``no extraction``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from frontwatch.eval.news_data import PLAIN, GoldPlace, NewsItem
from frontwatch.eval.news_match import MATCHERS, ActorMap, Pred, PredPlace, place_key, same_place
from frontwatch.records import ArticleResult


def gold_summary(kind: str, gold: Any) -> str:
    if kind == "places":
        return f"place {gold.name}"
    if kind == "control":
        return f"{gold.new_controller} took {gold.place.name} from {gold.old_controller or '?'}"
    place = f" @ {gold.place.name}" if getattr(gold, "place", None) else ""
    return f"{gold.type} {gold.a or '?'} -> {gold.b or '?'}{place}"


def gold_cause(
    kind: str, gold: Any, preds: Sequence[Pred], actors: ActorMap, result: ArticleResult
) -> str:
    same = MATCHERS[kind]
    if kind == "places":
        gold_place: GoldPlace = gold
        return "place unresolved: " + gold_place.name
    found = [p for p in preds if not p.plain and same(p, gold, actors)]
    if found:
        return f"wrong certainty: stored as {found[0].certainty}"
    if any(_reversed(kind, p, gold, actors) for p in preds if p.plain):
        return "wrong direction"
    unresolved = [g for g in _gold_actors(kind, gold) if not _mentioned(g, actors, result)]
    if unresolved:
        return "actor unresolved: " + ", ".join(unresolved)
    place: GoldPlace | None = getattr(gold, "place", None)
    if place is not None and place.lat is not None and not _place_found(place, result):
        return "place unresolved: " + place.name
    return _near_miss(kind, gold, [p for p in preds if p.plain], actors)


def pred_cause(kind: str, pred: Pred, golds: Sequence[Any], actors: ActorMap) -> str:
    same = MATCHERS[kind]
    if kind == "places":
        return "not in gold"
    nonplain = [g for g in golds if g.certainty not in PLAIN and same(pred, g, actors)]
    if nonplain:
        return f"wrong certainty: gold says {nonplain[0].certainty}"
    if any(_reversed(kind, pred, g, actors) for g in golds):
        return "wrong direction"
    if kind == "events":
        if any(g.type == pred.type and same_place(pred.place, g.place) for g in golds):
            return "wrong actors"
        if any(g.type == pred.type for g in golds):
            return "wrong place"
    if kind == "control" and any(same_place(pred.place, g.place) for g in golds):
        return "wrong actors"
    return "not in gold"


def sentence_for(gold: Any, item: NewsItem, result: ArticleResult) -> str:
    """The first sentence of the item naming the claim's place, else one of its actors."""
    names = [_place_name(gold)] + [
        alias
        for actor_id in _claim_actors(gold)
        for alias in (actor_id, *getattr(item.actors.get(actor_id), "aliases", ()))
    ]
    texts = [s.text for s in result.sentences] or [item.text]
    for name in filter(None, names):
        for text in texts:
            if name.lower() in text.lower():
                return text
    return ""


# ---- helpers -------------------------------------------------------------------------


def _place_name(gold: Any) -> str:
    if isinstance(gold, GoldPlace):
        return gold.name
    place = getattr(gold, "place", None)
    return place.name if place is not None else ""


def _claim_actors(gold: Any) -> list[str]:
    if isinstance(gold, GoldPlace):
        return []
    if hasattr(gold, "new_controller"):
        return [gold.new_controller]
    return [a for a in (gold.a, gold.b) if a]


def _gold_actors(kind: str, gold: Any) -> list[str]:
    return [] if kind == "places" else _claim_actors(gold)


def _mentioned(gold_id: str, actors: ActorMap, result: ArticleResult) -> bool:
    return any(actors.same(m.actor_id, gold_id) for m in result.mentions if m.actor_id)


def _place_found(place: GoldPlace, result: ArticleResult) -> bool:
    return any(
        same_place(PredPlace(p.name, p.latitude, p.longitude), place) for p in result.places
    ) or any(place_key(p.name) == place_key(place.name) for p in result.places)


def _reversed(kind: str, pred: Pred, gold: Any, actors: ActorMap) -> bool:
    """The same claim with its two actors the other way round."""
    if kind == "control":
        return same_place(pred.place, gold.place) and actors.same(pred.a, gold.old_controller)
    if kind not in ("relations", "events"):
        return False
    flipped = replace(pred, a=pred.b, b=pred.a)
    if not (pred.a or pred.b) or MATCHERS[kind](pred, gold, actors):
        return False
    return MATCHERS[kind](flipped, gold, actors)


def _near_miss(kind: str, gold: Any, plain: Sequence[Pred], actors: ActorMap) -> str:
    if kind == "control":
        if any(same_place(p.place, gold.place) for p in plain):
            return "wrong actors"
        if any(actors.same(p.a, gold.new_controller) for p in plain):
            return "wrong place"
        return "no extraction"
    if kind == "events":
        if any(MATCHERS[kind](replace(p, type=gold.type), gold, actors) for p in plain):
            return "wrong type"
        same_type = [p for p in plain if p.type == gold.type]
        if any(same_place(p.place, gold.place) for p in same_type):
            return "wrong actors"
        if same_type:
            return "wrong place"
    if kind == "relations" and any(p.type == gold.type for p in plain):
        return "wrong actors"
    return "no extraction"
