"""A role noun's examples hold the role: "allies of X, including A and B", "X's backers such
as A", "X and its proxies, including A" (extract/enmity.py with sidelists.named_side_examples).
Only named sides count as examples; a class given as one ties no one. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 3, 1)


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Allies of the Syrian government, including Iran and Russia, condemned the raid.",
            [("allied", "IRN", "SYR_GOV"), ("allied", "RUS", "SYR_GOV")],
        ),
        (
            "Damascus's allies, such as Moscow and Tehran, vowed to block any new sanctions.",
            [("allied", "RUS", "SYR"), ("allied", "IRN", "SYR")],
        ),
        (
            "Backers of the Syrian opposition, including Turkey and Qatar, gathered in Riyadh.",
            [("backs", "TUR", "SYR_OPPOSITION"), ("backs", "QAT", "SYR_OPPOSITION")],
        ),
        (
            "Enemies of the Islamic State like the Iraqi army are closing in on its last towns.",
            [("fights", "IRQ_MIL", "ISIS")],
        ),
        (
            "Iran and its proxies, including Hezbollah, have sent fighters to the front.",
            [("backs", "IRN", "HEZBOLLAH")],
        ),
    ],
)
def test_the_examples_of_a_role_noun_hold_the_role(
    relations_found: Any, text: str, ties: list[tuple[str, str, str]]
) -> None:
    found = relations_found(text, PUBLISHED)
    for tie in ties:
        assert (*tie, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Allies of the Syrian government, including several Shiite militias, condemned the raid.",
        "Enemies of the Islamic State, such as the Kurds, are closing in on its last towns.",
    ],
)
def test_a_class_given_as_an_example_ties_no_one(relations_found: Any, text: str) -> None:
    found = relations_found(text, PUBLISHED)
    assert not any(k in ("allied", "fights") and s.startswith("GEN_") for k, s, _t, _c in found), found
