""" "X put Y under siege", "X kept Y under fire": X does the act and Y undergoes it (the
lexicon's ``placing_verbs``, extract/undergone.py), the other way round from "Y came under
fire from X", which still reads as before. Sentences written for this test."""

from __future__ import annotations

import pytest
from extracted import extract

# (sentence, type, doer, target)
PLACED = [
    (
        "Houthi rebels have kept Saudi-backed government troops in Taiz under siege for months.",
        "COERCE",
        "HOUTHIS",
        "YEM_MIL",
    ),
    (
        "Rebel artillery brought Syrian army positions near the airport under fire on Monday.",
        "ASSAULT",
        "GEN_REBELS",
        "SYR_MIL",
    ),
    (
        "Turkish troops placed Kurdish fighters in the old town under a tight siege.",
        "COERCE",
        "TUR_MIL",
        "GEN_KURDISH_FORCES",
    ),
]

# the passive and "came under" name the doer after "by" or "from", as before
UNDERGONE = [
    (
        "Iraqi troops were put under siege by Islamic State militants at the refinery.",
        "COERCE",
        "ISIS",
        "IRQ_MIL",
    ),
    ("Syrian troops came under siege from rebels at the airbase.", "COERCE", "GEN_REBELS", "SYR_MIL"),
]


@pytest.mark.parametrize(("text", "kind", "doer", "target"), PLACED + UNDERGONE)
def test_who_puts_another_under_an_act_does_it(text: str, kind: str, doer: str, target: str) -> None:
    events = [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]
    assert (kind, doer, target) in events
    assert (kind, target, doer) not in events
