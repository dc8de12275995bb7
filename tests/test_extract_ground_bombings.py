"""A bombing told by its number or its makers ("a twin bombing", "a terrorist bombing") is a
bomb set off on the ground (mode explosives, the lexicon's ``instruments`` in modes.yaml),
not an air raid; a bombing by jets or the regime stays aerial. Sentences written for this
test."""

from __future__ import annotations

import pytest
from extracted import extract


def modes_of(text: str) -> set[str]:
    return {e.mode for e in extract(text).events if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        "A twin bombing tore through a crowded square in Qamishli on Sunday.",
        "Eleven people died in a triple bombing outside a mosque in Kirkuk.",
        "Police said a terrorist bombing near the bus terminal in Homs killed nine people.",
        "The double bombings hit a checkpoint at the entrance of Jableh on Monday.",
    ],
)
def test_a_bombing_set_off_on_the_ground_is_an_explosion(text: str) -> None:
    assert modes_of(text) == {"explosives"}


@pytest.mark.parametrize(
    "text",
    [
        "Government jets kept up their bombing of the rebel-held suburbs on Friday.",
        "Eight civilians died in the regime's bombing of Saqba on Thursday.",
    ],
)
def test_a_bombing_from_the_air_stays_aerial(text: str) -> None:
    assert "aerial" in modes_of(text)
    assert "explosives" not in modes_of(text)
