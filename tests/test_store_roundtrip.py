"""The store keeps every record with its provenance, atomically, under a versioned schema."""

import datetime as dt

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontwatch.errors import SchemaMismatch
from frontwatch.records import (
    Article,
    ArticleResult,
    Casualties,
    Claim,
    ControlChange,
    Event,
    Evidence,
    Place,
    Relation,
    TimeRef,
)
from frontwatch.store import SCHEMA_VERSION, Store

SENTENCE = "Russian jets struck the town of Saraqeb on Monday, killing 9 civilians, activists said."


def _result(article_id: str = "a1", text: str = SENTENCE) -> ArticleResult:
    evidence = Evidence(article_id, 0, len(text), text)
    when = TimeRef(dt.date(2016, 2, 1), "day", "on Monday")
    return ArticleResult(
        article=Article(id=article_id, text=text, title="t", published=dt.date(2016, 2, 2), date_source="dateline"),
        events=[Event(id=f"{article_id}-e", type="ASSAULT", mode="aerial", source_actor="RUS_AIRFORCE",
                      place_text="Saraqeb", place_id="gn:1", time=when, claim=Claim("attributed", "activists", "said"),
                      casualties=Casualties(killed=9, civilians=9), evidence=evidence)],
        relations=[Relation(id=f"{article_id}-r", kind="fights", source_actor="RUS", target_actor="GEN_REBELS",
                            time=when, evidence=evidence)],
        control_changes=[ControlChange(id=f"{article_id}-c", place_text="Saraqeb", new_controller="SYR_MIL",
                                       claim=Claim("hedged", cue="reportedly"), evidence=evidence)],
        places=[Place(id="gn:1", name="Saraqib", latitude=35.86, longitude=36.8, country="SYR", admin1="Idlib")],
    )


def test_every_fact_row_carries_its_sentence_and_offsets():
    with Store(":memory:") as store:
        store.write_results([_result()])
        for table in ("events", "relations", "control_changes"):
            (row,) = store.query(f"SELECT article_id, sentence_start, sentence_end, sentence FROM {table}")
            assert row == {"article_id": "a1", "sentence_start": 0, "sentence_end": len(SENTENCE), "sentence": SENTENCE}
        (event,) = store.query("SELECT date, date_precision, certainty, attributed_to, killed, civilians FROM events")
        assert event == {"date": dt.date(2016, 2, 1), "date_precision": "day", "certainty": "attributed",
                         "attributed_to": "activists", "killed": 9, "civilians": 9}


def test_rewriting_an_article_replaces_rather_than_duplicates():
    with Store(":memory:") as store:
        store.write_results([_result()])
        store.write_results([_result()])
        assert store.scalar("SELECT count(*) FROM events") == 1
        assert store.scalar("SELECT count(*) FROM articles") == 1
        assert store.stored_article_ids(["a1", "zz"]) == {"a1"}


def _killed_mid_batch(store: Store, results: list[ArticleResult], monkeypatch) -> None:
    """Write ``results`` with the batch failing before its article rows, as a killed run would."""
    original = store._insert_articles

    def explode(results):
        raise RuntimeError("killed mid-batch")

    monkeypatch.setattr(store, "_insert_articles", explode)
    with pytest.raises(RuntimeError):
        store.write_results(results)
    monkeypatch.setattr(store, "_insert_articles", original)


def test_failed_batch_leaves_nothing_half_written(monkeypatch):
    with Store(":memory:") as store:
        _killed_mid_batch(store, [_result("a2")], monkeypatch)
        assert store.scalar("SELECT count(*) FROM events") == 0
        assert store.scalar("SELECT count(*) FROM articles") == 0


def test_a_batch_of_stored_and_new_articles_replaces_the_stored_and_adds_the_new():
    with Store(":memory:") as store:
        store.write_results([_result("a1"), _result("a2")])
        store.write_results([_result("a2", "Turkish drones hit a convoy near Afrin."), _result("a3")])
        rows = store.query("SELECT article_id, sentence FROM events ORDER BY article_id")
        assert [(r["article_id"], r["sentence"]) for r in rows] == [
            ("a1", SENTENCE), ("a2", "Turkish drones hit a convoy near Afrin."), ("a3", SENTENCE)]
        assert store.scalar("SELECT count(*) FROM sentences") == 0  # none given: a2's are not kept twice
        assert store.scalar("SELECT count(*) FROM articles") == 3


