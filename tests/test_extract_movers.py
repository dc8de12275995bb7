""" "The withdrawal of X from T", "the surrender of X", "the deployment of X": the side after
"of" does the act (the lexicon's ``doer_of_nouns``, extract/movers.py), unlike "the shelling
of X", whose "of" names its target. Sentences written for this test."""

from __future__ import annotations

import pytest
from extracted import extract

# (sentence, type, doer)
MOVED = [
    ("After the withdrawal of Iraqi troops from Mosul, the militants seized the airport.", "RETREAT", "IRQ_MIL"),
    ("The pullout of Russian forces from Kherson was completed within days.", "RETREAT", "RUS_MIL"),
    ("The surrender of 300 Islamic State fighters in Raqqa was arranged by tribal elders.", "CONCEDE", "ISIS"),
    ("The deployment of Russian jets to Latakia began in late September.", "MOBILIZE", "RUS_AIRFORCE"),
]


@pytest.mark.parametrize(("text", "kind", "doer"), MOVED)
def test_the_side_after_of_does_a_move(text: str, kind: str, doer: str) -> None:
    events = [(e.type, e.source_actor) for e in extract(text).events]
    assert (kind, doer) in events


def test_the_side_after_of_an_attack_does_not_do_it() -> None:
    text = "The bombardment of Syrian army positions near Palmyra lasted all night."
    events = extract(text).events
    assert events
    assert all(e.source_actor != "SYR_MIL" for e in events)
