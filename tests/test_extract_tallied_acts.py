"""Acts told as a tally or a trend store no event: a count of acts in the thousands ("the
first of more than 3,000 air strikes"), a count a monitor records ("230 truce violations had
been registered since Friday"), acts said to rise or fall ("truce breaches have risen
sharply"). One day named keeps them that day's acts, and a count of weapons dropped is still
an attack (extract/tallied.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

PUBLISHED = dt.date(2021, 6, 14)


def _assaults(text: str) -> list[tuple[str, str]]:
    events = extract(text, PUBLISHED).events
    return [(e.trigger, e.source_actor) for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The raid on the depot was the first of more than 3,000 Israeli air strikes in Syria.",
            "strikes",
        ),
        (
            "Coalition jets have carried out more than 8,500 strikes against the group since 2014.",
            "strikes",
        ),
        (
            "By the end of May, over 1,200 drone strikes on Houthi targets had been conducted.",
            "strikes",
        ),
        (
            "Observers said 230 truce violations by government forces had been registered across the front since Friday.",
            "violations",
        ),
        (
            "The monitoring mission has documented 75 attacks by the militia on clinics in Darfur this year.",
            "attacks",
        ),
        (
            "Ceasefire breaches by the rebels have risen sharply along the northern front in recent days.",
            "breaches",
        ),
        (
            "Militant attacks on army convoys in Kidal have declined since the spring, officials said.",
            "attacks",
        ),
    ],
)
def test_tallies_and_trends_store_no_act(text: str, trigger: str) -> None:
    assert trigger not in [found for found, _ in _assaults(text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one day named: that day's acts, even counted or logged
        (
            "Monitors logged 45 truce violations by the rebels near Hodeidah overnight.",
            "violations",
        ),
        (
            "Russian jets carried out 1,100 strikes across Idlib on Sunday, monitors said.",
            "strikes",
        ),
        # a count below the floor may be one operation's strikes
        (
            "The coalition has conducted more than 150 strikes in support of the battle for Tabqa.",
            "strikes",
        ),
        # a side stepping up its attacks is still told attacking
        (
            "The Syrian army has been increasing air strikes on rebel positions around Hama.",
            "strikes",
        ),
    ],
)
def test_one_days_or_one_operations_acts_are_kept(text: str, trigger: str) -> None:
    assert trigger in [found for found, _ in _assaults(text)]


def test_a_count_of_weapons_dropped_is_still_an_attack() -> None:
    text = (
        "Government helicopters have released more than 2,000 barrel bombs over opposition-held Daraa neighbourhoods since spring."
    )
    assert _assaults(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights documented 30 Russian air strikes on Khan Sheikhoun.",
        "Monitors recorded 25 government air strikes on the town of Ariha on Wednesday.",
    ],
)
def test_a_monitor_telling_one_days_strikes_tells_an_event(text) -> None:
    assert _assaults(text), text
