"""ACLED rows an ACLED user would accept: a date, actor 1 and a located place in every row
(the others counted by reason), "Violence against civilians" only against civilians,
fatalities as ACLED counts them (the lowest report), the best estimate and range in tags."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from test_fuse_corpus import corpus_store

from frontwatch.export.acled import (
    COUNTRY_ONLY,
    NO_ACTOR1,
    NO_DATE,
    NO_LOCATION,
    VAGUE_DATE,
    acled_export,
    write_acled,
)
from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.events import build_fused
from frontwatch.records import ActorInfo, FusedEvent, PlaceInfo, Report

BOOK = ActorBook(actors={a.id: a for a in [
    ActorInfo("ISIS", "Islamic State", "armed_group", "", "INS"),
    ActorInfo("SYR_MIL", "Syrian Arab Army", "state_forces", "SYR", "MIL"),
    ActorInfo("RUS_AIRFORCE", "Russian Aerospace Forces", "state_forces", "RUS", "MIL"),
    ActorInfo("SDF", "Syrian Democratic Forces", "armed_group", "SYR", "REB"),
    ActorInfo("GEN_CIVILIANS", "civilians", "generic", "", "CVL"),
]})
TOWN = PlaceInfo("gn:170654", "Douma", 33.5711, 36.4028, "SYR", "Rif Dimashq", kind="populated_place", text="Douma")
COUNTRY = PlaceInfo("country:SYR", "Syria", 35.0, 38.0, "SYR", kind="country", is_area=True, text="Syria")


def _event(source="ISIS", target="SYR_MIL", *, type_="ASSAULT", mode="", place=TOWN,
           date: dt.date | None = dt.date(2016, 3, 1), precision="day", tolls=(None,), civilians=None) -> FusedEvent:
    reports = [
        Report(f"e{i}", f"a{i}", f"outlet{i}", type_, mode, source, target, place, date, precision, killed=toll,
               civilians=civilians, sentence=f"Report {i}.")
        for i, toll in enumerate(tolls)
    ]
    return build_fused(reports, BOOK)


def _row(event: FusedEvent) -> dict:
    (row,) = acled_export([event], [], BOOK, timestamp=0).rows
    return row


@pytest.mark.parametrize(
    ("source", "target", "mode", "expected"),
    [
        ("ISIS", "SYR_MIL", "", ("Battles", "Armed clash", "")),
        ("SYR_MIL", "ISIS", "firearms", ("Battles", "Armed clash", "")),
        ("ISIS", "GEN_CIVILIANS", "", ("Violence against civilians", "Attack", "Civilian targeting")),
        ("ISIS", "SDF", "targeted", ("Battles", "Armed clash", "")),
        ("ISIS", "SYR_MIL", "abduct", ("Strategic developments", "Arrests", "")),
        ("ISIS", "GEN_CIVILIANS", "abduct",
         ("Violence against civilians", "Abduction/forced disappearance", "Civilian targeting")),
        ("RUS_AIRFORCE", "SDF", "aerial", ("Explosions/Remote violence", "Air/drone strike", "")),
    ],
)
def test_violence_against_civilians_only_where_the_target_is_civilian(source, target, mode, expected):
    row = _row(_event(source, target, mode=mode))
    assert (row["event_type"], row["sub_event_type"], row["civilian_targeting"]) == expected


def test_counted_civilian_dead_make_the_civilians_actor_2():
    row = _row(_event("ISIS", "", tolls=(12,), civilians=12))
    assert (row["actor2"], row["inter2"], row["event_type"]) == ("Civilians (Syria)", "7", "Violence against civilians")
    assert row["interaction"] == "27"


def test_an_unnamed_attacker_is_acleds_unidentified_armed_group():
    row = _row(_event("", "SYR_MIL", mode="explosives"))
    assert (row["actor1"], row["inter1"], row["interaction"]) == ("Unidentified Armed Group (Syria)", "3", "13")


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (_event(date=None, precision=None), NO_DATE),
        (_event(date=dt.date(2015, 1, 1), precision="year"), VAGUE_DATE),
        (_event(place=PlaceInfo(text="the front")), NO_LOCATION),
        (_event(place=COUNTRY), COUNTRY_ONLY),
        (_event("", "SYR_MIL", type_="COERCE", mode="arrest"), NO_ACTOR1),
    ],
)
def test_an_event_lacking_what_acled_needs_is_counted_not_written(event, reason):
    export = acled_export([event, _event()], [], BOOK, timestamp=0)
    assert len(export.rows) == 1 and dict(export.left_out) == {reason: 1}
    assert f"{reason} 1" in export.summary() and export.summary().startswith("1 ACLED rows")


def test_fatalities_are_the_lowest_report_with_best_and_range_in_tags():
    row = _row(_event(tolls=(10, 12, 30)))
    assert row["fatalities"] == 10
    assert "fatalities best=12 low=10 high=30" in row["tags"]
    assert "killed disagree: 10 (outlet0) vs 30 (outlet2)" in row["tags"]


def test_every_written_row_of_the_corpus_is_complete(tmp_path):
    out = tmp_path / "acled.csv"
    with corpus_store() as store:
        export = write_acled(store, out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(export.rows) > 0
    required = ("event_date", "actor1", "location", "latitude", "longitude", "geo_precision", "time_precision")
    assert [r["notes"] for r in rows if not all(r[f] for f in required)] == []
    assert all(r["event_type"] != "Violence against civilians" or r["inter2"] == "7" for r in rows)


def test_every_violence_against_civilians_coding_has_its_non_civilian_counterpart():
    from frontwatch.eventtypes import acled_types, event_type_table

    for name, entry in event_type_table()["types"].items():
        for mode in ["", *(entry.get("modes") or {})]:
            event_type, _ = acled_types(name, mode, civilian_target=False)
            assert event_type != "Violence against civilians", (name, mode)


def test_the_export_command_says_what_it_left_out_and_why(tmp_path):
    from test_fuse_corpus import ACTORS, corpus
    from typer.testing import CliRunner

    from frontwatch.cli.main import app
    from frontwatch.records import Article, ArticleResult, Event
    from frontwatch.store import Store

    undated = ArticleResult(Article("undated", "Shelling hit a village."),  # no date anywhere
                            events=[Event("u1", "ASSAULT", "shelling", place_text="a village")])
    db = tmp_path / "fw.duckdb"
    with Store(db) as store:
        store.sync_actors(ACTORS)
        store.write_results([*corpus(), undated])
    out = tmp_path / "a.csv"
    result = CliRunner().invoke(app, ["export", "--format", "acled", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    with out.open(encoding="utf-8", newline="") as handle:
        written = len(list(csv.DictReader(handle)))
    assert f"wrote {written} ACLED rows" in text
    assert "events left out (kept in the other formats): no event date 1" in text
