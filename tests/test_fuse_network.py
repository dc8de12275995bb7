"""The actor network as of a date, its monthly score, and ties that appear, end or flip."""

import datetime as dt

from test_fuse_corpus import corpus_store

from frontwatch.fuse.network import monthly_scores
from frontwatch.fusion import network_changes, network_snapshot, network_ties

D = dt.date


def _edges(edges):
    return {(e.kind, e.source, e.target): e for e in edges}


def test_snapshot_holds_only_ties_stated_by_that_date():
    with corpus_store() as store:
        early = _edges(network_snapshot(store, D(2016, 2, 1)))
        late = _edges(network_snapshot(store, D(2016, 9, 1)))
    assert ("backs", "USA", "FSA") in early and ("backs", "TUR", "FSA") not in early
    assert ("backs", "TUR", "FSA") in late
    usa = late[("backs", "USA", "FSA")]
    assert (usa.evidence, usa.articles, usa.first, usa.last) == (2, 2, D(2015, 6, 15), D(2016, 1, 10))


def test_events_between_actors_are_ties_and_attacks_on_civilians_are_not():
    with corpus_store() as store:
        edges = _edges(network_snapshot(store))
    assert ("backs", "USA", "SDF") in edges  # from a SUPPORT event
    assert ("fights", "TUR_MIL", "YPG") in edges  # from an ASSAULT event
    assert edges[("fights", "FSA", "SDF")].evidence == 2  # both accounts of the Jarablus clash
    assert not any("CIVILIAN" in a for key in edges for a in key[1:])


def test_hedged_claims_are_kept_apart():
    with corpus_store() as store:
        ties = network_ties(store)
        edges = _edges(network_snapshot(store))
    assert any(t.certainty == "hedged" and (t.source, t.target) == ("USA", "YPG") for t in ties)
    assert ("backs", "USA", "YPG") not in edges


def test_lapse_window_drops_ties_not_seen_lately():
    with corpus_store() as store:
        edges = _edges(network_snapshot(store, D(2016, 12, 31), lapse_days=180))
    assert ("backs", "USA", "FSA") not in edges and ("backs", "USA", "SDF") in edges


def test_a_former_ally_that_starts_fighting_is_a_flip():
    with corpus_store() as store:
        changes = network_changes(store, D(2016, 7, 1), D(2017, 2, 1))
    by_kind = {(c.change, c.kind, c.source, c.target): c for c in changes}
    flip = by_kind[("flipped", "fights", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA")]
    assert flip.date == D(2017, 1, 24)
    assert flip.detail == "ally→enemy: allied on 2015-03-28, fights from 2017-01-24"
    assert flip.sentence == "Jabhat al-Nusra fighters attacked Ahrar al-Sham positions in western Aleppo."
    assert ("appeared", "backs", "TUR", "FSA") in by_kind
    assert by_kind[("ended", "backs", "USA", "FSA")].date == D(2016, 7, 8)  # 180 days after 2016-01-10


def test_no_flip_before_the_partners_fall_out():
    with corpus_store() as store:
        changes = network_changes(store, D(2015, 1, 1), D(2016, 12, 31))
    assert not any(c.change == "flipped" for c in changes)


def test_monthly_score_is_negative_for_fighting_and_positive_for_backing():
    with corpus_store() as store:
        scores = {(s["month"], s["actor_a"], s["actor_b"]): s for s in monthly_scores(network_ties(store))}
    assert scores[("2016-08", "FSA", "SDF")]["score"] == -20.0
    assert scores[("2016-08", "FSA", "TUR")]["score"] > 0
    assert scores[("2017-01", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA")]["score"] < 0
