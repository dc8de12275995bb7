"""Backers named side by side before one "-backed" (extract/sharedbackers.py): "Qatari and
Turkish-backed fighters" are backed by both, and neither name backs, or is allied with, the
other. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _found(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, certainty in relations_found(text, PUBLISHED) if certainty == "asserted"}


@pytest.mark.parametrize(
    ("text", "backers", "backed"),
    [
        ("Qatari and Turkish-backed Ahrar al-Sham fighters took the crossing.", ("QAT", "TUR"), "AHRAR_AL_SHAM"),
        ("Overnight, Iranian and Russian-backed Syrian government troops shelled villages near Hama.", ("RUS", "IRN"), "SYR_MIL"),
        ("Saudi and Emirati-backed Hadi loyalists retook Aden.", ("SAU", "ARE"), "YEM"),
    ],
)
def test_each_name_before_the_participle_backs_the_noun(
    text: str, backers: tuple[str, str], backed: str, relations_found: Any
) -> None:
    found = _found(text, relations_found)
    assert {("backs", b, backed) for b in backers} <= found, found
    first, second = backers
    assert not {("backs", second, first), ("allied", first, second), ("allied", second, first)} & found


@pytest.mark.parametrize(
    "text",
    [
        "Saudi and Emirati-backed forces attacked Houthi positions near Hodeidah.",
        "The US and Turkish-backed rebels entered Jarabulus on Wednesday.",
    ],
)
def test_a_backer_is_never_read_as_the_side_backed(text: str, relations_found: Any) -> None:
    found = _found(text, relations_found)
    assert not any(k == "backs" and {s, t} <= {"SAU", "ARE", "USA", "TUR"} for k, s, t in found), found


def test_a_leader_named_beside_a_backer_is_no_backer(relations_found: Any) -> None:
    found = _found("The Kurdish-led and U.S.-backed SDF took Raqqa.", relations_found)
    assert ("backs", "USA", "SDF") in found
    assert not any(k == "backs" and s != "USA" for k, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "backers", "named"),
    [
        ("Saudi and Emirati-backed forces, the Security Belt, attacked Houthi positions in Aden.", ("SAU", "ARE"), "SECURITY_BELT"),
        ("Qatari and Turkish-backed fighters, the Levant Front, stormed the village at dawn.", ("QAT", "TUR"), "LEVANT_FRONT"),
    ],
)
def test_a_group_named_for_the_backed_class_is_the_one_backed(
    text: str, backers: tuple[str, str], named: str, relations_found: Any
) -> None:
    found = _found(text, relations_found)
    assert {("backs", b, named) for b in backers} <= found, found
