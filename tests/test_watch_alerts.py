"""Alerts for a batch of new articles, against the picture the other articles give, and the
incremental fusion the watcher runs before them (the same as fusing everything again).

The store is the hand-made corpus of test_fuse_corpus, written without the articles a test
then adds as the watcher's new batch."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from test_fuse_corpus import ACTORS, article, corpus
from test_fuse_windows import _stored_fusion

from frontwatch.fusion import fuse_store
from frontwatch.store import Store
from frontwatch.watch.alerts import detect_alerts
from frontwatch.watch.incremental import fuse_new_articles
from frontwatch.watch.rules import AlertRules, CasualtiesRule, HandsRule, TiesRule, load_rules

D = dt.date


def _store_without(*new_ids: str) -> tuple[Store, list]:
    """The corpus stored and fused without ``new_ids``; those articles' results are returned."""
    results = corpus()
    store = Store(":memory:")
    store.sync_actors(ACTORS)
    store.write_results([r for r in results if r.article.id not in new_ids])
    fuse_store(store)
    return store, [r for r in results if r.article.id in new_ids]


def _add(store: Store, results: list) -> list[str]:
    store.write_results(results)
    ids = [r.article.id for r in results]
    fuse_new_articles(store, ids)
    return ids


def _alerts(store: Store, ids: list[str], rules: AlertRules | None = None, kind: str = "") -> list:
    return [a for a in detect_alerts(store, ids, rules or load_rules()) if not kind or a.kind == kind]


@pytest.mark.parametrize("new", [("c02",), ("a02", "a05"), ("a03", "n05", "c04"), ("a01", "a02", "a04", "a05")])
def test_incremental_fusion_stores_what_fusing_everything_again_stores(new):
    store, results = _store_without(*new)
    _add(store, results)
    incremental = _stored_fusion(store)
    fuse_store(store)
    assert incremental == _stored_fusion(store)


def test_a_recapture_alerts_once_with_its_sentence_and_article():
    store, results = _store_without("c02")
    alerts = _alerts(store, _add(store, results), kind="change_of_hands")
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert.place == "Palmyra" and alert.date == D(2016, 3, 27)
    assert alert.actors == ["SYR_MIL", "ISIS"]
    assert "Syrian Arab Army" in alert.summary and "Islamic State" in alert.summary
    assert alert.evidence[0]["sentence"] == "The Syrian army recaptured Palmyra from Islamic State."
    assert alert.evidence[0]["article_id"] == "c02" and alert.evidence[0]["url"] == "https://example.org/c02"
    # asked again (a restart checking the same batch): the same change, the same key
    assert [a.key for a in _alerts(store, ["c02"], kind="change_of_hands")] == [alert.key]


def test_a_second_report_of_a_known_capture_is_no_change():
    store, _ = _store_without()
    echo = article("c02b", "AFP", D(2016, 3, 28), ("control", "Syrian troops were in control of Palmyra on Monday.",
                   {"place": "palmyra", "new_controller": "SYR_MIL", "previous_controller": "ISIS",
                    "date": D(2016, 3, 28)}))
    assert _alerts(store, _add(store, [echo]), kind="change_of_hands") == []


@pytest.mark.parametrize(("rule", "alerted"), [
    (HandsRule(regions=("Homs",)), True), (HandsRule(regions=("syr",)), True), (HandsRule(regions=("Idlib",)), False),
    (HandsRule(actors=("Islamic State",)), True), (HandsRule(actors=("SYR_MIL",)), True),
    (HandsRule(actors=("Hezbollah",)), False), (HandsRule(enabled=False), False),
])
def test_change_of_hands_rules_filter_by_region_and_actor(rule, alerted):
    store, results = _store_without("c02")
    rules = dataclasses.replace(load_rules(), change_of_hands=rule)
    assert bool(_alerts(store, _add(store, results), rules, "change_of_hands")) is alerted


def test_a_holding_claim_against_the_stored_capture_is_a_contradiction():
    store, results = _store_without("c07")
    alerts = _alerts(store, _add(store, results), kind="contradiction")
    assert [a.place for a in alerts] == ["al-Bab"]
    assert "Islamic State" in alerts[0].summary and "Free Syrian Army" in alerts[0].summary
    assert alerts[0].evidence[0]["sentence"] == "Islamic State fighters still hold the centre of al-Bab."


