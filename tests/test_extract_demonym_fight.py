"""A demonym on "fight" names the state that fights: "supporting the Iraqi fight against
the Islamic State" is Iraq's fight (``tie_guards.state_nouns`` in relations.yaml, read by
extract/tieguards.py), as "the Iraqi offensive" is Iraq's; "the Syrian war" names no side.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.extracted import plain_ties, tied

PUBLISHED = dt.date(2016, 5, 4)


def test_supporting_a_states_fight_backs_it_and_it_fights_the_enemy(relations_found: Any) -> None:
    text = "British advisers are supporting the Iraqi fight against the Islamic State near Mosul."
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert tied(ties, "fights", "IRQ", "ISIS")
    assert any(kind == "backs" and target == "IRQ" for kind, _source, target in ties)


def test_joining_a_states_fight(relations_found: Any) -> None:
    text = "French jets joined the Iraqi fight against IS militants in Anbar on Monday."
    assert tied(plain_ties(relations_found, text, PUBLISHED), "fights", "IRQ", "ISIS")


def test_a_war_named_by_its_country_is_no_side(relations_found: Any) -> None:
    text = "The Syrian war has killed hundreds of thousands of people since 2011."
    assert not plain_ties(relations_found, text, PUBLISHED)
