"""Train the learned relation extractor's model (extract/data/learnrel.json).

    /work/main/.venv/bin/python -m pip install --target /tmp/learnrel_pkgs scikit-learn
    PYTHONPATH=src:/tmp/learnrel_pkgs .venv/bin/python scripts/learnrel_train.py \
        tests/data/news/dev --out src/frontwatch/extract/data/learnrel.json

scikit-learn is needed here only: the product scores the shipped weights in pure Python.
Trains on the tune split's half A only (the items whose id's SHA-1 starts with an even hex
digit); half B and the check split are never read. Candidates are the product's own pairs of
resolved actor mentions in one sentence (extract/learnfeatures.py), labelled from the gold's
asserted and attributed relations. The threshold is the one that gives the best relations
F1 of rules plus model over 5-fold cross-validation by item, scored by the news scorer.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from frontwatch.eval.news import score_item
from frontwatch.eval.news_data import PLAIN, read_news
from frontwatch.eval.news_match import ActorMap
from frontwatch.eval.predict import actor_kb, predict_texts
from frontwatch.extract.article import extract_article
from frontwatch.extract.context import build_context
from frontwatch.extract.learnfeatures import candidates
from frontwatch.extract.learnrel import CLASSES, _relation
from frontwatch.extract.registry import register_extractor
from frontwatch.extract.relations import side_of
from frontwatch.settings import Settings

NONE = "none"
COLLECTED: dict[str, list[dict[str, Any]]] = {}  # article text -> its candidates


def half(item_id: str) -> str:
    return "A" if int(hashlib.sha1(item_id.encode()).hexdigest()[0], 16) % 2 == 0 else "B"


@register_extractor("learnrel-collect")
def collect(doc: Any, article: Any, **found: Any) -> Any:
    """The rules' output, keeping each candidate's features and would-be tie per class."""
    events, relations, controls = extract_article(doc, article, **found)
    ctx = build_context(doc, article, **found)
    rows = []
    for cand in candidates(ctx, relations):
        ties = {}
        for name, (kind, flipped) in CLASSES.items():
            source, target = (cand.second, cand.first) if flipped else (cand.first, cand.second)
            a, b = side_of(source.actor_id, kind, ctx), side_of(target.actor_id, kind, ctx)
            ties[name] = _relation(kind, a, b, source, target, cand, ctx)
        ids = [(m.actor_id, ctx.kb.side_for(m.actor_id, ctx.published))
               for m in (cand.first, cand.second)]
        rows.append({"features": cand.features, "ties": ties, "ids": ids})
    COLLECTED[article.text] = rows
    return events, relations, controls


def label(ids: list[tuple[str, str]], item: Any, actors: ActorMap) -> str | None:
    """The pair's class from the item's plain gold; None where only a non-plain gold ties it."""
    def same(which: int, gold_id: str) -> bool:
        return any(actors.same(x, gold_id) for x in ids[which])

    found = None
    for gold in item.relations:
        forward = same(0, gold.a) and same(1, gold.b)
        backward = same(1, gold.a) and same(0, gold.b)
        if not (forward or backward):
            continue
        if gold.certainty not in PLAIN:
            found = found or "skip"
            continue
        if gold.type == "backs":
            return "backs" if forward else "backed"
        return str(gold.type)
    return None if found else NONE


def add_ties(result: Any, rows: list[dict[str, Any]], probs: list[dict[str, float]],
             threshold: float) -> Any:
    """A copy of the rules' result with the ties read over ``threshold`` (as at run time)."""
    out = copy.copy(result)
    out.relations = list(result.relations)
    have = {(r.kind, r.source_actor, r.target_actor) for r in out.relations}
    for row, p in zip(rows, probs, strict=True):
        name = max(p, key=lambda k: p[k])
        if name == NONE or p[name] < threshold:
            continue
        tie = row["ties"][name]
        key = (tie.kind, tie.source_actor, tie.target_actor)
        flipped = (tie.kind, tie.target_actor, tie.source_actor)
        if not key[1] or not key[2] or key[1] == key[2] or key in have or (
            tie.kind != "backs" and flipped in have
        ):
            continue
        have.add(key)
        out.relations.append(tie)
    return out


