"""The enemy an operation's aim implies, with no "against" (extract/campaignsides.py,
``operation_aim_pairs``; sentences written for these tests): whoever launches, leads or
wages the operation fights whom its purpose takes a place from, drives out, or whose held
place it is to take or is launched on. An operation to protect a place names no enemy, and
a planned or called-off one is no fact."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 5, 2)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str, str]]:
    return set(relations_found(text, _DAY))


def _fights(ties: set[tuple[str, str, str, str]], a: str, b: str) -> set[str]:
    """The certainties of every "fights" tie between a and b, either way round."""
    return {c for k, s, t, c in ties if k == "fights" and {s, t} == {a, b}}


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            (
                "The Tabqa offensive was a military operation launched by the Syrian Democratic "
                "Forces to capture the dam town from the Islamic State."
            ),
            "SDF",
            "ISIS",
        ),
        (
            (
                "A year earlier the Iraqi Army had mounted a campaign to drive the Islamic State "
                "out of the river towns."
            ),
            "IRQ_MIL",
            "ISIS",
        ),
        (
            "The Syrian Army's offensive on the ISIL-held town of Maskanah began in March.",
            "SYR_MIL",
            "ISIS",
        ),
        (
            "The Hezbollah-led offensive on ISIS-held villages in the mountains lasted weeks.",
            "HEZBOLLAH",
            "ISIS",
        ),
        (
            (
                "In the spring the Syrian Army launched an operation to retake the Islamic State "
                "stronghold of Palmyra."
            ),
            "SYR_MIL",
            "ISIS",
        ),
        (
            (
                "The campaign by Turkish troops to expel the Islamic State from the border strip "
                "ended in February."
            ),
            "TUR_MIL",
            "ISIS",
        ),
    ],
)
def test_the_aim_of_an_operation_names_its_enemy(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    ties = _ties(relations_found, text)
    assert "asserted" in _fights(ties, doer, enemy), ties


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        (
            (
                "The fighting was concurrent with the 2016 Euphrates campaign by the Syrian Army "
                "to capture IS territory towards the border."
            ),
            "SYR_MIL",
            "ISIS",
        ),
        (
            (
                "The raids were overshadowed by the spring campaign by the Iraqi Army to retake "
                "Islamic State territory in Anbar."
            ),
            "IRQ_MIL",
            "ISIS",
        ),
        (
            (
                "The siege was timed with the autumn offensive by Turkish troops to drive the "
                "Islamic State out of the border towns."
            ),
            "TUR_MIL",
            "ISIS",
        ),
    ],
)
def test_an_aim_the_parser_hangs_on_the_clause_is_the_operations(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    """The infinitive that starts where the operation's phrase ends tells its aim, wherever
    the parser hangs it; the operation is told as done, so the fight is a fact."""
    ties = _ties(relations_found, text)
    assert "asserted" in _fights(ties, doer, enemy), ties


def test_an_operation_to_protect_a_place_names_no_enemy(relations_found: Any) -> None:
    # the place is held by an ally it is to protect, not by an enemy it is to take
    text = "The Iraqi Army launched an operation to protect the Peshmerga-held town of Makhmour."
    ties = _ties(relations_found, text)
    assert not {t for t in ties if t[0] == "fights" and "IRQ_MIL" in t[1:3]}, ties


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Army is planning an offensive to capture the town from the Islamic State.",
        "The Iraqi Army called off an operation to drive the Islamic State out of the valley.",
    ],
)
def test_a_planned_or_called_off_operation_is_no_fact(relations_found: Any, text: str) -> None:
    ties = _ties(relations_found, text)
    assert "asserted" not in _fights(ties, "SYR_MIL", "ISIS") | _fights(ties, "IRQ_MIL", "ISIS")
