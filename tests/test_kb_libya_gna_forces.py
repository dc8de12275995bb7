"""The GNA's forces named in the ways Libyan war copy names them (libya.yaml GNA_FORCES):
"GNA fighters", "pro-GNA military forces", "forces aligned with the Government of National
Accord" are the Tripoli government's forces, not an unknown or a bare class."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2016, 7, 1)

SENTENCES = [
    "GNA fighters shelled Islamic State positions near the harbour on Tuesday.",
    "GNA soldiers stormed an Islamic State checkpoint east of Misrata.",
    "Forces aligned with the Government of National Accord attacked Islamic State snipers in the city centre.",
    "GNA troops shelled the last Islamic State positions in the Giza Bahriya district.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gna_forces_are_named(engine, sentence: str) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([sentence], dates=[PUBLISHED])[0].events
    assert "GNA_FORCES" in {e.source_actor for e in events}, [(e.trigger, e.source_actor) for e in events]
