"""A joint act done by two sides named as modifiers of one noun: "Russian and Turkish troops
began joint patrols" has both as its sides, in the order named (extract/jointacts.py,
joint_sides)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extracted import top_sides

PUBLISHED = dt.date(2019, 11, 4)


def _sides(text: str, actor_kb, event_type: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return top_sides(text, event_type, actor_kb, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Russian and Turkish troops began joint patrols along the highway east of the river.",
            ("RUS", "TUR"),
        ),
        (
            "American and Iraqi soldiers held joint exercises near the air base last week.",
            ("USA", "IRQ"),
        ),
        (
            "Jordanian and Saudi forces conducted joint drills close to the border on Sunday.",
            ("JOR", "SAU"),
        ),
        ("French and British troops held joint drills in Estonia in the spring.", ("FRA", "GBR")),
    ],
)
def test_a_joint_act_of_two_named_modifiers_has_both_as_sides(
    engine, actor_kb, text, sides
) -> None:  # type: ignore[no-untyped-def]
    assert _sides(text, actor_kb, "COOPERATE") == [sides]


def test_a_partner_named_by_with_stays_the_counterpart(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    text = "Russian and Syrian troops began joint patrols with Turkish soldiers near the town."
    assert [t for _, t in _sides(text, actor_kb, "COOPERATE")] == ["TUR"]


def test_an_attack_by_two_named_modifiers_gets_no_counterpart(engine, actor_kb) -> None:  # type: ignore[no-untyped-def]
    """An assault is no joint act: the second name is a co-doer, never its target."""
    sides = _sides("Russian and Syrian jets bombed the market town on Monday.", actor_kb, "ASSAULT")
    assert sides and all(target != "SYR" for _, target in sides)
