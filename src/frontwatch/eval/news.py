"""Score FrontWatch on real-news gold sets: control changes, relations, events, places.

:func:`evaluate_news` runs the product on each excerpt's text and publication date,
and only then reads the gold claims (format: ``shared/eval/news/FORMAT.md``; keys:
``METRICS.md``). Only asserted and attributed gold claims are facts to find; the
gold's hedged, hypothetical and negated claims that the product stored as plain
facts are counted apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.eval.news_data import PLAIN, NewsItem, read_news
from frontwatch.eval.news_explain import gold_cause, gold_summary, pred_cause, sentence_for
from frontwatch.eval.news_match import MATCHERS, ActorMap, Pred, predictions, time_agrees
from frontwatch.eval.predict import actor_kb, count_errors, predict_texts
from frontwatch.eval.scoring import PRF, ratio
from frontwatch.extract.reliability import reliable
from frontwatch.records import ArticleResult
from frontwatch.settings import Settings

KINDS = ("control", "relations", "events", "places")


@dataclass(slots=True)
class ItemScore:
    """One item's counts per kind, the gold's non-plain claims stored as facts, and errors."""

    item: NewsItem
    counts: dict[str, PRF] = field(default_factory=dict)
    nonplain_gold: Counter[str] = field(default_factory=Counter)
    nonplain_as_fact: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)
    unknown_actors: set[str] = field(default_factory=set)
    dates: Counter[str] = field(default_factory=Counter)  # dated gold facts found, date agrees


def evaluate_news(
    path: str | Path,
    *,
    limit: int | None = None,
    settings: Settings | None = None,
    split: str | None = None,
    wars: Sequence[str] = (),
    explain: bool = False,
) -> dict[str, Any]:
    """Precision, recall and F1 per kind, overall, per war, per split and per item
    (over the items of one split and of some wars only, when asked)."""
    path = Path(path)
    news = read_news(path)
    wanted = {w.strip().lower() for w in wars if w.strip()}
    items = [
        i
        for i in news.items
        if (split is None or i.split == split) and (not wanted or i.war in wanted)
    ]
    items = items[:limit] if limit is not None else items
    results = predict_texts(
        [i.text for i in items],
        dates=[i.date for i in items],
        sources=[i.site for i in items],
        label="news",
        settings=settings,
    )
    kb = actor_kb(settings)
    scores = [score_item(item, result, kb) for item, result in zip(items, results, strict=True)]
    report: dict[str, Any] = {"dataset": "news", "path": str(path), "split": split or "all"}
    report["wars"] = sorted(wanted) or "all"
    report.update(
        items=len(items), problems=len(news.problems), problem_examples=news.problems[:10]
    )
    report.update(count_errors(results))
    report.update(summarise(scores, explain=explain))
    return report


def score_item(item: NewsItem, result: ArticleResult, kb: Any) -> ItemScore:
    """Match one item's product records against its gold claims, kind by kind."""
    actors = ActorMap(kb, item)
    preds = predictions(reliable(result))  # as stored: the unreliable kinds are no facts
    score = ItemScore(item)
    for kind in KINDS:
        golds = getattr(item, kind)
        mine = [p for p in preds if p.kind == kind]
        _score_kind(score, kind, mine, golds, actors, result)
    score.unknown_actors = unlisted_actors(item)
    return score


def nonplain_stored_as_fact(
    hits: list[list[bool]], plain: list[Pred], nonplain: Sequence[Any], same: Any, actors: ActorMap
) -> int:
    """Non-plain gold claims that a plain prediction matches, leaving out the predictions
    that a plain gold twin already accounts for ("X shelled T" asserted beside "X vowed to
    shell T again" hypothetical): each plain gold fact takes one matching prediction, in
    order, and only the predictions left over count against the non-plain claims."""
    used: set[int] = set()
    for j in range(len(hits[0]) if hits else 0):
        taker = next((i for i, row in enumerate(hits) if row[j] and i not in used), None)
        if taker is not None:
            used.add(taker)
    spare = [p for i, p in enumerate(plain) if i not in used]
    return sum(any(same(p, gold, actors) for p in spare) for gold in nonplain)


def unlisted_actors(item: NewsItem) -> set[str]:
    """Actor ids the item's claims use that its file's actor list does not define."""
    used = {c.new_controller for c in item.control} | {c.old_controller for c in item.control}
    used |= {x for rel in item.relations for x in (rel.a, rel.b)}
    used |= {x for event in item.events for x in (event.a, event.b)}
    return {actor_id for actor_id in used if actor_id and actor_id not in item.actors}


