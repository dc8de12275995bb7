"""A one-sided assault faces the only other party its article names, an insurgent group,
even when the article names it once; a state named once is no such enemy."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2015, 12, 1)


def assaults(text: str) -> list:
    from frontwatch.pipeline import process_texts

    result = process_texts([text], dates=[PUBLISHED])[0]
    return [e for e in result.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "enemy"),
    [
        (
            (
                "Iraqi troops attacked the outskirts of Ramadi on Monday. By Friday, Iraqi troops had "
                "encircled the city, and the Islamic State was short of supplies."
            ),
            "ISIS",
        ),
        (
            (
                "Nigerian troops shelled positions outside Bama overnight. Residents said Boko Haram "
                "had fortified the town's outskirts."
            ),
            "BOKO_HARAM",
        ),
        (
            (
                "Somali soldiers raided a village in Lower Shabelle at dawn. Officials said "
                "al-Shabab had used it as a base."
            ),
            "AL_SHABAAB",
        ),
    ],
)
def test_the_only_other_party_an_armed_group_is_the_enemy(
    engine, actor_kb, text: str, enemy: str
) -> None:
    found = assaults(text)
    assert found
    assert actor_kb.top_of(found[0].target_actor) == actor_kb.top_of(enemy)


STATE_NAMED_ONCE = (
    "Iraqi troops attacked the outskirts of Ramadi on Monday. Turkey said it was watching closely.",
    "Nigerian troops shelled positions outside Bama overnight. Chad said it would send aid.",
)


def test_a_state_named_once_is_not_made_the_enemy(engine) -> None:
    targets = [[e.target_actor for e in assaults(text)] for text in STATE_NAMED_ONCE]
    assert targets == [[""], [""]]
