"""A siege told by its noun is laid on whose ground its "of", "to" or "around" object names:
the owner named on the ground ("the siege of two Syrian army bases", "laid siege to an Iraqi
army base") or its holder ("the encirclement of the IS-held town of T"): events.yaml
`besieging_nouns`, `besieged_preps`, extract/nounacts.py `besieged`. Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import of_type

SIEGES = [
    ("The siege of two Syrian Army bases near Idlib by rebel forces lasted a year.", ("GEN_REBELS", "SYR_MIL")),
    ("The militants laid siege to an Iraqi army base near Haditha.", ("GEN_MILITANTS", "IRQ_MIL")),
    ("Kurdish fighters completed the encirclement of the Islamic State-held town of Shaddadi.", ("YPG", "ISIS")),
]


@pytest.mark.parametrize(("text", "sides"), SIEGES)
def test_a_siege_is_laid_on_whose_ground_it_closes_in(text: str, sides: tuple[str, str]) -> None:
    found = [(e.source_actor, e.target_actor) for e in of_type(text, "COERCE")]
    assert found == [sides], found


def test_a_siege_of_a_bare_town_names_no_side() -> None:
    found = [(e.source_actor, e.target_actor) for e in of_type("The siege of Homs lasted three years.", "COERCE")]
    assert found == [("", "")], found
