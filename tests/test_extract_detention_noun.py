""""The detention of N suspects" is an arrest (COERCE); "held in detention" and "the
detention centre" tell a state or a place, no act (data/events.yaml). Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import of_type


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish police announced the detention of six men linked to the bombing.",
        "Turkish forces carried out a raid near Afrin that ended with the detention of four PKK members.",
        "Security officials confirmed the detention of a senior Islamic State commander in Mosul.",
    ],
)
def test_the_detention_of_someone_is_an_arrest(text: str) -> None:
    assert [e for e in of_type(text, "COERCE") if e.mode == "arrest"], of_type(text, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "The journalist has been held in detention since March.",
        "Rights groups criticised conditions at the detention centre.",
    ],
)
def test_detention_as_a_state_or_a_site_is_no_arrest(text: str) -> None:
    assert not of_type(text, "COERCE"), of_type(text, "COERCE")
