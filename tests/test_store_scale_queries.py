"""The interface's SQL-side answers (store/ties.py, fusion.place_timeline, the events page
with its articles looked up by id) give what the plain ways give: edges grouped from every
tie by a plain Python reference (below; the network itself is built only in SQL), timelines
built from every place's claims, and a straight join of events, places and articles.
Checked on the hand-made corpus and on a store made by a real run over sample articles."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from scale_records import write_sample_slice
from test_fuse_corpus import D, article, corpus_store
from test_serve_corpus import build_store

from frontwatch.fuse.network import is_fact
from frontwatch.fusion import control_timelines, network_snapshot, network_ties, place_timeline
from frontwatch.records import Edge
from frontwatch.runner import run_corpus
from frontwatch.serve import create_app
from frontwatch.serve.network import EVIDENCE_PER_EDGE, select_network
from frontwatch.settings import Settings
from frontwatch.store import Store
from frontwatch.store.queries import (
    EVENT_COLUMNS,
    EventFilter,
    count_events,
    event_where,
    select_events,
)
from frontwatch.store.ties import read_edges as stored_edges

SAMPLE_SIZE = 60
DAYS = [None, D(2015, 12, 31), D(2016, 9, 1), D(2017, 12, 31)]
REFERENCE_PAGE = """SELECT {columns} FROM events e LEFT JOIN places p ON p.id = e.place_id
    JOIN articles a ON a.id = e.article_id WHERE {where}
    ORDER BY e.date NULLS LAST, e.article_id, e.sentence_start, e.id LIMIT ? OFFSET ?"""


def _undated() -> list:
    """Facts with no date of their own, dated by their article: the branch that joins articles."""
    return [article("u01", "Enab Baladi", D(2016, 5, 3),
                    ("relation", "Hezbollah fighters are backing the Syrian army.",
                     {"kind": "backs", "source_actor": "HEZBOLLAH", "target_actor": "SYR_MIL", "date": None}),
                    ("event", "Hezbollah shelled FSA positions.",
                     {"type": "ASSAULT", "mode": "shelling", "source_actor": "HEZBOLLAH", "target_actor": "FSA",
                      "date": None}),
                    ("control", "The Syrian army holds Palmyra.",
                     {"place": "palmyra", "new_controller": "SYR_MIL", "kind": "held", "date": None}))]


@pytest.fixture(scope="module")
def corpus():
    with corpus_store(_undated()) as store:
        yield store


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A store made by a real run over the first articles of the bundled sample corpus."""
    path = write_sample_slice(tmp_path_factory.mktemp("scale-queries") / "sample.jsonl", SAMPLE_SIZE)
    with Store(":memory:") as store:
        run_corpus([path], store=store, settings=Settings())
        yield store


@pytest.fixture(params=["corpus", "sample"])
def store(request):
    return request.getfixturevalue(request.param)


def snapshot(ties, as_of=None, *, lapse_days=None):
    """The reference: one edge per (kind, source, target) with a fact tie dated up to ``as_of``,
    its fact count, articles, first and last dates, summed score, latest sentence (by date,
    then record id) and count of other claims; best evidenced first."""
    groups = {}
    for tie in ties:
        if as_of is None or (tie.date is not None and tie.date <= as_of):
            groups.setdefault((tie.kind, tie.source, tie.target), []).append(tie)
    edges = []
    for key, group in groups.items():
        facts = sorted((t for t in group if is_fact(t)), key=lambda t: (t.date or dt.date.min, t.record_id))
        dates = [t.date for t in facts if t.date]
        if facts:
            edges.append(Edge(*key, evidence=len(facts), articles=len({t.article_id for t in facts}),
                              first=min(dates, default=None), last=max(dates, default=None),
                              score=round(sum(t.score for t in facts), 2), sentence=facts[-1].sentence,
                              unconfirmed=len(group) - len(facts),
                              claimants=sorted({t.claimant for t in facts if t.claimant}),
                              own_voice=sum(1 for t in facts if not t.claimant)))
    edges.sort(key=lambda e: (-e.evidence, e.kind, e.source, e.target))
    if as_of is None or lapse_days is None:
        return edges
    return [e for e in edges if e.last is not None and e.last >= as_of - dt.timedelta(days=lapse_days)]


def _ties(store, since=None):
    return [t for t in network_ties(store) if since is None or (t.date is not None and t.date >= since)]


def test_the_stores_have_what_the_comparisons_need(corpus, sample):
    for table in ("events", "relations", "control_changes"):
        assert corpus.scalar(f"SELECT count(*) FROM {table} WHERE date IS NULL") > 0
    assert sample.scalar("SELECT count(*) FROM events WHERE date IS NULL") > 0
    assert len(network_ties(sample)) > 50 and len(control_timelines(sample)) > 5


@pytest.mark.parametrize("as_of", DAYS)
def test_sql_snapshot_equals_the_python_snapshot(store, as_of):
    python = [asdict(e) for e in snapshot(network_ties(store), as_of)]
    assert python, "the comparison needs edges"
    assert [asdict(e) for e in stored_edges(store, as_of)] == python


