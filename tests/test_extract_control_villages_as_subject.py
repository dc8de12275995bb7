"""Unnamed villages in an area, told as the subject ("several villages in P province were
captured", "three villages in P fell to X") or counted ("dozens of villages in P"), do not
make the area change hands, as they do not when they are the object of a taking; the
assault is still told. A named town, a share of the province ("large parts of P", "most of
P"), and a town that fell are unchanged."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes, extract

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Several villages in Nineveh province were captured by the militants on Sunday.",
         "Nineveh province"),
        ("Many small towns of northern Diyala were overrun by the jihadists last summer.",
         "Diyala"),
        ("Dozens of villages in Idlib province have been overrun by the army since December.",
         "Idlib province"),
        ("The army captured dozens of villages in Idlib province since December.",
         "Idlib province"),
        ("Three villages in Hama province fell to the rebels on Sunday.", "Hama province"),
        ("Several villages in the Kobani countryside fell to the militants overnight.", "Kobani"),
    ],
)
def test_villages_told_as_subject_or_counted_do_not_make_their_area_change_hands(
    text: str, area: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[1] == area], found
    assaults = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert [e.source_actor for e in assaults if e.source_actor], assaults


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The town of Hit in Anbar province was captured by the militants.", "town of Hit"),
        ("Large parts of Idlib province were captured by the rebels in 2015.", "Idlib province"),
        ("Most of Nineveh province was seized by the militants in 2014.", "Nineveh province"),
        ("Kobani fell to the militants overnight.", "Kobani"),
    ],
)
def test_a_named_town_or_a_share_of_the_province_still_changes_hands(
    text: str, place: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert [c for c in found if c[0] == "capture" and c[1] == place], found
