"""Streaming fusion (reports read in date order, a few at a time, each fused event written
once no later report can join it) stores exactly what fusing every report at once does."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fuse_corpus import PLACES, article, corpus_store

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.events import (
    MAX_REACH_DAYS,
    _report_order,
    date_window,
    fuse_in_date_order,
    fuse_reports,
)
from frontwatch.fusion import fuse_events, fuse_store
from frontwatch.records import Report
from frontwatch.store.fused import place_from_row, write_fused

D = dt.date


def _edge_articles():
    """Reports at the edges of the date windows, plus ones that are never fused."""
    return [
        # A month-precision report 28 days after the Saraqib strike: its window (the whole
        # month) reaches back to it, so it joins although the reading moved on 4 weeks.
        article("w1", "SOHR", D(2016, 3, 1), ("event", "In February Russian jets struck Saraqib.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "RUS_AIRFORCE", "place": "saraqib",
                     "date": D(2016, 2, 29), "precision": "month"})),
        article("w2", "Enab Baladi", D(2016, 8, 20), ("event", "Barrel bombs fell on Douma this week.",
                {"type": "ASSAULT", "mode": "aerial", "source_actor": "SYR_AIRFORCE", "place": "douma",
                     "date": D(2016, 8, 18), "precision": "week"})),
        article("w3", "SANA", D(2016, 12, 30), ("event", "Terrorists shelled Jarablus during 2016.",
                {"type": "ASSAULT", "place": "jarablus", "date": D(2016, 6, 1), "precision": "year"})),
        article("w4", "Unknown blog", None, ("event", "Jets struck Maarat al-Numan.",
                {"type": "ASSAULT", "mode": "aerial", "place": "maarat"})),
        article("w5", "Step News", D(2016, 2, 6),
                ("event", "Jets struck Maarat al-Numan on Friday, killing 4.",
                 {"type": "ASSAULT", "mode": "aerial", "place": "maarat", "date": D(2016, 2, 5), "killed": 4}),
                ("event", "Jets struck Maarat al-Numan on Friday, killing 4 people.",
                 {"type": "ASSAULT", "mode": "aerial", "place": "maarat", "date": D(2016, 2, 5), "killed": 4})),
    ]


def _stored_fusion(store):
    """The fused tables as stored (every column but the time of computing)."""
    events = store.con.execute("SELECT * EXCLUDE (computed_at) FROM fused_events ORDER BY id").fetchall()
    members = store.con.execute("SELECT fused_id, event_id, article_id, outlet FROM fused_event_members "
                                "ORDER BY ALL").fetchall()
    return events, members


@pytest.mark.parametrize("window_rows", [1, 3, 1_000_000])
def test_streamed_fusion_stores_what_fusing_all_at_once_stores(window_rows):
    with corpus_store(_edge_articles()) as store:
        write_fused(store, fuse_events(store))
        at_once = _stored_fusion(store)
        stats = fuse_store(store, window_rows=window_rows)
        assert _stored_fusion(store) == at_once
    events, members = at_once
    assert stats["fused_events"] == len(events) and stats["reports"] == len(members) == 16
    groups = _article_groups(members)
    assert {"a01", "a02", "w1"} in groups  # joined across four weeks of reading
    assert {"a04", "a05", "w2"} in groups
    assert {"w3"} in groups and {"w4"} in groups  # a year, no date: alone
    assert {"a03", "w5"} in groups
    assert len({fused_id for fused_id, _e, article_id, _o in members if article_id == "w5"}) == 1  # a repeat


def _article_groups(members):
    by_fused = {}
    for fused_id, _event_id, article_id, _outlet in members:
        by_fused.setdefault(fused_id, set()).add(article_id)
    return list(by_fused.values())


def test_a_reach_shorter_than_the_widest_window_would_split_events():
    """The check above can fail: closing clusters too early splits the month report off."""
    with corpus_store(_edge_articles()) as store:
        write_fused(store, fuse_events(store))
        at_once = _stored_fusion(store)
        fuse_store(store, reach_days=0)
        groups = _article_groups(_stored_fusion(store)[1])
    assert {"a01", "a02", "w1"} in _article_groups(at_once[1])
    assert {"a01", "a02"} in groups and {"w1"} in groups


def test_the_reach_covers_every_clustered_precision():
    days = [D(2015, 1, 1) + dt.timedelta(days=n) for n in range(800)]
    for precision in (None, "day", "week", "month", "unheard-of"):
        assert max((day - date_window(day, precision)[0]).days for day in days) <= MAX_REACH_DAYS
    assert max((day - date_window(day, "month")[0]).days for day in days) == MAX_REACH_DAYS  # no slack


def test_reports_out_of_date_order_are_refused():
    reports = [_report(0, D(2016, 2, 5), "day", "saraqib"), _report(1, D(2016, 2, 1), "day", "saraqib")]
    with pytest.raises(ValueError, match="date order"):
        list(fuse_in_date_order(reports, ActorBook()))


def _report(i, date, precision, place, actor="", article_of=None, killed=None):
    p = PLACES[place]
    info = place_from_row({"p_id": p.id, "p_name": p.name, "p_lat": p.latitude, "p_lon": p.longitude,
                           "p_country": p.country, "p_admin1": p.admin1, "p_is_area": p.is_area})
    return Report(event_id=f"e{i}", article_id=f"a{article_of if article_of is not None else i}",
                  outlet=f"o{i % 3}", type="ASSAULT", place=info, source_actor=actor, date=date,
                  precision=precision if date else None, killed=killed)


_reports = st.lists(st.builds(
    lambda i, day, precision, place, actor, shared, killed: _report(
        i, None if day is None else D(2016, 1, 1) + dt.timedelta(days=day), precision, place, actor,
        i % 5 if shared else None, killed),
    st.integers(0, 10_000), st.one_of(st.none(), st.integers(0, 120)),
    st.sampled_from(["day", "day", "week", "month", "year"]),
    st.sampled_from(["saraqib", "maarat", "idlib_gov", "douma"]),
    st.sampled_from(["", "RUS", "RUS_AIRFORCE", "SYR_AIRFORCE", "ISIS"]), st.booleans(),
    st.one_of(st.none(), st.integers(0, 50), st.integers(90, 130)),  # large tolls make toll twins
), max_size=60, unique_by=lambda r: r.event_id)


@settings(max_examples=80, deadline=None)
@given(_reports)
def test_streaming_any_reports_matches_fusing_them_at_once(reports):
    book = ActorBook()
    at_once = fuse_reports(reports, book)
    streamed = list(fuse_in_date_order(sorted(reports, key=_report_order), book))

    def members(fused):
        return sorted((f.id, [(r.article_id, r.event_id) for r in f.reports], f.contradiction) for f in fused)

    assert members(streamed) == members(at_once)
