"""Reviews in the store, on text run through the whole pipeline: they survive processing the
same articles again and the migration of an older store; exports, fusion and the report apply
them; JSONL export and import round-trip and merge without loss; eval reviews counts agreement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from frontwatch.extract.reliability import reliable
from frontwatch.fusion import fuse_events
from frontwatch.pipeline import process_texts
from frontwatch.records import ArticleResult
from frontwatch.review.agreement import review_agreement
from frontwatch.review.model import ReviewError, ReviewRequest
from frontwatch.review.service import review_fact, review_queue
from frontwatch.review.transfer import export_reviews, import_reviews
from frontwatch.store import Store, db, schema
from frontwatch.store.reviews import select_reviews
from frontwatch.store.rows import result_rows
from frontwatch.store.tables import read_table

TEXTS = [
    ("Government troops captured the town of Khan Shaykhun from rebels on Tuesday, state television said. "
    "Rebel fighters shelled army positions near Hama on Wednesday, killing 12 soldiers."),
    ("Turkish warplanes bombed Kurdish YPG positions near Afrin on Sunday, killing 18 fighters, a monitor said. "
    "Russia has backed the Syrian government with air strikes since 2015."),
]
DATES = [dt.date(2019, 8, 22), dt.date(2018, 1, 22)]
NOW = dt.datetime(2026, 12, 4, 12, 0)


@pytest.fixture(scope="module")
def results() -> list[ArticleResult]:
    return process_texts(TEXTS, dates=DATES)


def _store(path: Path, results: list[ArticleResult]) -> Store:
    store = Store(path)
    store.write_results(results)
    return store


def _events(store: Store) -> dict[str, tuple]:
    rows = store.query("SELECT id, type, killed, source_actor, target_actor, review FROM events")
    return {r["id"]: (r["type"], r["killed"], r["source_actor"], r["target_actor"], r["review"]) for r in rows}


def _deadliest(store: Store) -> dict:
    return store.query("SELECT id, killed, fact_key FROM events WHERE killed IS NOT NULL ORDER BY killed DESC")[0]


def test_reviews_survive_processing_the_same_articles_again(tmp_path, results):
    store = _store(tmp_path / "fw.duckdb", results)
    target = _deadliest(store)
    assert target["killed"] == 18
    review_fact(store, ReviewRequest("event", "edit", {"killed": 17}, "the monitor revised it"), record_id=target["id"])
    before = _events(store)
    store.write_results(process_texts(TEXTS, dates=DATES))  # the same corpus, processed again
    assert _events(store) == before
    assert before[target["id"]][1] == 17 and before[target["id"]][4] == "edit"
    assert review_queue(store)["unattached_reviews"] == 0


def test_an_older_store_gains_fact_keys_equal_to_fresh_ones(tmp_path, results, monkeypatch):
    old = tmp_path / "old.duckdb"
    with monkeypatch.context() as patch:  # a store written before reviews existed
        patch.setattr(db, "MIGRATIONS", schema.MIGRATIONS[:2])
        patch.setattr(db, "SCHEMA_VERSION", 2)
        with Store(old) as before_reviews:
            for result in results:  # as the code before reviews wrote them: into plain tables
                stored = reliable(result)  # the records a store keeps (extract/reliability.py)
                for table, rows in result_rows(stored).items():  # (without the later columns)
                    later = ("repeats", "found_by")
                    before_reviews._insert(table, [{k: v for k, v in r.items() if k not in later} for r in rows])
    with Store(old) as migrated, _store(tmp_path / "new.duckdb", results) as fresh:
        key_sql = "SELECT id, fact_key FROM events ORDER BY id"
        assert migrated.query(key_sql) == fresh.query(key_sql)
        assert migrated.scalar("SELECT count(*) FROM events") == fresh.scalar("SELECT count(*) FROM events") > 0


def test_exports_and_fusion_apply_reviews_and_the_machine_view_does_not(tmp_path, results):
    store = _store(tmp_path / "fw.duckdb", results)
    target = _deadliest(store)
    review_fact(store, ReviewRequest("event", "reject", {}, "duplicate of another strike"), record_id=target["id"])
    exported = read_table(store, "events").to_pylist()
    assert target["id"] not in {row["id"] for row in exported}
    assert all(row["killed"] != 18 for row in exported)
    assert all(target["id"] not in [r.event_id for r in f.reports] for f in fuse_events(store))
    store.set_machine_only(True)
    assert target["id"] in {row["id"] for row in read_table(store, "events").to_pylist()}


def test_export_then_import_rebuilds_the_reviewed_picture_and_merges_without_loss(tmp_path, results):
    first = _store(tmp_path / "a.duckdb", results)
    ids = sorted(_events(first))
    review_fact(first, ReviewRequest("event", "reject", {}, "not an attack", "ana"), record_id=ids[0], now=NOW)
    review_fact(first, ReviewRequest("event", "edit", {"type": "COERCE"}, "<b>bold</b>", "ana"), record_id=ids[1],
                now=NOW)
    shared = tmp_path / "ana.jsonl"
    with open(shared, "w", encoding="utf-8") as handle:
        assert export_reviews(first, handle) == 2
    second = _store(tmp_path / "b.duckdb", results)
    review_fact(second, ReviewRequest("event", "confirm", {}, "", "ben"), record_id=ids[-1], now=NOW)
    assert import_reviews(second, shared) == (2, 2)
    assert import_reviews(second, shared) == (2, 0)  # idempotent
    assert second.scalar("SELECT count(*) FROM reviews") == 3  # ben's review is kept
    every_column = "SELECT * EXCLUDE (row_order) FROM events WHERE id <> ? ORDER BY id"
    assert second.query(every_column, [ids[-1]]) == first.query(every_column, [ids[-1]])
    lines = [json.loads(line) for line in shared.read_text(encoding="utf-8").splitlines()]
    assert {line["note"] for line in lines} == {"not an attack", "<b>bold</b>"}
    unset = {**lines[1], "review_id": "unset-precision", "after": {**lines[1]["after"], "date_precision": None}}
    (tmp_path / "unset.jsonl").write_text(json.dumps(unset) + "\n", encoding="utf-8")
    import_reviews(second, tmp_path / "unset.jsonl")
    (kept,) = [r for r in select_reviews(second) if r["review_id"] == "unset-precision"]
    assert kept["after"]["date_precision"] is None  # imported as written: null stays null


def test_a_file_with_a_bad_line_is_refused_whole_with_every_problem_named(tmp_path, results):
    store = _store(tmp_path / "fw.duckdb", results)
    review_fact(store, ReviewRequest("event", "confirm", {}), record_id=min(_events(store)), now=NOW)
    good = tmp_path / "good.jsonl"
    with open(good, "w", encoding="utf-8") as handle:
        export_reviews(store, handle)
    line = json.loads(good.read_text(encoding="utf-8"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join([
        json.dumps({**line, "review_id": "x1"}),
        "{not json",
        json.dumps({**line, "review_id": "x2", "action": "approve"}),
        json.dumps({**line, "review_id": "x3", "after": {"killed": "many"}}),
    ]) + "\n", encoding="utf-8")
    empty = _store(tmp_path / "empty.duckdb", results)
    with pytest.raises(ReviewError) as err:
        import_reviews(empty, bad)
    message = str(err.value)
    assert f"{bad}:2: not JSON" in message and f"{bad}:3: unknown action" in message and f"{bad}:4: killed" in message
    assert empty.scalar("SELECT count(*) FROM reviews") == 0


def test_eval_reviews_counts_agreement_per_kind_and_field(tmp_path, results):
    store = _store(tmp_path / "fw.duckdb", results)
    events = sorted(_events(store))
    relation = store.query("SELECT id FROM relations WHERE kind = 'backs'")[0]["id"]
    review_fact(store, ReviewRequest("event", "confirm", {}), record_id=events[0])
    review_fact(store, ReviewRequest("event", "edit", {"killed": 99}), record_id=events[1])
    review_fact(store, ReviewRequest("event", "reject", {}), record_id=events[2])
    review_fact(store, ReviewRequest("relation", "confirm", {}), record_id=relation)
    metrics = review_agreement(store)
    event = metrics["per_kind"]["event"]
    assert metrics["facts_reviewed"] == 4
    assert (event["facts"], event["fact_right"]) == (3, round(2 / 3, 3))
    assert event["fields"]["killed"] == {"judged": 2, "agreed": 1, "agreement": 0.5}
    assert event["fields"]["type"]["agreement"] == 1.0
    assert metrics["per_kind"]["relation"]["fields"]["kind"]["agreement"] == 1.0
