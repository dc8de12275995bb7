"""Who asserts a tie: the network filtered by claimant, and ties that only an enemy of one
of their ends asserts marked wherever the network is drawn. Texts written for these tests."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from frontwatch.cli.main import app
from frontwatch.fusion import network_snapshot
from frontwatch.pipeline import process_texts
from frontwatch.serve.network import select_network
from frontwatch.store import Store

ARTICLES = [
    ("Syrian troops fought Islamic State militants near Palmyra on Monday.", dt.date(2016, 3, 20)),
    ("Syrian forces battled Islamic State fighters outside Deir ez-Zor.", dt.date(2016, 4, 2)),
    ("The Syrian army said the United States backs the Islamic State.", dt.date(2016, 4, 5)),
    ("Turkey backs the Free Syrian Army, Turkish officials said.", dt.date(2016, 4, 6)),
    ("Russia has armed the Syrian army, the Pentagon said on Tuesday.", dt.date(2016, 4, 7)),
]


def _store(path: str = ":memory:") -> Store:
    store = Store(path)
    texts, dates = zip(*ARTICLES, strict=True)
    store.write_results(process_texts(list(texts), dates=list(dates)))
    return store


def _edges(edges):
    return {(e.kind, e.source, e.target): e for e in edges}


def test_a_tie_only_an_enemy_asserts_is_marked_and_others_are_not():
    with _store() as store:
        edges = _edges(network_snapshot(store))
    enemy_said = edges[("backs", "USA", "ISIS")]
    assert enemy_said.enemy_claimed and enemy_said.own_voice == 0
    assert enemy_said.claimants == ["SYR_MIL"]
    assert not edges[("backs", "TUR", "FSA")].enemy_claimed  # its backer's own officials say it
    assert not edges[("backs", "RUS", "SYR_MIL")].enemy_claimed  # the Pentagon fights neither end
    assert not any(e.enemy_claimed for e in edges.values() if e.kind == "fights")  # own voice


def test_the_network_as_one_claimant_tells_it():
    with _store() as store:
        told = _edges(network_snapshot(store, claimant="SYR_MIL"))
        everyone = _edges(network_snapshot(store))
    assert set(told) == {("backs", "USA", "ISIS")}
    assert len(everyone) > len(told)


def test_the_server_and_the_cli_mark_and_filter_by_claimant(tmp_path):
    db = str(tmp_path / "claims.duckdb")
    _store(db).close()
    with Store(db, read_only=True) as store:
        graph = select_network(store, as_of=None, since=None, limit=50, claimant="SYR_MIL")
    assert [(e["kind"], e["source"], e["target"], e["enemy_claimed"]) for e in graph["edges"]] == [
        ("backs", "USA", "ISIS", True)
    ]
    result = CliRunner().invoke(app, ["network", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = {(r["kind"], r["source"], r["target"]): r for r in json.loads(result.output)}
    assert rows[("backs", "USA", "ISIS")]["enemy_claimed"] is True
    assert rows[("backs", "TUR", "FSA")]["enemy_claimed"] is False


def test_the_graph_export_carries_the_mark(tmp_path):
    import networkx as nx

    from frontwatch.export.graph import write_graph
    from frontwatch.fusion import load_book

    out = tmp_path / "net.graphml"
    with _store() as store:
        write_graph(network_snapshot(store), load_book(store), "graphml", out)
    graph = nx.read_graphml(out)
    marks = {(u, v, d["kind"]): d["enemy_claimed"] for u, v, d in graph.edges(data=True)}
    assert marks[("USA", "ISIS", "backs")] is True
    assert marks[("TUR", "FSA", "backs")] is False


def test_a_claim_told_by_a_pronoun_or_an_army_command_keeps_its_enemy_claimant():
    texts = [
        ("Syrian troops fought Islamic State militants near Palmyra on Monday.", dt.date(2016, 3, 20)),
        (("The General Command of the Syrian Army condemned the raid on its positions. "
         "It said the United States supports the Islamic State."), dt.date(2016, 4, 5)),
    ]
    with Store(":memory:") as store:
        store.write_results(process_texts([t for t, _ in texts], dates=[d for _, d in texts]))
        edges = _edges(network_snapshot(store))
    said = edges[("backs", "USA", "ISIS")]
    assert said.claimants == ["SYR_MIL"] and said.enemy_claimed


def test_a_side_telling_its_own_deed_is_not_an_enemy_claim():
    # review of h-relimp16: the edge itself was taken as proof that its claimant is an enemy
    articles = [
        ("Russia said it bombed Islamic State positions near Palmyra.", dt.date(2016, 3, 21)),
        ("The Turkish army said it shelled YPG positions near Afrin.", dt.date(2018, 1, 25)),
    ]
    with Store(":memory:") as store:
        store.write_results(process_texts([t for t, _ in articles], dates=[d for _, d in articles]))
        edges = _edges(network_snapshot(store))
    told = [edges[("fights", "ISIS", "RUS_AIRFORCE")], edges[("fights", "TUR_MIL", "YPG")]]
    assert [e.claimants for e in told] == [["RUS"], ["TUR_MIL"]]
    assert not any(e.enemy_claimed for e in told)
