"""Being allied is a standing tie, not an act of allying: no COOPERATE event from a passive
"are allied with" or from "allied" read as a verb before its noun ("the army and allied
militias"); an act of allying still is one (events.yaml ``not_as_state``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.extracted import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Two villages held by Kurdish fighters were shelled by the Turkish military and allied Syrian militias on Sunday.",
        "Both movements are closely allied with Iran.",
        "The rebels, who were allied with the Nusra Front at the time, lost the town in March.",
        "The checkpoint was overrun by the jihadists and allied tribal fighters after a night of clashes.",
    ],
)
def test_being_allied_is_no_act_of_cooperation(text: str) -> None:
    assert not [e for e in of_type(text, "COOPERATE") if e.trigger == "allied"]


def test_allying_oneself_with_a_side_is_still_an_act() -> None:
    found = of_type("The group allied itself with the Islamic State in 2015.", "COOPERATE")
    assert [e.target_actor for e in found] == ["ISIS"]
