"""Unnamed villages taken "in the T countryside" (or "T's countryside", "the countryside of
T", "the T hinterland") lie around the town T: the town only locates them, as a province
does, so T does not change hands, while the assault is still told. A named village in the
countryside, the town itself, and villages "near T" (placed at T, the town they are
named by) still change hands."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes, extract

PUBLISHED = dt.date(2019, 12, 20)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (("Government troops captured more than a dozen villages in the Saraqib countryside last "
         "week, a monitor said."), "Saraqib"),
        ("The army seized four villages in the southern Maarat al-Numan countryside on Tuesday.",
         "Maarat al-Numan"),
        ("Rebels took three villages in the countryside of Khan Shaykhun from government forces.",
         "Khan Shaykhun"),
        ("Rebels overran two towns in Saraqib's countryside on Friday.", "Saraqib"),
        (("Kurdish forces withdrew from three villages in the Kobani countryside after heavy "
         "shelling."), "Kobani"),
        (("Islamic State militants seized two villages in the eastern Manbij hinterland on "
         "Sunday."), "Manbij"),
    ],
)
def test_villages_in_a_towns_countryside_do_not_make_the_town_change_hands(
    text: str, town: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[1] == town], found


def test_the_assault_on_the_villages_is_still_told() -> None:
    text = "The army seized four villages in the southern Maarat al-Numan countryside on Tuesday."
    assaults = [e for e in extract(text, PUBLISHED).events if e.type == "ASSAULT"]
    assert [e.source_actor for e in assaults] == ["SYR_MIL"], assaults


@pytest.mark.parametrize(
    ("text", "place", "taker"),
    [
        ("The army captured the town of Kafr Nabl in the southern Idlib countryside.",
         "Kafr Nabl", "SYR_MIL"),
        ("Government forces captured Saraqib on Tuesday.", "Saraqib", "SYR_MIL"),
        ("Rebels captured three villages near Jisr al-Shughour.", "Jisr al-Shughour", "GEN_REBELS"),
    ],
)
def test_a_named_town_or_villages_near_a_town_still_change_hands(
    text: str, place: str, taker: str
) -> None:
    found = control_changes(text, PUBLISHED)
    assert ("capture", place, taker) in [c[:3] for c in found], found
