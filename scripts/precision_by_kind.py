"""Precision of FrontWatch's stored records by kind of output, per batch file of a gold set.

    python scripts/precision_by_kind.py tests/data/news/dev --split tune \
        --cache /tmp/results.pkl --by found_by,has_source,has_target --held syr12,irq11

Reads (every kind kept, before extract/reliability.py leaves any out) the gold items (or reads the cached
results), matches each plain record against the item's plain gold claims as
``frontwatch eval news`` does, and prints, per kind (the features named by ``--by``), the
records stored, the share that match a gold claim, that precision in each batch (a gold
file, or the part of an item id before its last "-"), and what leaving the kind out would
do to its family's F1 on the development batches and on the held-out ones. ``--rules``
scores a reliability file (extract/data/reliability.yaml's format) the same way.
Any gold file or folder in the news format (shared/eval/news/FORMAT.md) will do.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from frontwatch.eval.files import data_files
from frontwatch.eval.news_data import PLAIN, NewsItem, read_news
from frontwatch.eval.news_match import MATCHERS, ActorMap, predictions
from frontwatch.eval.predict import actor_kb, predict_texts
from frontwatch.extract.reliability import features, left_out
from frontwatch.records import ArticleResult
from frontwatch.yamldata import load_data

FAMILY_KIND = {"event": "events", "relation": "relations", "control": "control"}
Row = dict[str, Any]


def results_for(items: list[NewsItem], cache: str) -> list[ArticleResult]:
    if cache and Path(cache).is_file():
        with open(cache, "rb") as f:
            cached: dict[str, ArticleResult] = pickle.load(f)
        if all(i.id in cached for i in items):
            return [cached[i.id] for i in items]
    results = predict_texts([i.text for i in items], dates=[i.date for i in items], label="reading")
    if cache:
        with open(cache, "wb") as f:
            pickle.dump({i.id: r for i, r in zip(items, results, strict=True)}, f)
    return results


def _sites(path: Path, wanted: set[str]) -> dict[str, str]:
    """The site and address of each wanted item (wire or encyclopaedic), no other item's."""
    sites = {}
    for file in data_files(path, (".json",)):
        for item in json.loads(Path(file).read_text("utf-8")).get("items", []):
            if item.get("id", "") in wanted:
                sites[item["id"]] = f"{item.get('site', '')} {item.get('url', '')}".lower()
    return sites


def batch_of(item: NewsItem) -> str:
    return item.id.rsplit("-", 1)[0] if "-" in item.id else Path(item.file).stem


def rows_for(item: NewsItem, result: ArticleResult, kb: Any, site: str) -> tuple[list[Row], dict[str, int]]:
    """One row per plain record of the kinds scored, and the item's plain gold count per kind."""
    actors = ActorMap(kb, item)
    preds = predictions(result)
    records = {
        "control": [c for c in result.control_changes if c.kind in ("capture", "withdrawal")],
        "relations": [r for r in result.relations if r.kind in ("backs", "fights", "allied")],
        "events": list(result.events),
    }
    mentions = [m for m in result.mentions if m.actor_id]
    rows, golds = [], {}
    for kind, kind_records in records.items():
        mine = [p for p in preds if p.kind == kind]
        facts = [g for g in getattr(item, kind) if getattr(g, "certainty", "asserted") in PLAIN]
        golds[kind] = len(facts)
        for pred, record in zip(mine, kind_records, strict=True):
            if not pred.plain:
                continue
            row = features(record, mentions)
            row.update(item=item.id, batch=batch_of(item), war=item.war,
                       encyclopaedic="wikipedia" in site, kind=kind,
                       hits=[j for j, g in enumerate(facts) if MATCHERS[kind](pred, g, actors)])
            row["matched"] = bool(row["hits"])
            rows.append(row)
    return rows, golds


def f1(rows: Iterable[Row], golds: dict[tuple[str, str], int], kind: str, items: set[str]) -> tuple[float, float, float]:
    rows = [r for r in rows if r["kind"] == kind and r["item"] in items]
    gold = sum(n for (i, k), n in golds.items() if k == kind and i in items)
    found = len({(r["item"], h) for r in rows for h in r["hits"]})
    p = sum(r["matched"] for r in rows) / len(rows) if rows else 0.0
    rec = found / gold if gold else 0.0
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)


def precision(rows: list[Row]) -> float:
    return sum(r["matched"] for r in rows) / len(rows) if rows else float("nan")


