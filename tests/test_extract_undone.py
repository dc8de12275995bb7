"""A noun trigger the verb over it undoes or hits is no act of the verb's subject
(triggers.py ``_undone_or_attacked``): "broke the siege" is no siege by those who broke it,
"targeted an aid convoy" no aid given by the attackers. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2016, 9, 20)


@pytest.fixture
def acts_of(events_found: Any) -> Any:
    def acts(text: str) -> set[tuple[str, str]]:
        return {(e.type, e.source_actor) for e in events_found(text, PUBLISHED)}

    return acts


@pytest.mark.parametrize(
    ("text", "not_an_act"),
    [
        ("Russian warplanes targeted an aid convoy near Aleppo, killing 20 drivers.", "AID"),
        ("Government jets bombed a relief convoy on the road to Daraya.", "AID"),
        ("Government forces broke the three-year siege of Deir ez-Zor on Tuesday.", "COERCE"),
        ("The rebels launched a counteroffensive, breaching the siege from the south.", "COERCE"),
        ("Rebel fighters violated the truce in the northern countryside of Hama.", "AGREE"),
    ],
)
def test_what_the_verb_undid_or_hit_is_no_act_of_its_subject(
    text: str, not_an_act: str, acts_of: Any
) -> None:
    assert not [kind for kind, _source in acts_of(text) if kind == not_an_act], acts_of(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Russian warplanes targeted an aid convoy near Aleppo, killing 20 drivers.",
            ("ASSAULT", "RUS_AIRFORCE"),
        ),
        ("The Syrian Arab Red Crescent sent an aid convoy to Madaya on Monday.", ("AID", "SARC")),
        ("The army besieged the town of Madaya for months.", ("COERCE", "SYR_MIL")),
        (
            "Turkey launched a mediation effort between the two factions in Idlib.",
            ("CONSULT", "TUR"),
        ),
    ],
)
def test_the_verb_itself_and_carried_acts_stay(
    text: str, act: tuple[str, str], acts_of: Any
) -> None:
    assert act in acts_of(text), acts_of(text)
