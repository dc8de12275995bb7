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


def test_a_background_fact_the_text_leaves_undated_is_not_dated_to_its_report():
    """The report's day dates only facts of the report's own time; a rebellion crushed
    in 1994, told in a 2016 report, is undated rather than a 2016 toll."""
    from frontwatch.pipeline import process_texts
    from frontwatch.store import Store
    from frontwatch.store.fused import read_reports

    text = (
        "Rebels shelled Hama on Monday, killing 12 people. The province was the heart of a "
        "rebellion in 1994 which was put down by the army, with some 3000 villagers killed in "
        "the air raids."
    )
    result = process_texts([text], dates=[dt.date(2016, 9, 1)])[0]
    with Store(":memory:") as store:
        store.write_results([result])
        dates = {r.killed: r.date for r in read_reports(store) if r.killed}
    assert dates[12] == dt.date(2016, 8, 29)
    assert dates[3000] is None
