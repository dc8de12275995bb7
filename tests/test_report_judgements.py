"""The key judgements, read from the real pipeline run on a small war told by several articles:
a sponsor, two enemies of one group, a strike told twice, a capture told twice, and a rumour."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from rich.console import Console
from test_fuse_corpus import article, corpus_store

from frontwatch.fusion import fuse_store
from frontwatch.report import build_situation, key_judgements, print_report, write_report
from frontwatch.runner import run_corpus
from frontwatch.store import Store

AS_OF, DAYS = dt.date(2016, 3, 31), 90
SMALL_WAR = [
    ("2015-12-10", "Wire A", ("Islamic State militants attacked a Syrian army checkpoint near Palmyra on Wednesday, "
                             "killing 12 soldiers.")),
    ("2016-02-20", "Wire A", ("Russia backs the Syrian government with weapons and air power. Moscow sent more "
                             "warplanes to the Hmeimim base on Saturday.")),
    ("2016-03-19", "Wire B", "Russian warplanes struck Islamic State positions near Palmyra on Friday, killing 25 militants."),
    ("2016-03-19", "Wire C", ("Russian air strikes on Friday killed 30 Islamic State fighters around Palmyra, the Syrian "
                             "Observatory for Human Rights said.")),
    ("2016-03-27", "Wire B", "The Syrian army recaptured Palmyra from Islamic State on Sunday after weeks of fighting."),
    ("2016-03-27", "Wire C", "Syrian government forces took control of Palmyra from Islamic State fighters on Sunday."),
    ("2016-03-28", "Wire A", ("Kurdish YPG fighters clashed with Islamic State militants near Hasakah on Monday, killing "
                             "6 jihadists. Iran may have sent fighters to help the Syrian army.")),
]


@pytest.fixture(scope="module")
def war(tmp_path_factory):
    """The store the pipeline makes of the small war, and its situation as of the end of March 2016."""
    root = tmp_path_factory.mktemp("war")
    corpus = root / "war.jsonl"
    corpus.write_text("".join(json.dumps({"date": d, "source": s, "title": s, "text": t}) + "\n"
                              for d, s, t in SMALL_WAR), encoding="utf-8")
    store = Store(root / "war.duckdb")
    run_corpus([corpus], store=store)
    yield store, build_situation(store, as_of=AS_OF, days=DAYS)
    store.close()


def _texts(situation, title):
    heading = next(h for h in key_judgements(situation).headings if h.title.startswith(title))
    return [j.text for j in heading.judgements]


def test_each_party_with_its_sponsor_enemies_and_ground(war):
    _, situation = war
    parties = {text.split(":")[0]: text for text in _texts(situation, "Main parties")}
    assert list(parties)[:2] == ["Islamic State", "Syria"]  # the most active in the period first
    syria, isis = parties["Syria"], parties["Islamic State"]
    assert "backed by Russian Federation" in syria and "fights Islamic State" in syria
    assert re.search(r"took \w+ \(2016-03-27\)", syria)
    assert re.search(r"lost \w+ \(2016-03-27\)", isis)
    assert {"Syria", "Russian Federation", "People's Protection Units"} <= set(
        re.search(r"fights ([^;]+);", isis).group(1).split(", "))
    assert "Iran" not in " ".join(parties.values())  # only a rumour ('may have sent'): not a sponsor


def test_biggest_event_is_the_strike_told_twice_counted_once(war):
    _, situation = war
    summary = key_judgements(situation)
    events = next(h for h in summary.headings if h.title.startswith("Biggest events")).judgements
    strike = events[0]
    assert "aerial" in strike.text and "Russian" in strike.text and "25–30 dead" in strike.text
    assert strike.reports == 2 and strike.sentence.startswith(("Russian warplanes", "Russian air strikes"))


def test_what_changed_compares_with_the_period_before(war):
    _, situation = war
    events, hands, ties = _texts(situation, "What changed since 2015-10-02 – 2015-12-31")
    # "Russia backs the Syrian government with weapons ..." is a standing tie (a relation), no event
    assert events.startswith("4 fused events (31–36 dead) in the period, against 1 (12 dead) before")
    assert re.match(r"1 change\(s\) of hands at 1 place\(s\): \w+ \(Islamic State → Syrian Arab Army\); "
                    r"0 change\(s\) in the period before", hands)
    assert "Russian Federation backs Syrian government" in ties and "1 change(s) in the period before" in ties


def test_totals_count_each_fused_dated_event_once_beside_its_reports(war):
    _, situation = war
    assault = next(r for r in situation.totals.by_type if r["type"] == "ASSAULT")
    # 12 + (25 or 30) + 6, the strike's two reports and the capture's two once each
    assert (assault["events"], assault["killed_low"], assault["killed_high"], assault["reports"]) == (4, 43, 48, 6)
    assert _texts(situation, "Totals")[0] == "ASSAULT: 43–48 dead in 4 events (6 articles)."
    # the rumour ("Iran may have sent fighters to help the Syrian army") is two claims: the
    #   sending and the backing it tells of, both hedged and set apart
    assert "2 hedged, hypothetical or negated" in key_judgements(situation).basis


def test_terminal_is_one_screen_and_files_hold_the_tables(war, tmp_path):
    _, situation = war
    console = Console(record=True, width=80)
    print_report(situation, console)
    screen = console.export_text()
    assert len(screen.splitlines()) <= 40 and "Key judgements" in screen and "<td" not in screen
    page = write_report(situation, tmp_path / "r.html").read_text(encoding="utf-8")
    links = re.findall(r"<a href='#([^']+)'>", page)
    assert len(links) >= 8 and all(f"id='{target}'" in page for target in links)  # every link lands on a row
    assert page.index("Key judgements") < page.index("<table>")
    markdown = write_report(situation, tmp_path / "r.md").read_text(encoding="utf-8")
    assert markdown.index("## Key judgements") < markdown.index("## Dead and events by type")
    assert "Russian warplanes struck" in markdown or "Russian air strikes killed" in markdown


def test_totals_leave_out_background_tolls_and_undated_events():
    toll = article("t01", "Wire T", dt.date(2016, 8, 1), (
        "event", "More than 300,000 people have been killed since 2011.",
        {"type": "ASSAULT", "date": dt.date(2016, 8, 1), "killed": 300000}))
    toll.events[0].time.background = True
    undated = article("u01", "Wire U", None, ("event", "Shelling killed 40 people in Douma.",
                                              {"type": "ASSAULT", "place": "douma", "killed": 40}))
    with corpus_store([toll, undated]) as store:
        fuse_store(store)
        totals = build_situation(store, as_of=dt.date(2016, 12, 31)).totals
    assault = next(r for r in totals.by_type if r["type"] == "ASSAULT")
    assert (assault["killed_low"], assault["killed_high"]) == (25, 39)  # Saraqib 9|10, Maarat 4, Douma 12|25
    assert {r["place"] for r in totals.by_place} >= {"Douma", "Saraqib"}
    assert next(r for r in totals.by_place if r["place"] == "Douma")["killed_high"] == 25


def test_a_place_that_changed_hands_often_is_named_once_with_its_latest_change():
    with corpus_store() as store:
        situation = build_situation(store, as_of=dt.date(2017, 3, 31), days=400)
    _, hands, _ = _texts(situation, "What changed")
    assert "Palmyra (Islamic State → Syrian Arab Army, 3 changes in all)" in hands
    assert hands.count("Palmyra") == 1


def test_an_empty_store_says_so_and_claims_nothing():
    with Store(":memory:") as store:
        summary = key_judgements(build_situation(store))
    assert summary.basis.startswith("No articles stored yet")
    assert [h.title for h in summary.headings] == ["Totals (fused, dated events)"]
    assert summary.headings[0].judgements[0].text == "No dated event with dead was reported."


def test_a_figure_with_no_actor_and_no_place_is_no_biggest_event():
    toll = article("t02", "Wire T", dt.date(2016, 8, 20), (
        "event", "More than 3000 people have been killed during the past month.",
        {"type": "ASSAULT", "date": dt.date(2016, 8, 20), "killed": 3000}))
    with corpus_store([toll]) as store:
        situation = build_situation(store, as_of=dt.date(2016, 9, 30), days=90)
    assert situation.picture.main_events[0].killed_max == 3000  # still in the table
    biggest = _texts(situation, "Biggest events")
    assert biggest[0].startswith("2016-08-12 assault (aerial) by Syrian Air Force at Douma: 12–25 dead")
    assert not any("3,000" in text for text in biggest)


def test_an_old_tie_only_an_enemy_asserts_keeps_its_mark(tmp_path):
    corpus = tmp_path / "claims.jsonl"
    told = [
        ("2016-03-20", "Syrian troops fought Islamic State militants near Palmyra on Monday."),
        ("2016-04-05", ("The General Command of the Syrian Army condemned the raid on its positions. "
                        "It said the United States supports the Islamic State.")),
        ("2017-03-06", "Syrian troops fought Islamic State militants near Deir ez-Zor on Monday."),
    ]
    corpus.write_text("".join(json.dumps({"date": d, "source": "Wire", "title": "Wire", "text": t}) + "\n"
                              for d, t in told), encoding="utf-8")
    with Store(tmp_path / "claims.duckdb") as store:
        run_corpus([corpus], store=store)
        situation = build_situation(store, as_of=dt.date(2017, 3, 31), days=90)
    isis = next(t for t in _texts(situation, "Main parties") if t.startswith("Islamic State"))
    assert "backed by United States (only its enemies say so) until 2016-04-05" in isis
