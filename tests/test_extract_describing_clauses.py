"""A refusal, talk or threat told in a relative clause about a party describes the party, no
act of the day; one the clause dates, or a deed done to something in a clause set off by
commas, stays. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracted import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed, said local officials, who declined to be named.",
        "The army will pursue the gunmen who refused to lay down their arms.",
        "Shelters were opened for villagers who refused to abandon their farms.",
    ],
)
def test_a_refusal_describing_a_party_is_no_act(text: str) -> None:
    assert of_type(text, "REJECT") == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Hamas, which rejected the proposal on Monday, said talks would go on.", "HAMAS"),
        ("The Kurdish militia, which rejected the ceasefire, kept shelling the town.", None),
        ("The gunmen refused to lay down their arms.", None),
    ],
)
def test_a_dated_or_added_deed_and_a_main_clause_stay(text: str, doer: str | None) -> None:
    rejections = of_type(text, "REJECT")
    assert len(rejections) == 1, rejections
    assert doer is None or rejections[0].source_actor == doer


def test_the_act_the_clause_hangs_on_stays() -> None:
    text = "Two soldiers were killed, said local officials, who declined to be named."
    assert len(of_type(text, "ASSAULT")) == 1
