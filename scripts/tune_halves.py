"""Score the two halves of the development set's tune split side by side.

    python scripts/tune_halves.py start.json end.json

Each argument is the JSON of `frontwatch eval news ... --split tune --out FILE`. Tune is cut in
two halves by item id (half A: the first hex digit of the id's SHA-1 is even). A developer reads
half A's errors only; half B stays unread, so a rule that raises A and not B covers only what its
author read. Prints F1, gold found and false positives per kind for A, B and all, one column per
file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

KINDS = ("control", "relations", "events", "places")
COUNTS = ("gold", "pred", "matched_gold", "matched_pred")


def half(item_id: str) -> str:
    """'A' or 'B', fixed by the id alone so that every session cuts the set the same way."""
    return "A" if int(hashlib.sha1(item_id.encode()).hexdigest()[0], 16) % 2 == 0 else "B"


def half_scores(per_item: dict[str, dict], which: str) -> dict[str, tuple[float, int, int, int]]:
    """Per kind: (F1, gold found, gold, false positives) over the items of one half or 'all'."""
    scores = {}
    for kind in KINDS:
        totals = dict.fromkeys(COUNTS, 0)
        for item_id, item in per_item.items():
            if which == "all" or half(item_id) == which:
                for count in COUNTS:
                    totals[count] += item[kind][count]
        precision = totals["matched_pred"] / totals["pred"] if totals["pred"] else 0.0
        recall = totals["matched_gold"] / totals["gold"] if totals["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        false = totals["pred"] - totals["matched_pred"]
        scores[kind] = (f1, totals["matched_gold"], totals["gold"], false)
    return scores


def main(paths: list[str]) -> None:
    runs = [json.loads(Path(path).read_text(encoding="utf-8"))["per_item"] for path in paths]
    for which in ("A", "B", "all"):
        for kind in KINDS:
            cells = []
            for per_item in runs:
                f1, found, gold, false = half_scores(per_item, which)[kind]
                cells.append(f"F1 {f1:.3f} (found {found}/{gold}, FP {false})")
            print(f"{which:3} {kind:9} " + "   ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
