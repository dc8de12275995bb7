"""Score FrontWatch's event typing and actor coding against the PLOVER gold standard records.

:func:`evaluate_plover` reads each record's text and date, runs the product, and
only then reads the coded event type and actors.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwatch.errors import UnknownDataset
from frontwatch.eval.events import sentence_event
from frontwatch.eval.files import data_files
from frontwatch.eval.labels import load_labels
from frontwatch.eval.predict import actor_kb, count_errors, predict_texts
from frontwatch.eval.scoring import PRF, FieldScore, confusion_summary, ratio
from frontwatch.records import ArticleResult
from frontwatch.settings import Settings

NO_EVENT = "NONE"
ROLES = ("source", "target")


@dataclass(slots=True)
class PloverText:
    index: int  # position in the file's list
    text: str
    date: dt.date | None


@dataclass(slots=True)
class PloverGold:
    event: str
    codes: dict[str, set[str]] = field(default_factory=dict)  # role -> actor codes
    sectors: dict[str, set[str]] = field(default_factory=dict)  # role -> 3-letter sectors


def evaluate_plover(
    path: str | Path, *, limit: int | None = None, settings: Settings | None = None
) -> dict[str, Any]:
    """Event-type accuracy and source/target actor code and sector precision/recall."""
    path = Path(path)
    records = read_records(path)
    texts, skipped = load_texts(records)
    texts = texts[:limit] if limit is not None else texts
    results = predict_texts(
        [t.text for t in texts], dates=[t.date for t in texts], label="plover", settings=settings
    )
    predictions = [predict_record(result, settings=settings) for result in results]
    gold, bad_fields = load_gold(records, texts)
    report: dict[str, Any] = {"dataset": "plover", "path": str(path), "records": len(texts)}
    report.update(skipped_without_text=skipped, bad_fields=bad_fields, **count_errors(results))
    report.update(score_records(predictions, gold, results))
    return report


# ---- reading -----------------------------------------------------------------------


def read_records(path: Path) -> list[Any]:
    """The records of the file (or of every .json/.jsonl file in the folder): a JSON
    list, or one JSON object per line."""
    files = data_files(path, (".json", ".jsonl"))
    records: list[Any] = []
    problems = []
    for file in files:
        found = _records_of(file)
        if found is None:
            problems.append(f"{file}: not a PLOVER json list")
        else:
            records.extend(found)
    if problems and (len(files) == 1 or not records):
        raise UnknownDataset("; ".join(problems))
    return records


def _records_of(file: Path) -> list[Any] | None:
    text = file.read_bytes().decode("utf-8", errors="replace")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [_json_or_none(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else None


def _json_or_none(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return None


def load_texts(records: Sequence[Any]) -> tuple[list[PloverText], int]:
    """Records with text (the documentation record has none), with their publication date."""
    texts, skipped = [], 0
    for index, record in enumerate(records):
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            skipped += 1
            continue
        texts.append(PloverText(index, text, _iso_date(record.get("date"))))
    return texts, skipped


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def load_gold(
    records: Sequence[Any], texts: Sequence[PloverText]
) -> tuple[list[PloverGold], dict[str, int]]:
    """The coded event and actors of each scored record; malformed fields counted per name."""
    renames = load_labels("plover").get("event_renames", {})
    bad: Counter[str] = Counter()
    gold = []
    for item in texts:
        record = records[item.index]
        event = str(record.get("event") or "").strip().upper()
        entry = PloverGold(renames.get(event, event))
        for role in ROLES:
            actors = _actors(record.get(role), role, bad)
            entry.codes[role] = {str(a["code"]).strip().upper() for a in actors if a.get("code")}
            entry.sectors[role] = {
                sector_of(a.get("sector")) for a in actors if sector_of(a.get("sector"))
            }
        gold.append(entry)
    return gold, dict(bad)


def _actors(value: Any, role: str, bad: Counter[str]) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        bad[role] += 1
        return []
    return [a for a in value if isinstance(a, dict)]


def sector_of(value: Any) -> str:
    """The 3-letter sector ("CVLkur" -> "CVL"); "" for none or a placeholder like "***"."""
    text = str(value or "").strip()[:3].upper()
    return text if text.isalpha() else ""


# ---- predicting ------------------------------------------------------------------


def predict_record(result: ArticleResult, *, settings: Settings | None = None) -> PloverGold:
    """FrontWatch's coding of one sentence, in the gold record's shape."""
    event = sentence_event(result.events)
    prediction = PloverGold(event.type if event is not None else NO_EVENT)
    kb = actor_kb(settings) if event is not None else None
    for role in ROLES:
        actor_id = getattr(event, f"{role}_actor", "") if event is not None else ""
        code, sector = actor_code(kb, actor_id) if actor_id else ("", "")
        prediction.codes[role] = {code} if code else set()
        prediction.sectors[role] = {sector} if sector else set()
    return prediction


def actor_code(kb: Any, actor_id: str) -> tuple[str, str]:
    """(code, sector) for an actor: its country, else a type- or sector-based code like IGO."""
    labels = load_labels("plover")
    actor = kb.get(actor_id) if kb is not None else None
    if actor is None:
        return (
            actor_id if len(actor_id) == 3 and actor_id.isalpha() and actor_id.isupper() else ""
        ), ""
    sector = sector_of(getattr(actor, "sector", ""))
    code = getattr(actor, "country", "") or labels.get("type_codes", {}).get(
        getattr(actor, "type", ""), ""
    )
    code = code or labels.get("sector_codes", {}).get(sector, "")
    return str(code), sector


# ---- scoring ---------------------------------------------------------------------


def score_records(
    predictions: Sequence[PloverGold], gold: Sequence[PloverGold], results: Sequence[ArticleResult]
) -> dict[str, Any]:
    """Event-type accuracy, per-type counts, confusions, and actor code/sector P/R/F1."""
    pairs = [(p.event, g.event) for p, g in zip(predictions, gold, strict=True)]
    event_type = FieldScore(pairs).as_dict()
    any_hits = sum(
        g.event in {e.type for e in r.events} for g, r in zip(gold, results, strict=True)
    )
    event_type["any_event_accuracy"] = ratio(any_hits, len(gold))
    report: dict[str, Any] = {
        "event_type": event_type,
        "records_without_event": sum(p.event == NO_EVENT for p in predictions),
        "per_type": per_type_counts(pairs),
        "confusion": confusion_summary(pairs),
    }
    for role in ROLES:
        report[f"{role}_code"] = _set_prf(
            [(p.codes[role], g.codes[role]) for p, g in zip(predictions, gold, strict=True)]
        )
        report[f"{role}_sector"] = _set_prf(
            [(p.sectors[role], g.sectors[role]) for p, g in zip(predictions, gold, strict=True)]
        )
    return report


def per_type_counts(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, Any]]:
    """For each type: how often it is gold, predicted, and right, with precision and recall."""
    gold_counts = Counter(g for _, g in pairs)
    pred_counts = Counter(p for p, _ in pairs)
    correct = Counter(g for p, g in pairs if p == g)
    return {
        kind: {
            "gold": gold_counts[kind],
            "pred": pred_counts[kind],
            "correct": correct[kind],
            "precision": ratio(correct[kind], pred_counts[kind]),
            "recall": ratio(correct[kind], gold_counts[kind]),
        }
        for kind in sorted(set(gold_counts) | set(pred_counts))
    }


def _set_prf(pairs: Sequence[tuple[set[str], set[str]]]) -> dict[str, Any]:
    total = PRF()
    for pred, gold in pairs:
        hits = len(pred & gold)
        total.add(PRF(len(pred), len(gold), hits, hits))
    return total.as_dict()
