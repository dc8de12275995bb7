"""The sides of an operation named with its doers and its enemies (extract/campaignsides.py;
sentences written for these tests): each doer of the "by" list fights each enemy of the
"against" list; a force's "of" list of doers are allies, and the enemies are allies only
when the list calls them so; victims and campaigns of words are no fight."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

_DAY = dt.date(2017, 5, 2)


def _ties(relations_found: Any, text: str) -> set[tuple[str, str, str]]:
    return {(k, s, t) for k, s, t, _c in relations_found(text, _DAY)}


def _allied(ties: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return ("allied", a, b) in ties or ("allied", b, a) in ties


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            (
                "Last spring's drive on the desert towns was a military campaign launched by the "
                "Syrian Army, Russia and Hezbollah against Jabhat al-Nusra and Ahrar al-Sham."
            ),
            {("fights", "SYR_MIL", "AHRAR_AL_SHAM"), ("fights", "HEZBOLLAH", "AHRAR_AL_SHAM")},
        ),
        (
            (
                "The campaign by the Syrian Democratic Forces against the Islamic State and the "
                "Nusra Front dragged on for several months."
            ),
            {("fights", "SDF", "ISIS"), ("fights", "SDF", "JABHAT_AL_NUSRA")},
        ),
        (
            (
                "Monitors said the Kirkuk campaign (2017) conducted by the Iraqi Army against "
                "Islamic State holdouts had ended."
            ),
            {("fights", "IRQ_MIL", "ISIS")},
        ),
        (
            (
                "It was an offensive mounted by the armed forces of Russia, Iran and Turkey "
                "against Ahrar al-Sham in the hills."
            ),
            {("fights", "RUS", "AHRAR_AL_SHAM"), ("fights", "IRN", "AHRAR_AL_SHAM")},
        ),
    ],
)
def test_each_doer_of_a_campaign_fights_each_enemy(
    relations_found: Any, text: str, wanted: set[tuple[str, str, str]]
) -> None:
    assert wanted <= _ties(relations_found, text)


def test_a_force_listing_its_sides_makes_them_allies(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "It was an offensive mounted by the armed forces of Russia, Iran and Turkey "
        "against Ahrar al-Sham in the hills.",
    )
    assert _allied(ties, "RUS", "IRN")


def test_enemies_called_allied_are_allies(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "The operation was launched by Russia against Ahrar al-Sham and allied fighters of "
        "the Nusra Front near the border.",
    )
    assert _allied(ties, "AHRAR_AL_SHAM", "JABHAT_AL_NUSRA")
    assert ("fights", "RUS", "JABHAT_AL_NUSRA") in ties


def test_enemies_listed_alone_are_no_allies(relations_found: Any) -> None:
    ties = _ties(
        relations_found,
        "The campaign by Russia against Ahrar al-Sham and the Islamic State went on all winter.",
    )
    assert ("fights", "RUS", "ISIS") in ties
    assert not _allied(ties, "AHRAR_AL_SHAM", "ISIS")


@pytest.mark.parametrize(
    "text",
    [
        "A campaign by the Syrian Army against journalists and aid workers drew wide condemnation.",
        "A media campaign by Turkey against the Syrian Democratic Forces began on Monday.",
        "Talks by the United Nations against the backdrop of new clashes resumed in Geneva.",
    ],
)
def test_victims_words_and_talks_are_no_fight(relations_found: Any, text: str) -> None:
    fights = {(s, t) for k, s, t in _ties(relations_found, text) if k == "fights"}
    assert not fights
