"""`frontwatch eval news`: reading gold sets, matching rules, and an end-to-end run on edge cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from frontwatch.errors import UnknownDataset
from frontwatch.eval.news import evaluate_news, nonplain_stored_as_fact, unlisted_actors
from frontwatch.eval.news_data import GoldEvent, GoldPlace, GoldRelation, read_news
from frontwatch.eval.news_match import (
    ActorMap,
    Pred,
    PredPlace,
    distance_km,
    event_matches,
    place_key,
    relation_matches,
    same_place,
)

EDGE = Path(__file__).parent / "data" / "news" / "edge"


def test_folder_reads_every_file_and_keeps_each_files_actors():
    news = read_news(EDGE)
    by_id = {item.id: item for item in news.items}
    assert set(by_id) == {"e-palmyra", "e-ramadi"}
    # the same gold id names another actor in each file
    assert "Syrian army" in by_id["e-palmyra"].actors["G_ARMY"].aliases
    assert "Iraqi forces" in by_id["e-ramadi"].actors["G_ARMY"].aliases


def test_bad_items_and_claims_are_recorded_not_fatal():
    news = read_news(EDGE / "one.json")
    assert any("#0" in p and "text" in p for p in news.problems)  # the empty item
    assert any("relations[3]" in p for p in news.problems)  # type 'likes'
    palmyra = news.items[0]
    assert len(palmyra.relations) == 3 and palmyra.places[0].lat is None


def test_unlisted_actor_ids_are_reported():
    palmyra = next(i for i in read_news(EDGE).items if i.id == "e-palmyra")
    assert unlisted_actors(palmyra) == {"G_UNLISTED"}


def test_an_items_site_is_read_as_where_it_was_published(tmp_path):
    item = {"id": "s1", "url": "", "site": "UK Foreign Office", "war": "afghanistan",
            "publication_date": "2016-07-04", "text": "We condemn the attack.",
            "control_changes": [], "relations": [], "events": [], "places": []}  # fmt: skip
    (tmp_path / "x.json").write_text(json.dumps({"actors": [], "items": [item, {**item, "id": "s2", "site": None}]}))
    assert [i.site for i in read_news(tmp_path).items] == ["UK Foreign Office", ""]


def test_a_file_that_is_not_a_gold_set_is_a_clear_error(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps([{"text": "a list, not a set"}]))
    with pytest.raises(UnknownDataset, match="no news gold items"):
        read_news(tmp_path)
    with pytest.raises(UnknownDataset):
        read_news(tmp_path / "missing.json")


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        (PredPlace("Tadmur", 34.56, 38.28), GoldPlace("Palmyra", 34.55, 38.27), True),
        (PredPlace("Homs", 34.73, 36.71), GoldPlace("Palmyra", 34.55, 38.27), False),
        (PredPlace("Tadmur", 34.56, 38.28, ("Palmyra",)), GoldPlace("Palmyra", None, None), True),
        (PredPlace("Al-Bab", 36.37, 37.52), GoldPlace("al Bab", None, None), True),
        (PredPlace("Manbij", None, None), GoldPlace("Manbij", 36.53, 37.95), False),
        (None, GoldPlace("Manbij", 36.53, 37.95), False),
        (None, None, True),
        # an area's point is a centroid: two centroids of Iraq need not lie within 15 km
        (PredPlace("Iraq", 33.0, 44.0, ("Iraq",), True), GoldPlace("Iraq", 33.2, 43.7), True),
        (PredPlace("Kharkiv", 49.9, 36.3, (), True), GoldPlace("Kharkiv region", 49.5, 36.5), True),
        (PredPlace("Iraq", 33.0, 44.0, ("Iraq",), True), GoldPlace("Syria", 35.0, 38.5), False),
        # a town is a point: the same name 200 km away is another town
        (PredPlace("Tripoli", 34.43, 35.84), GoldPlace("Tripoli", 32.89, 13.19), False),
    ],
)
def test_places_match_within_15_km_or_by_name_without_coordinates(pred, gold, same):
    assert same_place(pred, gold) is same


def test_distance_and_name_folding():
    assert 300 < distance_km(33.51, 36.29, 36.20, 37.16) < 320  # Damascus - Aleppo, 310 km
    assert place_key("Deir ez-Zor") == place_key("deir ezzor")
    assert place_key("the Golan") == place_key("Golan")


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("the province of Nineveh", "Nineveh"),
        ("governorate of Idlib", "Idlib"),
        ("Dnipropetrovsk oblast", "Dnipropetrovsk"),
        ("the Hama countryside", "Hama"),
        ("countryside of Homs", "Homs"),
    ],
)
def test_an_area_word_before_or_after_the_name_folds_away(text, gold):
    assert place_key(text) == place_key(gold)


def test_an_area_named_in_the_text_matches_its_gold_name_far_from_the_gold_point():
    area = PredPlace("Salah ad-Din", 34.5, 43.6, is_area=True, texts=("the province of Saladin",))
    assert same_place(area, GoldPlace("Saladin", 34.61, 43.68))
    assert same_place(area, GoldPlace("Saladin", 35.9, 43.2))
    # a town is a point: its name in a longer phrase is not the gold's far-off area
    town = PredPlace("Tikrit", 34.61, 43.68, texts=("the province of Saladin",))
    assert not same_place(town, GoldPlace("Saladin", 35.9, 43.2))
    assert not same_place(area, GoldPlace("Kirkuk", 35.47, 44.39))


class _FakeKB:
    """Names map to ids; organs to their state, as the real KB's arm_of edges do."""

    names: ClassVar[dict[str, str]] = {"Russia": "RUS", "Russian warplanes": "RUS_AIRFORCE", "rebels": "GEN_REBELS"}
    tops: ClassVar[dict[str, str]] = {"RUS_AIRFORCE": "RUS"}

    def resolve(self, text, *, label="", date=None):
        from frontwatch.records import ActorMatch

        found = self.names.get(text)
        return ActorMatch(found, "alias") if found else None

    def top_of(self, actor_id):
        return self.tops.get(actor_id, actor_id)

    def umbrellas_of(self, actor_id, date=None):
        return []


