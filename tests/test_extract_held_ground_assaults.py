"""A ground assault aimed at ground the sentence says a side holds is aimed at that side
(extract/heldassaults.py): "an attack on rebel-held areas", "stormed the last town held by
the rebels", "an offensive launched to capture the rebel-held town of T". Shelling and air
strikes on held ground keep their own rule (holders.py: a shelled district counts its dead),
ground held by the state's own forces or a partner names no target. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 5, 2)


def _assaults(events_found: Any, text: str) -> list[Any]:
    return [e for e in events_found(text, PUBLISHED) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "The army launched a surprise attack on rebel-held areas in the east of Daraa province on Monday.",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "Government troops stormed the last town held by the rebels in the Qalamoun region.",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "The offensive was launched by the Syrian army to capture the rebel-held town of Kafr Zita.",
            "SYR_MIL",
            "GEN_REBELS",
        ),
        (
            "Iraqi troops mounted an assault on villages held by Islamic State militants south of Mosul.",
            "IRQ_MIL",
            "ISIS",
        ),
    ],
)
def test_the_holder_of_the_assaulted_ground_is_the_target(
    events_found: Any, text: str, doer: str, target: str
) -> None:
    found = [e for e in _assaults(events_found, text) if e.source_actor == doer]
    assert found, [(e.source_actor, e.target_actor) for e in _assaults(events_found, text)]
    assert all(e.target_actor == target for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # the state's own forces hold it: "army-held" names no side to hit
        "Syrian troops attacked army-held villages north of Hama.",
        # an attack aimed at no held ground: the holder of nothing is no target
        "The rebels launched an offensive against positions in Hama province.",
        # ground held by a partner of the doer (the article ties them): where it fights from
        "Hezbollah is an ally of the Syrian army. Hezbollah fighters stormed villages held by the Syrian army near Qusair.",
    ],
)
def test_no_holder_no_target(events_found: Any, text: str) -> None:
    found = _assaults(events_found, text)
    assert found
    assert all(e.target_actor == "" for e in found)


def test_a_shelled_district_keeps_its_own_rule(events_found: Any) -> None:
    found = _assaults(events_found, "Army guns shelled rebel-held districts of the old city.")
    assert found
    assert all(e.target_actor != "GEN_REBELS" for e in found)
