"""A group's affiliate named with a possessive: "al-Qaeda's branch in Somalia" (the place
says where the branch is, not whose it is) and "al Qaeda's regional affiliate JNIM" (the
possessive hangs on the name, not on "affiliate") make the affiliate a member of the
possessor (extract/alliancecues.py membership_pairs). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "member", "group"),
    [
        ("Al-Shabaab, al-Qaeda's branch in Somalia, attacked the base.", "AL_SHABAAB", "AL_QAEDA"),
        ("The Nusra Front, al-Qaeda's branch in Syria, seized the base.", "JABHAT_AL_NUSRA", "AL_QAEDA"),
        ("Soldiers clashed with al Qaeda's regional affiliate JNIM near Mopti.", "JNIM", "AL_QAEDA"),
    ],
)  # fmt: skip
def test_the_possessor_is_the_group(
    relations_found: Any, text: str, member: str, group: str
) -> None:
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, dt.date(2019, 5, 1))}
    assert ("member_of", member, group) in ties


def test_a_group_named_after_of_is_still_the_group(relations_found: Any) -> None:
    ties = relations_found(
        "Ahrar al-Sham, a faction of the Islamic Front in Idlib, shelled the town.",
        dt.date(2014, 5, 1),
    )
    assert ("member_of", "AHRAR_AL_SHAM", "ISLAMIC_FRONT") in {(k, s, t) for k, s, t, _c in ties}


@pytest.mark.parametrize(
    ("text", "member", "group"),
    [
        ("Troops clashed with fighters from al-Qaeda's JNIM near Mopti.", "JNIM", "AL_QAEDA"),
        ("Al-Qaeda's Nusra Front seized the air base.", "JABHAT_AL_NUSRA", "AL_QAEDA"),
        ("In Yemen, al-Qaeda's AQAP took Mukalla in 2015.", "AQAP", "AL_QAEDA"),
    ],
)  # fmt: skip
def test_a_group_owned_by_a_group_is_its_member(
    relations_found: Any, text: str, member: str, group: str
) -> None:
    """ "al-Qaeda's JNIM": the possessive names the group a branch belongs to
    (extract/linkcues.py possessed_branch_pairs)."""
    ties = {(k, s, t) for k, s, t, _c in relations_found(text, dt.date(2019, 5, 1))}
    assert ("member_of", member, group) in ties


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab's rival ISIS-Somalia attacked Bosaso.",
        "Russia's Wagner Group fought near Palmyra.",
    ],
)
def test_a_rival_or_a_states_group_is_no_member(relations_found: Any, text: str) -> None:
    ties = relations_found(text, dt.date(2019, 5, 1))
    assert not any(k == "member_of" for k, _s, _t, _c in ties)
