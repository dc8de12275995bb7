"""A deed told by a participle on a describing noun is the deed of the name it describes:
"Hezbollah, a Shiite movement fighting the rebels", "the SDF, an alliance of Kurdish and
Arab groups battling IS" (extract/verbsubjects.described_name). The class the description
gives ("a Shiite movement", "rebel brigades") is not the side. Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 10, 20)
PLAIN = ("asserted", "attributed")


def _plain(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(kind, a, b) for kind, a, b, certainty in found if certainty in PLAIN}


def _tops(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """A state's organs stand for it (SYR_MIL is SYR)."""

    def top(actor: str) -> str:
        head = actor.split("_")[0]
        return head if len(head) == 3 and head.isupper() and not actor.startswith("GEN_") else actor

    return {(kind, top(a), top(b)) for kind, a, b in found}


DESCRIBED = [
    (
        (
            "Hezbollah, a Lebanese Shiite movement fighting the rebels near Qusayr, said it lost "
            "twelve men this week."
        ),
        ("fights", "HEZBOLLAH", "GEN_REBELS"),
    ),
    (
        (
            "Ankara has long armed the Free Syrian Army, a loose alliance of brigades battling the "
            "Assad government in the north."
        ),
        ("fights", "FSA", "SYR"),
    ),
    (
        (
            "Baghdad welcomed the Popular Mobilization Forces, an umbrella of mostly Shiite "
            "militias fighting ISIS west of Mosul, into the offensive."
        ),
        ("fights", "PMF", "ISIS"),
    ),
    (
        (
            "The Nusra Front, a jihadist faction attacking government troops around Idlib, "
            "claimed the bombing."
        ),
        ("fights", "JABHAT_AL_NUSRA", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "tie"), DESCRIBED)
def test_a_deed_of_a_describing_noun_is_the_named_sides(
    text: str, tie: tuple[str, str, str], relations_found: Any
) -> None:
    found = _tops(_plain(relations_found(text, PUBLISHED)))
    assert tie in found, found


def test_the_class_a_description_gives_is_no_side(relations_found: Any) -> None:
    text = (
        "Hezbollah, a Shiite movement fighting the rebels near Qusayr, buried its dead on Sunday."
    )
    sources = {a for _, a, _ in _plain(relations_found(text, PUBLISHED))}
    assert "HEZBOLLAH" in sources
    assert not {a for a in sources if a.startswith("GEN_")}, sources


def test_a_described_place_fights_no_one(relations_found: Any) -> None:
    """ "Aleppo, a city fighting for survival": the name is a place, so no side is found."""
    text = "Residents of Aleppo, a city fighting off hunger and cholera, queued for bread."
    assert not [t for t in _plain(relations_found(text, PUBLISHED)) if t[0] == "fights"]
