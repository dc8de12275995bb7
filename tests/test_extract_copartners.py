"""Sides named together as the doers of one act are partners in it, not its target.

"Two assaults spearheaded by Ahrar al-Sham and the Nusra Front": both lead the assaults
(extract/copartners.py; ``spearhead`` among the ``carrier_verbs`` of events.yaml). A
mutual fight ("X and Y clashed", "X and Y fought for the town"), "each other" and a pair
outside the doer's place ("fighting between Iraqi and Kurdish fighters") stay foes. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2015, 6, 1)


def _sides(events_found: Any, text: str, trigger: str) -> tuple[str, str]:
    found = [e for e in events_found(text, PUBLISHED) if e.trigger == trigger]
    assert len(found) == 1, [(e.trigger, e.source_actor, e.target_actor) for e in found]
    return found[0].source_actor, found[0].target_actor


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "partner"),
    [
        ("The campaign consisted of two assaults spearheaded by Ahrar al-Sham and the Nusra Front.", "assaults", "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA"),
        ("The assault on the air base was spearheaded by the Nusra Front and Ahrar al-Sham.", "assault", "JABHAT_AL_NUSRA", "AHRAR_AL_SHAM"),
        (
            "The offensive in the Ghab plain, spearheaded by Jaish al-Islam and the Nusra Front, began in April.",
            "offensive",
            "JAYSH_AL_ISLAM",
            "JABHAT_AL_NUSRA",
        ),
    ],
)
def test_a_partner_in_the_deed_is_not_its_target(
    events_found: Any, text: str, trigger: str, doer: str, partner: str
) -> None:
    source, target = _sides(events_found, text, trigger)
    assert source == doer
    assert target != partner


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        ("Turkish troops and Kurdish fighters clashed near Manbij on Sunday.", "clashed", {"TUR_MIL", "YPG"}),
        ("Hezbollah and the Nusra Front fought for the hills near Arsal.", "fought", {"HEZBOLLAH", "JABHAT_AL_NUSRA"}),
        ("Officials played down reports of fighting between Iraqi and Kurdish fighters near Kirkuk.", "fighting", {"IRQ_MIL", "GEN_KURDS"}),
    ],
)
def test_a_mutual_fight_keeps_its_pair_as_foes(events_found: Any, text: str, trigger: str, sides: set[str]) -> None:
    assert set(_sides(events_found, text, trigger)) == sides
