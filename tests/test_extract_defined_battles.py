"""A battle the copula defines as an act carried by a participle: "The Battle of T was a
campaign waged by X against Y" (extract/arguments.py ``_fill_from_complement``): the
participle's agent is the doer even where the parser does not read it as passive, and an
"against" the parser hangs on that agent still names the target. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2017, 1, 10)


def _sides(events_found: Any, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.source_actor, e.target_actor) for e in events_found(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            ("The Battle of Ramadi was a campaign waged by Iraqi security forces against the"
            " Islamic State."),
            ("ASSAULT", "IRQ_MIL", "ISIS"),
        ),
        (
            ("The siege of Kobani was an offensive mounted by Islamic State fighters against"
            " Kurdish militias in the border town."),
            ("COERCE", "ISIS", "GEN_KURDISH_FORCES"),
        ),
        (
            ("The battle for Tikrit was an offensive conducted by Iraqi troops and Shiite militias"
            " against Islamic State fighters in the town."),
            ("ASSAULT", "IRQ_MIL", "ISIS"),
        ),
    ],
)
def test_a_defined_battle_takes_the_sides_of_its_definition(
    text: str, sides: tuple[str, str, str], events_found: Any
) -> None:
    assert sides in _sides(events_found, text), _sides(events_found, text)


def test_a_backer_of_the_doer_is_no_target(events_found: Any) -> None:
    text = (
        "The Battle of Mosul was a campaign waged by Iraqi forces backed by American jets in the"
        " old city."
    )
    found = _sides(events_found, text)
    assert found, found
    assert all(target not in ("USA", "USA_AIRFORCE", "USA_MIL") for _type, _source, target in found), found


def test_the_defined_doer_outranks_a_place_named_before_the_act(events_found: Any) -> None:
    """ "The Northern Iraq offensive": Iraq is in a place's name, not the offensive's doer."""
    text = (
        "The Northern Iraq offensive was a campaign launched by the Islamic State against"
        " Kurdish Peshmerga forces."
    )
    found = _sides(events_found, text)
    assert ("ASSAULT", "ISIS", "PESHMERGA") in found, found
    assert all(source != "IRQ_MIL" for _type, source, _target in found), found
