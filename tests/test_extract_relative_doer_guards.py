"""A relative clause gives its deed to the noun it hangs on only when that noun names a side
of its own (extract/pronoundoers.py `_names_the_clause_noun`): not a facility whose owner an
adjective names ("an Iraqi base that hosts ..."), not a place ("forces operating in Syria,
which ..."), not a subject climbed to past "of" ("the ally of Assad, who ..."); and a class
takes the war of the named groups only when they are all of one war (kb/actors/articlestate
`home_theatre`). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Rockets struck an Iraqi base that hosts coalition troops near Baghdad.", "IRQ"),
        ("Russian warplanes based in Syria, which menace coalition drones, flew near the frontier.", "SYR"),
        ("Tehran is the closest partner in the region of Bashar al-Assad, who has waged a long war on rebels.", "IRN"),
    ],
)
def test_no_deed_for_a_facility_a_place_or_a_climbed_subject(text: str, wrong: str) -> None:
    events = process_texts([text], dates=[PUBLISHED])[0].events
    assert not any(e.source_actor.startswith(wrong) for e in events), events


def test_a_class_in_copy_about_two_wars_takes_neither() -> None:
    text = (
        "The Houthis fired missiles at a tanker at sea. The Houthis also seized a cargo ship. "
        "Separately, al-Shabaab militants stormed an army base, killing 10 soldiers."
    )
    events = process_texts([text], dates=[PUBLISHED])[0].events
    assert not any(e.target_actor == "YEM_MIL" for e in events), events