def _score_kind(
    score: ItemScore,
    kind: str,
    preds: list[Pred],
    golds: Sequence[Any],
    actors: ActorMap,
    result: ArticleResult,
) -> None:
    same = MATCHERS[kind]
    facts = [g for g in golds if getattr(g, "certainty", "asserted") in PLAIN]
    plain = [p for p in preds if p.plain]
    hits = [[same(p, g, actors) for g in facts] for p in plain]  # each pair tested once
    found = [any(row[j] for row in hits) for j in range(len(facts))]
    score.counts[kind] = PRF(len(plain), len(facts), sum(map(any, hits)), sum(found))
    for j, gold in enumerate(facts):
        when = getattr(gold, "when", None)
        if when is not None and found[j]:
            times = [p.time for p, row in zip(plain, hits, strict=True) if row[j]]
            score.dates["found"] += 1
            score.dates["agrees"] += any(time_agrees(t, when) for t in times)
    nonplain = [g for g in golds if getattr(g, "certainty", "asserted") not in PLAIN]
    score.nonplain_gold[kind] += len(nonplain)
    score.nonplain_as_fact[kind] += nonplain_stored_as_fact(hits, plain, nonplain, same, actors)
    for gold, was_found in zip(facts, found, strict=True):
        if not was_found:
            cause = gold_cause(kind, gold, preds, actors, result)
            sentence = sentence_for(gold, score.item, result)
            score.errors.append(
                _error("miss", kind, cause, gold_summary(kind, gold), score, sentence)
            )
    for pred, row in zip(plain, hits, strict=True):
        if not any(row):
            cause = pred_cause(kind, pred, golds, actors)
            summary = _pred_summary(pred)
            score.errors.append(
                _error("false_positive", kind, cause, summary, score, pred.sentence)
            )


def _error(
    what: str, kind: str, cause: str, summary: str, score: ItemScore, sentence: str
) -> dict[str, Any]:
    return {
        "item": score.item.id,
        "error": what,
        "kind": kind,
        "cause": cause,
        "claim": summary,
        "sentence": sentence,
    }


def _pred_summary(pred: Pred) -> str:
    place = f" @ {pred.place.name}" if pred.place is not None else ""
    kind = pred.type or pred.kind
    return f"{kind} {pred.a or '?'} -> {pred.b or '?'}{place} [{pred.certainty}]"


# ---- summaries ----------------------------------------------------------------------


def summarise(scores: Sequence[ItemScore], *, explain: bool) -> dict[str, Any]:
    by_war: dict[str, list[ItemScore]] = defaultdict(list)
    by_split: dict[str, list[ItemScore]] = defaultdict(list)
    for score in scores:
        by_war[score.item.war].append(score)
        by_split[score.item.split or "none"].append(score)
    errors = [e for s in scores for e in s.errors]
    out: dict[str, Any] = {"overall": _totals(scores)}
    out["nonplain_stored_as_fact"] = _nonplain(scores)
    out["per_war"] = {war: _totals(group) for war, group in sorted(by_war.items())}
    out["per_split"] = {name: _totals(group) for name, group in sorted(by_split.items())}
    out["error_causes"] = _causes(errors)
    out["unknown_actor_ids"] = sorted({a for s in scores for a in s.unknown_actors})
    out["per_item"] = {s.item.id: _item_row(s) for s in scores}
    if explain:
        out["explain"] = errors
    return out


def _totals(scores: Sequence[ItemScore]) -> dict[str, Any]:
    totals = {kind: PRF() for kind in KINDS}
    for score in scores:
        for kind in KINDS:
            totals[kind].add(score.counts[kind])
    claims = PRF()
    for kind in ("control", "relations", "events"):
        claims.add(totals[kind])
    out: dict[str, Any] = {kind: totals[kind].as_dict() for kind in KINDS}
    out["all_claims"] = claims.as_dict()
    out["dates"] = _dates(scores)
    out["items"] = len(scores)
    return out


def _dates(scores: Sequence[ItemScore]) -> dict[str, Any]:
    """Of the dated gold events and control changes found, how many the product dates alike."""
    found = sum(s.dates["found"] for s in scores)
    agrees = sum(s.dates["agrees"] for s in scores)
    return {"dated_gold_found": found, "date_agrees": agrees, "accuracy": ratio(agrees, found)}


def _nonplain(scores: Sequence[ItemScore]) -> dict[str, Any]:
    gold: Counter[str] = Counter()
    stored: Counter[str] = Counter()
    for score in scores:
        gold.update(score.nonplain_gold)
        stored.update(score.nonplain_as_fact)
    total_gold, total_stored = sum(gold.values()), sum(stored.values())
    return {
        "gold_nonplain": total_gold,
        "stored_as_fact": total_stored,
        "rate": ratio(total_stored, total_gold),
        "per_kind": {k: {"gold_nonplain": gold[k], "stored_as_fact": stored[k]} for k in KINDS[:3]},
    }


def _causes(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    counts = Counter((e["error"], e["kind"], e["cause"].split(":")[0]) for e in errors)
    return [
        {"error": what, "kind": kind, "cause": cause, "count": n}
        for (what, kind, cause), n in counts.most_common()
    ]


def _item_row(score: ItemScore) -> dict[str, Any]:
    row: dict[str, Any] = {"war": score.item.war, "split": score.item.split}
    for kind in KINDS:
        c = score.counts[kind]
        row[kind] = {
            "gold": c.gold,
            "pred": c.pred,
            "matched_gold": c.matched_gold,
            "matched_pred": c.matched_pred,
        }
    return row
