"""Sudan's war copy calls the Rapid Support Forces "the paramilitary": "paramilitary
fighters", "the paramilitary group", "paramilitary shelling" are the RSF's there from the
war's start (kb/actors/data/packs/generic.yaml, GEN_PARAMILITARIES and GEN_MILITIAS by
state); elsewhere they stay a class. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2024, 5, 1)
SUDAN = "Sudan's war between the army and the Rapid Support Forces has spread to Darfur. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Paramilitary fighters stormed the market of Mellit on Sunday, killing 12 traders.",
        "The paramilitary group shelled the Abu Shouk camp on Sunday, killing 30 civilians.",
        "Paramilitary shelling on the Al-Daraja neighbourhood killed nine civilians on Monday.",
        "The paramilitary said it had overrun an army garrison near Um Kadada.",
    ],
)
def test_the_paramilitary_is_the_rsf_in_sudan(sentence: str, events_found: Any) -> None:
    doers = {e.source_actor for e in events_found(SUDAN + sentence, PUBLISHED)}
    assert doers == {"RSF_SDN"}


def test_paramilitary_fighters_elsewhere_are_no_rsf(events_found: Any) -> None:
    text = (
        "Iraq's Kurdish region was tense. Paramilitary fighters attacked a checkpoint near Kirkuk."
    )
    assert "RSF_SDN" not in {e.source_actor for e in events_found(text, PUBLISHED)}
