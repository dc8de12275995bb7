"""Both sides of a fight told as "fighting broke out between X and Y"."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2017, 10, 16)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Heavy fighting broke out between the army and al-Shabab near Baidoa.",
            ("SOM", "AL_SHABAAB"),
        ),
        (
            "Clashes erupted between Kurdish forces and Iraqi troops near Kirkuk.",
            ("PESHMERGA", "IRQ"),
        ),
        (
            "Fierce battles raged between the Taliban and Afghan forces in Kunduz.",
            ("TALIBAN", "AFG"),
        ),
    ],
)
def test_the_sides_of_a_fight_told_on_its_verb(engine, actor_kb, text: str, sides: tuple) -> None:
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    found = [(actor_kb.top_of(e.source_actor), actor_kb.top_of(e.target_actor)) for e in events]
    assert found == [tuple(actor_kb.top_of(s) for s in sides)]
