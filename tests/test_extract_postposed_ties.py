"""A class noun whose backer or ally is named after it draws the tie the KB notes.

"depots of groups affiliated with Iran's Quds Force" ties Iran to the groups as
"Quds Force-affiliated groups" would: a state linked to a group of no state backs it
(extract/postlinks.py ``postposed_ties``, drawn by extract/noteties.py). A tie denied or
past draws none, nor do a side's own men. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2023, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "American jets bombed depots held by groups affiliated with Iran's Quds Force near Mayadin.",
        "Groups affiliated with Iran's Revolutionary Guards fired drones at a garrison east of the Euphrates.",
        "The Pentagon blamed the rocket fire on groups linked to Tehran, a spokesman said.",
        "Overnight raids hit warehouses run by factions aligned with the Islamic Republic of Iran.",
    ],
)
def test_a_state_named_after_the_groups_backs_them(relations_found: Any, text: str) -> None:
    ties = relations_found(text, PUBLISHED)
    assert any(k == "backs" and s == "IRN" for k, s, _t, _c in ties), ties


@pytest.mark.parametrize(
    "text",
    [
        "Groups formerly affiliated with Iran's Quds Force raided a checkpoint near Albu Kamal.",
        "Factions once aligned with Tehran shelled a village south of Deir ez-Zor.",
        "Groups not affiliated with Iran's Revolutionary Guards held a rally in the town.",
    ],
)
def test_a_past_or_denied_link_draws_no_tie(relations_found: Any, text: str) -> None:
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "backs" and s == "IRN" for k, s, _t, _c in ties), ties


def test_a_sides_own_troops_are_not_backed_by_it(relations_found: Any) -> None:
    text = "Troops loyal to the Syrian government shelled a district of the town on Monday."
    ties = relations_found(text, PUBLISHED)
    assert not any(k == "backs" for k, _s, _t, _c in ties), ties


def test_a_noted_backer_does_not_share_the_groups_fight(relations_found: Any) -> None:
    """The tie names who backs the groups; the strikes in its sentence are no deed of the
    backer, so Iran is not drawn into the groups' fight with the coalition (allyties.py)."""
    text = (
        "The strikes were carried out after repeated drone attacks on coalition troops in "
        "Syria by groups affiliated with Iran's Quds Force."
    )
    ties = relations_found(text, PUBLISHED)
    assert ("backs", "IRN", "GEN_PRO_GOV_MILITIAS", "asserted") in ties, ties
    assert not any(k == "fights" and s == "IRN" for k, s, _t, _c in ties), ties


def test_a_link_that_makes_no_side_draws_no_tie(relations_found: Any) -> None:
    text = "The patrol was attacked last week by Nusra gunmen, a group affiliated with al-Qaeda."
    ties = relations_found(text, PUBLISHED)
    assert not any(s.startswith("GEN_") or t.startswith("GEN_") for _k, s, t, _c in ties), ties
