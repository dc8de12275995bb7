"""An act told by its noun "killing" or "looting" with whom or what it befell ("the killing
of X by Y", "the looting of shops by Y") is an event, its doer the "by" agent (events.yaml
``nouns``: ``needs_modifier: [detained_preps]``); a bare "the killings", "looting" with
nothing named is none. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2019, 11, 5)


@pytest.mark.parametrize(
    ("text", "kind", "doer", "victims"),
    [
        (
            "Rights groups denounced the killing of civilians by Russian troops in Bucha.",
            "ASSAULT",
            "RUS_MIL",
            "GEN_CIVILIANS",
        ),
        (
            "Witnesses described the killing of three aid workers by Taliban gunmen in Kunduz.",
            "ASSAULT",
            "TALIBAN",
            "GEN_AID_WORKERS",
        ),
        (
            "The killing of dozens of villagers by Boko Haram fighters shocked the region.",
            "ASSAULT",
            "BOKO_HARAM",
            None,
        ),
        (
            "Residents reported the looting of shops by RSF fighters in Wad Madani.",
            "COERCE",
            "RSF_SDN",
            None,
        ),
        (
            "The looting of the museum by Islamic State militants in Mosul was filmed.",
            "COERCE",
            "ISIS",
            None,
        ),
        (
            "Villagers described the looting of homes by Houthi fighters near Taiz.",
            "COERCE",
            "HOUTHIS",
            None,
        ),
    ],
)
def test_killing_and_looting_nouns_are_acts(
    events_found: Any, text: str, kind: str, doer: str, victims: str | None
) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type == kind]
    assert len(found) == 1, [(e.type, e.source_actor, e.target_actor) for e in found]
    assert found[0].source_actor == doer
    if victims is not None:
        assert found[0].target_actor == victims


@pytest.mark.parametrize(
    "text",
    [
        "The killings went on for days.",
        "Looting was widespread in the capital after the blast.",
    ],
)
def test_bare_killings_and_looting_are_no_act(events_found: Any, text: str) -> None:
    found = [e for e in events_found(text, PUBLISHED) if e.type in ("ASSAULT", "COERCE")]
    assert not found, [(e.type, e.source_actor, e.target_actor) for e in found]
