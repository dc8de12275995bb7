"""A detention told as the outcome of a raid or an operation ("raids near T resulting in the
detention of five IS operatives", "the X-led operation resulted in the detention of 12
men") was made by the raid's or the operation's doer (extract/outcomes.py), and whom it
holds is its "of" object (extract/nounacts.py `held_of`). Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import of_type

ARRESTS = [
    (
        "Iraqi commandos conducted two raids near Tikrit resulting in the detention of five Islamic State operatives.",
        ("IRQ_MIL", "ISIS"),
    ),
    ("The SDF-led operation resulted in the detention of 12 ISIS members near Hasakah.", ("SDF", "ISIS")),
    ("The Peshmerga-led operation resulted in the arrest of 14 Islamic State suspects in Kirkuk.", ("PESHMERGA", "ISIS")),
    (
        "Turkish police carried out a sweep in Gaziantep that led to the arrest of seven PKK militants.",
        ("TUR_MIL", "PKK"),
    ),
    (
        "Kurdish security forces raided a house in Kirkuk, leading to the arrest of an Islamic State commander.",
        ("PESHMERGA", "ISIS"),
    ),
]


@pytest.mark.parametrize(("text", "sides"), ARRESTS)
def test_a_detention_that_came_of_a_raid_is_the_raiders_arrest_of_whom_it_holds(
    text: str, sides: tuple[str, str]
) -> None:
    arrests = [e for e in of_type(text, "COERCE") if e.mode == "arrest"]
    assert [(e.source_actor, e.target_actor) for e in arrests] == [sides], arrests


def test_a_toll_resulting_from_raids_is_no_outcome_of_another_act() -> None:
    # "resulting from": the raids are the cause, the deaths name no doer of another act
    text = "Police said the deaths resulting from the raids on Tuesday angered residents of Idlib."
    assert not [e for e in of_type(text, "COERCE") if e.mode == "arrest"]


def test_whom_an_operation_is_against_is_not_its_doer() -> None:
    text = "The anti-ISIS mission led to the arrest of nine militants in Anbar."
    arrests = [e for e in of_type(text, "COERCE") if e.mode == "arrest"]
    assert arrests and all(e.source_actor != "ISIS" for e in arrests), arrests
