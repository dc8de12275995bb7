"""Every side a deed's phrase lists is a side of the deed (extract/sidelists.listed_sides):
ground taken "from A and B" or "from A and allied Y" is taken from both; strikes "against A
and against B" hit both; "A and allied Y" are allies (extract/alliedmods.py), also when Y is
an armed class. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from extracted import plain_ties, tied

PUBLISHED = dt.date(2018, 3, 1)


@pytest.mark.parametrize(
    ("text", "doer", "losers"),
    [
        (
            "Government troops wrested the village from the Nusra Front and allied rebels after a week of fighting.",
            "SYR_MIL",
            ("JABHAT_AL_NUSRA", "GEN_REBELS"),
        ),
        (
            "The army retook the hill town from Ahrar al-Sham and Jaish al-Islam on Friday.",
            "SYR_MIL",
            ("AHRAR_AL_SHAM", "JAYSH_AL_ISLAM"),
        ),
        (
            "Syrian troops captured the airbase from Jaish al-Islam and allied rebels at dawn.",
            "SYR_MIL",
            ("JAYSH_AL_ISLAM", "GEN_REBELS"),
        ),
    ],
)
def test_ground_taken_from_a_list_is_taken_from_each_side(
    relations_found: Any, text: str, doer: str, losers: tuple[str, ...]
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(tied(ties, "fights", doer, loser) for loser in losers), ties


@pytest.mark.parametrize(
    ("text", "doer", "targets"),
    [
        (
            "Israel retaliated with air strikes against Hezbollah depots and against Iranian militias near the border.",
            "ISR",
            ("HEZBOLLAH", "GEN_MILITIAS"),
        ),
        (
            "Ankara hit back with artillery against Syrian army posts and against the Kurdish fighters in Manbij.",
            "TUR",
            ("SYR_MIL", "YPG"),
        ),
    ],
)
def test_every_against_of_a_deed_names_an_enemy(
    relations_found: Any, text: str, doer: str, targets: tuple[str, ...]
) -> None:
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert all(tied(ties, "fights", doer, target) for target in targets), ties
    assert not tied(ties, "allied", *targets)


def test_a_warning_against_two_things_is_no_fight(relations_found: Any) -> None:
    text = "Turkey warned against Syrian army advances and against Kurdish autonomy in the north."
    assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "fights"]


@pytest.mark.parametrize(
    ("text", "doer", "deed_target"),
    [
        (
            "Turkey sent tanks into northern Syria on Sunday, and the European Union lobbied against Ankara and Moscow in Geneva.",
            "TUR",
            None,
        ),
        (
            "Iran dispatched drones to Russia last autumn, and Ukraine campaigned against Tehran and the Kremlin at the summit.",
            "IRN",
            None,
        ),
        ("Hezbollah launched rockets at northern Israel, and France spoke out against the group and Damascus.", "HEZBOLLAH", "ISR"),
        ("Russia deployed more warplanes to Syria and argued against Turkey and Israel at the talks.", "RUS", None),
    ],
)
def test_an_against_in_a_clause_of_its_own_is_not_the_deeds(
    relations_found: Any, text: str, doer: str, deed_target: str | None
) -> None:
    """The walk for "against" ends at a verb: the other clause's "against" is its own. The
    deed's own target ("rockets at northern Israel": Israel) may still be fought."""
    fights = [t for t in plain_ties(relations_found, text, PUBLISHED) if t[0] == "fights"]
    assert not [t for t in fights if t[1] == doer and t[2] != deed_target], fights


def test_the_deeds_own_against_list_still_names_its_enemies(relations_found: Any) -> None:
    text = "The Iraqi army retaliated with artillery against Islamic State hideouts and against the Kurdish fighters near Kirkuk."
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert tied(ties, "fights", "IRQ_MIL", "ISIS") and tied(ties, "fights", "IRQ_MIL", "PESHMERGA"), ties


def test_a_side_opening_a_clause_of_its_own_after_and_lost_nothing(relations_found: Any) -> None:
    text = "Rebels seized the town from the Islamic State, and Turkish troops moved in a day later."
    ties = plain_ties(relations_found, text, PUBLISHED)
    assert not tied(ties, "fights", "GEN_REBELS", "TUR_MIL")
    assert not tied(ties, "fights", "GEN_REBELS", "TUR")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hay'at Tahrir al-Sham and allied rebels shelled government positions near Hama.", ("HTS", "GEN_REBELS")),
        (
            "Government troops wrested the village from the Nusra Front and allied rebels after a week of fighting.",
            ("JABHAT_AL_NUSRA", "GEN_REBELS"),
        ),
    ],
)
def test_a_named_side_and_an_allied_armed_class_are_allies(
    relations_found: Any, text: str, pair: tuple[str, str]
) -> None:
    assert tied(plain_ties(relations_found, text, PUBLISHED), "allied", *pair)


@pytest.mark.parametrize(
    ("text", "doer", "enemy"),
    [
        ("The Kurdish militia has hunted the Islamic State's cells in the desert for years.", "GEN_KURDISH_FORCES", "ISIS"),
        ("Iraqi troops continued to pursue the remnants of the Islamic State in the Hamrin mountains.", "IRQ_MIL", "ISIS"),
        ("Peshmerga units chased al-Qaeda's fighters out of the valley last spring.", "PESHMERGA", "AL_QAEDA"),
    ],
)
def test_a_pursuit_of_a_named_side_or_its_men_fights_it(
    relations_found: Any, text: str, doer: str, enemy: str
) -> None:
    assert tied(plain_ties(relations_found, text, dt.date(2017, 11, 1)), "fights", doer, enemy)


def test_a_pursuit_of_a_class_or_of_talks_is_no_fight(relations_found: Any) -> None:
    for text in (
        "State television said security forces began hunting down terrorists in the suburbs.",
        "The government is pursuing talks with the Taliban in Doha.",
    ):
        assert not [t for t in relations_found(text, PUBLISHED) if t[0] == "fights"], text
