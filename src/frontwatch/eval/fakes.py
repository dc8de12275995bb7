"""Score FrontWatch's main event per article against the FA-KES crowd labels.

:func:`evaluate_fakes` reads only the article texts, runs the product, and then
reads the label columns. Every field is reported beside its majority-class baseline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from frontwatch.errors import InvalidKnowledgeBase
from frontwatch.eval.events import attack_attribute, main_event
from frontwatch.eval.fakes_data import FakesArticle, FakesGold, load_articles, load_gold
from frontwatch.eval.labels import load_labels, normalise_key
from frontwatch.eval.predict import actor_kb, count_errors, gazetteer, predict_texts
from frontwatch.eval.scoring import FieldScore, within_tolerance
from frontwatch.records import ArticleResult, Event, Place
from frontwatch.settings import Settings

SYRIA = "SYR"
MEMBERSHIP = ("member_of", "faction_of")
COUNT_FIELDS = {"nb_civilians": "civilians", "nb_children": "children", "nb_women": "women"}


def evaluate_fakes(
    path: str | Path, *, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Accuracy of location, date, cause of death, actor and casualty counts on FA-KES."""
    path = Path(path)
    articles, bad_rows = load_articles(path)
    articles = articles[:limit] if limit is not None else articles
    # The publication date is the text's own dateline, as ingest would read it.
    datelines = [_dateline(a.text) for a in articles]
    results = predict_texts(
        [a.text for a in articles], dates=datelines, label="fa-kes", settings=settings
    )
    predictions = [
        predict_fields(a, r, settings=settings) for a, r in zip(articles, results, strict=True)
    ]
    gold, bad_fields = load_gold(path, articles)
    report: dict[str, Any] = {"dataset": "fakes", "path": str(path), "articles": len(articles)}
    report.update(bad_rows=bad_rows, bad_fields=bad_fields, **count_errors(results))
    report["articles_without_event"] = sum(not r.events for r in results)
    report["fields"] = score_fields(articles, predictions, gold)
    return report


# ---- one article's predicted labels ------------------------------------------------


def predict_fields(
    article: FakesArticle, result: ArticleResult, *, settings: Settings | None = None
) -> dict[str, Any]:
    """The FA-KES-shaped labels FrontWatch gives one article."""
    labels = load_labels("fakes")
    event = main_event(result.events)
    dateline = _dateline(article.text)
    day = event.time.date if event is not None and event.time.date else dateline
    values: dict[str, Any] = {
        "date": day,
        "dateline": dateline,
        "location": predict_location(result, event, labels, settings=settings),
        "cause_of_death": predict_cause(attack_attribute(result.events, event, "mode"), labels),
        "actor": predict_actor(
            attack_attribute(result.events, event, "source_actor"), labels, day, settings=settings
        ),
    }
    for name, attr in COUNT_FIELDS.items():
        count = getattr(event.casualties, attr) if event is not None else None
        values[name] = count or 0  # nothing reported reads as none
    values["nb_civilians_stated"] = values["nb_civilians"]
    values["nb_civilians"] = fakes_civilians(event, labels, kb=actor_kb(settings))
    return values


def fakes_civilians(event: Event | None, labels: dict[str, Any], *, kb: Any) -> int:
    """FA-KES's civilian count of the main event: the civilians it states, else all its
    dead unless it names them as fighters -- the crowd counted "six people killed in a
    bus blast" as six civilians and "29 rebels killed" as none."""
    if event is None:
        return 0
    stated = event.casualties
    if stated.civilians is not None:
        return stated.civilians
    return 0 if _names_fighters(event, _fighters(labels), kb) else (stated.killed or 0)


def _fighters(labels: dict[str, Any]) -> dict[str, list[str]]:
    """The ``fighters`` section of fakes.yaml: lists of types, sectors and ids."""
    section = labels.get("fighters")
    if not isinstance(section, dict) or not all(
        isinstance(section.get(key), list) for key in ("types", "sectors", "ids")
    ):
        raise InvalidKnowledgeBase("eval/data/fakes.yaml: fighters: expected lists types, sectors, ids")
    return section


def _names_fighters(event: Event, fighters: dict[str, list[str]], kb: Any) -> bool:
    """Whether the event's sentence names its target, and the target is armed: a side
    filled in from the article's ties (no text) says nothing of who died."""
    if not event.target_actor or not event.target_text:
        return False
    actor = kb.get(event.target_actor)
    if actor is None:
        return False
    return (
        actor.id in fighters.get("ids", [])
        or getattr(actor, "type", "") in fighters.get("types", [])
        or getattr(actor, "sector", "") in fighters.get("sectors", [])
    )


def _dateline(text: str) -> dt.date | None:
    try:
        from frontwatch.ingest.dates import dateline_date
    except ImportError:  # ingest not installed in this build
        return None
    return dateline_date(text)


def predict_cause(mode: str, labels: dict[str, Any]) -> str:
    """The cause of death an attack mode stands for (``unknown`` when it has none)."""
    default = str(labels.get("default_cause", "unknown"))
    return (
        str(labels.get("cause_of_death", {}).get(normalise_key(mode), default)) if mode else default
    )


