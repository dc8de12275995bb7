"""Two places where the object of a preposition was read as an act's target: "blamed the
attack on X" (X is blamed, the doer) and "attacked with tanks" (the means). Sentences are our
own."""

from __future__ import annotations

import pytest
from extracted import extract


def _acts(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.source_actor, e.target_actor) for e in extract(text).events]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("State media blamed the attack on terrorists.", "GEN_TERRORISTS"),
        ("The interior ministry blamed Sunday's car bombing on the Islamic State.", "ISIS"),
        ("Officials in Damascus blamed the shelling of the bakery on rebel groups.", "GEN_REBELS"),
    ],
)
def test_the_one_an_act_is_blamed_on_did_it(text: str, doer: str) -> None:
    deeds = [a for a in _acts(text) if a[0] == "ASSAULT"]
    assert deeds and all(source == doer and target != doer for _, source, target in deeds), deeds


def test_an_attack_on_someone_still_has_its_target() -> None:
    deeds = [a for a in _acts("The attack on Kurdish fighters killed five, officials said.")]
    assert any(kind == "ASSAULT" and target == "GEN_KURDISH_FORCES" for kind, _, target in deeds), deeds


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters are attacking with American tanks they seized in Mosul.",
        "The militants stormed the checkpoint with Russian-made rockets and mortars.",
        "Insurgents attacked the outpost with Iranian drones before dawn.",
    ],
)
def test_the_weapons_an_attack_is_made_with_are_not_its_target(text: str) -> None:
    deeds = [a for a in _acts(text) if a[0] == "ASSAULT"]
    states = {"USA_MIL", "USA", "RUS", "RUS_MIL", "IRN", "IRN_MIL"}
    assert deeds and all(target not in states for _, _, target in deeds), deeds


def test_fighting_with_someone_still_names_the_other_side() -> None:
    deeds = _acts("Rebels clashed with government troops near Hama on Friday.")
    assert ("ASSAULT", "GEN_REBELS", "SYR_MIL") in deeds, deeds