def _item_with(actors):
    from frontwatch.eval.news_data import GoldActor, NewsItem

    return NewsItem(
        id="t",
        text="",
        date=None,
        war="syria",
        split="",
        file="",
        actors={a: GoldActor(a, tuple(al)) for a, al in actors.items()},
    )


def test_gold_actors_match_their_resolutions_and_a_states_organs():
    actors = ActorMap(_FakeKB(), _item_with({"G_RUS": ["Russia"], "G_REB": ["rebels"]}))
    assert actors.same("RUS", "G_RUS")
    assert actors.same("RUS_AIRFORCE", "G_RUS")  # an organ counts as its state
    assert actors.same("GEN_REBELS", "G_REB")
    assert not actors.same("GEN_REBELS", "G_RUS")
    assert not actors.same("", "G_RUS") and not actors.same("RUS", "")


def _dated_item(date, actors):
    import dataclasses
    import datetime as dt

    return dataclasses.replace(_item_with(actors), date=dt.date.fromisoformat(date))


def test_a_coalition_member_matches_its_coalition_both_ways_from_the_date_it_joined(actor_kb):
    gold = {"G_SDF": ["Syrian Democratic Forces"], "G_YPG": ["People's Protection Units"]}
    after = ActorMap(actor_kb, _dated_item("2017-06-10", gold))
    assert after.same("YPG", "G_SDF")  # the product's "Kurdish forces" read as the YPG
    assert after.same("SDF", "G_YPG")
    assert after.same("SYRIAC_MILITARY_COUNCIL", "G_SDF")
    before = ActorMap(actor_kb, _dated_item("2015-02-01", gold))
    assert not before.same("YPG", "G_SDF")  # the SDF was founded in October 2015
    assert before.same("YPG", "G_YPG")


def test_members_of_one_coalition_and_a_groups_people_stay_apart(actor_kb):
    gold = {"G_MMC": ["Manbij Military Council"], "G_TAL": ["Taliban"]}
    actors = ActorMap(actor_kb, _dated_item("2018-03-01", gold))
    assert not actors.same("YPG", "G_MMC")  # both in the SDF, yet two groups
    assert not actors.same("P_ZABIHULLAH_MUJAHID", "G_TAL")  # a spokesman is not his group
    assert actors.same("HAQQANI_NETWORK", "G_TAL")  # a faction counts as its movement


def test_a_member_that_left_its_coalition_no_longer_counts_as_it(actor_kb):
    gold = {"G_SAF": ["Sudanese Armed Forces"]}
    assert ActorMap(actor_kb, _dated_item("2020-05-01", gold)).same("RSF_SDN", "G_SAF")
    assert not ActorMap(actor_kb, _dated_item("2023-06-01", gold)).same("RSF_SDN", "G_SAF")


def _pred(kind, type_, a, b, place=None):
    return Pred(kind, type_, a, b, place, "asserted", "")


