"""Allies named by a participle in a list (extract/alliedmods.py): "X and allied Y".
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 5, 1)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Syrian regime and allied Russian military planes bombed the town.", {"SYR_GOV", "RUS_AIRFORCE"}),
        ("Government troops and allied Hezbollah units advanced on the village.", {"GEN_GOV_FORCES", "HEZBOLLAH"}),
        ("Iraqi forces and allied Shiite paramilitaries pushed into the western districts.", {"IRQ_MIL", "PMF"}),
        ("Rebels said Assad's forces and allied Hezbollah fighters had stormed the village.", {"SYR_MIL", "HEZBOLLAH"}),
    ],
)
def test_what_allied_modifies_after_and_is_an_ally(text: str, pair: set[str], relations_found: Any) -> None:
    found = relations_found(text, PUBLISHED)
    allied = [{a, b} for kind, a, b, certainty in found if kind == "allied" and certainty != "negated"]
    assert pair in allied


def test_a_name_that_begins_with_the_word_is_no_ally(relations_found: Any) -> None:
    found = relations_found("Congolese troops and Allied Democratic Forces rebels clashed near Beni.", PUBLISHED)
    assert ("fights", "COD_MIL", "ADF", "asserted") in found
    assert not [t for t in found if t[0] == "allied"]


def test_no_ally_when_no_one_is_named_after_the_participle(relations_found: Any) -> None:
    for text in (
        "The United States and allied nations condemned the attack.",
        "The army and allied militias pushed into the eastern districts.",
    ):
        assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "allied"], text