def f1_without(rows: list[Row], group: list[Row], golds: dict[tuple[str, str], int], kind: str,
               scope: set[str]) -> float:
    """How much the kind's F1 over the scope's items changes when the group is left out."""
    ids = {id(r) for r in group}
    return f1([r for r in rows if id(r) not in ids], golds, kind, scope)[2] - f1(rows, golds, kind, scope)[2]


def table(rows: list[Row], golds: dict[tuple[str, str], int], by: list[str], held: set[str],
          min_n: int, low: float) -> None:
    items = {i for i, _ in golds}
    held_items = {i for i in items if i.rsplit("-", 1)[0] in held}
    dev_items = items - held_items
    groups: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for r in rows:
        groups[(r["kind"], *(r.get(k) for k in by))].append(r)
    print(f"{'kind':10s} {' | '.join(by):60s} {'n':>4s} {'P':>5s} {'Pdev(n)':>10s} {'Pheld(n)':>10s}  low/batches  dF1dev dF1held  per batch (matched/n)")
    for key, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if len(group) < min_n:
            continue
        kind = key[0]
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in group:
            per[r["batch"]][0] += r["matched"]
            per[r["batch"]][1] += 1
        dev = [r for r in group if r["item"] in dev_items]
        hel = [r for r in group if r["item"] in held_items]
        batches = [b for b in per if b not in held]
        lows = sum(per[b][0] / per[b][1] < low for b in batches)

        spread = " ".join(f"{b}:{m}/{n}" for b, (m, n) in sorted(per.items()))
        print(f"{kind:10s} {' | '.join(str(k) for k in key[1:]):60s} {len(group):4d} {precision(group):5.2f} "
              f"{precision(dev):5.2f}({len(dev):3d}) {precision(hel):5.2f}({len(hel):3d})  {lows:3d}/{len(batches):<3d}      "
              f"{f1_without(rows, group, golds, kind, dev_items):+.4f} {f1_without(rows, group, golds, kind, held_items):+.4f}  {spread}")


def score_rules(rows: list[Row], golds: dict[tuple[str, str], int], rules_file: str, held: set[str]) -> None:
    rules = tuple(rule["when"] for rule in (load_data(Path(rules_file).read_text("utf-8")) or {}).get("leave_out") or ())
    kept = [r for r in rows if not left_out(r, rules)]
    items = {i for i, _ in golds}
    held_items = {i for i in items if i.rsplit("-", 1)[0] in held}
    for name, scope in (("dev", items - held_items), ("held", held_items), ("all", items)):
        for kind in ("control", "relations", "events"):
            b, a = f1(rows, golds, kind, scope), f1(kept, golds, kind, scope)
            print(f"{name:5s} {kind:10s} P {b[0]:.3f}->{a[0]:.3f}  R {b[1]:.3f}->{a[1]:.3f}  F1 {b[2]:.3f}->{a[2]:.3f}")
    print("left out:", len(rows) - len(kept), "of", len(rows), "plain records;",
          sum(r["matched"] for r in rows) - sum(r["matched"] for r in kept), "of them matched")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--split", default=None)
    ap.add_argument("--cache", default="")
    ap.add_argument("--rows", default="", help="write the per-record rows here (JSON lines)")
    ap.add_argument("--by", default="found_by")
    ap.add_argument("--held", default="", help="batches held out, comma-separated")
    ap.add_argument("--min-n", type=int, default=5)
    ap.add_argument("--low", type=float, default=0.3, help="a batch's precision counted low below this")
    ap.add_argument("--rules", default="", help="a reliability file to score")
    ap.add_argument("--kind", default="", help="only this kind (events, relations, control)")
    args = ap.parse_args(argv)
    path = Path(args.gold)
    items = [i for i in read_news(path).items if args.split is None or i.split == args.split]
    results = results_for(items, args.cache)
    kb, sites = actor_kb(None), _sites(path, {i.id for i in items})
    rows: list[Row] = []
    golds: dict[tuple[str, str], int] = {}
    for item, result in zip(items, results, strict=True):
        found, counts = rows_for(item, result, kb, sites.get(item.id, ""))
        rows += found
        golds.update({(item.id, k): n for k, n in counts.items()})
    if args.rows:
        Path(args.rows).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    held = {b for b in args.held.split(",") if b}
    table([r for r in rows if not args.kind or r["kind"] == args.kind], golds, [b for b in args.by.split(",") if b], held, args.min_n, args.low)
    if args.rules:
        score_rules(rows, golds, args.rules, held)


if __name__ == "__main__":
    main()
