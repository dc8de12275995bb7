"""Score FrontWatch's mentions and relations against re3d's entity and relation annotations.

Order matters and is kept by :func:`evaluate_re3d`: read the documents' texts, run
the product on them, and only then read the annotations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from frontwatch.eval.labels import load_labels
from frontwatch.eval.predict import actor_kb, count_errors, predict_texts
from frontwatch.eval.re3d_data import (
    GoldEntity,
    GoldRelation,
    Re3dDocument,
    find_sources,
    load_documents,
    load_gold,
)
from frontwatch.eval.scoring import PRF, Span, match_items, spans_equal, spans_overlap
from frontwatch.records import ArticleResult, Evidence, Mention
from frontwatch.settings import Settings

TypeOf = Callable[[str], str]  # actor id -> KB Actor.type ("" when unknown)


@dataclass(frozen=True, slots=True)
class PredRelation:
    doc_id: str
    type: str
    sources: tuple[Span, ...]
    targets: tuple[Span, ...]


def evaluate_re3d(
    path: str | Path, *, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Entity and relation precision/recall/F1 on re3d, overall and per source folder."""
    folders = find_sources(Path(path))
    docs, bad_lines = load_documents(folders)
    docs = docs[:limit] if limit is not None else docs
    results = predict_texts([doc.text for doc in docs], settings=settings, label="re3d")
    labels = load_labels("re3d")
    type_of = _actor_type_lookup(settings)
    gold = load_gold(folders, docs, min_confidence=float(labels.get("min_confidence", 0.5)))
    entities = predicted_entities(docs, results, labels, type_of)
    relations = predicted_relations(docs, results, labels)
    report: dict[str, Any] = {"dataset": "re3d", "path": str(path), "bad_lines": bad_lines}
    report.update(bad_annotations=gold.bad_annotations, **count_errors(results))
    report.update(score_all(docs, entities, gold.entities, relations, gold.relations, labels))
    return report


def _actor_type_lookup(settings: Settings | None) -> TypeOf:
    kb = actor_kb(settings)

    def type_of(actor_id: str) -> str:
        actor = kb.get(actor_id) if actor_id else None
        return getattr(actor, "type", "") if actor is not None else ""

    return type_of


# ---- predictions -> re3d-shaped spans ---------------------------------------------


def mention_type(mention: Mention, rules: Sequence[dict[str, Any]], type_of: TypeOf) -> str:
    """The re3d type of a mention by the first matching rule, or "" when none applies."""
    for rule in rules:
        if _rule_holds(rule, mention, type_of):
            return str(rule["type"])
    return ""


def _rule_holds(rule: dict[str, Any], mention: Mention, type_of: TypeOf) -> bool:
    if "label" in rule and mention.label not in rule["label"]:
        return False
    if "actor_type" in rule and (
        not mention.actor_id or type_of(mention.actor_id) not in rule["actor_type"]
    ):
        return False
    if "has_actor" in rule and bool(mention.actor_id) != bool(rule["has_actor"]):
        return False
    return not ("has_place" in rule and bool(mention.place_id) != bool(rule["has_place"]))


def predicted_entities(
    docs: Sequence[Re3dDocument],
    results: Sequence[ArticleResult],
    labels: dict[str, Any],
    type_of: TypeOf,
) -> list[GoldEntity]:
    """FrontWatch's mentions and event instruments as re3d-typed spans (deduplicated)."""
    rules = labels.get("mention_rules", [])
    platform_words = {w.lower() for w in labels.get("platform_words", [])}
    found: list[GoldEntity] = []
    for doc, result in zip(docs, results, strict=True):
        mentions = result.mentions
        if labels.get("drop_nested_unresolved", False):
            mentions = drop_nested_unresolved(mentions)
        for mention in mentions:
            kind = mention_type(mention, rules, type_of)
            if kind:
                found.append(GoldEntity(doc.id, kind, mention.start, mention.end))
        found.extend(_instrument_spans(doc, result, platform_words))
    return list(dict.fromkeys(found))


