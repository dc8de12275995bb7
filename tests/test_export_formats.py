"""PLOVER, GeoJSON, GraphML, GEXF and Parquet exports, read back with the tools that use them."""

import json

import networkx as nx
import pyarrow.parquet as pq
from test_fuse_corpus import ACTORS, corpus, corpus_store
from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.cli.paths import EXPORT_SUFFIXES
from frontwatch.export import ALL_FORMATS, export
from frontwatch.fusion import fuse_store
from frontwatch.store import Store


def test_plover_lines_carry_type_actors_location_and_every_source(tmp_path):
    out = tmp_path / "events.plover.jsonl"
    with corpus_store() as store:
        assert export(store, "plover", out) == 7
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    (saraqib,) = [r for r in records if r["location"] and r["location"]["name"] == "Saraqib"]
    assert {"id", "date", "event", "mode", "context", "actor1", "actor2", "location", "text"} <= set(saraqib)
    assert (saraqib["event"], saraqib["mode"], saraqib["date"]) == ("ASSAULT", "aerial", "2016-02-01")
    assert saraqib["actor1"]["code"] == "RUS_AIRFORCE" and saraqib["actor1"]["country"] == "RUS"
    assert saraqib["location"]["geonamesID"] == "169389"
    assert sorted(s["outlet"] for s in saraqib["sources"]) == ["AFP", "Reuters"]
    assert all(s["text"] for s in saraqib["sources"])


def test_geojson_is_a_valid_feature_collection(tmp_path):
    out = tmp_path / "events.geojson"
    with corpus_store() as store:
        export(store, "geojson", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "control_change"}
    for feature in data["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38  # Syria, lon first
        assert feature["properties"]["sentence"]


def test_graphml_and_gexf_read_back_with_networkx(tmp_path):
    with corpus_store() as store:
        export(store, "graphml", tmp_path / "n.graphml")
        export(store, "gexf", tmp_path / "n.gexf")
    for graph in (nx.read_graphml(tmp_path / "n.graphml"), nx.read_gexf(tmp_path / "n.gexf")):
        assert graph.nodes["FSA"]["label"] == "Free Syrian Army"
        kinds = {(u, v, d["kind"]) for u, v, d in graph.edges(data=True)}
        assert ("TUR", "FSA", "backs") in kinds and ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA", "fights") in kinds
        assert ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA", "allied") in kinds  # both ties kept
        usa = [d for u, v, d in graph.edges(data=True) if (u, v, d["kind"]) == ("USA", "FSA", "backs")]
        assert int(usa[0]["evidence"]) == 2 and usa[0]["first"] == "2015-06-15"


def test_network_export_as_of_a_date(tmp_path):
    with corpus_store() as store:
        export(store, "graphml", tmp_path / "n.graphml", as_of=__import__("datetime").date(2016, 1, 1))
    graph = nx.read_graphml(tmp_path / "n.graphml")
    assert "TUR" not in graph and graph.has_edge("USA", "FSA")


def test_cli_writes_every_format(tmp_path):
    db = tmp_path / "fw.duckdb"
    with Store(db) as store:
        store.sync_actors(ACTORS)
        store.write_results(corpus())
        fuse_store(store)
    runner = CliRunner()
    for fmt in ALL_FORMATS:
        out = tmp_path / f"out-{fmt}{EXPORT_SUFFIXES[fmt][0]}"  # an extension that fits the format
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, (fmt, result.output)
        assert out.stat().st_size > 0
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "--table", "fused_events",
                                 "--out", str(tmp_path / "fused.parquet")])
    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "fused.parquet").num_rows == 7
    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "kml"])
    assert bad.exit_code != 0
