"""Ground a side holds is hit for that side when the text names the holder: "shelled
rebel-held districts", "targeted IS-controlled territory", "bombed areas held by the
opposition" (``held_ground`` in events.yaml; extract/holders.py). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 6, 1)


def _pairs(events_found: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_actor, e.target_actor) for e in events_found(text, _DAY) if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "doer", "holder"),
    [
        ("Syrian helicopters fired rockets at rebel-held territory north of Hama.", "SYR_AIRFORCE", "GEN_REBELS"),
        ("Government jets targeted at least ten opposition-held neighbourhoods in Aleppo on Sunday.", "SYR_AIRFORCE", "GEN_OPPOSITION"),
        ("Turkish artillery pounded villages controlled by the YPG west of Azaz.", "TUR_MIL", "YPG"),
        ("Russian warplanes struck an IS-held district of Palmyra overnight.", "RUS_AIRFORCE", "ISIS"),
    ],
)  # fmt: skip
def test_the_holder_of_ground_hit_is_the_target(
    events_found: Any, text: str, doer: str, holder: str
) -> None:
    assert (doer, holder) in _pairs(events_found, text)


def test_ground_a_people_word_describes_has_no_holder(events_found: Any) -> None:
    """ "a Kurdish town" says who lives there, not who holds it: no holder is read."""
    text = "Russian jets bombed a Kurdish town near Afrin."
    assert "YPG" not in {target for _, target in _pairs(events_found, text)}


def test_a_town_hosting_a_group_is_no_holding(events_found: Any) -> None:
    """Only "held/controlled/run by" says whose ground it is, not "visited by"."""
    text = "Syrian jets bombed a town visited by Turkish officials near Idlib."
    assert "TUR" not in {target for _, target in _pairs(events_found, text)}
