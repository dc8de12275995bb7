"""A passive whose auxiliary the report left out (extract/bareparticiples.py): "officials
reported four Syrians killed in a Russian raid", "the ministry said nine Palestinians killed
in an Israeli strike". The counted victims are who the act was done to, never its doer; the
doer is the owner of the means. A kill verb with an object, or whose coordinated verb has
one ("the strike killed and wounded dozens"), stays active. Sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import one_event

PUBLISHED = dt.date(2019, 6, 1)


@pytest.mark.parametrize(
    ("text", "doer", "not_doer"),
    [
        ("Officials reported three Syrians killed and two Turks wounded in a Russian air raid near the village.", "RUS_AIRFORCE", "SYR"),
        ("Witnesses saw four Somalis killed in an al-Shabaab ambush near the base.", "AL_SHABAAB", "SOM"),
        ("The ministry said nine Palestinians killed in an Israeli strike on a school in Gaza.", "ISR_MIL", "PSE"),
        ("Medics counted seven Yemenis killed in a Houthi missile attack on a market in Marib.", "HOUTHIS", "YEM"),
    ],
)
def test_counted_victims_are_not_the_doer(
    text: str, doer: str, not_doer: str, events_found: Any
) -> None:
    event = one_event(events_found, text, "killed", PUBLISHED)
    assert event.source_actor == doer
    assert not event.source_actor.startswith(not_doer)


def test_a_kill_verb_whose_partner_has_an_object_stays_active(events_found: Any) -> None:
    text = "Turkish jets killed and wounded dozens of PKK fighters near the border."
    event = one_event(events_found, text, "killed", PUBLISHED)
    assert event.source_actor == "TUR_AIRFORCE"
