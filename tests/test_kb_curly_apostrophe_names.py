"""A name written with a curly apostrophe, as wire copy sets it ("Kurdistan Workers’ Party",
"Kata’ib Hezbollah"), is the same actor as with a straight one: the entity ruler holds
the curly form too, so the place word inside the name is no place of its own and the name
is not cut down to a shorter actor's ("Hezbollah")."""

from __future__ import annotations

import pytest
from extracted import extract


def _actors(text: str) -> dict[str, str]:
    return {m.text: m.actor_id for m in extract(text).mentions if m.actor_id}


def _actor_named(text: str, name: str) -> str:
    """The actor of the mention that holds the whole name ("X fighters" holds "X")."""
    return next((actor for said, actor in _actors(text).items() if name in said), "")


def _places(text: str) -> list[str]:
    return [m.text for m in extract(text).mentions if m.place_id]


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Turkish warplanes bombed hideouts of the outlawed Kurdistan Workers’ Party overnight, Ankara said.",
         "Kurdistan Workers’ Party", "PKK"),
        ("Kata’ib Hezbollah claimed the rocket fire on the airbase in a brief statement.",
         "Kata’ib Hezbollah", "KATAIB_HEZBOLLAH"),
        ("Hay’at Tahrir al-Sham fighters shelled army positions south of the city on Friday.",
         "Hay’at Tahrir al-Sham", "HTS"),
    ],
)
def test_a_curly_apostrophe_name_is_the_whole_actor(text: str, name: str, actor: str) -> None:
    assert _actor_named(text, name) == actor, _actors(text)


def test_the_place_word_inside_the_name_is_no_place() -> None:
    text = "Security forces arrested three members of the Kurdistan Workers’ Party in a raid."
    assert "Kurdistan" not in _places(text), _places(text)


def test_a_curly_possessive_of_a_place_stays_a_place() -> None:
    text = "Fighting spread to Kurdistan’s border districts, officials in Erbil said."
    assert "Kurdistan" in _places(text), _places(text)


def test_a_country_owning_a_group_stays_a_place() -> None:
    text = "Advisers from Lebanon’s Hezbollah were wounded in the raid, a militia official said."
    assert "Lebanon" in _places(text), _places(text)
