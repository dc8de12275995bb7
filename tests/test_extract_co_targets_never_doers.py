"""A deed with no named doer takes the one enemy the article leaves its target as doer
(extract/ties.py), but never a side listed with the target: "the strikes hit both
Hezbollah and Hamas positions" makes Hamas no enemy of Hezbollah. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 1)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (("Ankara says the operation targets both the jihadists and the Kurdish militia known "
         "as the YPG."), {"GEN_JIHADISTS", "YPG"}),
        ("The strikes hit both Hezbollah and Hamas positions, the statement said.",
         {"HEZBOLLAH", "HAMAS"}),
        ("Overnight raids targeted al-Shabaab and Islamic State hideouts in Puntland, officials said.",
         {"AL_SHABAAB", "ISIS_SOMALIA"}),
    ],
)
def test_sides_listed_together_as_targets_do_not_fight_each_other(
    text: str, listed: set[str], relations_found: Any
) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k == "fights" and {s, t} <= listed | {s[:4]} for k, s, t, _ in found), found
    assert not any(k == "fights" and s in listed and t in listed for k, s, t, _ in found), found


def test_a_doer_named_elsewhere_is_still_the_enemy(relations_found: Any) -> None:
    found = relations_found(
        "Islamic State fighters were attacked near the village, and the SDF later moved in.",
        PUBLISHED,
    )
    assert ("fights", "SDF", "ISIS", "asserted") in found, found
