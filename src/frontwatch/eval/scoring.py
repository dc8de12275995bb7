"""Counting and scoring helpers shared by the three evaluations.

Everything here is plain arithmetic over small records, so the scorers can be unit
tested on synthetic gold and predictions without running the pipeline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class PRF:
    """Matched-prediction and matched-gold counts, with the totals they come from.

    Precision is ``matched_pred / pred`` and recall ``matched_gold / gold``: with
    overlapping spans one prediction may cover two gold spans (or the reverse), and
    counting each side on its own keeps both numbers meaningful.
    """

    pred: int = 0
    gold: int = 0
    matched_pred: int = 0
    matched_gold: int = 0

    def add(self, other: PRF) -> None:
        self.pred += other.pred
        self.gold += other.gold
        self.matched_pred += other.matched_pred
        self.matched_gold += other.matched_gold

    def as_dict(self) -> dict[str, Any]:
        precision = ratio(self.matched_pred, self.pred)
        recall = ratio(self.matched_gold, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "pred": self.pred,
            "gold": self.gold,
            "matched_pred": self.matched_pred,
            "matched_gold": self.matched_gold,
        }


def ratio(part: float, whole: float) -> float:
    """``part / whole`` rounded to 4 places; 0.0 when there is nothing to divide."""
    return round(part / whole, 4) if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def spans_overlap(a: Span, b: Span) -> bool:
    """True when two half-open character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def spans_equal(a: Span, b: Span) -> bool:
    return a == b


def match_items(
    preds: Sequence[Any], golds: Sequence[Any], same: Callable[[Any, Any], bool]
) -> PRF:
    """Count predictions that match some gold item and gold items matched by some prediction."""
    matched_gold = [False] * len(golds)
    matched_pred = 0
    for pred in preds:
        hit = False
        for i, gold in enumerate(golds):
            if same(pred, gold):
                hit = matched_gold[i] = True
        matched_pred += hit
    return PRF(len(preds), len(golds), matched_pred, sum(matched_gold))


def within_tolerance(pred: int, gold: int, *, tolerance: float = 0.10) -> bool:
    """True when ``pred`` is within ``tolerance`` (a fraction) of ``gold``; 0 needs an exact 0."""
    return abs(pred - gold) <= tolerance * abs(gold)


@dataclass(slots=True)
class FieldScore:
    """Accuracy of one predicted field against gold, beside the majority-class baseline."""

    pairs: Sequence[tuple[Hashable, Hashable]]

    def as_dict(self, *, same: Callable[[Any, Any], bool] | None = None) -> dict[str, Any]:
        same = same or (lambda p, g: p == g)
        golds = [g for _, g in self.pairs]
        majority = majority_value(golds)
        return {
            "accuracy": ratio(sum(same(p, g) for p, g in self.pairs), len(self.pairs)),
            "majority_baseline": ratio(sum(same(majority, g) for g in golds), len(golds)),
            "majority_value": majority,
            "n": len(self.pairs),
        }


def majority_value(values: Iterable[Hashable]) -> Any:
    """The most common value; ties go to the value seen first, so the result is stable."""
    counts = Counter(values)
    if not counts:
        return None
    return max(counts, key=lambda v: counts[v])  # max keeps the first of equal counts


def confusion_summary(pairs: Iterable[tuple[str, str]], *, top: int = 15) -> list[dict[str, Any]]:
    """The most frequent (gold, predicted) disagreements, most common first."""
    errors = Counter((g, p) for p, g in pairs if p != g)
    return [{"gold": g, "pred": p, "count": n} for (g, p), n in errors.most_common(top)]
