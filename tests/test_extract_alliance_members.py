"""An alliance noun in apposition to a named side lists that side's members: "X, an alliance
of A and B", "X, a coalition of A and tribal fighters" make each named side of the list a
member of X (extract/alliancecues.py with inclusion.described_whole); a class in the list
is no member, and an alliance noun that describes no named side gives no membership.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 8, 1)


@pytest.mark.parametrize(
    ("text", "member", "whole"),
    [
        ("Near the dam, the SDF, an alliance of the YPG and Arab tribal militias, pressed on.", "YPG", "SDF"),
        ("The SDF, a coalition of the YPG and local Arab fighters, entered the town at dawn.", "YPG", "SDF"),
        ("Jaish al-Fatah, an alliance of Ahrar al-Sham and the Nusra Front, shelled the airbase.", "AHRAR_AL_SHAM", "JAISH_AL_FATAH"),
    ],
)
def test_a_named_side_of_an_appositive_alliance_is_its_member(
    relations_found: Any, text: str, member: str, whole: str
) -> None:
    found = relations_found(text, PUBLISHED)
    assert ("member_of", member, whole, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Near the dam, the SDF, a grouping of Kurdish and Arab units, pressed on.",
        "Hezbollah, part of an alliance of Iran and Syria, sent fighters to Qusair.",
    ],
)
def test_no_membership_without_a_named_member_or_a_described_whole(relations_found: Any, text: str) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k == "member_of" and t in ("SDF", "HEZBOLLAH") for k, _s, t, _c in found), found
