"""Changes of hands told from a distance: when, from whom, and whether they happened yet.

- "The new push comes nine months after the town fell": the fall lies that long before
  the report, not on its day ("came ... after" dates nothing) (extract/timeref.py).
- "held the port until last week, when troops captured it": a "when" clause takes the
  time expression just before it (extract/timing.py); "last weekend" is the week before
  (``relative`` in cues.yaml).
- "... held the town until Tuesday, when soldiers captured it": "it" is "the town" told
  earlier in the sentence, not the last town named (extract/context.py).
- "Once the valley is cleared, the council says ...": a present-tense "once" or "until"
  clause is still to come (extract/certainty.py).
- A capture's loser filled from the taker's one enemy in the article must be a side that
  could hold the place: a foreign state or air force that only strikes the taker
  elsewhere held nothing there to lose (extract/sides.py).
- "T, a stronghold of X": the "of" names whose T was, the loser of its capture
  (extract/holding.py).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2018, 10, 20)


def _changes(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (c.kind, c.place_text, c.new_controller, c.previous_controller)
        for c in extract(text, PUBLISHED).control_changes
    ]


def _change_at(text: str, place: str) -> object:
    found = [c for c in extract(text, PUBLISHED).control_changes if c.place_text == place]
    assert len(found) == 1, [(c.kind, c.place_text) for c in extract(text, PUBLISHED).control_changes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "place", "month"),
    [
        (("The Islamic State counterattack near Hajin comes six months after the group was"
          " pushed out of Raqqa by the Syrian Democratic Forces."), "Raqqa", dt.date(2018, 4, 1)),
        ("Tuesday's ambush comes two months after rebels captured Kidal from the Malian army.",
         "Kidal", dt.date(2018, 8, 1)),
        (("The shelling of Aden comes just three months after Houthi fighters seized Taiz from"
          " government troops."), "Taiz", dt.date(2018, 7, 1)),
    ],
)
def test_a_deed_the_news_comes_months_after_lies_that_long_before(
    text: str, place: str, month: dt.date
) -> None:
    change = _change_at(text, place)
    assert change.time.date == month and change.time.precision == "month", change.time


@pytest.mark.parametrize(
    "text",
    [
        "The victory comes days after the Houthis seized the port of Mocha last weekend.",
        "Al-Shabaab fighters overran the town of Bulo Burde last weekend, elders said.",
        "Officials said Taliban fighters captured the district of Musa Qala last weekend.",
    ],
)
def test_last_weekend_lies_in_the_week_before(text: str) -> None:
    found = extract(text, PUBLISHED).control_changes
    assert found and all(c.time.date == dt.date(2018, 10, 13) for c in found), found


def test_came_months_after_dates_nothing_from_the_report() -> None:
    text = "The 2015 offensive came four months after Houthi fighters seized Sanaa from government troops."
    change = _change_at(text, "Sanaa")
    assert change.time.date is None or change.time.date.year != PUBLISHED.year, change.time


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (("Al-Shabab fighters held the port of Kismayo for three years -- until last week, when"
          " Kenyan troops captured it."), "Kismayo", dt.date(2018, 10, 13)),
        (("Jihadists had ruled the town of Marte for a month until Tuesday, when Nigerian soldiers"
          " recaptured it."), "Marte", dt.date(2018, 10, 16)),
        (("Rebels kept Kidal for a year until yesterday, when the Malian army retook the town."),
         "Kidal", dt.date(2018, 10, 19)),
    ],
)
def test_a_when_clause_takes_the_time_just_before_it(text: str, place: str, day: dt.date) -> None:
    assert _change_at(text, place).time.date == day


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        (("Troops advanced on the farming town of Bardhere, 90 kilometers north of the port city"
          " of Kismayo. Al-Shabab had held the town for six years until Tuesday, when Somali"
          " soldiers captured it."), "Bardhere", "Kismayo"),
        (("The fighting centred on the town of Hajin, 30 kilometers from the city of Deir el-Zour."
          " Militants controlled the town for months before the Syrian Democratic Forces seized it."),
         "Hajin", "Deir el-Zour"),
        (("Fighting reached the town of Afgoye, 30 kilometers west of the city of Mogadishu."
          " Al-Shabaab held the town until Friday, when government troops seized it."),
         "Afgoye", "Mogadishu"),
    ],
)
def test_it_after_the_town_in_its_sentence_is_that_town(text: str, town: str, other: str) -> None:
    places = [c[1] for c in _changes(text) if c[0] == "capture"]
    assert town in places and other not in places, _changes(text)


def test_it_with_no_place_noun_before_it_keeps_the_last_town() -> None:
    text = "Iraqi troops reached Tal Afar on Monday. Commanders said the soldiers took it from Islamic State."
    assert ("capture", "Tal Afar", "IRQ_MIL", "ISIS") in _changes(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (("Once Hajin is cleared of Islamic State fighters, the council says the town will be"
          " handed to local elders."), "Hajin"),
        (("Until Sirte has been freed from the militants, officials say no aid convoys can move"
          " along the coast."), "Sirte"),
        (("Once the rebels are driven out of Kidal, the governor says, the schools will reopen."),
         "Kidal"),
    ],
)
def test_a_present_once_or_until_clause_is_still_to_come(text: str, place: str) -> None:
    change = _change_at(text, place)
    assert change.claim.certainty == "hypothetical", change.claim


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Once government troops took Kidal, the rebels fled north into the desert.", "Kidal"),
        (("Until Kurdish fighters recaptured Kobani, the militants shelled the border crossing"
          " daily."), "Kobani"),
    ],
)
def test_a_past_once_or_until_clause_is_done(text: str, place: str) -> None:
    assert _change_at(text, place).claim.certainty in ("asserted", "attributed")


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        (("U.S. aircraft struck Islamic State positions near Baiji on Monday. Islamic State"
          " militants seized the town of Haditha."), "Haditha", "ISIS"),
        (("American drones hit al-Shabab bases in Somalia. Al-Shabab fighters captured the town"
          " of Bardhere."), "Bardhere", "AL_SHABAAB"),
        (("U.S. warplanes bombed Taliban camps in Helmand this week. The Taliban overran the"
          " district of Musa Qala."), "Musa Qala", "TALIBAN"),
    ],
)
def test_a_foreign_striker_is_no_loser_of_a_town(text: str, place: str, taker: str) -> None:
    change = _change_at(text, place)
    assert change.new_controller == taker and change.previous_controller == "", change


@pytest.mark.parametrize(
    ("text", "place", "taker", "loser"),
    [
        # the loser is of the place's country
        (("Syrian troops shelled rebel positions near Hama. The rebels seized the village of"
          " Kafr Nabudah."), "Kafr Nabudah", "GEN_REBELS", "SYR_MIL"),
        # a foreign side the sentence itself names
        (("Ukrainian troops recaptured Snihurivka after Moscow was forced to withdraw its"
          " soldiers from the area."), "Snihurivka", "UKR_MIL", "RUS"),
        # a foreign side the article shows holding ground
        (("Russian forces occupied Kupiansk in February. Ukrainian troops fought Russian units"
          " near Izium. Ukrainian troops recaptured the town of Balakliia."), "Balakliia",
         "UKR_MIL", "RUS_MIL"),
    ],
)
def test_a_side_that_could_hold_the_place_is_still_its_loser(
    text: str, place: str, taker: str, loser: str
) -> None:
    change = _change_at(text, place)
    assert (change.new_controller, change.previous_controller) == (taker, loser), change


@pytest.mark.parametrize(
    ("text", "place", "loser"),
    [
        (("Somali government troops have captured Barawe, a key stronghold of al-Shabab Islamists,"
          " officials said."), "Barawe", "AL_SHABAAB"),
        (("Iraqi troops retook Baiji, the last stronghold of Islamic State fighters in Salahuddin"
          " province."), "Baiji", "ISIS"),
        ("Syrian troops captured Yabroud, a stronghold of rebels near the Lebanese border.",
         "Yabroud", "GEN_REBELS"),
    ],
)
def test_a_stronghold_of_a_side_was_that_sides(text: str, place: str, loser: str) -> None:
    assert _change_at(text, place).previous_controller == loser


def test_a_stronghold_of_a_place_names_no_holder() -> None:
    text = "Government troops captured the stronghold of Bulo Burde on Monday."
    assert all(c[0] != "held" and c[3] == "" for c in _changes(text)), _changes(text)
