"""ACLED-style CSV: the 31 columns in ACLED's order, codes derived from actors and places."""

import csv

from test_fuse_corpus import corpus_store

from frontwatch.export import export
from frontwatch.export.acled import ACLED_COLUMNS

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


def _rows(tmp_path):
    out = tmp_path / "acled.csv"
    with corpus_store() as store:
        count = export(store, "acled", out)
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, r, strict=True)) for r in reader]
    assert len(rows) == count
    return header, rows


def test_header_is_acleds_31_columns_in_order(tmp_path):
    header, _ = _rows(tmp_path)
    assert header == HEADER == list(ACLED_COLUMNS)
    assert len(header) == 31


def test_fused_air_strike_row(tmp_path):
    _, rows = _rows(tmp_path)
    (row,) = [r for r in rows if r["location"] == "Saraqib"]
    assert row["event_date"] == "2016-02-01" and row["year"] == "2016" and row["time_precision"] == "1"
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert row["disorder_type"] == "Political violence"
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == ("Russian Aerospace Forces", "8", "civilians", "7")
    assert row["interaction"] == "78" and row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"], row["admin1"]) == ("760", "Middle East", "Syria", "Idlib")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("35.8624", "36.8006", "1")
    assert row["source"] == "AFP; Reuters" and row["fatalities"] == "9"  # ACLED takes the lowest toll
    assert row["notes"].startswith("Russian jets struck the town of Saraqeb")
    assert row["source_scale"] == "" and row["admin3"] == "" and row["assoc_actor_1"] == ""


def test_contradiction_is_carried_in_tags(tmp_path):
    _, rows = _rows(tmp_path)
    (douma,) = [r for r in rows if r["location"] == "Douma"]
    assert douma["inter1"] == "1" and douma["interaction"] == "10" and douma["fatalities"] == "12"
    assert "contradiction: killed disagree: 12 (Reuters) vs 25 (Middle East Eye)" in douma["tags"]


def test_changes_of_hands_use_acleds_territory_sub_event_types(tmp_path):
    _, rows = _rows(tmp_path)
    palmyra = [(r["event_date"], r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows if r["location"] == "Palmyra"]
    assert palmyra == [
        ("2015-05-21", "Non-state actor overtakes territory", "Islamic State", "Syrian Arab Army"),
        ("2016-03-27", "Government regains territory", "Syrian Arab Army", "Islamic State"),
        ("2016-12-11", "Non-state actor overtakes territory", "Islamic State", "Syrian Arab Army"),
        ("2017-03-02", "Government regains territory", "Syrian Arab Army", "Islamic State"),
    ]
    assert all(r["event_type"] == "Battles" for r in rows if r["location"] == "Palmyra")
