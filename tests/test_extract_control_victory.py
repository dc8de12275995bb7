"""A victory in a town is a change of hands to the winner: "X declared victory over Y
in T", "X's victory in T"; a victory in an election or a hoped-for one is not."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

PUBLISHED = dt.date(2017, 5, 4)


@lru_cache(maxsize=64)
def captures(text: str) -> tuple[tuple[str, str, str, str], ...]:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    assert not result.error, result.error
    return tuple(
        (c.place_text, c.new_controller, c.previous_controller, c.claim.certainty)
        for c in result.control_changes
        if c.kind == "capture"
    )


@pytest.mark.parametrize(
    ("text", "place", "winner", "loser"),
    [
        (
            ("The Syrian Democratic Forces declared victory over Islamic State in Raqqa today."),
            "Raqqa",
            "SDF",
            "ISIS",
        ),
        (
            "The SDF officially declared final victory over the militants in Baghuz.",
            "Baghuz",
            "SDF",
            "GEN_MILITANTS",
        ),
        ("The army hailed its victory over the rebels at Qusair.", "Qusair", "SYR_MIL", ""),
        (
            "Kurdish fighters celebrated their victory in Kobani after months of fighting.",
            "Kobani",
            "YPG",
            "",
        ),
    ],
)
def test_the_winner_of_a_victory_in_a_town_took_it(
    text: str, place: str, winner: str, loser: str
) -> None:
    found = [c for c in captures(text) if c[0] == place and c[1] == winner]
    assert found, captures(text)
    assert not loser or found[0][2] == loser, found


def test_a_leader_who_declares_victory_stands_for_his_states_forces() -> None:
    found = captures(
        "Iraqi Prime Minister Haider al-Abadi, declaring victory over Islamic State in the "
        "city of Tikrit, said the army would push on."
    )
    assert [c for c in found if c[0] == "Tikrit" and c[1] == "IRQ_MIL"], found


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party declared victory in the elections in Baghdad.",
        "The Kurdistan Democratic Party claimed victory in the referendum in Erbil.",
        "The Observatory declared victory over the censors in Aleppo.",
        "Iraqi forces hope for a quick victory in Mosul.",
        "The victory in Tal Afar came after a week of fighting.",
        "The rebels declared victory over the army in Idlib province.",
    ],
)
def test_no_change_without_a_fight_a_winner_or_a_town(text: str) -> None:
    assert not captures(text), captures(text)