def _with_place(article_id: str, place: Place) -> ArticleResult:
    result = _result(article_id)
    result.places = [place]
    return result


def test_a_place_written_again_unchanged_stays_one_row_and_a_changed_one_is_rewritten():
    saraqib = Place(id="gn:1", name="Saraqib", latitude=35.86, longitude=36.8, country="SYR", admin1="Idlib")
    with Store(":memory:") as store:
        store.write_results([_with_place("a1", saraqib)])
        store.write_results([_with_place("a2", saraqib)])
        assert store.query("SELECT id, name FROM places") == [{"id": "gn:1", "name": "Saraqib"}]
        renamed = Place(id="gn:1", name="Saraqeb", latitude=35.86, longitude=36.8, country="SYR", admin1="Idlib")
        store.write_results([_with_place("a3", renamed)])
        assert store.query("SELECT id, name FROM places") == [{"id": "gn:1", "name": "Saraqeb"}]
        store.write_results([_with_place("a4", saraqib)])  # back as it was: written again
        assert store.query("SELECT id, name FROM places") == [{"id": "gn:1", "name": "Saraqib"}]


def test_a_place_changed_in_place_after_writing_is_rewritten():
    idlib = Place(id="gn:3", name="Idlib", latitude=35.93, longitude=36.63, country="SYR")
    with Store(":memory:") as store:
        store.write_results([_with_place("a1", idlib)])
        idlib.name, idlib.population = "Idleb", 165000  # the caller's object, changed after
        store.write_results([_with_place("a2", idlib)])
        assert store.query("SELECT name, population FROM places") == [{"name": "Idleb", "population": 165000}]


def test_a_place_a_closed_handle_wrote_is_written_over_by_the_next_one(tmp_path):
    """A new handle knows nothing of what an earlier one wrote: its place row replaces the stored one
    (found by its key), beside the other places, never a second row under the same id."""
    db = tmp_path / "places.duckdb"
    binnish = Place(id="gn:7", name="Binnish", latitude=35.95, longitude=36.71, country="SYR")
    taftanaz = Place(id="gn:8", name="Taftanaz", latitude=35.99, longitude=36.78, country="SYR")
    with Store(db) as store:
        store.write_results([_with_place("a1", binnish), _with_place("a2", taftanaz)])
    moved = Place(id="gn:7", name="Binnish", latitude=35.96, longitude=36.7, country="SYR", population=20000)
    with Store(db) as store:
        store.write_results([_with_place("a3", moved)])
        rows = store.query("SELECT id, latitude, population FROM places ORDER BY id")
    assert rows == [{"id": "gn:7", "latitude": 35.96, "population": 20000},
                    {"id": "gn:8", "latitude": 35.99, "population": 0}]


def test_a_place_of_a_failed_batch_is_written_by_the_next_batch(monkeypatch):
    kafr_nabl = Place(id="gn:2", name="Kafr Nabl", latitude=35.61, longitude=36.56, country="SYR")
    with Store(":memory:") as store:
        _killed_mid_batch(store, [_with_place("a1", kafr_nabl)], monkeypatch)
        store.write_results([_with_place("a2", kafr_nabl)])
        assert store.query("SELECT id, name FROM places") == [{"id": "gn:2", "name": "Kafr Nabl"}]


def test_schema_is_versioned_and_a_newer_file_is_refused(tmp_path):
    path = tmp_path / "fw.duckdb"
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.migrate() == []
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from_the_future', now())", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(SchemaMismatch):
        Store(path)


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=300), title=st.text(max_size=50))
def test_any_text_round_trips(text, title):
    with Store(":memory:") as store:
        result = _result("x", text)
        result.article.title = title
        store.write_results([result])
        row = store.query("SELECT text, title FROM articles")[0]
        assert row == {"text": text, "title": title}
        assert store.query("SELECT sentence FROM events")[0]["sentence"] == text
