"""An alliance whose members are given as a class with examples ("an alliance of A and
tribal units such as B", "a coalition of groups including A and B"): the examples are its
members and allies of one another. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 4, 11)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, a, b) for k, a, b, _c in relations_found(text, PUBLISHED)}


def _allied(ties: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return ("allied", a, b) in ties or ("allied", b, a) in ties


@pytest.mark.parametrize(
    ("text", "first", "example", "whole"),
    [
        (
            "The SDF, an alliance of the YPG and Arab tribal militias such as the Sanadid Forces, entered Tabqa.",
            "YPG",
            "AL_SANADID",
            "SDF",
        ),
        (
            "Jaish al-Fatah, a coalition of Ahrar al-Sham and smaller Islamist factions like Faylaq al-Sham, seized Jisr al-Shughour.",
            "AHRAR_AL_SHAM",
            "FAYLAQ_AL_SHAM",
            "JAISH_AL_FATAH",
        ),
        (
            "The Islamic Front, an alliance of Salafist brigades including Ahrar al-Sham and the Tawhid Brigade, was formed in 2013.",
            "AHRAR_AL_SHAM",
            "LIWA_AL_TAWHID",
            "ISLAMIC_FRONT",
        ),
    ],
)
def test_examples_of_a_listed_class_are_members_and_allies(relations_found, text, first, example, whole):
    ties = _ties(relations_found, text)
    assert _allied(ties, first, example)
    assert ("member_of", example, whole) in ties


def test_a_class_backed_by_someone_is_not_made_a_member_by_its_examples(relations_found):
    # the examples are of militias the backer arms, not of a coalition's parts
    text = "Washington armed militias such as the Sanadid Forces, which fought beside the YPG near Raqqa."
    ties = _ties(relations_found, text)
    assert not any(k == "member_of" and a == "AL_SANADID" for k, a, _b in ties)
