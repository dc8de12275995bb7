"""A member of a bloc of states and movements (an ``igo`` of the packs, such as the Axis of
Resistance) is its member, not its ally: the alliance a membership between two armed groups
implies (extract/memberallies.py) is not drawn with a bloc. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            (
                "Kataib Hezbollah has claimed rocket attacks on American bases and is part of the "
                "Axis of Resistance."
            ),
            "KATAIB_HEZBOLLAH",
        ),
        (
            (
                "The Houthi movement, which fires drones at Saudi oil sites, is a member of "
                "Iran's axis of resistance."
            ),
            "HOUTHIS",
        ),
        (
            (
                "Hamas, which has fought Israel in four wars since 2008, operates as part of the "
                "Iran-led Axis of Resistance."
            ),
            "HAMAS",
        ),
    ],
)
def test_a_member_of_a_bloc_is_no_ally_of_the_bloc(
    relations_found: Any, text: str, member: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert ("member_of", member, "AXIS_OF_RESISTANCE") in ties
    assert not tied(ties, "allied", member, "AXIS_OF_RESISTANCE")


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        # a member of an armed group stays its ally (negative case of the rule above)
        (
            "Hurras al-Din, an al-Qaeda affiliate, clashed with HTS near Idlib.",
            "HURRAS_AL_DIN",
            "AL_QAEDA",
        ),
        (
            "Ahrar al-Sham and Jaish al-Islam are both members of the Islamic Front coalition.",
            "AHRAR_AL_SHAM",
            "ISLAMIC_FRONT",
        ),
    ],
)
def test_a_member_of_an_armed_group_is_still_its_ally(
    relations_found: Any, text: str, member: str, whole: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert tied(ties, "allied", member, whole)
