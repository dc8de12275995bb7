"""A projectile that falls or rains down on a target is an assault on it by whoever's
projectile it is; "fell" with no projectile as subject is no attack ("the town fell" is
control's). Sentences written for these tests (events.yaml: fall, rain)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 5, 28)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Russian bombs fell on rebel positions south of Idlib overnight.", "RUS", "GEN_REBELS"),
        ("Turkish shells rained down on YPG positions near Afrin.", "TUR", "YPG"),
        ("Israeli missiles fell on Hezbollah depots outside Damascus.", "ISR", "HEZBOLLAH"),
    ],
)  # fmt: skip
def test_projectiles_that_fall_on_a_side_are_its_enemys_assault(
    events_found: Any, actor_kb: Any, text: str, doer: str, target: str
) -> None:
    found = {(actor_kb.top_of(e.source_actor), e.target_actor) for e in events_found(text, _DAY) if e.type == "ASSAULT"}
    assert (doer, target) in found


@pytest.mark.parametrize(
    "text",
    [
        "The town fell to the rebels on Sunday.",
        "Prices fell sharply in Aleppo last month.",
        "Heavy rain fell on the camps near Azaz.",
        "The latest round of peace talks fell apart in Astana on Friday.",
        "A fresh round of sanctions fell on Tehran after the strike.",
    ],
)
def test_falling_without_a_projectile_is_no_assault(events_found: Any, text: str) -> None:
    assert not [e for e in events_found(text, _DAY) if e.type == "ASSAULT" and e.trigger.lower().startswith(("fell", "rain"))]
