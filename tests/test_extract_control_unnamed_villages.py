"""Driving a side out of unnamed villages ("out of six villages in Anbar province") takes
those villages, not the province or the country that only locates them: no change of hands
is stored at the area, while the assault is still told. A named town driven clear of a side
still changes hands."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (("Kurdish forces chased Islamic State fighters out of seven villages in northern Iraq "
          "on Saturday, a spokesman said."), "northern Iraq"),
        (("The army flushed the militants out of four small villages in Nineveh province after "
          "two days of clashes."), "Nineveh province"),
        ("Government troops drove jihadists from several villages in Anbar province this week.",
         "Anbar province"),
        (("Islamic State fighters were driven out of five villages in Kirkuk province by "
          "Peshmerga units."), "Kirkuk province"),
    ],
)
def test_unnamed_villages_cleared_are_no_change_at_their_area(
    events_found, text: str, area: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[1] == area], found
    assaults = [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]
    assert [(e.source_actor, e.target_actor) for e in assaults if e.source_actor and e.target_actor]


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        ("Peshmerga fighters drove Islamic State out of Bashiqa on Sunday.", "Bashiqa", "PESHMERGA"),
        ("Iraqi troops expelled the jihadists from the town of Hit in Anbar province.",
         "town of Hit", "IRQ_MIL"),
    ],
)
def test_a_named_town_cleared_still_changes_hands(text: str, place: str, holder: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert ("capture", place, holder) in [c[:3] for c in found], found


def test_the_district_named_before_is_no_unnamed_village() -> None:
    text = (
        "Syrian troops shelled rebel positions in Baba Amr for weeks. "
        "The rebels were finally driven out of the neighbourhood on Thursday."
    )
    found = control_changes(text, PUBLISHED)
    assert [c for c in found if c[0] == "capture" and c[1] == "Baba Amr"], found
