"""A one-word name only ever written with a capital ("the West") is an everyday word in
lowercase ("further west", "to the west"), whatever capital the words before it carry; a
rivalry says whom a side opposes, not who it is ("rival rebel factions" are rebels).
Names written for these tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", ["Further west", "Mostly west", "Largely west"])
def test_a_direction_is_no_bloc(actor_kb: Any, text: str) -> None:
    match, why = actor_kb.explain(text)
    assert match is None and "lowercase" in why


@pytest.mark.parametrize("text", ["the West", "Western governments", "Western powers"])
def test_the_capitalised_bloc_is_still_found(actor_kb: Any, text: str) -> None:
    match = actor_kb.resolve(text)
    assert match is not None and match.actor_id == "GEN_WESTERN_STATES"


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [("rival rebel factions", "GEN_REBELS"), ("competing militias", "GEN_MILITIAS"),
     ("feuding rebel groups", "GEN_REBELS")],
)  # fmt: skip
def test_a_rivalry_word_leaves_the_class(actor_kb: Any, text: str, actor_id: str) -> None:
    match = actor_kb.resolve(text)
    assert match is not None and match.actor_id == actor_id


@pytest.mark.parametrize("text", ["the rival government", "a rival administration", "the competing government"])
def test_a_rival_government_is_not_the_government(actor_kb: Any, text: str) -> None:
    """ "the rival government in the east" is another government, not the theatre state's."""
    match = actor_kb.resolve(text)
    assert match is None or match.actor_id not in ("GEN_GOVERNMENT", "GEN_GOV_FORCES")