def drop_nested_unresolved(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions minus unresolved ones lying inside a resolved one ("Syrian" in "Syrian army")."""
    resolved = [(m.start, m.end) for m in mentions if m.actor_id or m.place_id]

    def nested(m: Mention) -> bool:
        return any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in resolved)

    return [m for m in mentions if m.actor_id or m.place_id or not nested(m)]


def _instrument_spans(
    doc: Re3dDocument, result: ArticleResult, platform_words: set[str]
) -> list[GoldEntity]:
    spans = []
    for event in result.events:
        if not event.instrument:
            continue
        words = set(re.findall(r"[a-z]+", event.instrument.lower()))
        kind = "MilitaryPlatform" if words & platform_words else "Weapon"
        for span in find_in_evidence(doc.text, event.instrument, event.evidence)[:1]:
            spans.append(GoldEntity(doc.id, kind, *span))
    return spans


def find_in_evidence(text: str, needle: str, evidence: Evidence | None) -> list[Span]:
    """Every occurrence of ``needle`` in the evidence sentence (else the document).

    Same-case occurrences are preferred; case is ignored only when there are none.
    """
    needle = needle.strip()
    if not needle:
        return []
    start, end = (evidence.start, evidence.end) if evidence is not None else (0, len(text))
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(re.escape(needle), flags)
        spans = [(start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end])]
        if spans:
            return spans
    return find_in_evidence(text, needle, None) if evidence is not None else []


def predicted_relations(
    docs: Sequence[Re3dDocument], results: Sequence[ArticleResult], labels: dict[str, Any]
) -> list[PredRelation]:
    """Relations (and attack events) as re3d-typed pairs of candidate spans."""
    kinds = labels.get("relation_kinds", {})
    event_kinds = labels.get("event_relations", {})
    found: list[PredRelation] = []
    for doc, result in zip(docs, results, strict=True):
        items = [
            (kinds.get(r.kind, ""), r.source_text, r.target_text, r.evidence)
            for r in result.relations
        ]
        items += [
            (event_kinds.get(e.type, ""), e.source_text, e.target_text, e.evidence)
            for e in result.events
        ]
        for kind, source, target, evidence in items:
            relation = _pred_relation(doc, kind, source, target, evidence)
            if relation is not None:
                found.append(relation)
    return list(dict.fromkeys(found))


def _pred_relation(
    doc: Re3dDocument, kind: str, source: str, target: str, evidence: Evidence | None
) -> PredRelation | None:
    if not kind or not source or not target:
        return None
    sources = tuple(find_in_evidence(doc.text, source, evidence))
    targets = tuple(find_in_evidence(doc.text, target, evidence))
    return PredRelation(doc.id, kind, sources, targets)


# ---- scoring -----------------------------------------------------------------------


def score_entities(
    preds: Sequence[GoldEntity], golds: Sequence[GoldEntity], *, exact: bool
) -> dict[str, PRF]:
    """Per-type counts, matching within one document and one type."""
    same_span = spans_equal if exact else spans_overlap
    by_key: dict[tuple[str, str], tuple[list[Span], list[Span]]] = defaultdict(lambda: ([], []))
    for p in preds:
        by_key[(p.doc_id, p.type)][0].append((p.start, p.end))
    for g in golds:
        by_key[(g.doc_id, g.type)][1].append((g.start, g.end))
    per_type: dict[str, PRF] = defaultdict(PRF)
    for (_, kind), (pred_spans, gold_spans) in by_key.items():
        per_type[kind].add(match_items(pred_spans, gold_spans, same_span))
    return dict(per_type)


def relation_matches(pred: PredRelation, gold: GoldRelation, *, symmetric: bool) -> bool:
    """Same document and type, and the source/target texts overlap the gold spans."""
    if pred.doc_id != gold.doc_id or pred.type != gold.type:
        return False

    def hits(spans: tuple[Span, ...], span: Span) -> bool:
        return any(spans_overlap(s, span) for s in spans)

    forward = hits(pred.sources, gold.source) and hits(pred.targets, gold.target)
    backward = symmetric and hits(pred.sources, gold.target) and hits(pred.targets, gold.source)
    return forward or backward


def score_relations(
    preds: Sequence[PredRelation],
    golds: Sequence[GoldRelation],
    *,
    scored: Sequence[str],
    symmetric: Sequence[str],
) -> dict[str, PRF]:
    """Per-type counts for the scored relation types."""
    per_type: dict[str, PRF] = {}
    for kind in scored:
        kind_preds = [p for p in preds if p.type == kind]
        kind_golds = [g for g in golds if g.type == kind]
        same = partial(relation_matches, symmetric=kind in symmetric)
        per_type[kind] = match_items(kind_preds, kind_golds, same)
    return per_type


def summarise(per_type: dict[str, PRF], *, subset: Collection[str] | None = None) -> dict[str, Any]:
    """Micro-averaged totals (optionally over a subset of types) plus each type's figures."""
    total = PRF()
    for kind, counts in per_type.items():
        if subset is None or kind in subset:
            total.add(counts)
    return {
        "micro": total.as_dict(),
        "per_type": {k: per_type[k].as_dict() for k in sorted(per_type)},
    }


def score_all(
    docs: Sequence[Re3dDocument],
    entities: Sequence[GoldEntity],
    gold_entities: Sequence[GoldEntity],
    relations: Sequence[PredRelation],
    gold_relations: Sequence[GoldRelation],
    labels: dict[str, Any],
) -> dict[str, Any]:
    """The overall report, with the same report for each source folder under ``per_folder``."""
    report = _score_group(entities, gold_entities, relations, gold_relations, labels)
    report["documents"] = len(docs)
    folders: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        folders[doc.folder].add(doc.id)
    report["per_folder"] = {
        name: {
            "documents": len(ids),
            **_score_group(
                [e for e in entities if e.doc_id in ids],
                [e for e in gold_entities if e.doc_id in ids],
                [r for r in relations if r.doc_id in ids],
                [r for r in gold_relations if r.doc_id in ids],
                labels,
            ),
        }
        for name, ids in folders.items()
    }
    return report


def _score_group(
    entities: Sequence[GoldEntity],
    gold_entities: Sequence[GoldEntity],
    relations: Sequence[PredRelation],
    gold_relations: Sequence[GoldRelation],
    labels: dict[str, Any],
) -> dict[str, Any]:
    mappable = _mappable_types(labels)
    exact = score_entities(entities, gold_entities, exact=True)
    overlap = score_entities(entities, gold_entities, exact=False)
    rel = score_relations(
        relations,
        gold_relations,
        scored=labels.get("scored_relation_types", []),
        symmetric=labels.get("symmetric_relation_types", []),
    )
    return {
        "entities": {
            "exact": {
                **summarise(exact),
                "micro_mappable": summarise(exact, subset=mappable)["micro"],
            },
            "overlap": {
                **summarise(overlap),
                "micro_mappable": summarise(overlap, subset=mappable)["micro"],
            },
            "mappable_types": sorted(mappable),
        },
        "relations": summarise(rel),
    }


def _mappable_types(labels: dict[str, Any]) -> set[str]:
    """The re3d entity types FrontWatch can produce at all under the mapping."""
    return {str(rule["type"]) for rule in labels.get("mention_rules", [])} | {
        "Weapon",
        "MilitaryPlatform",
    }
