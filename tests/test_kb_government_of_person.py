""" "The government of President X" is the government of the state whose office X holds at
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


AFTER_THEIR_FALL = dt.date(2025, 5, 1)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Chad hosted refugees while rebels fought the government of former president Omar al-Bashir.", "SDN"),
        ("Qatar armed the rebels who fought the government of the late Muammar Gaddafi.", "LBY"),
        ("Turkey welcomed defectors after rebels attacked the government of then-president Bashar al-Assad.", "SYR"),
    ],
)  # fmt: skip
def test_the_government_of_a_former_president_is_the_one_he_led(text: str, state: str) -> None:
    """Copy dated after his fall: the government he led last, not the state named first
    (kb.forces_named, `_offices_ended_by`)."""
    ties = {
        (r.kind, r.source_actor, r.target_actor) for r in extract(text, AFTER_THEIR_FALL).relations
    }
    assert any(k == "fights" and b.startswith(state) for k, _a, b in ties), ties
    assert not any(
        k == "fights" and b.endswith("_GOV") and not b.startswith(state) for k, _a, b in ties
    ), ties