def test_fights_and_allied_match_either_way_backs_only_one_way():
    actors = ActorMap(_FakeKB(), _item_with({"G_RUS": ["Russia"], "G_REB": ["rebels"]}))
    fights = GoldRelation("fights", "G_RUS", "G_REB", "asserted")
    backs = GoldRelation("backs", "G_RUS", "G_REB", "asserted")
    assert relation_matches(_pred("relations", "fights", "GEN_REBELS", "RUS"), fights, actors)
    assert relation_matches(_pred("relations", "backs", "RUS", "GEN_REBELS"), backs, actors)
    assert not relation_matches(_pred("relations", "backs", "GEN_REBELS", "RUS"), backs, actors)
    assert not relation_matches(_pred("relations", "allied", "RUS", "GEN_REBELS"), fights, actors)


def test_events_need_type_place_and_the_actors_the_gold_names():
    actors = ActorMap(_FakeKB(), _item_with({"G_RUS": ["Russia"], "G_REB": ["rebels"]}))
    gold = GoldEvent("ASSAULT", "G_RUS", "", GoldPlace("Idlib", 35.93, 36.63), "asserted")
    near = PredPlace("Idlib", 35.95, 36.65)
    assert event_matches(_pred("events", "ASSAULT", "RUS_AIRFORCE", "X", near), gold, actors)
    assert not event_matches(_pred("events", "COERCE", "RUS", "", near), gold, actors)
    assert not event_matches(_pred("events", "ASSAULT", "GEN_REBELS", "", near), gold, actors)
    far = PredPlace("Aleppo", 36.20, 37.16)
    assert not event_matches(_pred("events", "ASSAULT", "RUS", "", far), gold, actors)


def test_a_plain_prediction_its_plain_twin_accounts_for_is_no_nonplain_claim_stored_as_fact():
    """'Russian jets bombed Idlib' (asserted) beside 'Russia vowed to bomb Idlib again'
    (hypothetical): one plain prediction is the asserted claim; a second one is the
    hypothetical stored as a fact."""
    actors = ActorMap(_FakeKB(), _item_with({"G_RUS": ["Russia"], "G_REB": ["rebels"]}))
    idlib = GoldPlace("Idlib", 35.93, 36.63)
    asserted = GoldEvent("ASSAULT", "G_RUS", "", idlib, "asserted")
    vowed = GoldEvent("ASSAULT", "G_RUS", "", idlib, "hypothetical")
    pred = _pred("events", "ASSAULT", "RUS", "", PredPlace("Idlib", 35.95, 36.65))

    def count(plain, facts):
        hits = [[event_matches(p, g, actors) for g in facts] for p in plain]
        return nonplain_stored_as_fact(hits, plain, [vowed], event_matches, actors)

    assert count([pred], [asserted]) == 0
    assert count([pred, pred], [asserted]) == 1
    assert count([pred], []) == 1
    elsewhere = _pred("events", "ASSAULT", "RUS", "", PredPlace("Aleppo", 36.20, 37.16))
    assert count([elsewhere], [asserted]) == 0


@pytest.fixture(scope="module")
def edge_report():
    return evaluate_news(EDGE, explain=True)


def test_end_to_end_on_the_edge_folder(edge_report):
    assert edge_report["items"] == 2 and edge_report["problems"] == 2
    assert edge_report["unknown_actor_ids"] == ["G_UNLISTED"]
    assert set(edge_report["per_war"]) == {"syria", "iraq"}
    assert set(edge_report["per_split"]) == {"check", "tune"}
    overall = edge_report["overall"]
    # both captures are plain statements a rule-based reader must find
    assert overall["control"]["matched_gold"] == 2
    assert overall["places"]["recall"] == 1.0
    assert edge_report["nonplain_stored_as_fact"]["gold_nonplain"] == 1


def test_explain_gives_each_error_a_cause_and_a_sentence(edge_report):
    errors = edge_report["explain"]
    assert errors, "the edge items have misses"
    for error in errors:
        assert error["cause"] and error["kind"] in ("control", "relations", "events", "places")
    misses = [e for e in errors if e["error"] == "miss"]
    assert all(e["sentence"] for e in misses if e["kind"] != "places")
    counted = sum(c["count"] for c in edge_report["error_causes"])
    assert counted == len(errors)


def test_split_option_scores_only_that_split():
    report = evaluate_news(EDGE, split="tune")
    assert report["items"] == 1 and list(report["per_item"]) == ["e-ramadi"]


def test_war_option_scores_only_those_wars():
    report = evaluate_news(EDGE, wars=("Iraq",))
    assert report["items"] == 1 and report["wars"] == ["iraq"]
    assert list(report["per_item"]) == ["e-ramadi"]


def test_found_dated_claims_are_scored_for_their_date(edge_report):
    # the Palmyra capture is dated to the Sunday the article was published, as the gold says
    assert edge_report["overall"]["dates"] == {"dated_gold_found": 1, "date_agrees": 1, "accuracy": 1.0}
    assert edge_report["per_split"]["tune"]["dates"]["dated_gold_found"] == 0
