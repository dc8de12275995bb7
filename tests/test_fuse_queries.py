"""Stored fused events can be asked for with filters, and each opens onto its reports."""

import datetime as dt

from test_fuse_corpus import corpus_store

from frontwatch.fusion import fuse_store
from frontwatch.store.queries import select_fused_events, select_fused_members


def test_fused_events_filter_and_open_onto_their_reports():
    with corpus_store() as store:
        fuse_store(store)
        rows = select_fused_events(store, since=dt.date(2016, 8, 1), min_sources=2)
        assert [(r["place_name"], r["n_sources"]) for r in rows] == [("Douma", 2), ("Jarablus", 2)]
        assert select_fused_events(store, place="Idlib", type="assault")[0]["place_name"] == "Saraqib"
        members = select_fused_members(store, rows[0]["id"])
    assert [(m["outlet"], m["killed"]) for m in members] == [("Middle East Eye", 25), ("Reuters", 12)]
    assert all(m["sentence"] for m in members)
