"""The enemy a tie of support or alliance is aimed at (extract/tieenemies.py): "X armed Y
against Z", "Y was backed by X against Z", "W, X's ally against Z" set both ends of the tie
against Z. A phrase that names no side ("against the wishes of Z"), an "against" that
belongs to another deed, or an alliance read only from a deed done together adds nothing.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

PUBLISHED = dt.date(2018, 5, 2)


def _fights(relations_found: Any, text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for k, a, b, _c in relations_found(text, PUBLISHED) if k == "fights"}


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        # a backing: the backer and the backed
        ("Washington has long armed the Syrian Democratic Forces against the Islamic State.", "USA", "SDF", "ISIS"),
        ("The Kurdish-led SDF was trained by the United States against the Islamic State.", "USA", "SDF", "ISIS"),
        ("For years Iran has armed and advised Hezbollah against Israel.", "IRN", "HEZBOLLAH", "ISR"),
        ("Qatar financed Ahrar al-Sham against the Syrian government in 2014.", "QAT", "AHRAR_AL_SHAM", "SYR_GOV"),
        # an alliance: both allies
        ("The KDP, Turkey's closest ally against the PKK, closed the border crossing.", "KDP", "TUR", "PKK"),
        ("Moscow has allied itself with Tehran against the Syrian rebels.", "RUS", "IRN", "GEN_REBELS"),
    ],
)
def test_both_ends_of_a_tie_fight_the_side_it_is_aimed_against(relations_found, text, first, second, enemy):
    fights = _fights(relations_found, text)
    assert frozenset((first, enemy)) in fights
    assert frozenset((second, enemy)) in fights


@pytest.mark.parametrize(
    ("text", "backer", "named"),
    [
        # a wish, a protest: no side is named by the phrase itself
        ("Turkey kept arming the Free Syrian Army against the wishes of Russia.", "TUR", "RUS"),
        ("Russia supported the Syrian government against Turkey's objections.", "RUS", "TUR"),
    ],
)
def test_an_against_phrase_naming_no_side_adds_no_enemy(relations_found, text, backer, named):
    assert frozenset((backer, named)) not in _fights(relations_found, text)


def test_the_against_of_a_later_deed_is_not_the_backings(relations_found):
    # the supporters lent aid to the strikers; the strikes, another deed, were against Z
    text = (
        "With support from Denmark and Norway, Britain and France carried out a wave of "
        "missile strikes on Tuesday against Islamic State targets in Raqqa."
    )
    fights = _fights(relations_found, text)
    assert frozenset(("DNK", "ISIS")) not in fights
    assert frozenset(("NOR", "ISIS")) not in fights



@pytest.mark.parametrize(
    ("text", "backer", "backed", "named"),
    [
        # a stand taken between states, in diplomacy or not, is no war
        ("Paris supported Berlin against London in the dispute over fishing rights.", "FRA", "DEU", "GBR"),
        ("Beijing backed Pyongyang against Tokyo.", "CHN", "PRK", "JPN"),
        ("Egypt backed the United Arab Emirates against Qatar at the Arab League summit.", "EGY", "ARE", "QAT"),
    ],
)
def test_a_stand_taken_against_a_state_is_no_fight(relations_found, text, backer, backed, named):
    fights = _fights(relations_found, text)
    assert frozenset((backer, named)) not in fights
    assert frozenset((backed, named)) not in fights


@pytest.mark.parametrize(
    ("text", "first", "second", "enemy"),
    [
        # backing against an armed group that is no state, or help in arms against a state
        ("Turkey backed the Free Syrian Army against the Kurdish YPG.", "TUR", "FSA", "YPG"),
        ("Russia equipped the Syrian army against Turkey in Idlib.", "RUS", "SYR_MIL", "TUR"),
    ],
)
def test_backing_against_a_militia_or_arms_against_a_state_is_a_fight(relations_found, text, first, second, enemy):
    fights = _fights(relations_found, text)
    assert frozenset((first, enemy)) in fights
    assert frozenset((second, enemy)) in fights


@pytest.mark.parametrize(
    ("text", "backer", "enemy"),
    [
        (
            (
                "Heavy fighting broke out between Kurdish fighters and tribesmen funded by Saudi Arabia "
                "against the Islamic State near Raqqa."
            ),
            "SAU",
            "ISIS",
        ),
        (
            (
                "Battles raged between Iraqi soldiers and militias armed by Iran against Islamic State "
                "militants west of Mosul."
            ),
            "IRN",
            "ISIS",
        ),
    ],
)
def test_a_backer_inside_a_parted_between_list_fights_no_one(relations_found, text, backer, enemy):
    """The "against" parts the "between" list into two sides (extract/betweensides.py); a
    backer named inside one side is no side of that fight."""
    assert frozenset((backer, enemy)) not in _fights(relations_found, text)