def predict_location(
    result: ArticleResult,
    event: Event | None,
    labels: dict[str, Any],
    *,
    settings: Settings | None = None,
) -> str:
    """The governorate of the main event's place, else of the first Syrian place named."""
    governorates = labels.get("governorates", {})
    places = {place.id: place for place in result.places}
    candidates = [event.place_id] if event is not None and event.place_id else []
    candidates += [m.place_id for m in sorted(result.mentions, key=lambda m: m.start) if m.place_id]
    for place_id in candidates:
        place = places.get(place_id) or _gazetteer_place(place_id, settings)
        label = _governorate(place, governorates) if place is not None else ""
        if label:
            return label
    return ""


def _gazetteer_place(place_id: str, settings: Settings | None) -> Place | None:
    try:
        return gazetteer(settings).get(place_id)
    except (KeyError, LookupError):
        return None


def _governorate(place: Place, governorates: dict[str, str]) -> str:
    if place.country and place.country != SYRIA:
        return ""
    name = place.admin1 or (place.name if place.kind == "admin1" else "")
    return governorates.get(name, "")


def predict_actor(
    actor_id: str, labels: dict[str, Any], day: dt.date | None, *, settings: Settings | None = None
) -> str:
    """The FA-KES actor category of the attack's source actor."""
    default = str(labels.get("default_actor", "unknown"))
    if not actor_id:
        return default
    return actor_category(actor_id, labels, day, kb=actor_kb(settings)) or default


def actor_category(actor_id: str, labels: dict[str, Any], day: dt.date | None, *, kb: Any) -> str:
    """By id, then by whom the actor acts for or belongs to, then by KB type/country rules."""
    by_id = labels.get("actor_ids", {})
    chain = [actor_id, *principals(kb, actor_id, day)]
    for candidate in chain:
        if candidate in by_id:
            return str(by_id[candidate])
    for candidate in chain:
        category = _rule_category(kb.get(candidate), labels.get("actor_rules", []))
        if category:
            return category
    return ""


def principals(kb: Any, actor_id: str, day: dt.date | None) -> list[str]:
    """Ids the actor acts for (on ``day``) or is a member of, as the KB knows them."""
    found: list[str] = []
    acting = getattr(kb, "acting_for", None)
    if acting is not None:
        found += _ids(acting(actor_id, day))
    for edge in getattr(kb, "edges", None) or []:
        if getattr(edge, "kind", "") in MEMBERSHIP and getattr(edge, "source", "") == actor_id:
            valid = getattr(edge, "valid_at", None)
            if valid is None or valid(day):
                found += _ids(getattr(edge, "target", ""))
    return [i for i in dict.fromkeys(found) if i and i != actor_id]


def _ids(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple | set):
        return [i for v in value for i in _ids(v)]
    return [str(getattr(value, "id", ""))]


def _rule_category(actor: Any, rules: Sequence[dict[str, Any]]) -> str:
    if actor is None:
        return ""
    for rule in rules:
        if all(
            getattr(actor, key, "") in rule[key]
            for key in ("country", "type", "sector")
            if key in rule
        ):
            return str(rule["category"])
    return ""


# ---- scoring ---------------------------------------------------------------------


def score_fields(
    articles: Sequence[FakesArticle],
    predictions: Sequence[dict[str, Any]],
    gold: dict[int, FakesGold],
) -> dict[str, Any]:
    """Each field's accuracy and majority baseline over the rows whose gold value is readable."""

    def pairs(field: str, gold_field: str | None = None) -> list[tuple[Any, Any]]:
        values = [
            (pred.get(field), gold[a.row].values.get(gold_field or field))
            for a, pred in zip(articles, predictions, strict=True)
        ]
        return [(p, g) for p, g in values if g is not None]

    fields = {
        name: FieldScore(pairs(name)).as_dict()
        for name in ("location", "date", "cause_of_death", "actor")
    }
    fields["date"].update(date_diagnostics(pairs("date"), pairs("dateline", "date")))
    for name in COUNT_FIELDS:
        fields[f"{name}_exact"] = FieldScore(pairs(name)).as_dict()
    fields["nb_civilians_stated_exact"] = FieldScore(
        pairs("nb_civilians_stated", "nb_civilians")
    ).as_dict()
    fields["nb_civilians_within_10pct"] = FieldScore(pairs("nb_civilians")).as_dict(
        same=within_tolerance
    )
    fields["date"]["majority_value"] = str(fields["date"]["majority_value"])
    return fields


def date_diagnostics(
    dates: Sequence[tuple[Any, Any]], datelines: Sequence[tuple[Any, Any]]
) -> dict[str, Any]:
    """The dateline alone, a day's tolerance, and -- where FrontWatch dates the main
    event to another day than the article's dateline -- which of the two the gold took."""
    sides = {"report_day": 0, "event_day": 0, "neither": 0}
    for (ours, gold), (dateline, _) in zip(dates, datelines, strict=True):
        if ours is not None and dateline is not None and ours != dateline:
            side = "report_day" if gold == dateline else "event_day" if gold == ours else "neither"
            sides[side] += 1
    return {
        "dateline_baseline": FieldScore(list(datelines)).as_dict()["accuracy"],
        "within_1_day": FieldScore(list(dates)).as_dict(same=_within_a_day)["accuracy"],
        "gold_sides_with": sides,
    }


def _within_a_day(ours: Any, gold: Any) -> bool:
    return ours is not None and abs((ours - gold).days) <= 1
