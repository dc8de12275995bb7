"""A named armed group described as loyal to the government is the government's ally
(extract/loyalties.py): on its own noun, in apposition, as a predicate, after "known as" or
as what it was founded as; a class so described, the government's own forces and groups
loyal to someone else are no such ally. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

_DAY = dt.date(2017, 5, 2)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return plain_ties(relations_found, text, _DAY)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Baqir Brigade, a pro-government militia, shelled rebel districts of Aleppo.", "LIWA_AL_BAQIR"),
        ("The Desert Hawks are a pro-regime militia that fought near Palmyra last year.", "DESERT_HAWKS"),
        ("Liwa al-Quds was set up in 2013 as a pro-government force in Aleppo.", "LIWA_AL_QUDS"),
        ("Witnesses in Homs said the men were killed by pro-government gunmen known as shabiha.", "SHABIHA"),
        ("The loyalist Desert Hawks pushed toward Palmyra on Tuesday.", "DESERT_HAWKS"),
        ("The government-aligned Baqir Brigade attacked rebels east of Aleppo.", "LIWA_AL_BAQIR"),
        ("Residents said regime-allied Liwa al-Quds fighters looted shops in Aleppo.", "LIWA_AL_QUDS"),
        ("The Baqir Brigade was formed in Aleppo in 2012. It is a pro-government militia.", "LIWA_AL_BAQIR"),
    ],
)
def test_a_group_described_as_loyal_is_allied_with_the_government(
    relations_found: Any, text: str, group: str
) -> None:
    ties = _ties(relations_found, text)
    assert tied(ties, "allied", group, "SYR_GOV"), ties


@pytest.mark.parametrize(
    "text",
    [
        # a class names no one
        "Pro-government forces shelled rebel positions near Idlib as pro-regime militias advanced on Hama.",
        # members a class counts are not the words' own name
        "Pro-government fighters, among them the Desert Hawks, shelled rebel positions near Hama.",
        # the government's own army is no ally of it
        "The pro-government Syrian army retook the town of Morek on Sunday.",
        # against the government, not with it
        "Jaysh al-Islam, an anti-government rebel group, shelled Damascus on Monday.",
    ],
)
def test_no_loyal_ally_without_a_named_group_loyal_to_the_government(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert not any(k == "allied" and "SYR_GOV" in (a, b) for k, a, b in ties), ties


def test_a_group_loyal_to_a_foreign_power_is_no_ally_of_the_government(relations_found: Any) -> None:
    ties = _ties(relations_found, "The Baqir Brigade, a pro-Iranian militia, shelled rebel districts of Aleppo.")
    assert not tied(ties, "allied", "LIWA_AL_BAQIR", "SYR_GOV"), ties
