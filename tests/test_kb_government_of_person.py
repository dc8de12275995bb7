""""The government of President X" is the government of the state whose office X holds at
the article's date, not the state an earlier speaker belongs to ("U.S. officials say rebels
want to topple the government of President X" is no fight with the US). Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from extracted import extract

MID_WAR = dt.date(2016, 6, 1)


def _ties(text: str) -> set[tuple[str, str, str]]:
    return {(r.kind, r.source_actor, r.target_actor) for r in extract(text, MID_WAR).relations}


@pytest.mark.parametrize(
    "text",
    [
        "American officials say thousands of rebels are fighting to topple the government of President Bashar al-Assad.",
        "Rebels want to overthrow the regime of Bashar al-Assad, a U.S. envoy said.",
        "U.S. diplomats said the insurgents vowed to bring down the government of President Assad.",
    ],
)
def test_the_government_of_a_president_is_his_states(text: str) -> None:
    ties = _ties(text)
    assert any("SYR_GOV" in (a, b) for _, a, b in ties), ties
    assert not any("USA" in a or "USA" in b for _, a, b in ties), ties


def test_a_prime_ministers_government_too(actor_kb) -> None:
    assert actor_kb.forces_named("P_HAIDER_AL_ABADI", "government", MID_WAR) == "IRQ_GOV"
    assert actor_kb.forces_named("P_BASHAR_AL_ASSAD", "regime", MID_WAR) == "SYR_GOV"


def test_his_troops_are_still_his_army(actor_kb) -> None:
    assert actor_kb.forces_named("P_BASHAR_AL_ASSAD", "troops", MID_WAR) == "SYR_MIL"
