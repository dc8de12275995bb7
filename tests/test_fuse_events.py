"""Reports of one strike from several articles fuse into one event; contradictions stay visible."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from test_fuse_corpus import PLACES, article, corpus_store

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.events import dates_agree, fuse_reports, places_agree
from frontwatch.fusion import fuse_events, fuse_store
from frontwatch.records import PlaceInfo, Report
from frontwatch.store.fused import place_from_row


def _by_place(fused, name):
    return [f for f in fused if f.place.name == name]


def test_two_articles_on_one_strike_merge_and_a_third_elsewhere_does_not():
    with corpus_store() as store:
        fused = fuse_events(store)
    (saraqib,) = _by_place(fused, "Saraqib")
    assert saraqib.n_sources == 2 and saraqib.n_reports == 2
    assert saraqib.outlets == ["AFP", "Reuters"]
    assert saraqib.source_actor == "RUS_AIRFORCE"  # the more specific of RUS_AIRFORCE and RUS
    assert (saraqib.killed_min, saraqib.killed_max) == (9, 10)
    assert saraqib.contradiction == ""  # 9 vs 10 is within 20%
    assert saraqib.confidence == 0.75
    assert {r.sentence for r in saraqib.reports} == {
        "Russian jets struck the town of Saraqeb on Monday, killing 9 civilians, activists said.",
        "Air strikes on Saraqib killed at least 10 people on Monday, the Syrian Observatory said.",
    }
    (maarat,) = _by_place(fused, "Maarat al-Numan")  # 27 km away, four days later
    assert maarat.n_sources == 1 and maarat.confidence == 0.5


def test_disagreeing_death_tolls_are_fused_and_flagged_with_both_values():
    with corpus_store() as store:
        (douma,) = _by_place(fuse_events(store), "Douma")
    assert (douma.killed_min, douma.killed_max) == (12, 25)
    assert douma.contradiction == "killed disagree: 12 (Reuters) vs 25 (Middle East Eye)"
    assert douma.confidence < 0.75


def test_opposite_actors_are_flagged_not_hidden():
    with corpus_store() as store:
        clashes = [f for f in fuse_events(store) if f.place.name == "Jarablus" and f.mode == "firearms"]
    (clash,) = clashes
    assert clash.n_sources == 2
    assert "actors disagree: FSA→SDF (Hawar News) vs SDF→FSA (Anadolu)" in clash.contradiction


def test_the_same_outlet_twice_is_one_independent_source():
    sentence = {"type": "ASSAULT", "mode": "aerial", "source_actor": "SYR_AIRFORCE", "place": "douma",
                    "date": dt.date(2016, 8, 12), "killed": 25}
    extra = [article("x1", "Middle East Eye", dt.date(2016, 8, 13), ("event", "Barrel bombs hit Douma.", sentence))]
    with corpus_store(extra) as store:
        (douma,) = _by_place(fuse_events(store), "Douma")
    assert douma.n_reports == 3 and douma.n_sources == 2


def test_hedged_reports_are_not_fused_into_facts():
    hedged = {"type": "ASSAULT", "mode": "aerial", "source_actor": "RUS_AIRFORCE", "place": "saraqib",
                  "date": dt.date(2016, 2, 1), "killed": 40, "certainty": "hedged", "cue": "may have"}
    extra = [article("x2", "Orient News", dt.date(2016, 2, 1), ("event", "Jets may have hit Saraqib.", hedged))]
    with corpus_store(extra) as store:
        (saraqib,) = _by_place(fuse_events(store), "Saraqib")
    assert saraqib.killed_max == 10 and saraqib.n_reports == 2


def test_fuse_store_writes_fused_events_and_every_member():
    with corpus_store() as store:
        stats = fuse_store(store)
        assert stats == {"reports": 10, "fused_events": 7, "multi_source": 3, "contradictions": 2}
        assert fuse_store(store) == stats  # recomputed, not appended
        assert store.scalar("SELECT count(*) FROM fused_events") == 7
        rows = store.query(
            """SELECT e.sentence FROM fused_events f JOIN fused_event_members m ON m.fused_id = f.id
               JOIN events e ON e.id = m.event_id AND e.article_id = m.article_id
               WHERE f.place_name = 'Douma' ORDER BY e.killed""")
        assert [r["sentence"][:20] for r in rows] == ["An air raid on Douma", "Government helicopte"]
        (row,) = store.query("SELECT n_sources, killed_min, killed_max, contradiction FROM fused_events "
                             "WHERE place_name = 'Douma'")
        assert row["contradiction"].startswith("killed disagree")


def _place(key: str) -> PlaceInfo:
    p = PLACES[key]
    return place_from_row({"p_id": p.id, "p_name": p.name, "p_lat": p.latitude, "p_lon": p.longitude,
                           "p_country": p.country, "p_admin1": p.admin1, "p_kind": p.kind, "p_is_area": p.is_area})


def _report(date, precision="day", place="saraqib", **kw) -> Report:
    return Report(event_id=kw.pop("eid", "e"), article_id=kw.pop("aid", "a"), outlet=kw.pop("outlet", "o"),
                  type="ASSAULT", place=_place(place), date=date, precision=precision, **kw)


def test_places_agree_by_distance_or_governorate_for_areas():
    assert places_agree(_place("saraqib"), _place("saraqib"))
    assert not places_agree(_place("saraqib"), _place("maarat"))  # about 27 km
    assert places_agree(_place("saraqib"), _place("maarat"), max_km=30)
    assert places_agree(_place("idlib_gov"), _place("maarat"))  # area and a town inside it
    assert not places_agree(_place("idlib_gov"), _place("douma"))


def test_dates_agree_within_their_precision():
    day = _report(dt.date(2016, 2, 1))
    assert dates_agree(day, _report(dt.date(2016, 2, 2)))
    assert not dates_agree(day, _report(dt.date(2016, 2, 4)))
    assert dates_agree(day, _report(dt.date(2016, 2, 20), "month"))
    assert dates_agree(day, _report(dt.date(2016, 2, 6), "week"))
    assert not dates_agree(day, _report(dt.date(2016, 3, 1), "month"))


def test_members_and_arms_of_a_state_are_compatible_but_rivals_are_not():
    book = ActorBook(members=frozenset({("YPG", "SDF")}))
    a = _report(dt.date(2016, 2, 1), source_actor="YPG", aid="a1", outlet="A")
    b = _report(dt.date(2016, 2, 1), source_actor="SDF", aid="a2", outlet="B")
    c = _report(dt.date(2016, 2, 1), source_actor="ISIS", aid="a3", outlet="C")
    fused = fuse_reports([a, b, c], book)
    assert sorted(f.n_sources for f in fused) == [1, 2]
    assert book.compatible("SYR_MIL", "SYR_AIRFORCE") and book.compatible("RUS", "RUS_AIRFORCE")
    assert not book.compatible("SDF", "HTS") and not book.compatible("RUS_AIRFORCE", "SYR_AIRFORCE")

_reports = st.lists(st.builds(
    lambda i, day, place, actor, killed, outlet: _report(
        dt.date(2016, 2, 1) + dt.timedelta(days=day), place=place, source_actor=actor, killed=killed,
        eid=f"e{i}", aid=f"a{i}", outlet=outlet),
    st.integers(0, 10_000), st.integers(0, 40), st.sampled_from(["saraqib", "maarat", "idlib_gov", "douma"]),
    st.sampled_from(["", "RUS", "RUS_AIRFORCE", "SYR_AIRFORCE", "ISIS", "GEN_REBELS"]),
    st.one_of(st.none(), st.integers(0, 200)), st.sampled_from(["Reuters", "AFP", "SANA", "SOHR"]),
), max_size=40, unique_by=lambda r: r.event_id)


@settings(max_examples=60, deadline=None)
@given(_reports)
def test_every_report_lands_in_exactly_one_fused_event(reports):
    fused = fuse_reports(reports, ActorBook())
    members = [r.event_id for f in fused for r in f.reports]
    assert sorted(members) == sorted(r.event_id for r in reports)
    for f in fused:
        assert 1 <= f.n_sources <= f.n_reports == len(f.reports)
        assert f.killed_min is None or f.killed_min <= f.killed_max
        assert f.date_start <= f.date_end
    assert {f.id for f in fuse_reports(list(reversed(reports)), ActorBook())} == {f.id for f in fused}  # order-free


def _unplaced(date, **kw) -> Report:
    return Report(event_id=kw.pop("eid", "e"), article_id=kw.pop("aid", "a"), outlet="o",
                  type="ASSAULT", place=PlaceInfo(), date=date, precision="day", **kw)


def test_a_toll_retold_later_in_an_article_without_its_place_is_the_same_event():
    day = dt.date(2017, 10, 3)
    told = _report(day, source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=304, eid="e1")
    retold = _unplaced(day, source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=304, eid="e2")
    (fused,) = fuse_reports([retold, told], ActorBook())
    assert fused.n_reports == 2 and fused.place.name == told.place.name and fused.killed_max == 304
    area = _report(day, place="idlib_gov", source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=304, eid="e1")
    (fused,) = fuse_reports([retold, area], ActorBook())
    assert fused.place.name == area.place.name  # an area named once beats no place named once


def test_only_the_same_toll_by_the_same_sides_in_one_article_is_folded():
    day = dt.date(2017, 10, 3)
    told = _report(day, source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=304, eid="e1")
    others = [
        _unplaced(day, source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=30, eid="e2"),  # another toll
        _unplaced(day, source_actor="SYR_AIRFORCE", target_actor="ISIS", killed=304, eid="e3"),  # another doer
        _unplaced(day, source_actor="RUS_AIRFORCE", target_actor="ISIS", eid="e4"),  # no toll to tell by
        _report(day, place="douma", source_actor="RUS_AIRFORCE", target_actor="ISIS", killed=304, eid="e5"),
    ]
    fused = fuse_reports([told, *others], ActorBook())
    assert sorted(f.n_reports for f in fused) == [1, 1, 1, 1, 1]
