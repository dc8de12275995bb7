"""Ground taken from a side gives a fight whatever the ground: the "from" may hang on the
"of" noun of a measure of ground ("a string of villages from Y"), and each side listed as
the subject took it ("A and B wrested the hills from Y") (extract/takingcues.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2017, 1, 20)


def _fights(text: str) -> set[tuple[str, str]]:
    (result,) = process_texts([text], dates=[PUBLISHED])
    return {(r.source_actor, r.target_actor) for r in result.relations if r.kind == "fights"}


@pytest.mark.parametrize(
    ("text", "taker", "loser"),
    [
        ("The YPG seized a string of hamlets from Islamic State militants last week.", "YPG", "ISIS"),
        ("Hezbollah took back a series of ridges from the Nusra Front in the Qalamoun.", "HEZBOLLAH", "JABHAT_AL_NUSRA"),
        ("Ahrar al-Sham captured a number of checkpoints from the Syrian army overnight.", "AHRAR_AL_SHAM", "SYR_MIL"),
    ],
)
def test_ground_measured_out_and_taken_from_a_side(text, taker, loser):
    assert (taker, loser) in _fights(text)


@pytest.mark.parametrize(
    ("text", "takers", "loser"),
    [
        ("Turkish troops and the Free Syrian Army wrested the hills from the YPG in January.", ("TUR_MIL", "FSA"), "YPG"),
        ("Hezbollah and the Syrian army recaptured the border crossing from the Nusra Front.", ("HEZBOLLAH", "SYR_MIL"), "JABHAT_AL_NUSRA"),
    ],
)
def test_each_side_listed_as_the_taker_fights_the_loser(text, takers, loser):
    fights = _fights(text)
    assert all((taker, loser) in fights for taker in takers)


def test_ground_taken_with_a_source_named_is_no_fight_with_the_source():
    # the monitor is where the news comes from, not whom the ground was taken from
    fights = _fights("The YPG took a string of villages, according to figures from the Syrian Observatory.")
    assert not {f for f in fights if "SOHR" in f[1] or "OBSERVATORY" in f[1]}


@pytest.mark.parametrize(
    ("text", "taker", "loser"),
    [
        ("The SDF took most of the old city from Islamic State in August.", "SDF", "ISIS"),
        ("The Iraqi army retook the outskirts of Tal Afar from the Islamic State on Sunday.", "IRQ_MIL", "ISIS"),
        # a named place after "of" is ground whatever the noun before it
        ("The Iraqi army retook the centre of Mosul from the Islamic State in July.", "IRQ_MIL", "ISIS"),
    ],
)
def test_a_measure_of_ground_or_a_named_place_after_of_is_the_ground_taken(text, taker, loser):
    assert (taker, loser) in _fights(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a load of arms is a spoil, not ground: whence it came is no enemy
        ("Kenyan police seized a lorry of arms from Somalia bound for Nairobi.", "SOM"),
        ("Somali police seized a dhow of arms from Yemen bound for al-Shabaab.", "YEM"),
        # arms taken from a giver after "of" are a gift
        ("The Houthis took a batch of missiles from Iran last spring.", "IRN"),
    ],
)
def test_arms_after_of_taken_from_a_state_are_no_ground(text, source):
    assert not {f for f in _fights(text) if f[1].startswith(source)}
