"""What strikes "engaged", "suppressed", "neutralized" or "disabled" is their target, as what
they "destroyed" or "hit" is: the verbs of strike reports name the side hit."""

from __future__ import annotations

import pytest

from tests.extracted import of_type


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Close to Tabqa, nine strikes engaged four ISIS tactical units and destroyed a weapons cache.", "ISIS"),
        ("Near Bayji, two strikes suppressed two ISIS fighting positions.", "ISIS"),
        ("Coalition officials said four airstrikes near Hit neutralized an Islamic State mortar team on Sunday.", "ISIS"),
        ("The shelling disabled two Houthi rocket launchers near Saada, the coalition said.", "HOUTHIS"),
    ],
)
def test_what_the_strikes_engaged_is_their_target(text: str, target: str) -> None:
    found = of_type(text, "ASSAULT")
    assert [e.target_actor for e in found][:1] == [target], [(e.trigger, e.target_actor) for e in found]


def test_what_strikes_supported_is_no_target() -> None:
    # near miss: support is no harm; the side supported is never the strikes' target
    found = of_type("Near Raqqa, twenty strikes supported Kurdish fighters advancing on the city.", "ASSAULT")
    assert all(e.target_actor != "GEN_KURDISH_FORCES" and e.target_actor != "YPG" for e in found)
