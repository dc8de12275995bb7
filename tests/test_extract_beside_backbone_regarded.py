"""Three ways prose states a tie (extract/alliancecues.py, relations.yaml): fighting
"beside" a side is fighting alongside it (allied); "the backbone of X" is a part of X
(member_of); "A regards X as a branch of Y" makes X, not A, the branch. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


def _ties(text: str, relations_found: Any) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, certainty in relations_found(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Hezbollah units battled rebels beside the Syrian army in Qusair.", ("HEZBOLLAH", "SYR_MIL")),
        ("Hezbollah fighters are fighting beside the regime around Aleppo.", ("HEZBOLLAH", "SYR_GOV")),
        ("Kataib Hezbollah fought beside the Iraqi army near Fallujah last year.", ("KATAIB_HEZBOLLAH", "IRQ_MIL")),
    ],
)
def test_fighting_beside_a_side_is_an_alliance(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("allied", *tie) in found or ("allied", tie[1], tie[0]) in found, found


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("The YPG, the backbone of the SDF, took the dam on Sunday.", ("YPG", "SDF")),
        ("The Southern Front, the backbone of the Free Syrian Army in Deraa, pulled back.", ("SOUTHERN_FRONT", "FSA")),
        ("The Free Syrian Army's backbone, the Southern Front, held its ground.", ("SOUTHERN_FRONT", "FSA")),
    ],
)
def test_the_backbone_of_a_group_is_part_of_it(
    text: str, tie: tuple[str, str], relations_found: Any
) -> None:
    assert ("member_of", *tie) in _ties(text, relations_found)


@pytest.mark.parametrize(
    ("text", "member", "group", "regarder"),
    [
        ("Ankara regards the YPG as a branch of the PKK.", "YPG", "PKK", "TUR"),
        ("Ankara sees the YPG as the Syrian wing of the PKK.", "YPG", "PKK", "TUR"),
        ("Moscow regards Jaish al-Islam as an offshoot of al-Qaeda.", "JAYSH_AL_ISLAM", "AL_QAEDA", "RUS"),
    ],
)
def test_what_a_state_regards_as_a_branch_is_the_member_not_the_state(
    text: str, member: str, group: str, regarder: str, relations_found: Any
) -> None:
    found = _ties(text, relations_found)
    assert ("member_of", member, group) in found
    assert not any(k == "member_of" and s.startswith(regarder) for k, s, _ in found), found
