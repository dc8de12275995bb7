"""A hostile act with no target whose dead or hurt are all civilians, children or women of
no party was done to civilians (extract/victims.py, civilians_killed_are_target)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import of_type, one_event

PUBLISHED = dt.date(2018, 4, 2)


def assaults(text: str, published: dt.date = PUBLISHED) -> list:
    return of_type(text, "ASSAULT", published)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Government jets bombed the market in Douma, killing nine children.", "bombed"),
        ("Seven women were killed when Russian jets struck the village of Kafr Nabl.", "killed"),
        ("Rebel shelling killed four schoolchildren in the city of Aleppo on Monday.", "killed"),
        ("The army accused the rebels of killing innocent civilians near Hama.", "killing"),
    ],
)
def test_civilian_dead_are_the_target(engine, text: str, trigger: str) -> None:
    event = one_event(assaults, text, trigger)
    assert event.source_actor
    assert event.target_actor == "GEN_CIVILIANS"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # people and men name no side: no one is the target (the outskirts, not a market:
        # an act on a market is on civilians whoever died, extract/civiliansites.py)
        ("Government jets bombed the outskirts of Douma, killing nine people.", "bombed"),
        # soldiers among the dead: not all of them civilians
        ("Rebel shelling killed four soldiers and two children in Aleppo on Monday.", "killed"),
    ],
)
def test_other_dead_make_no_civilian_target(engine, text: str, trigger: str) -> None:
    assert one_event(assaults, text, trigger).target_actor != "GEN_CIVILIANS"


def test_a_named_target_stays(engine) -> None:
    event = one_event(
        assaults, "Russian jets struck rebel positions near Idlib, killing two children.", "struck"
    )
    assert event.target_actor not in ("", "GEN_CIVILIANS")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Insurgents seized the checkpoint, and regime warplanes killed five women.", "seized"),
        (
            "The insurgents captured the district as regime artillery killed three children.",
            "captured",
        ),
        ("Rebel fighters shelled the town while government snipers killed two farmers.", "shelled"),
    ],
)
def test_civilians_another_side_killed_are_not_the_target(engine, text: str, trigger: str) -> None:
    assert one_event(assaults, text, trigger).target_actor != "GEN_CIVILIANS"
