"""An act aimed at people a civilian word names is done to civilians.

"Gunmen opened fire on worshippers", "insurgents fired mortars at shoppers", "the suicide attack
hit mourners": the act's target is civilians (extract/civiliansites.py; the civilian,
child and woman nouns of cues.yaml; ``civilian_sites.shot_objects`` in events.yaml for what
was shot rather than hit). Soldiers or fighters aimed at, alone or beside residents, stay
the side they are. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.extract.sides import CIVILIANS
from tests.extracted import one_event

PUBLISHED = dt.date(2017, 5, 2)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen opened fire on worshippers leaving a mosque in Baquba on Friday.", "opened"),
        ("Insurgents fired mortars at shoppers in a Baghdad market.", "fired"),
        ("The suicide attack hit mourners at a funeral near Tikrit.", "hit"),
        ("Militiamen fired rockets at displaced families sheltering near Hama.", "fired"),
        ("The explosion in a crowded district of Kirkuk targeted worshippers after Friday prayers.", "targeted"),
    ],
)
def test_people_a_civilian_word_names_are_the_target(events_found: Any, text: str, trigger: str) -> None:
    assert one_event(events_found, text, trigger, PUBLISHED).target_actor == CIVILIANS


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen opened fire on soldiers at a checkpoint near Samarra on Friday.", "opened"),
        ("Insurgents fired mortars at Kurdish fighters and residents near Kirkuk.", "fired"),
    ],
)
def test_fighters_aimed_at_are_no_civilians(events_found: Any, text: str, trigger: str) -> None:
    target = one_event(events_found, text, trigger, PUBLISHED).target_actor
    assert target not in ("", CIVILIANS)
