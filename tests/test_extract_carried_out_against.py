"""The aim of an act noun carried out by a verb, when words part "against" from the noun.

"U.S. forces carried out strikes Thursday and Friday against X": the dates between the act
noun and "against" make the parser hang "against" on the verb that carries the act out, so
the act's own prepositions name no target. For a verb that carries out its object
(``aim_carrier_verbs`` in events.yaml: carry out, conduct, launch, wage, stage, mount,
step up ...), the verb's "against X" is the act's aim (extract/prepobjects.py). Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extracted import one_event

PUBLISHED = dt.date(2020, 1, 10)


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "target"),
    [
        (
            (
                "U.S. forces carried out retaliatory strikes Thursday and Friday against weapons "
                "depots of the Iranian-backed group Kataib Hezbollah."
            ),
            "strikes",
            "USA_MIL",
            "KATAIB_HEZBOLLAH",
        ),
        (
            "Turkish jets conducted airstrikes overnight against PKK hideouts in northern Iraq.",
            "airstrikes",
            "TUR_AIRFORCE",
            "PKK",
        ),
        (
            "The coalition stepped up its air strikes this week against Islamic State positions near Raqqa.",
            "strikes",
            "US_COALITION",
            "ISIS",
        ),
        (
            "Israeli aircraft carried out raids late on Sunday against Hezbollah depots near Qusair.",
            "raids",
            "ISR_AIRFORCE",
            "HEZBOLLAH",
        ),
    ],
)
def test_the_carrying_verbs_against_is_the_acts_aim(
    events_found: Any, text: str, trigger: str, doer: str, target: str
) -> None:
    act = one_event(events_found, text, trigger, PUBLISHED)
    assert (act.source_actor, act.target_actor) == (doer, target)


def test_a_verb_that_only_tells_of_the_act_lends_it_no_aim(events_found: Any) -> None:
    act = one_event(events_found, "The army praised the strikes on Friday against the rebels.", "strikes", PUBLISHED)
    assert act.target_actor != "GEN_REBELS"
