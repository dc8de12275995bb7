"""The situation as of a date: belligerents with backers and enemies, fused events, control, alliances."""

import datetime as dt

from test_fuse_corpus import corpus_store

from frontwatch.report import build_situation

D = dt.date


def _picture(**kw):
    with corpus_store() as store:
        return build_situation(store, **kw).picture


def test_belligerents_have_backers_enemies_and_region():
    picture = _picture(as_of=D(2016, 9, 30), days=90)
    rows = {r["actor"]: r for r in picture.belligerents}
    assert rows["FSA"]["backers"] == "Turkey, United States (last seen 2016-01-10)"
    assert rows["FSA"]["enemies"] == "Syrian Democratic Forces"
    assert rows["FSA"]["region"] == "Aleppo"
    assert rows["SYR_GOV"]["backers"] == "Iran (last seen 2015-10-01), Russia (last seen 2015-09-30)"
    assert "GEN_CIVILIANS" not in rows


def test_main_events_are_fused_and_in_the_period():
    picture = _picture(as_of=D(2016, 9, 30), days=90)
    assert [(f.place.name, f.n_sources) for f in picture.main_events][:2] == [("Douma", 2), ("Jarablus", 2)]
    assert all(f.date_end >= D(2016, 7, 2) for f in picture.main_events)


def test_casualties_count_each_fused_event_once():
    picture = _picture(as_of=D(2016, 12, 31))
    feb = next(r for r in picture.casualties if r["month"] == "2016-02")
    assert (feb["killed_min"], feb["killed_max"], feb["events"]) == (13, 14, 2)  # not 9 + 10 + 4


def test_places_that_changed_hands_and_alliances_in_the_period():
    picture = _picture(as_of=D(2017, 1, 31), days=200)
    assert [(r["place"], r["from"], r["to"]) for r in picture.changed_hands] == [
        ("Manbij", "Islamic State", "Syrian Democratic Forces"), ("Palmyra", "Syrian Arab Army", "Islamic State"),
        ("Aleppo", "rebels", "Syrian Arab Army")]
    kinds = {(c.change, c.source, c.target) for c in picture.alliance_changes}
    assert ("appeared", "TUR", "FSA") in kinds and ("flipped", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA") in kinds


def test_region_limits_events_and_places():
    picture = _picture(as_of=D(2017, 3, 5), region="Idlib", days=1000)
    assert {f.place.admin1 for f in picture.main_events} == {"Idlib"}
    assert picture.changed_hands == []
