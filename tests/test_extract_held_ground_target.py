"""A one-sided act on ground its own sentence says a side holds hits that side.

"the army is shelling the rebel-held district of X", "troops are bombarding the rebel
enclave of Y": the holder of the ground is the target, not the article's one other enemy
of the doer (extract/heldground.py). Not the doer's own ground, nor ground held by a side
it is tied to, nor an attack on civilians. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 6, 1)


def _act(events_found: Any, text: str, trigger: str) -> Any:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "holder"),
    [
        (
            (
                "Government troops retook the town of Tadmur from the Islamic State last month. "
                "The army is now shelling the rebel-held district of Waer in Homs."
            ),
            "shelling",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            (
                "Syrian forces pushed ISIS out of Deir Hafer this week and are bombarding the "
                "rebel enclave of Douma."
            ),
            "bombarding",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "Russian jets bombed the rebel-held town of Saraqeb on Monday.",
            "bombed",
            "RUS_AIRFORCE",
            "GEN_REBELS",
        ),
        (
            (
                "After driving the jihadists from Tal Abyad, Kurdish-led forces shelled the "
                "rebel-held town of Azaz."
            ),
            "shelled",
            "",
            "GEN_REBELS",
        ),
    ],
)
def test_the_holder_of_the_ground_hit_is_the_target(
    events_found: Any, text: str, trigger: str, doer: str, holder: str
) -> None:
    act = _act(events_found, text, trigger)
    assert act.target_actor == holder
    if doer:
        assert act.source_actor == doer


def test_ground_held_by_a_backed_side_is_no_target(events_found: Any) -> None:
    act = _act(
        events_found,
        "Coalition aircraft carried out strikes near the SDF-held town of Shaddadi on Friday.",
        "strikes",
    )
    assert act.target_actor != "SDF"


def test_civilians_killed_on_held_ground_stay_the_target(events_found: Any) -> None:
    act = _act(
        events_found,
        "Jets pounded the opposition-held town of Maarat al-Numan, killing 12 civilians.",
        "pounded",
    )
    assert act.target_actor == "GEN_CIVILIANS"


@pytest.mark.parametrize(
    ("text", "trigger", "holder"),
    [
        (
            (
                "Four people were reported killed in shelling by Hezbollah on the rebel-held town "
                "of Zabadani."
            ),
            "killed",
            "GEN_REBELS",
        ),
        (
            (
                "Three people were said to have died in bombardment by Russian jets on the "
                "rebel-held town of Saraqeb."
            ),
            "bombardment",
            "GEN_REBELS",
        ),
        (
            (
                "Two people were reported killed in rocket fire by the Nusra Front on the "
                "regime-held village of Mhardeh."
            ),
            "killed",
            "SYR_MIL",
        ),
    ],
)
def test_ground_held_as_the_act_is_hedged_names_its_target(
    events_found: Any, text: str, trigger: str, holder: str
) -> None:
    act = _act(events_found, text, trigger)
    assert act.claim.certainty == "hedged"
    assert act.target_actor == holder


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Army units shelled the outskirts from government-held parts of Aleppo on Sunday.",
            "shelled",
        ),
        (
            "Regime forces pressed their offensive around government-held districts of Hama.",
            "offensive",
        ),
        ("Iraqi soldiers fired mortars from government-held districts of Tikrit.", "fired"),
    ],
)
def test_government_ground_is_a_state_forces_own(
    events_found: Any, text: str, trigger: str
) -> None:
    act = _act(events_found, text, trigger)
    assert act.source_actor
    assert act.target_actor not in ("GEN_GOVERNMENT", "GEN_GOV_FORCES")
