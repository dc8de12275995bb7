"""Weapons or vehicles the attackers seize in an attack are part of that attack: one ASSAULT,
no COERCE beside it; a seizure with no attack by its doer told beside it stays. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 5, 8)


def _acts(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of every ASSAULT and COERCE the pipeline stores from the text."""
    from frontwatch.pipeline import process_texts

    events = process_texts([text], dates=[PUBLISHED])[0].events
    return [(e.type, e.trigger.lower()) for e in events if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Al-Shabaab fighters overran an army base near Jowhar on Friday, killing six soldiers "
            "and seizing two trucks."
        ),
        (
            "Al-Shabaab militants ambushed an army convoy near Afgooye on Monday. The militants "
            "seized weapons and two trucks, residents said."
        ),
        (
            "Houthi fighters stormed a government post in Taiz on Sunday. The fighters captured a "
            "tank and several rifles, a local official said."
        ),
    ],
)
def test_spoils_seized_in_an_attack_are_that_attack(text: str) -> None:
    acts = _acts(text)
    assert [kind for kind, _ in acts] == ["ASSAULT"], acts


def test_a_seizure_with_no_attack_beside_it_stays() -> None:
    assert _acts("Police confiscated a weapons cache in Kirkuk on Tuesday, officials said.") == [
        ("COERCE", "confiscated")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters seized rifles and shells in the fighting outside Hama.",
        "In Idlib, militants seized and destroyed several army vehicles on Monday.",
    ],
)
def test_a_seizure_told_before_the_attack_stays(text: str) -> None:
    assert ("COERCE", "seized") in _acts(text), _acts(text)


def test_another_sides_seizure_stays_apart() -> None:
    acts = _acts(
        "Jihadists attacked a village near Djibo on Sunday. Soldiers later seized a weapons "
        "depot in Arbinda."
    )
    assert ("COERCE", "seized") in acts, acts
