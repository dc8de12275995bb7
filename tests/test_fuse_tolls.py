"""One attack told by many reports is one event with one toll range; distinct attacks stay apart.

The articles are written for these tests and go through the whole extraction, so the dates,
places, modes and tolls that fusion compares are the ones a run would store.
"""

import datetime as dt

import pytest

from frontwatch.fuse.actors import ActorBook
from frontwatch.fuse.events import MAX_REACH_DAYS, fuse_reports
from frontwatch.fuse.tolls import ARTICLE_TWIN_DAYS, TWIN_DAYS, kinds_differ, toll_twins
from frontwatch.fusion import fuse_events
from frontwatch.pipeline import article_from_text, process_batch
from frontwatch.records import PlaceInfo, Report
from frontwatch.store import Store

D = dt.date


def _fused(*articles: tuple[str, dt.date, str]):
    results = process_batch([article_from_text(text, published=day, source=outlet) for outlet, day, text in articles])
    store = Store(":memory:")
    store.write_results(results)
    return [f for f in fuse_events(store) if f.killed_max]


def _with_toll(fused, killed):
    """The one fused event holding a report of this toll."""
    (event,) = [f for f in fused if any(r.killed == killed for r in f.reports)]
    return event


GAS_ATTACK = [
    ("Reuters", D(2014, 6, 2), ("Rockets carrying nerve agents struck the suburb of Zamalka near Damascus before dawn "
                               "on Monday, killing at least 480 people, activists said.")),
    ("AFP", D(2014, 6, 3), ("The death toll from the gas attack on the eastern suburbs of Damascus has risen to 510, "
                           "the opposition coalition said.")),
    ("Guardian", D(2014, 6, 7), ("United Nations inspectors reached the district hit by the chemical strike that killed "
                                "530 people in the Damascus countryside.")),
    ("Al Jazeera", D(2014, 6, 25), ("Three weeks after the chemical attack, residents of Damascus still mourn. The June 2 "
                                   "attack killed 530 people, doctors said. Inspectors said the gas attack that killed "
                                   "530 people used sarin.")),
]


def test_a_large_toll_updated_over_days_and_place_levels_is_one_event_with_its_range():
    (event,) = _fused(*GAS_ATTACK)
    assert (event.killed_min, event.killed_max) == (480, 530)
    assert event.n_sources == 4 and event.date_start == D(2014, 6, 2)
    # every report keeps its sentence: the suburb, the city, the countryside days later, the article weeks later
    told = " ".join(r.sentence for r in event.reports)
    assert all(s in told for s in ("Zamalka", "risen to 510", "Damascus countryside", "June 2 attack", "used sarin"))


def test_the_toll_rose_to_joins_the_first_report_and_another_attack_that_day_stays_apart():
    fused = _fused(
        ("Hawar", D(2015, 9, 6), ("A suicide bomber killed 27 people at a crowded checkpoint in Qamishli on Sunday, "
                                 "Kurdish police said.")),
        ("Rudaw", D(2015, 9, 7), ("The toll from Sunday's suicide bombing at a checkpoint in the city of Qamishli rose "
                                 "to 29, Kurdish officials said on Monday.")),
        ("ANHA", D(2015, 9, 6), ("Turkish artillery shelled villages near Qamishli on Sunday, killing 28 people, local "
                                "officials said.")),
    )
    bombing, shelling = _with_toll(fused, 27), _with_toll(fused, 28)
    assert bombing is not shelling and shelling.n_reports == 1
    assert (bombing.killed_min, bombing.killed_max, bombing.n_sources) == (27, 29, 2)


def test_a_car_bomb_and_an_air_strike_on_one_day_in_one_city_stay_two_events():
    fused = _fused(
        ("Reuters", D(2015, 3, 10), ("A car bomb killed at least 104 people in the centre of Homs on Tuesday, a "
                                    "monitoring group said.")),
        ("AFP", D(2015, 3, 11), ("The death toll from Tuesday's car bombing in Homs rose to 112, medics said on "
                                "Wednesday.")),
        ("BBC", D(2015, 3, 16), ("Mourners in Homs buried some of the 118 people killed in last Tuesday's car bomb "
                                "attack.")),
        ("SANA", D(2015, 3, 10), "An air strike on a hospital in Homs killed 41 people on Tuesday, activists said."),
    )
    car_bomb, air_strike = _with_toll(fused, 104), _with_toll(fused, 41)
    assert (car_bomb.killed_min, car_bomb.killed_max, car_bomb.n_reports) == (104, 118, 3)
    assert air_strike is not car_bomb and air_strike.n_reports == 1


