"""An attack that killed a side's leaders was aimed at that side (extract/leadervictims.py:
leaders_hit_are_targets): "a drone strike killed two commanders of X" targets X when
nothing else names its target; never the doer's own side. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.pipeline import process_texts

PUBLISHED = dt.date(2019, 7, 1)


def _targets(text: str) -> set[str]:
    events = process_texts([text], dates=[PUBLISHED])[0].events
    return {e.target_actor for e in events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A drone strike near Idlib killed two commanders of Hurras al-Din on Sunday.", "HURRAS_AL_DIN"),
        ("An airstrike killed a senior commander of al-Shabaab near Jilib, local elders said.", "AL_SHABAAB"),
        ("Overnight shelling killed the leader of Ahrar al-Sham in the countryside of Hama.", "AHRAR_AL_SHAM"),
    ],
)
def test_the_side_whose_leaders_were_killed_is_the_target(text: str, side: str) -> None:
    assert side in _targets(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # no harm: the strike did not hit the leader
        ("A drone strike near Idlib angered the leader of Hurras al-Din.", "HURRAS_AL_DIN"),
        # the doer's own commander
        ("Al-Shabaab fighters killed a commander of al-Shabaab accused of spying, residents said.", "AL_SHABAAB"),
    ],
)
def test_no_side_is_made_the_target_without_a_kill_or_of_its_own(text: str, side: str) -> None:
    assert side not in _targets(text)
