"""A people's adjective on a civilian noun ("a British aid worker", "an American journalist",
"three Kurdish farmers") tells where the victims come from: the act was done to civilians, not
to their state or people (extract/countrymen.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2016, 6, 1)


def _targets(events_found: Any, text: str) -> set[str | None]:
    return {e.target_actor for e in events_found(text, _DAY) if e.type in ("ASSAULT", "COERCE")}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Masked gunmen kidnapped a British aid worker in northern Syria on Tuesday.", "GBR"),
        ("Islamic State militants beheaded an American journalist near Raqqa.", "USA"),
        ("Turkish shelling wounded three Kurdish farmers near Kobani.", "GEN_KURDS"),
        ("Jihadists abducted two Italian nurses from a clinic outside Aleppo.", "ITA"),
    ],
)  # fmt: skip
def test_civilians_of_a_people_are_civilians(events_found: Any, text: str, state: str) -> None:
    targets = _targets(events_found, text)
    assert "GEN_CIVILIANS" in targets
    assert state not in targets


def test_a_party_on_a_civilian_noun_keeps_its_party(events_found: Any) -> None:
    """ "Hezbollah medics" are the party's: the noun is no people's adjective."""
    text = "Israeli jets killed three Hezbollah medics near Qusayr."
    assert "HEZBOLLAH" in _targets(events_found, text)


def test_soldiers_of_a_state_stay_its_forces(events_found: Any) -> None:
    text = "A roadside bomb killed two Turkish soldiers near Afrin."
    assert "GEN_CIVILIANS" not in _targets(events_found, text)