def relations_f1(items: list[Any], results: list[Any], kb: Any) -> tuple[float, int, int, int]:
    tp_pred = tp_gold = pred = gold = 0
    for item, result in zip(items, results, strict=True):
        counts = score_item(item, result, kb).counts["relations"]
        pred += counts.pred
        gold += counts.gold
        tp_pred += counts.matched_pred
        tp_gold += counts.matched_gold
    p = tp_pred / pred if pred else 0.0
    r = tp_gold / gold if gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp_gold, gold, pred - tp_pred


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dev")
    parser.add_argument("--out", required=True)
    parser.add_argument("--c", type=float, default=0.3)
    parser.add_argument("--min-count", type=int, default=3, help="drop rarer features")
    args = parser.parse_args()
    items = [i for i in read_news(Path(args.dev)).items if i.split == "tune" and half(i.id) == "A"]
    settings = Settings(extractor="learnrel-collect", workers=1)
    results = predict_texts([i.text for i in items], dates=[i.date for i in items],
                            sources=[i.site for i in items], label="half A", settings=settings)
    kb = actor_kb(settings)
    rows_of = [COLLECTED.get(i.text, []) for i in items]
    X, y, groups = [], [], []
    for n, (item, rows) in enumerate(zip(items, rows_of, strict=True)):
        actors = ActorMap(kb, item)
        for row in rows:
            row["label"] = label(row["ids"], item, actors)
            if row["label"] is not None:
                X.append(dict.fromkeys(row["features"], 1.0))
                y.append(row["label"])
                groups.append(n)
    seen = Counter(f for row in X for f in row)
    X = [{f: v for f, v in row.items() if seen[f] >= args.min_count} for row in X]
    vec = DictVectorizer()
    matrix = vec.fit_transform(X)
    labels = np.array(y)
    print("candidates", len(y), {c: int((labels == c).sum()) for c in sorted(set(y))})

    def fit(rows: Any, ys: Any) -> LogisticRegression:
        model = LogisticRegression(C=args.c, max_iter=2000, class_weight="balanced")
        model.fit(rows, ys)  # one-vs-rest: one binary model per class, below
        return model

    classes = sorted(set(y))
    oof = np.zeros((len(y), len(classes)))
    for train, test in GroupKFold(n_splits=5).split(matrix, labels, groups):
        for k, name in enumerate(classes):
            model = fit(matrix[train], labels[train] == name)
            oof[test, k] = model.predict_proba(matrix[test])[:, 1]
    # the out-of-fold probabilities back onto each item's rows
    probs_of: list[list[dict[str, float]]] = [[] for _ in items]
    kept = [(n, r) for n, rows in enumerate(rows_of) for r in rows if r["label"] is not None]
    for (n, _row), p in zip(kept, oof, strict=True):
        probs_of[n].append(dict(zip(classes, map(float, p), strict=True)))
    kept_rows = [[r for r in rows if r["label"] is not None] for rows in rows_of]
    base = relations_f1(items, results, kb)
    print("rules alone (half A)", base)
    best = (base[0], 1.01)
    for threshold in [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99]:
        mixed = [add_ties(res, rows, probs, threshold)
                 for res, rows, probs in zip(results, kept_rows, probs_of, strict=True)]
        score = relations_f1(items, mixed, kb)
        print(f"threshold {threshold}: cross-validated rules+learned", score)
        if score[0] > best[0]:
            best = (score[0], threshold)
    weights: dict[str, dict[str, float]] = {}
    intercepts: dict[str, float] = {}
    names = vec.get_feature_names_out()
    for name in classes:
        model = fit(matrix, labels == name)
        coef = model.coef_[0]
        weights[name] = {str(f): round(float(w), 4) for f, w in zip(names, coef, strict=True)
                         if abs(w) >= 5e-3}
        intercepts[name] = round(float(model.intercept_[0]), 4)
        top = sorted(weights[name].items(), key=lambda fw: -fw[1])[:12]
        print(name, "top", top)
    payload = {
        "provenance": {
            "trained_on": "tests/data/news/dev, split tune, half A (SHA-1 of the item id starts"
            " with an even hex digit)",
            "items": [i.id for i in items],
            "when": dt.date.today().isoformat(),
            "script": "scripts/learnrel_train.py",
            "model": f"one-vs-rest logistic regression, C={args.c}, class_weight=balanced,"
            f" features seen at least {args.min_count} times",
            "threshold_by": "5-fold cross-validation by item on half A: best relations F1 of"
            " rules plus model",
            "cv_relations_f1": {"rules": round(base[0], 4), "rules+learned": round(best[0], 4)},
        },
        "threshold": best[1],
        "intercepts": intercepts,
        "weights": weights,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=0, sort_keys=True, separators=(",", ":"))
    print("threshold", best[1], "written", args.out)


if __name__ == "__main__":
    main()