def test_reports_naming_the_sides_the_other_way_round_are_a_contradiction():
    store, results = _store_without("a07")
    alerts = _alerts(store, _add(store, results), kind="contradiction")
    assert len(alerts) == 1 and alerts[0].place == "Jarablus"
    assert alerts[0].evidence[0]["article_id"] == "a07"


def test_an_alliance_turned_to_fighting_is_a_flipped_tie():
    store, results = _store_without("n05")
    rules = dataclasses.replace(load_rules(), ties=TiesRule(kinds=("fights", "backs", "allied")))
    flipped = _alerts(store, _add(store, results), rules, "tie_flipped")
    assert [(a.actors, a.date) for a in flipped] == [(["AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"], D(2017, 1, 24))]
    assert "was allied" in flipped[0].summary


def test_a_first_tie_between_two_actors_appears_and_a_known_one_does_not():
    store, results = _store_without("n06")
    appeared = _alerts(store, _add(store, results), kind="tie_appeared")
    assert ("TUR", "FSA") in {tuple(a.actors) for a in appeared}
    assert all(a.evidence[0]["article_id"] == "n06" for a in appeared)
    known = article("n08", "AP", D(2016, 9, 1), ("relation", "Turkey kept backing the FSA.",
                    {"kind": "backs", "source_actor": "TUR", "target_actor": "FSA", "date": D(2016, 9, 1)}))
    assert _alerts(store, _add(store, [known]), kind="tie_appeared") == []


def test_news_dated_long_after_a_ties_last_evidence_ends_it():
    store, _ = _store_without()
    later = article("z01", "AP", D(2018, 6, 1), ("relation", "Russia backs the Syrian government.",
                    {"kind": "backs", "source_actor": "RUS", "target_actor": "SYR_GOV", "date": D(2018, 6, 1)}))
    ended = _alerts(store, _add(store, [later]), kind="tie_ended")
    pairs = {tuple(a.actors) for a in ended}
    # last evidenced 2017-01-24 (fights) and 2016-11-20 (backs): more than 180 days before 2018-06-01
    assert ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA") in pairs and ("USA", "SDF") in pairs
    # last evidenced before the latest news the store already had lapsed earlier: not alerted now
    assert ("USA", "FSA") not in pairs


def test_casualties_over_the_threshold_alert_once_per_fused_event():
    store, results = _store_without("a04", "a05")
    rules = dataclasses.replace(load_rules(), casualties=CasualtiesRule(min_killed=10))
    first = _alerts(store, _add(store, [r for r in results if r.article.id == "a04"]), rules, "casualties")
    second = _alerts(store, _add(store, [r for r in results if r.article.id == "a05"]), rules, "casualties")
    assert [a.summary for a in first] == ["25 killed (assault) in Douma"]
    assert [a.key for a in second] == [a.key for a in first]  # the same attack: the key is already sent
    high = dataclasses.replace(load_rules(), casualties=CasualtiesRule(min_killed=30))
    assert _alerts(store, ["a04"], high, "casualties") == []


def test_an_actor_never_named_before_is_new_and_one_named_before_is_not():
    store, _ = _store_without()
    news = article("h01", "AP", D(2017, 4, 1),
                   ("event", "Hezbollah fighters attacked rebels near Palmyra.",
                    {"type": "ASSAULT", "source_actor": "HEZBOLLAH", "target_actor": "GEN_REBELS", "place": "palmyra",
                     "date": D(2017, 4, 1)}))
    alerts = _alerts(store, _add(store, [news]), kind="new_actor")
    assert [a.actors for a in alerts] == [["HEZBOLLAH"]]
    assert "Hezbollah (armed_group)" in alerts[0].summary
    again = article("h02", "AFP", D(2017, 4, 2), ("event", "Hezbollah shelled Palmyra's outskirts.",
                    {"type": "ASSAULT", "source_actor": "HEZBOLLAH", "place": "palmyra", "date": D(2017, 4, 2)}))
    assert _alerts(store, _add(store, [again]), kind="new_actor") == []
