""" "X routed Y", "Y was overwhelmed by X": X attacked Y (ASSAULT from X to Y, the lexicon's
verbs ``rout``, ``overwhelm``, ``overpower``), in the active and in the passive; no event when
no side does it or none is beaten. Sentences written for this test."""

from __future__ import annotations

import pytest
from extracted import extract, types_found

# (sentence, doer, beaten)
ROUTS = [
    ("The Peshmerga were routed by Islamic State militants near Sinjar in August.", "ISIS", "PESHMERGA"),
    ("Islamic State fighters routed Iraqi troops outside Mosul in June 2014.", "ISIS", "IRQ_MIL"),
    ("Iraqi troops were overwhelmed by Islamic State fighters in Ramadi.", "ISIS", "IRQ_MIL"),
    ("Houthi fighters overpowered Yemeni government troops at the airport gate.", "HOUTHIS", "YEM_MIL"),
]


@pytest.mark.parametrize(("text", "doer", "beaten"), ROUTS)
def test_a_side_beaten_was_attacked_by_the_victor(text: str, doer: str, beaten: str) -> None:
    events = [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]
    assert ("ASSAULT", doer, beaten) in events
    assert ("ASSAULT", beaten, doer) not in events


@pytest.mark.parametrize(
    "text",
    [
        "The news overwhelmed the families of the missing soldiers.",
        "Hospitals in Mosul were overwhelmed by the number of wounded civilians.",
    ],
)
def test_overwhelmed_by_no_side_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types_found(text)