def test_since_lapse_and_limit_keep_the_python_meaning(store):
    since = D(2016, 1, 1)
    python = snapshot(_ties(store, since), None)
    assert [asdict(e) for e in stored_edges(store, since=since)] == [asdict(e) for e in python]
    assert [asdict(e) for e in stored_edges(store, limit=3)] == [asdict(e) for e in snapshot(network_ties(store))[:3]]
    as_of = max(t.date for t in network_ties(store) if t.date)
    lapsed = snapshot(network_ties(store), as_of, lapse_days=90)
    assert [asdict(e) for e in network_snapshot(store, as_of, lapse_days=90)] == [asdict(e) for e in lapsed]


def test_one_actors_ties_are_the_snapshot_edges_at_that_actor(store):
    edges = snapshot(network_ties(store))
    for actor in sorted({e.source for e in edges})[:8]:
        mine = [asdict(e) for e in edges if actor in (e.source, e.target)]
        assert [asdict(e) for e in stored_edges(store, actor=actor)] == mine


def test_network_evidence_is_each_edges_latest_facts(store):
    as_of = DAYS[-1]
    graph = select_network(store, as_of=as_of, since=None, limit=50)
    ties = [t for t in network_ties(store) if is_fact(t) and t.date is not None and t.date <= as_of]
    latest = {(e.kind, e.source, e.target): e.sentence for e in snapshot(network_ties(store), as_of)}
    for edge in graph["edges"]:
        assert edge["evidence"][0]["sentence"] == latest[(edge["kind"], edge["source"], edge["target"])]
        mine = [t for t in ties if (t.kind, t.source, t.target) == (edge["kind"], edge["source"], edge["target"])]
        newest = sorted(mine, key=lambda t: (t.date, t.record_id), reverse=True)[:EVIDENCE_PER_EDGE]
        shown = edge["evidence"]
        assert [(e["article_id"], e["sentence"], e["date"], e["origin"]) for e in shown] == \
               [(t.article_id, t.sentence, t.date, t.origin) for t in newest]
        for item in shown:
            text = store.scalar("SELECT text FROM articles WHERE id = ?", [item["article_id"]])
            assert text[item["start"]:item["end"]] == item["sentence"]
    assert {n["id"] for n in graph["nodes"]} == {x for e in graph["edges"] for x in (e["source"], e["target"])}


def test_place_timeline_equals_the_one_built_from_every_place(store):
    everything = control_timelines(store)
    assert everything
    for key, timeline in everything.items():
        assert asdict(place_timeline(store, key)) == asdict(timeline)


def test_place_timeline_by_name_and_unknown_places(corpus):
    palmyra = place_timeline(corpus, "palmyra")
    assert palmyra is not None and palmyra.key == "gn:170575"
    assert [p.controller for p in palmyra.periods] == ["ISIS", "SYR_MIL", "ISIS", "SYR_MIL"]
    assert palmyra.periods[1].claims[-1].date == D(2016, 5, 3)  # the undated report, dated by its article
    assert place_timeline(corpus, "Atlantis") is None
    assert place_timeline(corpus, "Saraqib") is None  # only a hedged report: no timeline


def _reference_page(store, f, limit=100, offset=0):
    where, params = event_where(f)
    return store.query(REFERENCE_PAGE.format(columns=EVENT_COLUMNS, where=where), [*params, limit, offset])


FILTERS = [EventFilter(), EventFilter(place="Idlib"), EventFilter(place="Aleppo", certainty="all"),
           EventFilter(since=dt.date(2016, 1, 1), until=dt.date(2016, 12, 31)), EventFilter(type="assault"),
           EventFilter(actor="ISIS", include_background=False), EventFilter(place="gn:170063")]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[11:60])
def test_events_page_and_count_equal_a_plain_join(store, flt):
    whole = _reference_page(store, flt, limit=100_000)
    assert count_events(store, flt) == len(whole)
    for offset in (0, 7):
        assert select_events(store, flt, limit=25, offset=offset) == whole[offset:offset + 25]


def test_pages_naming_many_articles_read_them_in_one_scan(sample, monkeypatch):
    from frontwatch.store import queries

    monkeypatch.setattr(queries, "FEW_ARTICLES", 2)
    flt = EventFilter(certainty="all")
    assert select_events(sample, flt, limit=300) == _reference_page(sample, flt, limit=300)


def test_sample_filters_find_events(sample):
    assert count_events(sample, EventFilter(place="Mosul")) > 0 and count_events(sample, EventFilter()) > 100


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db: Path = build_store(tmp_path_factory.mktemp("serve-scale") / "fw.duckdb")
    return TestClient(create_app(db, allowed_hosts=["testserver"]), raise_server_exceptions=False)


def test_network_route_takes_an_actor(client):
    everything = client.get("/api/network").json()["edges"]
    ypg = client.get("/api/network", params={"actor": "YPG"}).json()
    assert ypg["edges"] == [e for e in everything if "YPG" in (e["source"], e["target"])] and ypg["edges"]
    assert {n["id"] for n in ypg["nodes"]} >= {"YPG"}
    assert client.get("/api/network", params={"actor": "' OR 1=1 --"}).json() == {"nodes": [], "edges": []}


def test_control_timeline_route(client):
    body = client.get("/api/control/timeline", params={"place": "Palmyra"}).json()
    assert body["place"]["name"] == "Palmyra" and body["periods"]
    first = body["periods"][0]
    assert {"controller", "start", "end", "reports", "conflict", "sentence", "claims"} <= set(first)
    assert first["claims"][0]["sentence"] == first["sentence"]
    assert client.get("/api/control/timeline", params={"place": "' OR 1=1 --"}).status_code == 404
    assert client.get("/api/control/timeline").status_code == 422
