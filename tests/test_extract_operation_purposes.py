"""An operation noun whose own purpose puts an armed side out of ground ("an operation to
remove IS remnants", "a campaign to root out IS cells", "a push to clear the last al-Shabab
fighters out of T") is an attack on that side (events.yaml `operation_purpose_verbs`,
extract/aimedenemies.py, extract/triggerobjects.py); an operation to remove things, or a
war aim ("its campaign to defeat ISIS"), is none. Sentences are our own."""

from __future__ import annotations

import pytest
from extracted import of_type

AIMED = [
    ("Kurdish-led forces began a campaign on Monday to root out Islamic State cells in the eastern countryside.", ("SDF", "ISIS")),
    ("Government troops began a push to clear the last al-Shabab fighters out of the forest near Kismayo.", ("SOM_MIL", "AL_SHABAAB")),
    ("A Peshmerga operation to expel Islamic State militants from villages near Makhmour began on Sunday.", ("PESHMERGA", "ISIS")),
    ("Government troops launched a push against al-Shabab near Kismayo on Friday.", ("SOM_MIL", "AL_SHABAAB")),
]


@pytest.mark.parametrize(("text", "sides"), AIMED)
def test_an_operation_to_oust_a_side_is_an_attack_on_it(text: str, sides: tuple[str, str]) -> None:
    found = [(e.source_actor, e.target_actor) for e in of_type(text, "ASSAULT")]
    assert sides in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Police began an operation to remove illegal checkpoints in Basra.",
        "The coalition continues its campaign to defeat ISIS.",
        "Volunteers began a push to clear rubble from the streets of Mosul.",
    ],
)
def test_an_operation_with_no_side_to_oust_is_no_attack(text: str) -> None:
    assert not of_type(text, "ASSAULT"), of_type(text, "ASSAULT")
