"""The sides an operation's own phrase names: what a naming verb says the act is ("the X
offensive refers to a campaign launched by A", "began as an offensive launched by A"), a
battle that "pitted A against B", and "the campaign of A against B"
(extract/actcomplements.py, extract/nounacts.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 6, 1)


def _assaults(events_found: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_actor, e.target_actor) for e in events_found(text, _DAY) if e.type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Wadi Barada offensive refers to a military campaign launched near Damascus in January by the Syrian army and allied militias.", "SYR_MIL"),
        ("The Tabqa offensive refers to an operation carried out in the spring by the Syrian Democratic Forces.", "SDF"),
        ("The Tabqa battle began in the spring as a campaign launched by the Syrian Democratic Forces against Islamic State militants.", "SDF"),
        ("The Battle of Manbij started in June as an operation mounted by the Syrian Democratic Forces against the Islamic State.", "SDF"),
    ],
)  # fmt: skip
def test_a_naming_verb_gives_the_operation_its_doer(events_found: Any, text: str, doer: str) -> None:
    assert doer in {source for source, _ in _assaults(events_found, text)}


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("The battle for Tabqa pitted the Syrian Democratic Forces against Islamic State fighters.", "SDF", "ISIS"),
        ("Fierce fighting that pitted government troops against rebel fighters raged in Daraa for a week.", "SYR_MIL", "GEN_REBELS"),
        ("A long battle pitting Islamic State militants against the Syrian army raged in Deir ez-Zor.", "ISIS", "SYR_MIL"),
    ],
)  # fmt: skip
def test_a_battle_that_pits_one_side_against_another(
    events_found: Any, text: str, doer: str, target: str
) -> None:
    assert (doer, target) in _assaults(events_found, text)


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("The offensive of the Iraqi army against Islamic State fighters in Anbar began in May.", "IRQ_MIL", "ISIS"),
        ("Operation Euphrates Shield was a cross-border campaign of the Turkish army near Jarablus against Islamic State militants.", "TUR_MIL", "ISIS"),
        ("The offensive of the Syrian Democratic Forces against the Islamic State near Manbij lasted two months.", "SDF", "ISIS"),
    ],
)  # fmt: skip
def test_the_of_an_operation_against_an_enemy_is_its_doer(
    events_found: Any, text: str, doer: str, target: str
) -> None:
    assert (doer, target) in _assaults(events_found, text)


def test_the_of_an_operation_with_no_enemy_names_no_doer(events_found: Any) -> None:
    """ "the offensive of the army" may name either side: no doer without "against"."""
    text = "The offensive of the army stalled near Hama after heavy losses."
    assert "SYR_MIL" not in {source for source, _ in _assaults(events_found, text)}


def test_a_war_pitting_neighbours_names_no_armed_side(events_found: Any) -> None:
    text = "The battle over water rights pitted farmers against herders near Hama."
    assert not [s for s, _ in _assaults(events_found, text) if s == "SYR_MIL"]