ZAMALKA = PlaceInfo("fw:t-zamalka", "Zamalka", 33.52, 36.36, "SYR", "Rif Dimashq")
DAMASCUS = PlaceInfo("gn:170654", "Damascus", 33.51, 36.29, "SYR", "Damascus")
HOMS = PlaceInfo("gn:169577", "Homs", 34.73, 36.71, "SYR", "Homs")
COUNTRY = PlaceInfo("country:SYR", "Syria", 35.0, 38.0, "SYR", "", kind="country", is_area=True)


def _told(article, day, killed, place=DAMASCUS, mode="", precision="day", source=""):
    return Report(event_id=f"{article}-{killed}", article_id=article, outlet=article, type="ASSAULT", mode=mode,
                  place=place, date=day, precision=precision, killed=killed, source_actor=source)


@pytest.mark.parametrize(("later", "twins"), [
    (_told("b", D(2014, 6, 2), 1300, ZAMALKA), True),  # the suburb and the city beside it
    (_told("b", D(2014, 6, 6), 1400), True),  # a later, higher count within the week
    (_told("b", D(2014, 6, 6), 1150), False),  # a lower count days later: another attack's
    (_told("b", D(2014, 6, 12), 1400), False),  # more than a week later
    (_told("b", D(2014, 6, 3), 1300, COUNTRY), True),  # a toll this large, told of the country
    (_told("b", D(2014, 6, 3), 1300, HOMS), False),  # another city
    (_told("b", D(2014, 6, 3), 700), False),  # another figure
    (_told("b", D(2014, 6, 1), 1300, precision="month"), False),  # a month's count
])
def test_toll_twins_of_a_rare_toll(later, twins):
    first = _told("a", D(2014, 6, 2), 1250)
    assert toll_twins(first, later, ActorBook()) is twins
    assert toll_twins(later, first, ActorBook()) is twins


@pytest.mark.parametrize(("later", "twins"), [
    (_told("b", D(2014, 6, 3), 31, ZAMALKA), True),  # a named place nearby, the next day
    (_told("b", D(2014, 6, 3), 31, COUNTRY), False),  # such a toll told of the whole country says too little
    (_told("b", D(2014, 6, 5), 31), False),  # days later: common tolls repeat
    (_told("b", D(2014, 6, 2), 12), False),  # too small to tell attacks apart
    (_told("b", D(2014, 6, 2), 30, mode="aerial"), False),  # an air strike, not the car bomb
    (_told("b", D(2014, 6, 2), 30, mode="suicide-attack"), True),  # a suicide car bomb is a bombing too
])
def test_toll_twins_of_a_common_toll(later, twins):
    first = _told("a", D(2014, 6, 2), 29, mode="explosives")
    assert toll_twins(first, later, ActorBook()) is twins


def test_one_articles_figure_retold_weeks_apart_is_one_count_unless_its_doers_differ():
    by_attack = _told("a", D(2014, 6, 2), 530, source="SYR_AIRFORCE")
    by_article = _told("a", D(2014, 6, 25), 530, place=PlaceInfo(), source="SYR_MIL")
    assert toll_twins(by_attack, by_article, ActorBook())
    assert not toll_twins(by_attack, _told("a", D(2014, 6, 25), 530, PlaceInfo(), source="RUS_AIRFORCE"), ActorBook())
    assert not toll_twins(by_attack, _told("a", D(2014, 6, 25), 531, PlaceInfo()), ActorBook())
    # streamed fusion must still hold the first report when the retelling comes
    assert ARTICLE_TWIN_DAYS <= MAX_REACH_DAYS and TWIN_DAYS <= MAX_REACH_DAYS


def test_kinds_of_act_follow_the_cameo_roots_of_the_event_type_table():
    bomb, strike, shelling = (_told("a", D(2014, 6, 2), 5, mode=m) for m in ("explosives", "aerial", "heavy-weapons"))
    assert kinds_differ(bomb, strike) and not kinds_differ(strike, shelling)
    assert not kinds_differ(bomb, _told("b", D(2014, 6, 2), 5))  # an unknown mode may be anything


def test_toll_twins_naming_other_sides_are_one_event_and_the_disagreement_stays_visible():
    by_air_force = _told("a", D(2014, 6, 2), 1300, ZAMALKA, source="SYR_AIRFORCE")
    by_jihadists = _told("b", D(2014, 6, 3), 1400, source="ISIS")
    (event,) = fuse_reports([by_air_force, by_jihadists], ActorBook())
    assert event.n_reports == 2 and (event.killed_min, event.killed_max) == (1300, 1400)
    assert event.contradiction == "actors disagree: SYR_AIRFORCE→ (a) vs ISIS→ (b)"
    assert event.confidence < 0.75
