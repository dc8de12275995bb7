"""The learned relation extractor: the rules, then the ties a linear model reads in the
pairs the rules left (registered as ``rules+learned``; choose it with
``FRONTWATCH_EXTRACTOR=rules+learned``).

The model is one-vs-rest logistic regression over the name-free features of
extract/learnfeatures.py, trained by scripts/learnrel_train.py and shipped as weights
in extract/data/learnrel.json (with its provenance). It is scored here in pure Python.
A tie it reads takes the certainty the rules give the word that joins the pair
(extract/tieclaims.py), so a hedged or planned tie is never stored as a fact.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import Any

from frontwatch.contracts import Extraction
from frontwatch.extract.article import extract_article
from frontwatch.extract.claimrank import doubt_rank
from frontwatch.extract.context import build_context, evidence_of, record_id
from frontwatch.extract.learnfeatures import Candidate, candidates
from frontwatch.extract.registry import register_extractor
from frontwatch.extract.relations import side_of
from frontwatch.extract.tieclaims import relation_claim
from frontwatch.records import Article, Claim, Mention, Relation

FOUND_BY = "learned:logreg"
# class -> (relation kind, whether the second mention is the source)
CLASSES = {"fights": ("fights", False), "allied": ("allied", False),
           "backs": ("backs", False), "backed": ("backs", True)}


@cache
def shipped_model() -> dict[str, Any]:
    text = resources.files("frontwatch.extract.data").joinpath("learnrel.json").read_text("utf-8")
    model: dict[str, Any] = json.loads(text)
    return model


def class_scores(features: set[str], model: dict[str, Any]) -> dict[str, float]:
    """Each class's probability: the logistic of its intercept plus its features' weights."""
    out = {}
    for name, intercept in model["intercepts"].items():
        weights = model["weights"].get(name, {})
        z = intercept + sum(weights.get(f, 0.0) for f in features)
        out[name] = 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0
    return out


def best_tie(features: set[str], model: dict[str, Any]) -> tuple[str, float] | None:
    """The likeliest tie class over the model's threshold, if one is."""
    scores = class_scores(features, model)
    name = max(scores, key=lambda k: scores[k])
    if name == "none" or scores[name] < model["threshold"]:
        return None
    return name, scores[name]


@register_extractor("rules+learned")
def extract_with_learned_ties(doc: Any, article: Article, **found: Any) -> Extraction:
    """The rules' output, with the model's ties the rules did not state (``found``: the
    resolved mentions, places and knowledge base every extractor is given)."""
    events, relations, controls = extract_article(doc, article, **found)
    ctx = build_context(doc, article, **found)
    relations.extend(learned_ties(candidates(ctx, relations), relations, ctx, shipped_model()))
    return events, relations, controls


def learned_ties(
    cands: list[Candidate], relations: list[Relation], ctx: Any, model: dict[str, Any]
) -> list[Relation]:
    """The model's ties among ``cands`` that no rule relation or earlier tie already gives."""
    have = {(r.kind, r.source_actor, r.target_actor) for r in relations}
    out = []
    for cand in cands:
        best = best_tie(cand.features, model)
        if best is None:
            continue
        kind, flipped = CLASSES[best[0]]
        source, target = (cand.second, cand.first) if flipped else (cand.first, cand.second)
        a, b = side_of(source.actor_id, kind, ctx), side_of(target.actor_id, kind, ctx)
        if not a or not b or a == b or (kind, a, b) in have or (
            kind != "backs" and (kind, b, a) in have
        ):
            continue
        have.add((kind, a, b))
        out.append(_relation(kind, a, b, source, target, cand, ctx))
    return out


def weakest_claim(kind: str, cand: Candidate, ctx: Any) -> Claim:
    """The least certain of the claims the rules give the verbs that join the pair: the
    anchor ("suspected"), then each verb below it ("arming"): "X is suspected of arming Y"
    is hedged, "X plans to back Y" hypothetical, and neither is stored as a fact."""
    claims = [relation_claim(kind, verb, ctx) for verb in cand.verbs or [cand.anchor]]
    return max(claims, key=lambda c: doubt_rank(c.certainty))


def _relation(
    kind: str, a: str, b: str, source: Mention, target: Mention, cand: Candidate, ctx: Any
) -> Relation:
    anchor = cand.anchor
    return Relation(
        id=record_id(ctx.article.id, cand.sent.start_char,
                     f"learned:{kind}:{source.start}:{target.start}", anchor.idx),
        kind=kind,
        source_actor=a,
        target_actor=b,
        source_text=source.text,
        target_text=target.text,
        claim=weakest_claim(kind, cand, ctx),
        trigger=anchor.text,
        evidence=evidence_of(ctx, cand.sent),
        found_by=FOUND_BY,
    )
