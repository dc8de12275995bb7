"""scripts/tune_halves.py: the fixed cut of tune into a read and a blind half, and its sums."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "tune_halves", ROOT / "scripts" / "tune_halves.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _counts(gold: int, pred: int, matched: int) -> dict[str, int]:
    return {"gold": gold, "pred": pred, "matched_gold": matched, "matched_pred": matched}


def test_the_cut_follows_the_first_hex_digit_of_the_id_hash() -> None:
    halves = _module()
    for item_id in ("syr1-01", "irq15-08", "afr-26", "wiki-03"):
        even = int(hashlib.sha1(item_id.encode()).hexdigest()[0], 16) % 2 == 0
        assert halves.half(item_id) == ("A" if even else "B")


def test_the_real_tune_split_has_two_halves_of_similar_size() -> None:
    halves = _module()
    ids = [
        item["id"]
        for path in sorted((ROOT / "tests/data/news/dev").glob("*.json"))
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]
        if item.get("split") == "tune"
    ]
    share_a = sum(halves.half(i) == "A" for i in ids) / len(ids)
    assert len(ids) > 100 and 0.35 < share_a < 0.65


def test_scores_sum_only_the_items_of_the_half_asked_for() -> None:
    halves = _module()
    a_id = next(f"x{n}" for n in range(100) if halves.half(f"x{n}") == "A")
    b_id = next(f"x{n}" for n in range(100) if halves.half(f"x{n}") == "B")
    empty = _counts(0, 0, 0)
    per_item: dict[str, Any] = {
        a_id: {"control": _counts(2, 2, 1), "relations": empty, "events": empty, "places": empty},
        b_id: {"control": _counts(4, 1, 1), "relations": empty, "events": empty, "places": empty},
    }
    f1_a, found_a, gold_a, false_a = halves.half_scores(per_item, "A")["control"]
    assert (found_a, gold_a, false_a) == (1, 2, 1) and abs(f1_a - 0.5) < 1e-9
    f1_b, *_ = halves.half_scores(per_item, "B")["control"]
    assert abs(f1_b - 2 * 1.0 * 0.25 / 1.25) < 1e-9
    _, found_all, gold_all, false_all = halves.half_scores(per_item, "all")["control"]
    assert (found_all, gold_all, false_all) == (2, 6, 1)
