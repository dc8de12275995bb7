"""A sweep or clearing its doer has finished took the town ("troops completed their sweep
of T", "In T, X wrapped up mop-up operations"); one begun, under way or planned took
nothing, and a province swept is no town taken."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import control_changes

PUBLISHED = dt.date(2017, 10, 20)


@pytest.mark.parametrize(
    ("text", "place", "holder"),
    [
        ("Iraqi forces finished their sweep of Baiji on Monday.", "Baiji", "IRQ_MIL"),
        ("Peshmerga units completed the clearing of Sinjar late on Friday.", "Sinjar", "PESHMERGA"),
        ("Syrian troops wrapped up mop-up operations in Palmyra on Sunday, state media said.",
         "Palmyra", "SYR_MIL"),
        (("In Tikrit, the last big city the militants held in the province, government troops "
          "completed their sweep on Friday."), "Tikrit", "IRQ_MIL"),
        ("The army finished clearing operations in Fallujah on Sunday, a spokesman said.",
         "Fallujah", "IRQ_MIL"),
    ],
)
def test_a_finished_sweep_takes_the_town(text: str, place: str, holder: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert ("capture", place, holder) in [c[:3] for c in found], found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi troops began their sweep of Ramadi on Tuesday.", "Ramadi"),
        ("The sweep of Hit by Iraqi troops is expected to take weeks.", "Hit"),
        ("Government forces completed their sweep of Anbar province last month.", "Anbar province"),
        ("Iraqi soldiers continued clearing operations in Mosul on Wednesday.", "Mosul"),
    ],
)
def test_a_sweep_begun_or_of_a_province_takes_nothing(text: str, place: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[0] == "capture" and c[1] == place], found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (("Government forces launched a counteroffensive on Monday, pushing back the rebels "
          "around ten kilometres from Hama."), "Hama"),
        (("The rebels made progress in pushing back Hezbollah on the eastern edge of Qusair, "
          "activists said."), "Qusair"),
        ("Kurdish fighters drove the militants back from the outskirts of Kobani on Sunday.",
         "Kobani"),
    ],
)
def test_a_side_pushed_back_loses_no_town(text: str, place: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[1] == place], found


def test_a_side_driven_back_out_of_a_town_loses_it() -> None:
    text = "Iraqi troops drove the militants back out of Tikrit on Friday."
    found = control_changes(text, PUBLISHED)
    assert ("capture", "Tikrit", "IRQ_MIL") in [c[:3] for c in found], found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Syrian troops completed a security sweep of Homs on Thursday.", "Homs"),
        ("Iraqi sappers finished clearing explosives in Tikrit on Monday.", "Tikrit"),
        ("Iraqi soldiers completed the clearing of debris in Baiji after the floods.", "Baiji"),
        ("Army engineers wrapped up a demining sweep in Sinjar this week.", "Sinjar"),
        ("Iraqi police finished a search sweep through Samarra overnight.", "Samarra"),
    ],
)
def test_a_sweep_for_no_enemy_takes_nothing(text: str, place: str) -> None:
    found = control_changes(text, PUBLISHED)
    assert not [c for c in found if c[0] == "capture" and c[1] == place], found
