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
