"""Parts of one alliance named together are allies.

- "A and B are members of the X alliance": each subject is a member, and members of an
  alliance (``alliance_nouns``) are allies; members of any other body are not
  (extract/alliancecues.py).
- "The coalition, made up of A, B and C, ...", "the alliance, composed of A and B": the parts a
  participle of composition names are allies, whether the alliance has a name or not
  (extract/inclusion.py).
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize(
    ("text", "members", "whole"),
    [
        (
            "The KIA and the TNLA are members of the Northern Alliance, which fought the army in Shan state.",
            ("KIA", "TNLA"),
            "NORTHERN_ALLIANCE",
        ),
        (
            "Ahrar al-Sham and Jaish al-Islam are both members of the Islamic Front coalition.",
            ("AHRAR_AL_SHAM", "JAYSH_AL_ISLAM"),
            "ISLAMIC_FRONT",
        ),
    ],
)
def test_subjects_that_are_members_of_an_alliance_are_members_and_allies(
    relations_found: Any, text: str, members: tuple[str, str], whole: str
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(("member_of", member, whole) in ties for member in members)
    assert tied(ties, "allied", *members)


def test_members_of_a_body_that_is_no_alliance_are_no_allies(relations_found: Any) -> None:
    ties = plain_ties(
        relations_found, "Russia and China are members of the United Nations.", PUBLISHED
    )
    assert ("member_of", "CHN", "UN") in ties
    assert not tied(ties, "allied", "RUS", "CHN")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The rebel coalition, made up of Ahrar al-Sham, the Nusra Front and Jaish al-Islam, overran the air base.",
            ("AHRAR_AL_SHAM", "JABHAT_AL_NUSRA", "JAYSH_AL_ISLAM"),
        ),
        (
            "The alliance, composed of the TNLA and the MNDAA, seized two towns near the border.",
            ("TNLA", "MNDAA"),
        ),
    ],
)
def test_the_parts_an_alliance_is_made_up_of_are_allies(
    relations_found: Any, text: str, parts: tuple[str, ...]
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert tied(ties, "allied", parts[0], parts[-1])
    assert tied(ties, "allied", parts[0], parts[1])
