"""An ally's dead are not a side's kills (extract/allieddead.py): when a kill verb borrows
its doer from a clause beside it and the knowledge base ties that doer to the dead, the kill
goes to the enemy the doer's clause names, or to no one. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 20)


def _kills(events_found: Any, text: str) -> list[tuple[str, str]]:
    events = events_found(text, PUBLISHED)
    return [(e.source_actor, e.target_actor) for e in events if e.trigger in ("killed", "died")]


@pytest.mark.parametrize(
    ("text", "kill"),
    [
        (
            (
                "At least 15 Hezbollah fighters have been killed in clashes around the town, "
                "as Syrian troops push an offensive to retake the area from rebels."
            ),
            ("GEN_REBELS", "HEZBOLLAH"),
        ),
        (
            (
                "Some 30 Wagner fighters were killed in fighting for the town as Russian forces "
                "pressed their assault against Ukrainian troops."
            ),
            ("UKR_MIL", "WAGNER"),
        ),
        (
            (
                "Six Iranian advisers were killed near Aleppo as Syrian government forces and "
                "their allies pushed an assault on the rebel-held districts."
            ),
            ("", "IRN_MIL"),
        ),
    ],
)
def test_an_allys_dead_are_no_kill_of_the_doer(
    events_found: Any, text: str, kill: tuple[str, str]
) -> None:
    assert _kills(events_found, text) == [kill]


@pytest.mark.parametrize(
    ("text", "kill"),
    [
        (
            # the doer's own deed, told in its own clause: friendly fire stays its kill
            (
                "Syrian troops mistakenly killed four Hezbollah fighters in a friendly-fire "
                "incident near the border."
            ),
            ("SYR_MIL", "HEZBOLLAH"),
        ),
        (
            # the dead are the doer's enemy: the clause's doer keeps the kill
            "At least 20 rebels were killed as Syrian troops pressed their offensive on the town.",
            ("SYR_MIL", "GEN_REBELS"),
        ),
    ],
)
def test_a_doers_own_or_enemy_kills_stay(
    events_found: Any, text: str, kill: tuple[str, str]
) -> None:
    assert _kills(events_found, text) == [kill]
