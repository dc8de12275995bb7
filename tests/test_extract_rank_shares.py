"""A group that fills a share of another's ranks is a member and an ally of it ("the YPG
supplies most of the SDF's fighters", "makes up the bulk of its ranks"; extract/rankshares.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DATE = dt.date(2017, 6, 1)


def _kinds(found: set[tuple[str, str, str, str]], part: str, whole: str) -> set[str]:
    return {kind for kind, source, target, _ in found if (source, target) == (part, whole)}


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("The SDF is a Kurdish-led alliance: the YPG supplies most of its fighters.", "YPG", "SDF"),
        ("Western officers say the YPG provides the bulk of the Syrian Democratic Forces' fighters.", "YPG", "SDF"),
        ("The YPG makes up the majority of the SDF, which also counts Arab tribal units.", "YPG", "SDF"),
        ("The Syrian Democratic Forces seized the dam on Sunday. The YPG contributes nearly half of its commanders.", "YPG", "SDF"),
        ("Jabhat Fateh al-Sham forms the core of the ranks of Hayat Tahrir al-Sham.", "JABHAT_FATEH_AL_SHAM", "HTS"),
    ],
)
def test_a_share_of_the_ranks_is_membership(relations_found, text, part, whole) -> None:
    found = relations_found(text, DATE)
    assert {"member_of", "allied"} <= _kinds(found, part, whole), found


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Democratic Forces took the dam. The YPG supplies most of its own weapons.",
        "The Syrian Democratic Forces took the dam. The YPG made most of its gains in the spring.",
    ],
)
def test_no_membership_without_a_share_of_the_others_men(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "member_of" and source == "YPG" for kind, source, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Iran provides most of the Houthis' missiles, according to the UN panel.",
        "Iran supplies the bulk of the Zainabiyoun brigade's fighters.",
    ],
)
def test_a_state_or_arms_make_no_member(relations_found, text) -> None:
    found = relations_found(text, DATE)
    assert not any(kind == "member_of" for kind, *_ in found), found
