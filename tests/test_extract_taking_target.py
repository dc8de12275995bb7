"""The assault a taking of ground makes is aimed at a side that could have held the place.

"American drones struck ISIS convoys ... the jihadists captured the town of Tadmur": the
article gives ISIS one enemy, a foreign air force that struck it elsewhere; it held nothing
in Tadmur to lose, so the taking stays one-sided (extract/sides.py, the test a change of
hands' loser already passes), nor at the article's main opponent when that is a foreign
state named fighting it only elsewhere (extract/opponents.py). A side of the place's own
country still is the target.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def _taking(events_found: Any, text: str, trigger: str) -> Any:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "foreign"),
    [
        (
            (
                "American drones struck ISIS convoys near Raqqa on Monday. Days later the jihadists "
                "captured the town of Tadmur."
            ),
            "captured",
            "USA",
        ),
        (
            (
                "British jets hit Islamic State positions near Mosul. On Sunday the militants overran "
                "the town of Palmyra."
            ),
            "overran",
            "GBR",
        ),
        (
            (
                "Officials in Washington said American troops would go on fighting the Islamic "
                "State. Last weekend the group overran the refinery town of Baiji."
            ),
            "overran",
            "USA",
        ),
        (
            (
                "Russian aircraft pounded Nusra Front bases in Idlib. The group later took the town "
                "of Jisr al-Shughour."
            ),
            "took",
            "RUS",
        ),
    ],
)
def test_a_foreign_air_arm_struck_elsewhere_lost_no_town(
    events_found: Any, actor_kb: Any, text: str, trigger: str, foreign: str
) -> None:
    taking = _taking(events_found, text, trigger)
    assert taking.source_actor
    assert not taking.target_actor or actor_kb.top_of(taking.target_actor) != foreign


def test_a_side_of_the_country_still_loses_the_town(events_found: Any, actor_kb: Any) -> None:
    taking = _taking(
        events_found,
        "Syrian troops have battled ISIS around Homs for weeks. The militants seized the town "
        "of Tadmur last week.",
        "seized",
    )
    assert actor_kb.top_of(taking.target_actor) == "SYR"


@pytest.mark.parametrize(
    ("text", "trigger", "loser"),
    [
        (
            (
                "Turkish jets shot down two Syrian warplanes on Friday. The Syrian army announced it "
                "had recaptured the town of Saraqeb, which it lost to rebels last week."
            ),
            "recaptured",
            "GEN_REBELS",
        ),
        (
            (
                "Rebels overran the village of Kafr Nabudah in April. Government forces said on "
                "Monday they had retaken Kafr Nabudah after heavy fighting."
            ),
            "retaken",
            "GEN_REBELS",
        ),
        (
            (
                "Al-Shabaab fighters seized the town of Bulo Burde in March. Somali troops also "
                "fought Islamic State fighters in Puntland this year. On Friday Somali troops "
                "recaptured Bulo Burde."
            ),
            "recaptured",
            "AL_SHABAAB",
        ),
    ],
)
def test_a_retaking_is_aimed_at_whoever_the_article_says_took_the_place(
    events_found: Any, actor_kb: Any, text: str, trigger: str, loser: str
) -> None:
    taking = _taking(events_found, text, trigger)
    assert actor_kb.top_of(taking.target_actor) == actor_kb.top_of(loser)
